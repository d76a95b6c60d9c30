using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;
using Catalog.Web.Live;

namespace Catalog.Functional.Tests.Live;

/// <summary>Live events for the relay's unit tests.</summary>
public static class TestEvents
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 14, 0, 0, TimeSpan.Zero);

    public static RequestSummary Summary(string requestId, string provider = "it", string client = "hr") => new(
        requestId, provider + ".laptop-setup", new LocalizedText("Portable", "Laptop"), provider, client, "Dominique Roy",
        "Laptop", RequestStatus.Submitted, false, false, Start.AddDays(1), Start, Start);

    public static LiveEvent Event(string requestId, long sequence, string provider = "it", string client = "hr") => new(
        sequence == 1 ? LiveEventTypes.Filed : LiveEventTypes.Transitioned, requestId, provider, client, sequence,
        Start.AddSeconds(sequence), null, null, null, null, null, null, null, Summary(requestId, provider, client));

    public static string Name(LiveEvent e) => $"{e.RequestId}#{e.Sequence}";
}
