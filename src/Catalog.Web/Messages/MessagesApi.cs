using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Domain.Messages;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Messages;
using Catalog.Requests;
using Catalog.Web.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Messages;

/// <summary>
/// Standard messages over HTTP. A provider department's library (/api/departments/{departmentId}/messages): its
/// agents and managers read it, its managers and catalogue administrators edit it, every edit is audited and kept
/// as a version. On a request (/api/requests/{id}/messages): the provider's agents and managers preview a
/// situation's message, written in the client's language, and send it, edited or not, as a comment on the request
/// (the request's own Comment action, audited there). A template with an unknown placeholder, or a follow-up date
/// more than 5 business days after receipt, answers 422 naming the field.
/// </summary>
public static class MessagesApi
{
    private const string Tag = "Messages";
    private const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The longest message sent (a request comment's limit).</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>Maps the library and the request message routes.</summary>
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        var library = endpoints.MapGroup("api/departments/{departmentId}/messages").WithTags(Tag);

        library.MapGet("", GetLibraryAsync)
            .WithName("GetMessageLibrary")
            .WithSummary("The department's standard messages: every situation in French and English, and the placeholders they may use.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        library.MapPut("{situation}/{language}", SetTemplateAsync)
            .WithName("SetMessageTemplate")
            .WithSummary("Saves a new version of one standard message (managers of the department, catalogue administrators); audited.")
            .WithDescription("Body: { \"text\": \"Bonjour {clientName}, …\" }. Placeholders: {client}, {clientName}, {clientDepartment}, {service}, {requestNumber}, {dueDate}, {quoteAmount}, {followUpDate}; any other {word} answers 422 naming it.")
            .Accepts<TemplateBody>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        library.MapGet("{situation}/{language}/versions", HistoryAsync)
            .WithName("GetMessageTemplateVersions")
            .WithSummary("Every saved version of one standard message, newest first.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var request = endpoints.MapGroup("api/requests/{id}/messages").WithTags(Tag);

        request.MapGet("preview", PreviewAsync)
            .WithName("PreviewMessage")
            .WithSummary("Writes a situation's standard message for the request, in its client's language, without sending it.")
            .WithDescription("Query: situation (required), followUpDate (yyyy-MM-dd, at most 5 business days after receipt; the latest allowed when left out), quoteAmount, quoteCurrency.")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        request.MapPost("", SendAsync)
            .WithName("SendMessage")
            .WithSummary("Sends a standard message (as written, or as the agent edited it in text) as a comment on the request.")
            .Accepts<MessageBody>("application/json")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return endpoints;
    }

    internal static async Task<Ok<MessageLibrary>> GetLibraryAsync([FromServices] IGrainFactory grains, string departmentId, SignedIn me)
    {
        var library = Library(grains, departmentId);
        SignedIn.Require(MessageAccess.CanRead(me.Viewer, departmentId),
            $"Only agents and managers of '{departmentId}', catalogue administrators and auditors may read its standard messages.");
        return TypedResults.Ok(await library.GetAsync());
    }

    internal static async Task<Results<Ok<MessageTemplate>, ValidationProblem, ProblemHttpResult>> SetTemplateAsync(
        [FromServices] IGrainFactory grains,
        string departmentId,
        string situation,
        string language,
        SignedIn me,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var library = Library(grains, departmentId);
        var key = Situation(situation, language);
        SignedIn.Require(MessageAccess.CanEdit(me.Viewer, departmentId),
            $"Only managers of '{departmentId}' and catalogue administrators may change its standard messages.");
        var (body, errors) = await JsonBody.ReadAsync<TemplateBody>(context.Request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        try
        {
            return TypedResults.Ok(await library.SetAsync(key, language, body.Text ?? ""));
        }
        catch (MessageRuleException refusal)
        {
            return MessageProblems.Unprocessable(context, refusal);
        }
    }

    internal static async Task<Ok<IReadOnlyList<MessageTemplate>>> HistoryAsync(
        [FromServices] IGrainFactory grains, string departmentId, string situation, string language, SignedIn me)
    {
        var library = Library(grains, departmentId);
        var key = Situation(situation, language);
        SignedIn.Require(MessageAccess.CanRead(me.Viewer, departmentId),
            $"Only agents and managers of '{departmentId}', catalogue administrators and auditors may read its standard messages.");
        return TypedResults.Ok(await library.HistoryAsync(key, language));
    }

    internal static async Task<Results<Ok<MessagePreview>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        [FromServices] IGrainFactory grains,
        string id,
        [FromQuery] string? situation,
        [FromQuery] string? followUpDate,
        [FromQuery] string? quoteAmount,
        [FromQuery] string? quoteCurrency,
        SignedIn me,
        HttpContext context)
    {
        var view = await ProviderViewAsync(grains, id, me);
        var (body, invalid) = FromQuery(situation, followUpDate, quoteAmount, quoteCurrency);
        invalid ??= Check(body!);
        if (invalid is not null)
        {
            return invalid;
        }

        try
        {
            return TypedResults.Ok(await grains.GetMessageLibrary(view.ProviderDepartmentId).RenderAsync(view, Draft(body!)));
        }
        catch (MessageRuleException refusal)
        {
            return MessageProblems.Unprocessable(context, refusal);
        }
    }

    internal static async Task<Results<Ok<RequestView>, ValidationProblem, ProblemHttpResult>> SendAsync(
        [FromServices] IGrainFactory grains, string id, SignedIn me, HttpContext context, CancellationToken cancellationToken)
    {
        var (view, body, invalid) = await PrepareAsync(grains, id, me, context, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        string text;
        try
        {
            // The follow-up date is checked even when the agent rewrote the text: the standard limits the promise.
            var preview = await grains.GetMessageLibrary(view!.ProviderDepartmentId).RenderAsync(view, Draft(body!));
            text = string.IsNullOrWhiteSpace(body!.Text) ? preview.Text : body.Text.Trim();
        }
        catch (MessageRuleException refusal)
        {
            return MessageProblems.Unprocessable(context, refusal);
        }

        if (text.Length > MaxMessageLength)
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["text"] = [$"At most {MaxMessageLength} characters."] });
        }

        var key = context.Request.Headers.TryGetValue(IdempotencyHeader, out var values) ? values.ToString().Trim() : null;
        var command = new RequestCommand(RequestAction.Comment, me.UserId, Comment: text, IdempotencyKey: key);
        if (RequestCommandValidator.Validate(command) is { Count: > 0 } errors)
        {
            return InputProblems.Invalid(errors.ToDictionary(e => e.Key == "idempotencyKey" ? IdempotencyHeader : e.Key, e => e.Value));
        }

        var after = await grains.GetRequest(id).ActAsAsync(me.Viewer, command);
        return TypedResults.Ok(after with
        {
            AllowedActions = AccessPolicy.ActionsFor(AccessPolicy.SideIn(me.Viewer, after.ProviderDepartmentId, after.ClientDepartmentId), after.AllowedActions),
        });
    }

