namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// Things that exist, for the hostile calls to aim at with a bad body, header or query: a request from hr to it
/// (submitted), an it service, an agreement of it with hr for that service, a person of hr.
/// </summary>
public sealed record HostileTargets(string RequestId, string ServiceId, string DepartmentId, string AgreementId, string UserId);
