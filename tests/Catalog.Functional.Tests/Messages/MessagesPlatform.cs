using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Messages;

/// <summary>
/// The demo organisation on a fake clock that starts on Monday 7 December 2026 at 10:00 in Toronto, so the due
/// dates and follow-up limits the messages write are known in advance.
/// </summary>
public sealed class MessagesPlatform : CatalogPlatform
{
    /// <summary>Monday 2026-12-07 10:00 America/Toronto.</summary>
    public static readonly DateTimeOffset MondayTenAm = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(-5));

    public MessagesPlatform() => Clock = new FakeTimeProvider(MondayTenAm);
}
