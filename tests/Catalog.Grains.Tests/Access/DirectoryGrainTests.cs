using Catalog.Access;
using Catalog.Audit;
using Catalog.Domain.Access;
using Catalog.Errors;
using Catalog.Grains.Tests.Catalogue;

namespace Catalog.Grains.Tests.Access;

[Collection(DirectoryCollection.Name)]
public sealed class DirectoryGrainTests(DirectoryClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    private IDirectoryGrain Directory => grains.GetDirectory();

    [Fact]
    public async Task A_person_set_is_found_by_their_id_in_any_case_and_stored_lowercase_and_trimmed()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId();

        var change = await Directory.SetAsync(new CatalogUser($"  {id} ", "  Amélie Roy ", department, DepartmentRole.Agent));

        var stored = new CatalogUser(id.ToLowerInvariant(), "Amélie Roy", department, DepartmentRole.Agent);
        change.Should().Be(new RoleChange(null, stored));
        (await Directory.FindAsync(id)).Should().Be(stored);
        (await Directory.FindAsync(id.ToUpperInvariant())).Should().Be(stored);
        (await Directory.FindAsync($" {id.ToLowerInvariant()}\t")).Should().Be(stored);
    }

    [Fact]
    public async Task Someone_the_directory_does_not_know_is_not_found()
    {
        (await Directory.FindAsync(DirectoryClusterFixture.NewUserId())).Should().BeNull();
        (await Directory.FindAsync("")).Should().BeNull();
    }

    [Fact]
    public async Task A_department_lists_its_people_by_display_name_ignoring_case_and_accents_with_ties_broken_ordinally()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var other = await TestDrafts.AddDepartmentAsync(grains);
        var prefix = DirectoryClusterFixture.NewUserId();
        await SetAsync($"{prefix}.1", "Émilie Pelletier", department);
        await SetAsync($"{prefix}.2", "daniel chen", department);
        await SetAsync($"{prefix}.3", "Amélie Roy", department);
        await SetAsync($"{prefix}.4", "Daniel Chen", department);
        await SetAsync($"{prefix}.5", "Daniel Chen", department);
        await SetAsync($"{prefix}.6", "Aaron Other", other);

        var people = await Directory.ListAsync(department);

        people.Select(p => (p.DisplayName, p.Id[^1])).Should().Equal(
            ("Amélie Roy", '3'), ("Daniel Chen", '4'), ("Daniel Chen", '5'), ("daniel chen", '2'), ("Émilie Pelletier", '1'));
        (await Directory.ListAsync()).Select(p => p.Id).Should().Contain([$"{prefix}.1".ToLowerInvariant(), $"{prefix}.6".ToLowerInvariant()]);
    }

    [Fact]
    public async Task Adding_a_person_audits_every_field_with_no_value_before()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId().ToLowerInvariant();

        await Directory.SetAsync(new CatalogUser(id, "Daniel Chen", department, DepartmentRole.Manager, CatalogueAdministrator: true));

        var recorded = fixture.Audit.For(AuditEntityTypes.User, id).Should().ContainSingle().Subject;
        recorded.Action.Should().Be("Set");
        recorded.Caller.Should().Be(AuditCaller.Catalog);
        recorded.Changes.Should().Equal(
            new AuditChange("displayName", null, "Daniel Chen"),
            new AuditChange("departmentId", null, department),
            new AuditChange("role", null, "Manager"),
            new AuditChange("catalogueAdministrator", null, "true"),
            new AuditChange("auditor", null, "false"));
    }

    [Fact]
    public async Task Changing_a_person_returns_before_and_after_and_audits_only_the_changed_fields_for_the_caller()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var moved = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId().ToLowerInvariant();
        var before = new CatalogUser(id, "Karim Dupuis", department, DepartmentRole.Requester);
        await Directory.SetAsync(before);
        var caller = new AuditCaller("catalogue.admin", "Geneviève Caron", "it", "203.0.113.9", "tests");

        RoleChange change;
        CallerContext.Set(caller);
        try
        {
            change = await Directory.SetAsync(before with { DepartmentId = moved, Role = DepartmentRole.Agent, Auditor = true });
        }
        finally
        {
            RequestContext.Clear();
        }

        change.Before.Should().Be(before);
        change.After.Should().Be(before with { DepartmentId = moved, Role = DepartmentRole.Agent, Auditor = true });
        var recorded = fixture.Audit.For(AuditEntityTypes.User, id);
        recorded.Should().HaveCount(2);
        recorded[1].Action.Should().Be("Set");
        recorded[1].Caller.Should().Be(caller);
        recorded[1].Changes.Should().Equal(
            new AuditChange("departmentId", department, moved),
            new AuditChange("role", "Requester", "Agent"),
            new AuditChange("auditor", "false", "true"));
    }

    [Fact]
    public async Task Setting_a_person_exactly_as_they_are_changes_nothing_and_records_nothing()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId();
        var first = await Directory.SetAsync(new CatalogUser(id, "Sophie Martin", department, DepartmentRole.Agent));

        var again = await Directory.SetAsync(new CatalogUser(id.ToUpperInvariant(), " Sophie Martin", department, DepartmentRole.Agent));

        again.Should().Be(new RoleChange(first.After, first.After));
        fixture.Audit.For(AuditEntityTypes.User, first.After.Id).Should().ContainSingle();
    }

    [Fact]
    public async Task Removing_a_person_returns_who_they_were_forgets_them_and_audits_every_field()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId().ToLowerInvariant();
        var person = new CatalogUser(id, "Julie Morin", department, DepartmentRole.Requester);
        await Directory.SetAsync(person);

        var removed = await Directory.RemoveAsync(id.ToUpperInvariant());

        removed.Should().Be(person);
        (await Directory.FindAsync(id)).Should().BeNull();
        (await Directory.ListAsync(department)).Should().BeEmpty();
        var recorded = fixture.Audit.For(AuditEntityTypes.User, id)[^1];
        recorded.Action.Should().Be("Removed");
        recorded.Changes.Should().Equal(
            new AuditChange("displayName", "Julie Morin", null),
            new AuditChange("departmentId", department, null),
            new AuditChange("role", "Requester", null),
            new AuditChange("catalogueAdministrator", "false", null),
            new AuditChange("auditor", "false", null));
    }

    [Fact]
    public async Task Removing_someone_unknown_is_not_found_and_records_nothing()
    {
        var id = DirectoryClusterFixture.NewUserId().ToLowerInvariant();

        var act = () => Directory.RemoveAsync(id);

        (await act.Should().ThrowAsync<CatalogNotFoundException>()).Which.Should().Match<CatalogNotFoundException>(e => e.Kind == "user" && e.Id == id);
        fixture.Audit.For(AuditEntityTypes.User, id).Should().BeEmpty();
    }

    [Theory]
    [InlineData("blank id", "id")]
    [InlineData("id with a space", "id")]
    [InlineData("id with a slash", "id")]
    [InlineData("id of 201 characters", "id")]
    [InlineData("blank display name", "displayName")]
    [InlineData("display name of 101 characters", "displayName")]
    [InlineData("no department", "departmentId")]
    [InlineData("unknown department", "departmentId")]
    [InlineData("undefined role", "role")]
    public async Task An_invalid_person_is_refused_naming_the_field_and_nothing_is_stored_or_recorded(string problem, string field)
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = DirectoryClusterFixture.NewUserId().ToLowerInvariant();
        var valid = new CatalogUser(id, "Paul Côté", department, DepartmentRole.Requester);
        var person = problem switch
        {
            "blank id" => valid with { Id = "   " },
            "id with a space" => valid with { Id = $"paul {id}" },
            "id with a slash" => valid with { Id = $"paul/{id}" },
            "id of 201 characters" => valid with { Id = new string('p', 201) },
            "blank display name" => valid with { DisplayName = " " },
            "display name of 101 characters" => valid with { DisplayName = new string('P', 101) },
            "no department" => valid with { DepartmentId = "" },
            "unknown department" => valid with { DepartmentId = "no-such-department" },
            "undefined role" => valid with { Role = (DepartmentRole)7 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var act = () => Directory.SetAsync(person);

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal(field);
        (await Directory.ListAsync(department)).Should().BeEmpty();
        fixture.Audit.For(AuditEntityTypes.User, CatalogUserValidator.NormalizeId(person.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Every_invalid_field_is_named_at_once()
    {
        var act = () => Directory.SetAsync(new CatalogUser("not valid!", "", "no-such-department", (DepartmentRole)(-1)));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys
            .Should().BeEquivalentTo(["id", "displayName", "departmentId", "role"]);
    }

    [Fact]
    public async Task Ids_may_be_e_mail_addresses_and_identity_provider_subjects()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var suffix = Guid.NewGuid().ToString("N")[..8];

        foreach (var id in new[] { $"Marie.Tremblay+{suffix}@Example.org", $"auth0_{suffix}-7f3a", new string('a', 192) + suffix })
        {
            var change = await Directory.SetAsync(new CatalogUser(id, "Marie Tremblay", department, DepartmentRole.Requester));
            change.After.Id.Should().Be(id.ToLowerInvariant());
        }
    }

    private Task<RoleChange> SetAsync(string id, string displayName, string department) =>
        Directory.SetAsync(new CatalogUser(id, displayName, department, DepartmentRole.Requester));
}
