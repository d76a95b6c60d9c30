namespace Catalog.Functional.Tests.Access;

/// <summary>One HTTP call of the matrix, made ready by a case's arrangement: the path, the JSON body, and a secret.</summary>
/// <param name="Path">The path, e.g. "api/requests/IT-000042".</param>
/// <param name="Body">The JSON body, or null.</param>
/// <param name="Secret">Text only an allowed caller may see (a request's title…): a refusal must never contain it.</param>
/// <param name="AuditEntityId">The entity the audit trail must name after an allowed change; null: the "id" of the created thing in the response.</param>
public sealed record AccessCall(string Path, object? Body = null, string? Secret = null, string? AuditEntityId = null);
