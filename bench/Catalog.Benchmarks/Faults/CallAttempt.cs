namespace Catalog.Benchmarks.Faults;

/// <summary>
/// One HTTP exchange of a call: when it was sent and answered, the status (0 when no HTTP answer came: connection
/// refused or reset, or the client's timeout, named in <paramref name="Error"/>), and whether a 503 carried
/// Retry-After with problem details.
/// </summary>
public sealed record CallAttempt(DateTimeOffset Start, DateTimeOffset End, int Status, string? Error, bool RetryAfterProblem)
{
    /// <summary>A 2xx answer.</summary>
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>What came back, for histograms: "201", "503", "no answer (HttpRequestException)".</summary>
    public string Outcome => Status == 0 ? $"no answer ({Error})" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How long it took.</summary>
    public TimeSpan Duration => End - Start;
}
