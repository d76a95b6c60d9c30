using Catalog.Catalogue;
using Catalog.Grains.Demo;
using Catalog.Grains.Hosting;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Tests.Sla;

public sealed class DemoAgreementsTests(DemoClusterFixture fixture) : IClassFixture<DemoClusterFixture>
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task The_demo_organisation_has_its_agreements()
    {
        foreach (var provider in DemoAgreements.All.GroupBy(a => a.Provider))
        {
            var agreements = await grains.GetAgreementBook(provider.Key).ListAsync();

            agreements.Should().HaveCount(provider.Count()).And.OnlyContain(a => a.Version == 1 && !a.Retired);
        }

        (await grains.GetAgreementBook(DemoDepartments.It).ListAsync()).Select(a => a.Id).Should().Contain(
            ["it.finance.all-services", "it.finance.service-system-access", "it.finance.category-it-support"]);
    }

    [Fact]
    public async Task Finance_gets_IT_system_access_faster_than_other_departments()
    {
        var book = grains.GetAgreementBook(DemoDepartments.It);
        var service = (await grains.GetService("it.system-access").GetAsync()).Current;

        var finance = await book.ResolveAsync(service, DemoDepartments.Finance);
        var hr = await book.ResolveAsync(service, DemoDepartments.Hr);

        finance.Clocks.Single(c => c.Kind == ClockKind.Resolution).Should().Be(new ClockPolicy(ClockKind.Resolution, Target.BusinessDays(1), 0.5));
        finance.Clocks.Single(c => c.Kind == ClockKind.Acknowledgement).Target.Should().Be(Target.BusinessHours(4));
        finance.AgreementId.Should().Be("it.finance.service-system-access");
        hr.Clocks.Single(c => c.Kind == ClockKind.Resolution).Target.Should().Be(service.Turnaround);
        hr.AgreementId.Should().BeNull();
    }

    [Fact]
    public async Task Communications_closes_on_24_June_and_Christmas_and_the_others_keep_the_default_calendar()
    {
        var communications = await grains.GetCalendar(DemoDepartments.Communications).GetAsync();
        var finance = await grains.GetCalendar(DemoDepartments.Finance).GetAsync();
        var procurement = await grains.GetCalendar(DemoDepartments.Procurement).GetAsync();

        communications.YearlyHolidays.Should().Equal(new YearlyHoliday(6, 24), new YearlyHoliday(12, 25));
        communications.Hours.Should().HaveCount(10);
        finance.YearlyHolidays.Should().BeEmpty();
        procurement.TimeZoneId.Should().Be("America/Winnipeg");
    }

    [Fact]
    public async Task Seeding_again_adds_no_agreement_and_keeps_the_calendars()
    {
        var before = await AllAgreementsAsync();

        await new DemoDataSeeder(
            grains,
            Options.Create(new CatalogGrainsOptions { SeedDemoData = true }),
            NullLogger<DemoDataSeeder>.Instance).SeedAsync(CancellationToken.None);

        (await AllAgreementsAsync()).Should().BeEquivalentTo(before);
        (await grains.GetCalendar(DemoDepartments.Communications).GetAsync()).YearlyHolidays.Should().HaveCount(2);
    }

    private async Task<List<Agreement>> AllAgreementsAsync()
    {
        var all = new List<Agreement>();
        foreach (var department in DemoDepartments.All)
        {
            all.AddRange(await grains.GetAgreementBook(department.Id).ListAsync());
        }

        return all;
    }
}
