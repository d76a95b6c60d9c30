namespace Catalog.Domain.Sla;

/// <summary>One stretch during which a clock ran, and the department that held it meanwhile.</summary>
/// <param name="Start">When the stretch began.</param>
/// <param name="End">When it ended, or null while the clock still runs; never before <paramref name="Start"/>.</param>
/// <param name="HolderDepartment">The department whose time this is (the provider, or the client for the client-response clock).</param>
public readonly record struct ClockSpan(DateTimeOffset Start, DateTimeOffset? End, string HolderDepartment)
{
    /// <summary>Whether the clock still runs in this span.</summary>
    public bool IsOpen => End is null;
}
