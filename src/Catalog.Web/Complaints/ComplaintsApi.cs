using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Complaints;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Exports;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Complaints;

/// <summary>
/// Complaints over HTTP: filing about a request or a service, reading and working them, each department's complaint
/// standard, the organisation's complaint roles, and the report with its CSV. Who files is the signed-in person and
/// the client department theirs; the desk grain of the provider checks who may see and work each complaint
/// (<see cref="ComplaintAccess"/>): one it may not see answers 404, like one that does not exist.
/// </summary>
public static class ComplaintsApi
{
    private const string Tag = "Complaints";

    /// <summary>How far back the report looks when no period is given.</summary>
    private static readonly TimeSpan DefaultReportSpan = TimeSpan.FromDays(7 * 8);

    /// <summary>The instants a report period may use (the business calendars' range, with room for the default span).</summary>
    private static readonly DateTimeOffset EarliestReport = new(1901, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset LatestReport = new(2199, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Maps /api/complaints, /api/requests/{id}/complaints and the live hub /hubs/complaints.</summary>
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/requests/{id}/complaints").WithTags(Tag)
            .MapPost("", FileAboutRequestAsync)
            .WithName("ComplainAboutRequest")
            .WithSummary("Files a complaint about a request (cause and text): anyone of its client department; 201 with the complaint.")
            .Accepts<FileComplaintBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var api = endpoints.MapGroup("api/complaints").WithTags(Tag);
        api.MapPost("", FileAboutServiceAsync)
            .WithName("ComplainAboutService")
            .WithSummary("Files a complaint about a service (serviceId, cause, text): anyone placed in a department who may see the service.")
            .Accepts<FileComplaintBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("", ListAsync)
            .WithName("ListComplaints")
            .WithSummary("The complaints the signed-in person may see, newest first: status=open (default) or all; provider narrows to one department.");
        api.MapGet("{id}", GetAsync)
            .WithName("GetComplaint")
            .WithSummary("A complaint with its progress, escalations, answer, resolution and the actions the reader may take.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (verb, action, name) in new[]
                 {
                     ("acknowledge", ComplaintAction.Acknowledge, "AcknowledgeComplaint"),
                     ("answer", ComplaintAction.Answer, "AnswerComplaint"),
                     ("resolve", ComplaintAction.Resolve, "ResolveComplaint"),
                 })
        {
            api.MapPost($"{{id}}/{verb}", Act(action))
                .WithName(name)
                .WithSummary($"{action}s a complaint as the holder of its level (answer: text; resolve: kind and text); 409 when its status does not allow it.")
                .Accepts<ComplaintActionBody>("application/json")
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }

        api.MapGet("report", ReportAsync)
            .WithName("GetComplaintsReport")
            .WithSummary("Complaints filed in [from, to) per service, provider or cause (by), per week or month (every): filed, acknowledged and answered in time, escalated, resolved by kind.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("report/export", ExportAsync)
            .WithName("ExportComplaintsReport")
            .WithSummary("The complaints report as CSV, with the same figures as GET /api/complaints/report.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("standards/{departmentId}", GetStandardAsync)
            .WithName("GetComplaintStandard")
            .WithSummary("A department's complaint standard: business days to acknowledge and to answer.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("standards/{departmentId}", SetStandardAsync)
            .WithName("SetComplaintStandard")
            .WithSummary("Changes a department's complaint standard (its managers, catalogue administrators); applies to complaints filed after.")
            .Accepts<ComplaintStandardBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("roles", GetRolesAsync)
            .WithName("GetComplaintRoles")
            .WithSummary("The organisation's complaints officers and each department's head.");
        api.MapPut("roles/officers/{userId}", SetOfficerAsync)
            .WithName("SetComplaintsOfficer")
            .WithSummary("Makes a person a complaints officer, or not (catalogue administrators).")
            .Accepts<ComplaintOfficerBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("roles/heads/{departmentId}", SetHeadAsync)
            .WithName("SetDepartmentHead")
            .WithSummary("Designates a department's head, a person of it, or none (catalogue administrators).")
            .Accepts<ComplaintHeadBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapHub<ComplaintsHub>(ComplaintsHub.Path, o => o.CloseOnAuthenticationExpiration = true);
        return endpoints;
    }

    internal static async Task<Results<Created<ComplaintView>, ValidationProblem>> FileAboutRequestAsync(
        [FromServices] IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await BodyAsync(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (!RequestIds.IsRequestId(id))
        {
            throw new CatalogNotFoundException("request", id);
        }

        var view = await grains.GetRequest(id).GetAsync();
        if (!AccessPolicy.CanSeeRequest(me.Viewer, view.ProviderDepartmentId, view.ClientDepartmentId))
        {
            throw new CatalogNotFoundException("request", id);
        }

        SignedIn.Require(ComplaintAccess.CanComplainAboutRequest(me.Viewer, view.ClientDepartmentId),
            $"Only people of the client department ('{view.ClientDepartmentId}') complain about {id}.");
        var filing = new ComplaintFiling(view.ServiceId, view.ServiceName, view.ClientDepartmentId, id, body.Cause!.Value, body.Text!);
        return Created(await grains.GetComplaintDesk(view.ProviderDepartmentId).FileAsync(me.Viewer, filing));
    }

    internal static async Task<Results<Created<ComplaintView>, ValidationProblem>> FileAboutServiceAsync(
        [FromServices] IGrainFactory grains, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await BodyAsync(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (string.IsNullOrWhiteSpace(body.ServiceId))
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["serviceId"] = ["Required."] });
        }

        if (!Domain.Catalogue.CatalogueIds.IsServiceId(body.ServiceId))
        {
            throw new CatalogNotFoundException("service", body.ServiceId);
        }

        var service = (await grains.GetService(body.ServiceId).GetAsync()).Current;
        if (!AccessPolicy.CanSeeService(me.Viewer, service.DepartmentId, service.EligibleDepartments))
        {
            throw new CatalogNotFoundException("service", body.ServiceId);
        }

        SignedIn.Require(me.Viewer.DepartmentId is not null, "You belong to no department, so you cannot complain: ask your manager to add you to the directory.");
        var filing = new ComplaintFiling(service.Id, service.Name, me.Viewer.DepartmentId!, null, body.Cause!.Value, body.Text!);
        return Created(await grains.GetComplaintDesk(service.DepartmentId).FileAsync(me.Viewer, filing));
    }

    internal static async Task<Results<Ok<IReadOnlyList<ComplaintView>>, ValidationProblem>> ListAsync(
        [FromServices] IGrainFactory grains, SignedIn me, string? status, string? provider)
    {
        var openOnly = status is null or "open";
        if (!openOnly && status != "all")
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["status"] = ["Use open or all."] });
        }

        var departments = await DepartmentIdsAsync(grains);
        if (provider is not null && !departments.Contains(provider))
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["provider"] = [$"Unknown department '{provider}'."] });
        }

        // Every desk filters what the reader may see: a person's own complaints may be at any provider.
        var lists = await Task.WhenAll((provider is null ? departments : [provider])
            .Select(d => grains.GetComplaintDesk(d).ListAsync(me.Viewer, openOnly)));
        IReadOnlyList<ComplaintView> all = lists.SelectMany(l => l).OrderByDescending(c => c.FiledAt).ToArray();
        return TypedResults.Ok(all);
    }

    internal static async Task<Ok<ComplaintView>> GetAsync([FromServices] IGrainFactory grains, string id, SignedIn me) =>
        TypedResults.Ok(await Desk(grains, id).GetAsync(me.Viewer, id));

    private static Delegate Act(ComplaintAction action) =>
        async ([FromServices] IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var desk = Desk(grains, id);
            var (body, errors) = await JsonBody.ReadAsync<ComplaintActionBody>(request, cancellationToken);
            if (body is null)
            {
                return (Results<Ok<ComplaintView>, ValidationProblem>)InputProblems.Invalid(errors!);
            }

            return TypedResults.Ok(await desk.ActAsync(me.Viewer, id, new ComplaintCommand(action, body.Text, body.Kind)));
        };

    internal static async Task<Results<Ok<ComplaintReportView>, ValidationProblem>> ReportAsync(
        [FromServices] IGrainFactory grains, SignedIn me, DateTimeOffset? from, DateTimeOffset? to, string? by, string? every)
    {
        var (report, errors) = await BuildReportAsync(grains, me, from, to, by, every);
        return report is null ? InputProblems.Invalid(errors!) : TypedResults.Ok(report);
    }

    internal static async Task<IResult> ExportAsync(
        [FromServices] IGrainFactory grains, SignedIn me, DateTimeOffset? from, DateTimeOffset? to, string? by, string? every)
    {
        var (report, errors) = await BuildReportAsync(grains, me, from, to, by, every);
        if (report is null)
        {
            return InputProblems.Invalid(errors!);
        }

        var csv = new CsvWriter().Row("group", "period", "filed", "acknowledgedInTime", "answeredInTime", "escalated",
            "resolved", "explanation", "redo", "credit", "changeOfPractice");
        foreach (var f in report.Rows.Concat(report.Totals))
        {
            csv.Row(f.Key, ComplaintReport.PeriodText(f.PeriodStart), f.Filed, f.AcknowledgedInTime, f.AnsweredInTime, f.Escalated,
                f.Resolved, f.Explanation, f.Redo, f.Credit, f.ChangeOfPractice);
        }

        return csv.ToFile($"complaints-{report.By.ToString().ToLowerInvariant()}-{report.Every.ToString().ToLowerInvariant()}.csv");
    }

    internal static async Task<Ok<ComplaintStandardSettings>> GetStandardAsync([FromServices] IGrainFactory grains, string departmentId)
    {
        await EnsureDepartmentAsync(grains, departmentId);
        return TypedResults.Ok(await grains.GetComplaintDesk(departmentId).GetStandardAsync());
    }

    internal static async Task<Results<Ok<ComplaintStandardSettings>, ValidationProblem>> SetStandardAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        await EnsureDepartmentAsync(grains, departmentId);
        var (body, errors) = await JsonBody.ReadAsync<ComplaintStandardBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        var missing = new Dictionary<string, string[]>();
        if (body.AcknowledgeDays is null)
        {
            missing["acknowledgeDays"] = ["Required."];
        }

        if (body.AnswerDays is null)
        {
            missing["answerDays"] = ["Required."];
        }

        if (missing.Count > 0)
        {
            return InputProblems.Invalid(missing);
        }

        return TypedResults.Ok(await grains.GetComplaintDesk(departmentId)
            .SetStandardAsync(me.Viewer, new ComplaintStandardSettings(body.AcknowledgeDays!.Value, body.AnswerDays!.Value)));
    }

    internal static async Task<Ok<ComplaintRolesView>> GetRolesAsync([FromServices] IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetComplaintOffice().GetAsync());

    internal static async Task<Results<Ok<ComplaintRolesView>, ValidationProblem>> SetOfficerAsync(
        [FromServices] IGrainFactory grains, string userId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        SignedIn.Require(ComplaintAccess.CanDesignate(me.Viewer), "Only catalogue administrators designate complaints officers.");
        var (body, errors) = await JsonBody.ReadAsync<ComplaintOfficerBody>(request, cancellationToken);
        if (body?.Officer is not { } officer)
        {
            return InputProblems.Invalid(errors ?? new Dictionary<string, string[]> { ["officer"] = ["Required: true or false."] });
        }

        if (!Catalog.Access.CatalogUserValidator.IsUserId(Catalog.Access.CatalogUserValidator.NormalizeId(userId)))
        {
            throw new CatalogNotFoundException("user", userId);
        }

        return TypedResults.Ok(await grains.GetComplaintOffice().SetOfficerAsync(me.Viewer, userId, officer));
    }

    internal static async Task<Results<Ok<ComplaintRolesView>, ValidationProblem>> SetHeadAsync(
        [FromServices] IGrainFactory grains, string departmentId, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        SignedIn.Require(ComplaintAccess.CanDesignate(me.Viewer), "Only catalogue administrators designate department heads.");
        var (body, errors) = await JsonBody.ReadAsync<ComplaintHeadBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (body.UserId is { Length: > 0 } user && !Catalog.Access.CatalogUserValidator.IsUserId(Catalog.Access.CatalogUserValidator.NormalizeId(user)))
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["userId"] = ["Not a user id."] });
        }

        return TypedResults.Ok(await grains.GetComplaintOffice().SetHeadAsync(me.Viewer, departmentId, body.UserId));
    }

    /// <summary>The body of a filing, with its cause and text required.</summary>
    private static async Task<(FileComplaintBody? Body, IDictionary<string, string[]>? Errors)> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<FileComplaintBody>(request, cancellationToken);
        if (body is null)
        {
            return (null, errors);
        }

        var missing = new Dictionary<string, string[]>();
        if (body.Cause is null)
        {
            missing["cause"] = [$"Required: one of {string.Join(", ", Enum.GetNames<ComplaintCause>())}."];
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            missing["text"] = ["Required."];
        }
        else if (body.Text.Trim().Length > ComplaintFiling.MaxTextLength)
        {
            missing["text"] = [$"At most {ComplaintFiling.MaxTextLength} characters."];
        }

        return missing.Count > 0 ? (null, missing) : (body, null);
    }

    private static async Task<(ComplaintReportView? Report, IDictionary<string, string[]>? Errors)> BuildReportAsync(
        IGrainFactory grains, SignedIn me, DateTimeOffset? from, DateTimeOffset? to, string? by, string? every)
    {
        var roles = (await grains.GetComplaintOffice().GetAsync()).ToRoles();
        SignedIn.Require(ComplaintAccess.CanReadAnyReport(me.Viewer, roles),
            "The complaints report is for managers, department heads, complaints officers and auditors.");
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ReportDimension>(by ?? nameof(ReportDimension.Service), ignoreCase: true, out var dimension) || !Enum.IsDefined(dimension) || int.TryParse(by, out _))
        {
            errors["by"] = ["Use service, provider or cause."];
        }

        if (!Enum.TryParse<ReportFrequency>(every ?? nameof(ReportFrequency.Week), ignoreCase: true, out var frequency) || !Enum.IsDefined(frequency) || int.TryParse(every, out _))
        {
            errors["every"] = ["Use week or month."];
        }

        var end = to ?? (await grains.GetGrain<IClockGrain>(0).GetAsync()).Now;
        if (end < EarliestReport || end > LatestReport || from is { } f && (f < EarliestReport || f > LatestReport))
        {
            errors["from"] = [$"Use instants between {EarliestReport:yyyy-MM-dd} and {LatestReport:yyyy-MM-dd}."];
            return (null, errors);
        }

        var start = from ?? end - DefaultReportSpan;
        if (start >= end || end - start > TimeSpan.FromDays(3 * 366))
        {
            errors["from"] = ["The period must start before it ends and last at most three years."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var departments = (await DepartmentIdsAsync(grains)).Where(d => ComplaintAccess.CanReadReport(me.Viewer, roles, d)).ToArray();
        var facts = await grains.ComplaintFactsAsync(start, end, departments);
        var rows = ComplaintReport.Build(facts.Select(f => f.ToTally()), dimension, frequency, start, end);
        return (new ComplaintReportView(start, end, dimension, frequency, departments, rows, ComplaintReport.Totals(rows)), null);
    }

    /// <summary>The desk holding complaint <paramref name="id"/>; a malformed id is 404 without activating anything.</summary>
    private static IComplaintDeskGrain Desk(IGrainFactory grains, string id) =>
        ComplaintIds.ProviderOf(id) is { } provider ? grains.GetComplaintDesk(provider) : throw new CatalogNotFoundException("complaint", id);

    private static async Task<string[]> DepartmentIdsAsync(IGrainFactory grains) =>
        (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToArray();

    private static async Task EnsureDepartmentAsync(IGrainFactory grains, string departmentId)
    {
        if (!(await DepartmentIdsAsync(grains)).Contains(departmentId, StringComparer.Ordinal))
        {
            throw new CatalogNotFoundException("department", departmentId);
        }
    }

    private static Created<ComplaintView> Created(ComplaintView view) =>
        TypedResults.Created($"/api/complaints/{Uri.EscapeDataString(view.Id)}", view);
}
