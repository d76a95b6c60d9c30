using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Tests.Audit;

public sealed class AuditFormatTests
{
    [Fact]
    public void Changes_round_trip_through_their_json_form()
    {
        AuditChange[] changes = [new("title", "Ancien « titre »", "New \"title\"\n"), new("comment", null, "é"), new("gone", "x", null)];

        AuditChangesFormat.Read(AuditChangesFormat.Write(changes)).Should().Equal(changes);
    }

    [Fact]
    public void Long_values_are_cut_with_a_marker_and_the_text_stays_under_the_property_limit()
    {
        var changes = Enumerable.Range(0, 200).Select(i => new AuditChange($"f{i}", new string('b', 5000), new string('a', 5000))).ToArray();

        var json = AuditChangesFormat.Write(changes);
        var read = AuditChangesFormat.Read(json);

        json.Length.Should().BeLessThanOrEqualTo(AuditChangesFormat.MaxLength);
        read[0].After.Should().HaveLength(AuditChangesFormat.MaxValueLength).And.EndWith(AuditChangesFormat.TruncatedMarker);
        read[^1].Field.Should().Be(AuditChangesFormat.OmittedField);
        read[^1].After.Should().Be($"{200 - (read.Length - 1)} more changes not stored");
    }

    [Fact]
    public void Ids_sort_with_time_and_never_repeat()
    {
        var at = new DateTimeOffset(2031, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var ids = Enumerable.Range(0, 1000).Select(i => AuditEntryIds.New(at.AddTicks(i % 3))).ToArray();

        ids.Should().OnlyHaveUniqueItems();
        string.CompareOrdinal(AuditEntryIds.New(at.AddTicks(-1)), AuditEntryIds.New(at)).Should().BeNegative();
        string.CompareOrdinal(AuditEntryIds.New(at.AddDays(1)), AuditEntryIds.New(at.AddTicks(3))).Should().BePositive();
        ids[0].Should().MatchRegex("^[0-9]{19}-[0-9a-f]{6}-[0-9a-f]{8}$");
    }

    [Fact]
    public void Values_longer_than_200_characters_are_cut_and_equal_values_are_no_change()
    {
        var changes = new AuditChangeList()
            .Add("same", "x", "x")
            .Add("long", null, new string('y', 300))
            .Add("list", AuditValues.List([]), AuditValues.List(["a", "b"]))
            .ToList();

        changes.Select(c => c.Field).Should().Equal("long", "list");
        changes[0].After.Should().HaveLength(AuditValues.MaxLength).And.EndWith(AuditValues.Ellipsis);
        changes[1].Should().Be(new AuditChange("list", null, "a, b"));
    }
}
