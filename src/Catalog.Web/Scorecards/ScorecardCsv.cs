using Catalog.Domain.Scorecards;
using Catalog.Web.Exports;

namespace Catalog.Web.Scorecards;

/// <summary>
/// A scorecard as CSV, one figure per row (<c>section,key,metric,value</c>), so a spreadsheet can pivot it and every
/// figure of the page has exactly one cell: the same numbers, the same rounding.
/// </summary>
internal static class ScorecardCsv
{
    public static CsvWriter Write(ScorecardView view)
    {
        var csv = new CsvWriter().Row("section", "key", "metric", "value");
        csv.Row("subject", view.Subject, "provider", view.ProviderDepartmentId);
        if (view.ClientDepartmentId is not null)
        {
            csv.Row("subject", view.Subject, "client", view.ClientDepartmentId);
        }

        if (view.ServiceId is not null)
        {
            csv.Row("subject", view.Subject, "service", view.ServiceId);
        }

        csv.Row("period", "", "from", Scorecard.Format(view.From));
        csv.Row("period", "", "to", Scorecard.Format(view.To));
        csv.Row("period", "", "timeZone", view.TimeZone);
        WriteFigures(csv, view.Figures);
        return csv;
    }

    public static void WriteFigures(CsvWriter csv, ScorecardFigures f)
    {
        csv.Row("requests", "", "filed", f.Filed);
        csv.Row("requests", "", "resolved", f.Resolved);
        csv.Row("requests", "", "cancelled", f.Cancelled);
        csv.Row("requests", "", "breaches", f.Breaches);
        csv.Row("requests", "", "breachedRequests", f.BreachedRequests);
        foreach (var c in f.Clocks)
        {
            csv.Row("clock", c.Clock, "met", c.Met);
            csv.Row("clock", c.Clock, "breached", c.Breached);
            csv.Row("clock", c.Clock, "running", c.Running);
            csv.Row("clock", c.Clock, "notStarted", c.NotStarted);
            csv.Row("clock", c.Clock, "cancelled", c.Cancelled);
            csv.Row("clock", c.Clock, "percentMet", c.PercentMet);
        }

        csv.Row("turnaround", "", "resolved", f.Turnaround.Resolved);
        csv.Row("turnaround", "", "medianHours", f.Turnaround.MedianHours);
        csv.Row("turnaround", "", "percentile90Hours", f.Turnaround.Percentile90Hours);
        foreach (var h in f.Held)
        {
            csv.Row("held", h.DepartmentId, "requests", h.Requests);
            csv.Row("held", h.DepartmentId, "hours", h.Hours);
        }

        csv.Row("transfers", "", "transfers", f.Transfers.Transfers);
        csv.Row("transfers", "", "requestsTransferredMoreThanOnce", f.Transfers.RequestsTransferredMoreThanOnce);
        csv.Row("transfers", "", "beyondOne", f.Transfers.BeyondOne);
        WriteComplaints(csv, f.Complaints);
        WriteSatisfaction(csv, f.Satisfaction);
        WriteCosts(csv, f.CostByClient, f.CostTotals);
        foreach (var w in f.Weeks)
        {
            var key = Scorecard.Format(w.WeekStart);
            csv.Row("week", key, "filed", w.Filed);
            csv.Row("week", key, "met", w.Met);
            csv.Row("week", key, "breached", w.Breached);
            csv.Row("week", key, "percentMet", w.PercentMet);
            csv.Row("week", key, "medianHours", w.MedianHours);
            csv.Row("week", key, "complaints", w.Complaints);
            csv.Row("week", key, "surveys", w.Surveys);
            csv.Row("week", key, "satisfactionMean", w.SatisfactionMean);
        }
    }

    public static void WriteComplaints(CsvWriter csv, ComplaintFigures complaints)
    {
        csv.Row("complaints", "", "count", complaints.Count);
        csv.Row("complaints", "", "answeredInTime", complaints.AnsweredInTime);
        csv.Row("complaints", "", "answeredLate", complaints.AnsweredLate);
        foreach (var c in complaints.ByCause)
        {
            csv.Row("complaintCause", c.Key, "count", c.Count);
        }
    }

    public static void WriteSatisfaction(CsvWriter csv, SatisfactionFigures satisfaction)
    {
        csv.Row("satisfaction", "", "count", satisfaction.Count);
        csv.Row("satisfaction", "", "mean", satisfaction.Mean);
        for (var score = 1; score <= satisfaction.Distribution.Count; score++)
        {
            csv.Row("satisfactionScore", score, "count", satisfaction.Distribution[score - 1]);
        }
    }

    public static void WriteCosts(CsvWriter csv, IReadOnlyList<CostLine> byClient, IReadOnlyList<CostTotal> totals)
    {
        foreach (var c in byClient)
        {
            csv.Row("cost", c.ClientDepartmentId, "quotes " + c.Currency, c.Quotes);
            csv.Row("cost", c.ClientDepartmentId, "amount " + c.Currency, c.Amount);
        }

        foreach (var t in totals)
        {
            csv.Row("costTotal", "", "quotes " + t.Currency, t.Quotes);
            csv.Row("costTotal", "", "amount " + t.Currency, t.Amount);
        }
    }
}
