using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Makes the things the matrix calls on, fresh for each call, through the API as the people who may make them:
/// requests from hr to it in any status, it services, agreements, people of hr.
/// </summary>
public sealed class AccessWorld(CatalogPlatform platform)
{
    /// <summary>An open it service every department may request (a demo one).</summary>
    public const string OpenService = "it.password-reset";

    public Task<HttpClient> AsAsync(string user) => platform.AsAsync(user);

    /// <summary>The platform, for arrangements that reach grains directly (a survey offered as a resolve would).</summary>
    public CatalogPlatform Platform => platform;

    /// <summary>A secret to put in what is made, so a refusal can be searched for it.</summary>
    public static string NewSecret() => "secret-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Files a request from hr to it (as hr.requester) whose title is <paramref name="secret"/>; moves it to <paramref name="status"/>.</summary>
    public async Task<string> RequestAsync(string secret, string status = "Submitted")
    {
        var hr = await AsAsync(People.HrRequester);
        var filed = await hr.PostAsJsonAsync("api/requests", new { serviceId = OpenService, title = secret, answers = new Dictionary<string, string>() });
        await Ensure(filed, HttpStatusCode.Created);
        var id = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var agent = await AsAsync(People.ItAgent);
        switch (status)
        {
            case "Submitted":
                break;
            case "WaitingOnClient":
                await Ensure(await agent.PostAsJsonAsync($"api/requests/{id}/start", new { }), HttpStatusCode.OK);
                await Ensure(await agent.PostAsJsonAsync($"api/requests/{id}/wait", new { reason = "InformationMissing" }), HttpStatusCode.OK);
                break;
            case "InProgress":
                await Ensure(await agent.PostAsJsonAsync($"api/requests/{id}/start", new { }), HttpStatusCode.OK);
                break;
            case "Resolved":
                await Ensure(await agent.PostAsJsonAsync($"api/requests/{id}/resolve", new { }), HttpStatusCode.OK);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status the matrix prepares.");
        }

        return id;
    }

    /// <summary>Creates an it service (as the administrator), offered to <paramref name="eligible"/> (empty: everyone).</summary>
    public async Task<string> ServiceAsync(params string[] eligible)
    {
        var id = "it.access-" + Guid.NewGuid().ToString("N")[..10];
        var draft = ServiceDraft(id, eligible);
        var admin = await AsAsync(People.Administrator);
        await Ensure(await admin.PostAsJsonAsync("api/catalogue", draft), HttpStatusCode.Created);
        return id;
    }

    /// <summary>A valid draft of an it service.</summary>
    public static JsonObject ServiceDraft(string id, params string[] eligible)
    {
        var draft = Catalogue.CatalogueApiTests.ValidDraft(id);
        draft["eligibleDepartments"] = new JsonArray(eligible.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        return draft;
    }

    /// <summary>An agreement of it with hr for one service (as it.manager); returns its id.</summary>
    public async Task<string> AgreementAsync() => (await AgreementWithServiceAsync()).Id;

    /// <summary>An agreement of it with hr for one service (as it.manager); returns its id and the service.</summary>
    public async Task<(string Id, string ServiceId)> AgreementWithServiceAsync()
    {
        var service = await ServiceAsync();
        var manager = await AsAsync(People.ItManager);
        var created = await manager.PostAsJsonAsync("api/agreements/it", AgreementDraft(service));
        await Ensure(created, HttpStatusCode.Created);
        return ((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(), service);
    }

    /// <summary>A valid agreement draft of it with hr for one service.</summary>
    public static object AgreementDraft(string serviceId, int hours = 4) => new
    {
        clientDepartmentId = "hr",
        scope = "Service",
        scopeValue = serviceId,
        clocks = new[] { new { kind = "Acknowledgement", target = new { value = hours, unit = "BusinessHours" } } },
    };

    /// <summary>A new person of hr (as the administrator); returns their id.</summary>
    public async Task<string> PersonAsync()
    {
        var id = "person." + Guid.NewGuid().ToString("N")[..10];
        var admin = await AsAsync(People.Administrator);
        await Ensure(await admin.PutAsJsonAsync($"api/directory/people/{id}", PersonBody("Requester")), HttpStatusCode.OK);
        return id;
    }

    /// <summary>A body placing someone in hr with <paramref name="role"/>.</summary>
    public static object PersonBody(string role) => new { displayName = "Test Person", departmentId = "hr", role };

    private static async Task Ensure(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException(
                $"Preparing the matrix: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
