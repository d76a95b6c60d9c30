using Catalog.Domain.Access;
using Catalog.Domain.Surveys;
using Catalog.Errors;
using Catalog.Requests;
using Catalog.Surveys;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Surveys;

/// <summary>
/// Satisfaction surveys over HTTP: a request's survey (read by whoever may see the request, answered once by its
/// requester), and the signed-in person's surveys waiting for an answer. Who may see a request is the request's
/// rule (404 to anyone else, as if it did not exist); who may answer and read comments is <see cref="SurveyAccess"/>'s.
/// </summary>
public static class SurveysApi
{
    private const string Tag = "Surveys";

    /// <summary>Maps /api/requests/{id}/survey and /api/me/surveys.</summary>
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api").WithTags(Tag);
        api.MapGet("requests/{id}/survey", GetAsync)
            .WithName("GetRequestSurvey")
            .WithSummary("The request's satisfaction survey: None (not resolved yet), Offered, Answered or Skipped (with why), the question in French and English, and the answer.")
            .WithDescription("Seen by whoever may see the request (its two departments and auditors). The answer's comment is shown to the requester, the provider department's people and auditors only. canAnswer tells whether the reader may answer it now.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("requests/{id}/survey", AnswerAsync)
            .WithName("AnswerRequestSurvey")
            .WithSummary("Answers the request's survey: score 1 to 5 and an optional comment. Only the requester may answer, once (409 after).")
            .Accepts<SurveyAnswerBody>("application/json")
            .Produces<SurveyView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("me/surveys", WaitingAsync)
            .WithName("GetMySurveys")
            .WithSummary("The surveys waiting for the signed-in person's answer, newest first.");
        return endpoints;
    }

    internal static async Task<Ok<SurveyView>> GetAsync(IGrainFactory grains, string id, SignedIn me)
    {
        await VisibleAsync(grains, id, me);
        return TypedResults.Ok(ForViewer(await grains.GetSurvey(id).GetAsync(), me.Viewer));
    }

    internal static async Task<Results<Ok<SurveyView>, ValidationProblem>> AnswerAsync(
        IGrainFactory grains, string id, SignedIn me, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, bodyErrors) = await JsonBody.ReadAsync<SurveyAnswerBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(bodyErrors!);
        }

        var errors = SurveyAnswerRules.Validate(body.Score, body.Comment);
        if (errors.Count > 0)
        {
            return InputProblems.Invalid(errors);
        }

        await VisibleAsync(grains, id, me);
        var view = await grains.GetSurvey(id).AnswerAsync(me.Viewer, new SurveyAnswer(body.Score!.Value, body.Comment));
        return TypedResults.Ok(ForViewer(view, me.Viewer));
    }

    internal static async Task<Ok<IReadOnlyList<WaitingSurvey>>> WaitingAsync(IGrainFactory grains, SignedIn me) =>
        TypedResults.Ok(await grains.GetPersonSurveys(me.UserId).WaitingAsync());

    /// <summary>Throws 404 unless <paramref name="me"/> may see the request (a malformed id cannot exist).</summary>
    private static async Task VisibleAsync(IGrainFactory grains, string id, SignedIn me)
    {
        if (!RequestIds.IsRequestId(id))
        {
            throw new CatalogNotFoundException("request", id);
        }

        var view = await grains.GetRequest(id).GetAsync();
        if (!AccessPolicy.CanSeeRequest(me.Viewer, view.ProviderDepartmentId, view.ClientDepartmentId))
        {
            throw new CatalogNotFoundException("request", id);
        }
    }

    /// <summary>The survey as <paramref name="viewer"/> may read it: whether they may answer it, the comment only for those who may read it.</summary>
    private static SurveyView ForViewer(SurveyView view, Viewer viewer)
    {
        var requester = view.Requester ?? "";
        return view with
        {
            CanAnswer = view.Status == SurveyStatus.Offered && SurveyAccess.CanAnswer(viewer, requester),
            Comment = view.ProviderDepartmentId is { } provider && SurveyAccess.CanReadComment(viewer, requester, provider) ? view.Comment : null,
        };
    }
}
