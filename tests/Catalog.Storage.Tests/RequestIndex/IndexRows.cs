extern alias abstractions;
using abstractions::Catalog.Catalogue;
using abstractions::Catalog.Requests;
using Catalog.Catalogue;
using Catalog.Domain.Requests;

namespace Catalog.Storage.Tests.RequestIndex;

/// <summary>Summaries and deadlines for the request index tests.</summary>
internal static class IndexRows
{
    /// <summary>An instant with sub-millisecond ticks, to prove instants round-trip exactly.</summary>
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2030, 1, 7, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    /// <summary>A department id no other test uses.</summary>
    public static string NewDepartment(string prefix = "d") => prefix + Guid.NewGuid().ToString("N")[..10];

    public static RequestSummary Summary(
        string id,
        string provider,
        string client,
        RequestStatus status = RequestStatus.Submitted,
        DateTimeOffset? nextDueAt = null,
        DateTimeOffset? filedAt = null,
        string serviceId = "it.laptop-setup",
        bool atRisk = false,
        bool breached = false) => new(
        id,
        serviceId,
        new LocalizedText("Préparation d'un portable « 14 po »", "Laptop setup 💻"),
        provider,
        client,
        "marie.tremblay@exemple.qc.ca",
        "Portable pour l'analyste — équipe 漢字",
        status,
        atRisk,
        breached,
        nextDueAt,
        filedAt ?? T0,
        (filedAt ?? T0).AddMinutes(5));

    public static SlaDeadline Deadline(DateTimeOffset at, ClockKind clock = ClockKind.Acknowledgement, SlaDeadlineKind kind = SlaDeadlineKind.Breach) =>
        new(clock, kind, at);
}
