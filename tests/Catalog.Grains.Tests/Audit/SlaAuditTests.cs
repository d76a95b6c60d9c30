using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Grains.Tests.Sla;
using Catalog.Sla;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

[Collection(ClusterCollection.Name)]
public sealed class SlaAuditTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Creating_updating_and_retiring_an_agreement_are_recorded_under_its_id()
    {
        var parties = await SlaTestData.PartiesAsync(grains);
        var book = grains.GetAgreementBook(parties.Provider);
        ActAsInes();

        var v1 = await book.CreateAsync(SlaTestData.Draft(parties.Client) with { Title = new("Entente", "Agreement") });
        await book.UpdateAsync(v1.Id, SlaTestData.Draft(parties.Client, clocks: SlaTestData.Resolution(Target.BusinessDays(2))) with
        {
            Title = new("Entente", "Agreement"),
            ChangeNote = "Two days",
        });
        await book.RetireAsync(v1.Id);

        var entries = fixture.Audit.For(AuditEntityTypes.Agreement, v1.Id);
        entries.Select(e => e.Action).Should().Equal("Created", "Updated", "Retired");
        entries.Should().OnlyContain(e => e.Caller == Ines);
        entries[0].Changes.Should().Contain(
        [
            new AuditChange("version", null, "1"),
            new AuditChange("providerDepartmentId", null, parties.Provider),
            new AuditChange("clientDepartmentId", null, parties.Client),
            new AuditChange("scope", null, "AllServices"),
            new AuditChange("title.en", null, "Agreement"),
        ]);
        entries[0].Changes.Should().ContainSingle(c => c.Field == "clocks").Which.After.Should().StartWith("Resolution 1 BusinessDays");
        entries[1].Changes.Select(c => c.Field).Should().Equal("version", "clocks", "changeNote");
        entries[1].Changes[0].Should().Be(new AuditChange("version", "1", "2"));
        entries[1].Changes[1].After.Should().StartWith("Resolution 2 BusinessDays");
        entries[2].Changes.Should().Equal(new AuditChange("retired", "false", "true"));
    }

    [Fact]
    public async Task Setting_a_calendar_records_what_changed_from_the_calendar_in_effect()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var calendar = grains.GetCalendar(department);
        var nineToFive = Enumerable.Range(1, 5).Select(d => new BusinessHours((DayOfWeek)d, new TimeOnly(9, 0), new TimeOnly(17, 0))).ToArray();
        ActAsInes();

        await calendar.SetAsync(new CalendarSettings("America/Toronto", nineToFive, [new DateOnly(2030, 7, 1)], [new YearlyHoliday(12, 25)]));
        await calendar.SetAsync(new CalendarSettings("America/Toronto", nineToFive, [new DateOnly(2030, 7, 1)], [new YearlyHoliday(12, 25), new YearlyHoliday(1, 1)]));

        var entries = fixture.Audit.For(AuditEntityTypes.Calendar, department);
        entries.Select(e => e.Action).Should().Equal("Updated", "Updated");
        entries.Should().OnlyContain(e => e.Caller == Ines);
        entries[0].Changes.Select(c => c.Field).Should().Equal("hours", "holidays", "yearlyHolidays");
        entries[0].Changes[0].Before.Should().StartWith("Mon 08:30-12:00, Mon 13:00-16:30");
        entries[0].Changes[0].After.Should().Be("Mon 09:00-17:00, Tue 09:00-17:00, Wed 09:00-17:00, Thu 09:00-17:00, Fri 09:00-17:00");
        entries[0].Changes[1].Should().Be(new AuditChange("holidays", null, "2030-07-01"));
        entries[1].Changes.Should().Equal(new AuditChange("yearlyHolidays", "12-25", "01-01, 12-25"));
    }
}
