using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalog.Web.Surveys;

/// <summary>Ready only once this web process receives the survey stream: before that, an offer would reach no open page.</summary>
internal sealed class SurveyRelayHealthCheck(SurveyOfferRelay relay) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(relay.IsSubscribed
            ? HealthCheckResult.Healthy("Relaying survey offers to their requesters.")
            : HealthCheckResult.Unhealthy("Not subscribed to the survey stream yet."));
}
