using Catalog.Web.Access;
using Catalog.Web.Approvals;
using Catalog.Web.Audit;
using Catalog.Web.Catalogue;
using Catalog.Web.Complaints;
using Catalog.Web.Exports;
using Catalog.Web.Forecasts;
using Catalog.Web.Messages;
using Catalog.Web.Queues;
using Catalog.Web.Notifications;
using Catalog.Web.Reviews;
using Catalog.Web.Scorecards;
using Catalog.Web.Sla;
using Catalog.Web.Requests;
using Catalog.Web.Surveys;
using Catalog.Web.WhatIf;

namespace Catalog.Web.Hosting;

/// <summary>
/// The list of feature APIs, one call each; every feature maps its own group. All of them need a signed-in user
/// (401 otherwise); what each person may see and do is decided per call.
/// </summary>
public static class CatalogApis
{
    /// <summary>Maps every feature's endpoints.</summary>
    public static IEndpointRouteBuilder MapCatalogApis(this IEndpointRouteBuilder endpoints)
    {
        var signedIn = endpoints.MapGroup("").RequireAuthorization();
        signedIn.MapMeApi();
        signedIn.MapDirectoryApi();
        signedIn.MapCatalogueApi();
        signedIn.MapDepartmentsApi();
        signedIn.MapCategoriesApi();
        signedIn.MapAgreementsApi();
        signedIn.MapCalendarsApi();
        signedIn.MapRequestsApi();
        signedIn.MapRequestStepsApi();
        signedIn.MapApprovalSettingsApi();
        signedIn.MapQueuesApi();
        signedIn.MapQueueExportApi();
        signedIn.MapBoardApi();
        signedIn.MapClockApi();
        signedIn.MapAuditApi();
        signedIn.MapSurveysApi();
        signedIn.MapSatisfactionApi();
        signedIn.MapMeLanguageApi();
        signedIn.MapMessagesApi();
        signedIn.MapScorecardsApi();
        signedIn.MapReviewsApi();
        signedIn.MapComplaintsApi();
        signedIn.MapWhatIfApi();
        signedIn.MapForecastsApi();
        signedIn.MapNotificationsApi();
        return endpoints;
    }
}
