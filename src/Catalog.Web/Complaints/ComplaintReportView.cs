using Catalog.Domain.Complaints;

namespace Catalog.Web.Complaints;

/// <summary>The complaints report as GET /api/complaints/report returns it (the CSV export has the same rows).</summary>
/// <param name="From">First instant of the period (complaints filed from then).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="By">What the rows group by.</param>
/// <param name="Every">The length of the periods.</param>
/// <param name="Departments">The provider departments the reader may see the figures of.</param>
/// <param name="Rows">Figures per group and period.</param>
/// <param name="Totals">Figures per group over the whole report.</param>
public sealed record ComplaintReportView(
    DateTimeOffset From,
    DateTimeOffset To,
    ReportDimension By,
    ReportFrequency Every,
    IReadOnlyList<string> Departments,
    IReadOnlyList<ComplaintFigures> Rows,
    IReadOnlyList<ComplaintFigures> Totals);
