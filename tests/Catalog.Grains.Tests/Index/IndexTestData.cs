using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Index;

/// <summary>Summaries and deadlines for index tests.</summary>
internal static class IndexTestData
{
    public static readonly DateTimeOffset T0 = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

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
        new LocalizedText("Préparation d'un portable", "Laptop setup"),
        provider,
        client,
        "marie.tremblay",
        "Portable pour la nouvelle analyste",
        status,
        atRisk,
        breached,
        nextDueAt,
        filedAt ?? T0,
        (filedAt ?? T0).AddMinutes(5));

    public static SlaDeadline Breach(DateTimeOffset at, ClockKind clock = ClockKind.Acknowledgement) =>
        new(clock, SlaDeadlineKind.Breach, at);
}
