namespace Catalog.Domain.Forecasts;

/// <summary>
/// When a request will most likely be done (half of such requests are done by <see cref="Likely"/>) and at the
/// latest (nine in ten by <see cref="Latest"/>), as instants, with the business hours of the provider they come from.
/// </summary>
public sealed record PromiseRange(DateTimeOffset Likely, DateTimeOffset Latest, double LikelyHours, double LatestHours)
{
    /// <summary>
    /// The range for a request filed (or counted from) <paramref name="from"/>: each quantile is business time of the
    /// provider's calendar, and a date that falls while the client department is closed moves to its next opening,
    /// when someone is there to take the result.
    /// </summary>
    public static PromiseRange Of(
        double likelyHours, double latestHours, DateTimeOffset from,
        Calendars.BusinessCalendar provider, Calendars.BusinessCalendar client)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(client);
        var latest = Math.Max(latestHours, likelyHours);
        return new PromiseRange(At(likelyHours), At(latest), likelyHours, latest);

        DateTimeOffset At(double hours)
        {
            var done = provider.AddBusinessTime(from, TimeSpan.FromHours(Math.Max(0, hours)));
            // Due exactly at a closing (12:00, 16:30) is still within the day: only a date inside closed hours moves.
            var open = client.IsBusinessTime(done) || client.IsBusinessTime(done.AddMinutes(-1)) ? done : client.NextBusinessInstant(done);
            return open.ToOffset(client.TimeZone.GetUtcOffset(open));
        }
    }
}
