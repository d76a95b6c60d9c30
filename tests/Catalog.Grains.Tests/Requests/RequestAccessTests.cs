using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

/// <summary>
/// Acting as a person (<see cref="IRequestGrain.ActAsAsync"/>): the request itself applies the access rules, so the
/// web tier needs one call per action, and the actor and side recorded are the person's, never the command's.
/// </summary>
[Collection(RequestClusterCollection.Name)]
public sealed class RequestAccessTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Someone_of_a_third_department_finds_no_request_and_changes_nothing()
    {
        var (request, _) = await FileAsync();
        var outsider = new Viewer("outsider", "elsewhere", DepartmentRole.Manager);

        var act = () => request.ActAsAsync(outsider, new RequestCommand(RequestAction.Acknowledge, "outsider"));

        await act.Should().ThrowAsync<CatalogNotFoundException>();
        (await request.GetAsync()).Status.Should().Be(RequestStatus.Submitted);
    }

    [Fact]
    public async Task The_client_side_may_not_work_the_request_but_may_comment_as_the_client()
    {
        var (request, parties) = await FileAsync();
        var client = new Viewer("client.agent", parties.Client, DepartmentRole.Agent);

        var acknowledge = () => request.ActAsAsync(client, new RequestCommand(RequestAction.Acknowledge, "client.agent"));
        (await acknowledge.Should().ThrowAsync<CatalogForbiddenException>()).Which.Message.Should().Contain($"Only agents and managers of '{parties.Provider}'");

        var view = await request.ActAsAsync(client, new RequestCommand(RequestAction.Comment, "client.agent", Comment: "Any news?"));
        view.Status.Should().Be(RequestStatus.Submitted);
        view.History.Last().By.Should().Be("client.agent");
    }

    [Fact]
    public async Task A_provider_requester_reads_but_may_not_act()
    {
        var (request, parties) = await FileAsync();
        var requester = new Viewer("provider.requester", parties.Provider, DepartmentRole.Requester);

        var act = () => request.ActAsAsync(requester, new RequestCommand(RequestAction.Comment, "provider.requester", Comment: "Hello"));

        (await act.Should().ThrowAsync<CatalogForbiddenException>()).Which.Message.Should().Contain("may read");
    }

    [Fact]
    public async Task The_actor_recorded_is_the_person_acting_whatever_the_command_says()
    {
        var (request, parties) = await FileAsync();
        var agent = new Viewer("provider.agent", parties.Provider, DepartmentRole.Agent);

        var view = await request.ActAsAsync(agent, new RequestCommand(RequestAction.Acknowledge, "someone.else", ByClient: true));

        view.Status.Should().Be(RequestStatus.Acknowledged);
        view.History.Last().By.Should().Be("provider.agent");
    }

    private async Task<(IRequestGrain Request, RequestParties Parties)> FileAsync()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filed = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        return (grains.GetRequest(filed.Id), parties);
    }
}
