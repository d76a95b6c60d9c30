using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Requests;

/// <summary>
/// The platform with the demo organisation on a fake clock that starts on Friday 20 November 2026 at 16:00 in
/// Toronto (21:00 UTC), half an hour before the IT department's business day ends.
/// </summary>
public sealed class FakeClockPlatform : CatalogPlatform
{
    /// <summary>Friday 2026-11-20 16:00 America/Toronto.</summary>
    public static readonly DateTimeOffset FridayFourPm = new(2026, 11, 20, 16, 0, 0, TimeSpan.FromHours(-5));

    public FakeClockPlatform() => Clock = new FakeTimeProvider(FridayFourPm);

    /// <summary>The fake clock (never null here).</summary>
    public FakeTimeProvider FakeClock => Clock!;
}
