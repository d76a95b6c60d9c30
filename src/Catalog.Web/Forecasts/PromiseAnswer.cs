using Catalog.Forecasts;

namespace Catalog.Web.Forecasts;

/// <summary>The promised date range the filing form shows for a service.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="ProviderDepartmentId">Its provider.</param>
/// <param name="ClientDepartmentId">The department filing.</param>
/// <param name="Promise">The range; null when the provider has too little history to promise anything.</param>
public sealed record PromiseAnswer(string ServiceId, string ProviderDepartmentId, string ClientDepartmentId, PromiseView? Promise);
