using Catalog.Catalogue;
using Catalog.Domain.Calendars;
using Catalog.Errors;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Sla;

namespace Catalog.Grains.Tests.Sla;

[Collection(ClusterCollection.Name)]
public sealed class CalendarGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Until_set_the_calendar_is_the_default_in_the_department_time_zone()
    {
        var department = await AddDepartmentAsync("America/Winnipeg");

        var calendar = await grains.GetCalendar(department).GetAsync();

        calendar.TimeZoneId.Should().Be("America/Winnipeg");
        calendar.Hours.Should().HaveCount(10).And.Contain(
        [
            new BusinessHours(DayOfWeek.Monday, new TimeOnly(8, 30), new TimeOnly(12, 0)),
            new BusinessHours(DayOfWeek.Friday, new TimeOnly(13, 0), new TimeOnly(16, 30)),
        ]);
        calendar.Hours.Should().NotContain(h => h.Day == DayOfWeek.Saturday || h.Day == DayOfWeek.Sunday);
        calendar.Holidays.Should().BeEmpty();
        calendar.YearlyHolidays.Should().BeEmpty();
    }

    [Fact]
    public async Task The_calendar_of_an_unknown_department_is_not_found()
    {
        var calendar = grains.GetCalendar(TestDrafts.NewDepartmentId());

        (await calendar.Invoking(c => c.GetAsync()).Should().ThrowAsync<CatalogNotFoundException>()).Which.Kind.Should().Be("department");
        await calendar.Invoking(c => c.SetAsync(Quebec("America/Toronto"))).Should().ThrowAsync<CatalogNotFoundException>();
    }

    [Fact]
    public async Task A_set_calendar_is_returned_by_get_normalized()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var calendar = grains.GetCalendar(department);
        var settings = Quebec("America/Toronto") with
        {
            Hours = [.. Quebec("America/Toronto").Hours.Reverse()],
            Holidays = [new DateOnly(2026, 4, 3), new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 3)],
        };

        var set = await calendar.SetAsync(settings);
        var got = await calendar.GetAsync();

        got.Should().BeEquivalentTo(set);
        got.TimeZoneId.Should().Be("America/Toronto");
        got.Hours.Should().BeEquivalentTo(settings.Hours).And.BeInAscendingOrder(h => h.Day);
        got.Holidays.Should().Equal(new DateOnly(2026, 1, 2), new DateOnly(2026, 4, 3));
        got.YearlyHolidays.Should().Equal(new YearlyHoliday(6, 24), new YearlyHoliday(12, 25));
    }

    [Fact]
    public async Task A_calendar_set_without_a_time_zone_takes_the_department_zone()
    {
        var department = await AddDepartmentAsync("America/Vancouver");

        var set = await grains.GetCalendar(department).SetAsync(Quebec(""));

        set.TimeZoneId.Should().Be("America/Vancouver");
    }

    [Theory]
    [InlineData("overlapping hours", "hours", "overlap")]
    [InlineData("hours ending before they start", "hours", "start must be before the end")]
    [InlineData("no hours", "hours", "empty")]
    [InlineData("unknown zone", "timeZoneId", "Unknown time zone")]
    [InlineData("Windows zone", "timeZoneId", "IANA")]
    [InlineData("30 February", "yearlyHolidays", "02-30")]
    [InlineData("missing holidays", "holidays", "Required")]
    public async Task An_invalid_calendar_is_refused_naming_the_problem_and_the_old_one_stays(string mistake, string field, string problem)
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var calendar = grains.GetCalendar(department);
        var before = await calendar.GetAsync();

        var act = () => calendar.SetAsync(Break(Quebec("America/Toronto"), mistake));

        var errors = (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors;
        errors.Keys.Should().Equal(field);
        errors[field].Should().Contain(m => m.Contains(problem, StringComparison.Ordinal));
        (await calendar.GetAsync()).Should().BeEquivalentTo(before);
    }

    /// <summary>The default hours in a zone, closed on the Fête nationale du Québec and on Christmas.</summary>
    internal static CalendarSettings Quebec(string zone) => new(
        zone,
        CalendarDefinition.DefaultSchedule.Select(i => new BusinessHours(i.Day, i.Start, i.End)).ToArray(),
        [],
        [new YearlyHoliday(12, 25), new YearlyHoliday(6, 24)]);

    private static CalendarSettings Break(CalendarSettings settings, string mistake) => mistake switch
    {
        "overlapping hours" => settings with { Hours = [.. settings.Hours, new BusinessHours(DayOfWeek.Monday, new(11, 0), new(14, 0))] },
        "hours ending before they start" => settings with { Hours = [new BusinessHours(DayOfWeek.Monday, new(12, 0), new(8, 30))] },
        "no hours" => settings with { Hours = [] },
        "unknown zone" => settings with { TimeZoneId = "Mars/Olympus_Mons" },
        "Windows zone" => settings with { TimeZoneId = "Eastern Standard Time" },
        "30 February" => settings with { YearlyHolidays = [new YearlyHoliday(2, 30)] },
        "missing holidays" => settings with { Holidays = null! },
        _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null),
    };

    private async Task<string> AddDepartmentAsync(string zone)
    {
        var id = TestDrafts.NewDepartmentId();
        await grains.GetCatalogueIndex().AddDepartmentAsync(TestDrafts.Department(id) with { TimeZone = zone });
        return id;
    }
}