    /// <summary>The request (see <see cref="ProviderViewAsync"/>) and the body, or the 400 naming what is wrong with it.</summary>
    private static async Task<(RequestView? View, MessageBody? Body, ValidationProblem? Invalid)> PrepareAsync(
        IGrainFactory grains, string id, SignedIn me, HttpContext context, CancellationToken cancellationToken)
    {
        var view = await ProviderViewAsync(grains, id, me);
        var (body, errors) = await JsonBody.ReadAsync<MessageBody>(context.Request, cancellationToken);
        if (body is null)
        {
            return (null, null, InputProblems.Invalid(errors!));
        }

        return Check(body) is { } invalid ? (null, null, invalid) : (view, body, null);
    }

    /// <summary>
    /// The request, when the caller works it as its provider: 404 when they may not see it, exactly as if it did not
    /// exist; 403 when they see it from the client's side or as an auditor.
    /// </summary>
    private static async Task<RequestView> ProviderViewAsync(IGrainFactory grains, string id, SignedIn me)
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

        SignedIn.Require(AccessPolicy.SideIn(me.Viewer, view.ProviderDepartmentId, view.ClientDepartmentId) == RequestSide.Provider,
            $"Only agents and managers of '{view.ProviderDepartmentId}' answer its requests with its standard messages.");
        return view;
    }

    /// <summary>The preview's query as a body, or the 400 naming the malformed values.</summary>
    private static (MessageBody? Body, ValidationProblem? Invalid) FromQuery(string? situation, string? followUpDate, string? quoteAmount, string? quoteCurrency)
    {
        var invalid = new Dictionary<string, string[]>(StringComparer.Ordinal);
        MessageSituation? parsedSituation = null;
        if (!string.IsNullOrWhiteSpace(situation))
        {
            if (Enum.TryParse<MessageSituation>(situation.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !situation.Any(char.IsDigit))
            {
                parsedSituation = s;
            }
            else
            {
                invalid["situation"] = [$"Use one of {string.Join(", ", Enum.GetNames<MessageSituation>())}."];
            }
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(followUpDate))
        {
            if (DateOnly.TryParseExact(followUpDate.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                date = d;
            }
            else
            {
                invalid["followUpDate"] = ["Use a date as yyyy-MM-dd."];
            }
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(quoteAmount))
        {
            if (decimal.TryParse(quoteAmount.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var a))
            {
                amount = a;
            }
            else
            {
                invalid["quoteAmount"] = ["Use a number such as 149.99."];
            }
        }

        return invalid.Count > 0
            ? (null, InputProblems.Invalid(invalid))
            : (new MessageBody(parsedSituation, date, amount, string.IsNullOrWhiteSpace(quoteCurrency) ? null : quoteCurrency), null);
    }

    /// <summary>The 400 naming what a message body lacks or gets wrong, or null.</summary>
    private static ValidationProblem? Check(MessageBody body)
    {
        var invalid = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.Situation is null)
        {
            invalid["situation"] = [$"Required: one of {string.Join(", ", Enum.GetNames<MessageSituation>())}."];
        }

        if (body.QuoteAmount is < 0 or > 100_000_000m)
        {
            invalid["quoteAmount"] = ["Use an amount from 0 to 100,000,000."];
        }

        if (body.QuoteCurrency is { } currency && (currency.Trim().Length != 3 || !currency.Trim().All(char.IsAsciiLetter)))
        {
            invalid["quoteCurrency"] = ["Use a three-letter ISO 4217 code, such as CAD."];
        }

        return invalid.Count > 0 ? InputProblems.Invalid(invalid) : null;
    }

    private static MessageDraft Draft(MessageBody body) =>
        new(body.Situation!.Value, body.FollowUpDate, body.QuoteAmount, body.QuoteCurrency?.Trim().ToUpperInvariant());

    /// <summary>The situation of a route; an unknown one, or a language other than fr and en, is a template that does not exist (404).</summary>
    private static MessageSituation Situation(string situation, string language) =>
        Enum.TryParse<MessageSituation>(situation, ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed) && !situation.Any(char.IsDigit) && MessageLanguages.IsKnown(language)
            ? parsed
            : throw new CatalogNotFoundException("message template", $"{situation}/{language}");

    /// <summary>The department's library; a malformed department id cannot exist, so it is a 404 without activating a grain.</summary>
    private static IMessageLibraryGrain Library(IGrainFactory grains, string departmentId) =>
        CatalogueIds.IsDepartmentId(departmentId)
            ? grains.GetMessageLibrary(departmentId)
            : throw new CatalogNotFoundException("department", departmentId);
}
