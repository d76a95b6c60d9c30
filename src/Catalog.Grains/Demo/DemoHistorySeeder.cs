using Catalog.Approvals;
using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Calendars;
using Catalog.Scorecards;
using Catalog.Errors;
using Catalog.Grains.Complaints;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.History;
using Catalog.Grains.Sla;
using Catalog.Grains.Surveys;
using Catalog.Requests;
using Catalog.Sla;
using Catalog.Surveys;
using Catalog.Domain.Surveys;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Demo;

/// <summary>
/// Replays <see cref="DemoHistory"/> through the grains' own rules at the history's instants
/// (<see cref="IRequestHistoryGrain"/>, <see cref="ISurveyHistoryGrain"/>, <see cref="IComplaintHistoryGrain"/>).
/// Idempotent: each request is filed under the id its key reserved, each step carries its key and only steps after
/// the request's last recorded one are taken, a complaint already filed is not filed again and an answered survey is
/// left alone. The history ends at its anchor, the instant it was first seeded (found again from request 1's filing),
/// so a restart replays the same plan. The clients' lanes run side by side; within one, requests go in the order they
/// were resolved, so the one-survey-a-week rule sees each requester's resolves in time order.
/// </summary>
internal sealed partial class DemoHistorySeeder(IGrainFactory grains, CatalogClock clock, BusinessCalendarCache calendarCache, ILogger logger)
{
    public async Task<HistorySeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        var services = await ServicesAsync();
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var department in DemoHistory.Clients)
        {
            calendars[department] = calendarCache.Get(await grains.GetCalendar(department).GetAsync());
        }

        var now = clock.GetUtcNow();
        var provisional = DemoHistory.Plan(now, services.Values.Select(s => s.History).ToArray(), d => calendars[d]);
        var anchor = await AnchorAsync(provisional[0], services, now);
        var plan = anchor == now ? provisional : DemoHistory.Plan(anchor, services.Values.Select(s => s.History).ToArray(), d => calendars[d]);
        await NameSubstituteAsync(anchor);

        var lanes = plan.GroupBy(r => r.ClientDepartmentId)
            .Select(lane => ReplayLaneAsync(lane.OrderBy(ResolvedAt).ThenBy(r => r.Number).ToArray(), services, cancellationToken));
        var results = await Task.WhenAll(lanes);
        return new HistorySeedResult(
            results.Sum(r => r.Requests), results.Sum(r => r.Steps), results.Sum(r => r.Surveys), results.Sum(r => r.Complaints),
            results.Sum(r => r.Failed), anchor, [.. results.SelectMany(r => r.RequestIds)]);
    }

    private static DateTimeOffset ResolvedAt(HistoryRequest request) =>
        request.Steps.FirstOrDefault(s => s.Command?.Action == Domain.Requests.RequestAction.Resolve)?.At ?? request.LastAt;

    // The demo services as they stand, with their clocks per client.
    private async Task<SortedDictionary<string, (ServiceEntry Entry, HistoryService History)>> ServicesAsync()
    {
        var entries = new SortedDictionary<string, (ServiceEntry, HistoryService)>(StringComparer.Ordinal);
        foreach (var draft in DemoCatalogue.Services)
        {
            var stored = await grains.GetService(draft.Id!).GetAsync();
            if (stored.Retired)
            {
                continue;
            }

            var entry = stored.Current;
            var clients = DemoHistory.Clients.Where(c => c != entry.DepartmentId && (entry.EligibleDepartments.Count == 0 || entry.EligibleDepartments.Contains(c)));
            var book = grains.GetAgreementBook(entry.DepartmentId);
            var clocks = new Dictionary<string, IReadOnlyList<ClockPolicy>>(StringComparer.Ordinal);
            foreach (var client in clients)
            {
                clocks[client] = (await book.ResolveAsync(entry, client)).Clocks;
            }

            entries[entry.Id] = (entry, new HistoryService(
                entry.Id, entry.DepartmentId, entry.Name.Fr, entry.Name.En,
                entry.Cost is { Amount: > 0 } cost && cost.Unit != CostUnit.Free, entry.EligibleDepartments, clocks,
                OtherRequestEntries.Is(entry.Id)));
        }

        return entries;
    }

    // The instant the history was first seeded: request 1 is filed exactly DemoHistory.Span before it.
    private async Task<DateTimeOffset> AnchorAsync(
        HistoryRequest first, IReadOnlyDictionary<string, (ServiceEntry Entry, HistoryService History)> services, DateTimeOffset now)
    {
        var id = await Reserve(first, services[first.ServiceId].Entry).ReserveAsync(services[first.ServiceId].Entry.DepartmentId);
        try
        {
            var view = await grains.GetRequest(id).GetAsync();
            var anchor = view.FiledAt + DemoHistory.Span;
            return anchor <= now ? anchor : now;
        }
        catch (CatalogNotFoundException)
        {
            return now;
        }
    }

    private IRequestNumberReservation Reserve(HistoryRequest request, ServiceEntry entry) =>
        grains.GetGrain<IRequestNumberReservation>(RequestIntakeKeys.For(request.ClientDepartmentId, request.Key));

    // The manager on leave names their substitute once (the naming is audited like any other).
    private async Task NameSubstituteAsync(DateTimeOffset anchor)
    {
        var department = DemoHistory.SubstituteDepartment;
        var (manager, substitute) = (DemoDirectory.Manager(department), DemoDirectory.Agent(department));
        var settings = grains.GetApprovalSettings(department);
        if ((await settings.GetAsync()).Substitutes.Any(s => s.ManagerId == manager && s.SubstituteId == substitute))
        {
            return;
        }

        var (from, until) = DemoHistory.SubstitutePeriod(anchor);
        if (until > clock.GetUtcNow())
        {
            await settings.NameSubstituteAsync(new Viewer(manager, department, DepartmentRole.Manager), new SubstituteDraft(substitute, from, until, manager));
        }
    }

    private async Task<HistorySeedResult> ReplayLaneAsync(
        IReadOnlyList<HistoryRequest> lane, IReadOnlyDictionary<string, (ServiceEntry Entry, HistoryService History)> services,
        CancellationToken cancellationToken)
    {
        var (requests, steps, surveys, complaints, failed) = (0, 0, 0, 0, 0);
        var ids = new List<string>(lane.Count);
        foreach (var request in lane)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var (id, taken, answered, complained) = await ReplayAsync(request, services[request.ServiceId]);
                ids.Add(id);
                requests++;
                steps += taken;
                surveys += answered ? 1 : 0;
                complaints += complained ? 1 : 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One request's past refused by the rules (a demo data mistake) costs that request, not the demo.
                failed++;
                LogRequestFailed(logger, exception, request.Number);
            }
        }

        return new HistorySeedResult(requests, steps, surveys, complaints, failed, default, ids);
    }

    private async Task<(string Id, int Steps, bool Answered, bool Complained)> ReplayAsync(HistoryRequest request, (ServiceEntry Entry, HistoryService History) service)
    {
        var entry = service.Entry;
        var requester = new Viewer(DemoDirectory.Requester(request.ClientDepartmentId), request.ClientDepartmentId, DepartmentRole.Requester);
        // As the intake builds it: the service as it stands and the clocks the agreement book resolves for the client.
        var clocks = await grains.GetAgreementBook(entry.DepartmentId).ResolveAsync(entry, request.ClientDepartmentId);
        var filing = new RequestFiling(
            new FileRequest(entry.Id, request.ClientDepartmentId, requester.UserId, request.Title, new Dictionary<string, string>(), request.Key),
            entry,
            clocks);
        var id = await Reserve(request, entry).ReserveAsync(entry.DepartmentId);
        var history = grains.GetGrain<IRequestHistoryGrain>(id);
        var view = await history.FileAtAsync(filing, request.FiledAt);

        // Steps up to the last one recorded were taken by an earlier seeding (their keys would answer them anyway).
        var done = view.History.Count > 0 ? view.History[^1].At : DateTimeOffset.MinValue;
        var taken = 0;
        foreach (var step in request.Steps.Where(s => s.At > done))
        {
            view = await history.StepAtAsync(step);
            taken++;
        }

        var answered = false;
        if (request.Survey is { } survey)
        {
            var current = await grains.GetSurvey(id).GetAsync();
            if (current.Status == SurveyStatus.Offered)
            {
                current = await grains.GetGrain<ISurveyHistoryGrain>(id).AnswerAtAsync(requester, new SurveyAnswer(survey.Score, survey.Comment), survey.At);
            }

            answered = current.Status == SurveyStatus.Answered;
        }

        if (request.Complaint is { } complaint)
        {
            await grains.GetGrain<IComplaintHistoryGrain>(view.ProviderDepartmentId).ReplayAsync(
                requester,
                new ComplaintFiling(entry.Id, entry.Name, request.ClientDepartmentId, id, complaint.Cause, complaint.Text),
                complaint.FiledAt,
                complaint.Steps);
        }

        return (id, taken, answered, request.Complaint is not null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo history: request {Number} could not be replayed whole; the rest of the history goes on")]
    private static partial void LogRequestFailed(ILogger logger, Exception exception, int number);
}
