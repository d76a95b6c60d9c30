using Catalog.Catalogue;
using Catalog.Domain.Complaints;

namespace Catalog.Complaints;

/// <summary>A complaint as the web tier files it, after checking the complainant may complain about what it names.</summary>
/// <param name="ServiceId">The service complained about.</param>
/// <param name="ServiceName">Its name, as the complaint shows it.</param>
/// <param name="ClientDepartmentId">The complainant's department.</param>
/// <param name="RequestId">The request complained about, or null for a complaint about the service.</param>
/// <param name="Cause">The cause.</param>
/// <param name="Text">What went wrong, in the complainant's words.</param>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintFiling")]
public sealed record ComplaintFiling(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] LocalizedText ServiceName,
    [property: Id(2)] string ClientDepartmentId,
    [property: Id(3)] string? RequestId,
    [property: Id(4)] ComplaintCause Cause,
    [property: Id(5)] string Text)
{
    /// <summary>The longest complaint, answer or resolution text.</summary>
    public const int MaxTextLength = 4000;
}
