using Catalog.Catalogue;
using Catalog.Grains.Sla;
using Catalog.Sla;

namespace Catalog.Grains.Tests.Sla;

/// <summary>The precedence of <see cref="AgreementResolver"/> on its own, without a cluster.</summary>
public sealed class AgreementResolverTests
{
    private const string Provider = "it";
    private const string Client = "finance";
    private const string Any = AgreementDraft.AnyClient;

    private static readonly ServiceEntry Service = new(
        "it.laptop-setup", 3, Provider, "hardware", new("Portable", "Laptop"), new("Portable", "Laptop"),
        Target.BusinessDays(8), Cost.Free, false, [], [], [], [],
        [new ServiceStandard(ClockKind.Acknowledgement, Target.BusinessHours(3), new("3 h", "3 h"))],
        DateTimeOffset.UnixEpoch, null);

    // Most specific first.
    private static readonly (string Client, AgreementScope Scope, string? Value)[] Levels =
    [
        (Client, AgreementScope.Service, Service.Id),
        (Client, AgreementScope.Category, Service.Category),
        (Client, AgreementScope.AllServices, null),
        (Any, AgreementScope.Service, Service.Id),
        (Any, AgreementScope.Category, Service.Category),
        (Any, AgreementScope.AllServices, null),
    ];

    public static TheoryData<int> Pairs => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_level_beats_the_next_whatever_the_order_of_the_agreements(int level)
    {
        var specific = Agreement("specific", Levels[level], Target.BusinessDays(1));
        var general = Agreement("general", Levels[level + 1], Target.BusinessDays(2));

        foreach (var agreements in new[] { new[] { specific, general }, [general, specific] })
        {
            var resolved = AgreementResolver.Resolve(agreements, Service, Client);

            resolved.Clocks.Single(c => c.Kind == ClockKind.Resolution).Target.Should().Be(Target.BusinessDays(1));
            (resolved.AgreementId, resolved.AgreementVersion).Should().Be(("specific", 7));
        }
    }

    [Fact]
    public void Agreements_for_another_service_category_or_client_and_retired_ones_do_not_apply()
    {
        Agreement[] agreements =
        [
            Agreement("other-service", (Client, AgreementScope.Service, "it.mobile-phone"), Target.BusinessDays(1)),
            Agreement("other-category", (Client, AgreementScope.Category, "software"), Target.BusinessDays(1)),
            Agreement("other-client", ("hr", AgreementScope.AllServices, null), Target.BusinessDays(1)),
            Agreement("retired", (Client, AgreementScope.Service, Service.Id), Target.BusinessDays(1)) with { Retired = true },
        ];

        var resolved = AgreementResolver.Resolve(agreements, Service, Client);

        resolved.Clocks.Should().Equal(
            new ClockPolicy(ClockKind.Acknowledgement, Target.BusinessHours(3)),
            new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessDays(5)),
            new ClockPolicy(ClockKind.Resolution, Target.BusinessDays(8)),
            new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(2)));
        resolved.AgreementId.Should().BeNull();
    }

    [Fact]
    public void A_resolution_standard_beats_the_turnaround()
    {
        var service = Service with
        {
            Standards = [new ServiceStandard(ClockKind.Resolution, Target.BusinessDays(6), new("6 j", "6 d"))],
        };

        var resolved = AgreementResolver.Resolve([], service, Client);

        resolved.Clocks.Single(c => c.Kind == ClockKind.Resolution).Target.Should().Be(Target.BusinessDays(6));
        resolved.Clocks.Single(c => c.Kind == ClockKind.Acknowledgement).Target.Should().Be(Target.BusinessDays(1));
    }

    private static Agreement Agreement(string id, (string Client, AgreementScope Scope, string? Value) level, Target resolution) => new(
        id, 7, Provider, level.Client, level.Scope, level.Value,
        [new ClockPolicy(ClockKind.Resolution, resolution)], null, DateTimeOffset.UnixEpoch, null, false);
}
