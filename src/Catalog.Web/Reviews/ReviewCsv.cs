using Catalog.Web.Exports;
using Catalog.Web.Scorecards;

namespace Catalog.Web.Reviews;

/// <summary>The annual review as CSV, one figure per row (<c>section,key,metric,value</c>), the same figures as the page.</summary>
internal static class ReviewCsv
{
    public static CsvWriter Write(ReviewView view)
    {
        var f = view.Figures;
        var csv = new CsvWriter().Row("section", "key", "metric", "value");
        csv.Row("subject", "provider", "provider", view.ProviderDepartmentId);
        csv.Row("period", "", "year", view.Year);
        csv.Row("period", "", "timeZone", view.TimeZone);
        csv.Row("requests", "", "filed", f.Filed);
        foreach (var s in f.DemandByService)
        {
            csv.Row("service", s.ServiceId, "requests", s.Requests);
            csv.Row("service", s.ServiceId, "met", s.Met);
            csv.Row("service", s.ServiceId, "breached", s.Breached);
            csv.Row("service", s.ServiceId, "percentMet", s.PercentMet);
            csv.Row("service", s.ServiceId, "medianHours", s.MedianHours);
        }

        foreach (var c in f.DemandByClient)
        {
            csv.Row("client", c.Key, "requests", c.Count);
        }

        foreach (var unused in f.UnusedServices)
        {
            csv.Row("unused", unused, "requests", 0);
        }

        csv.Row("otherRequests", "", "count", f.OtherRequests);
        foreach (var g in f.OtherRequestGroups)
        {
            csv.Row("otherRequestGroup", string.Join(' ', g.Keywords), "count", g.Count);
        }

        var rank = 0;
        foreach (var s in f.MostMissed)
        {
            csv.Row("mostMissed", s.ServiceId, "rank", ++rank);
        }

        ScorecardCsv.WriteCosts(csv, f.CostByClient, f.CostTotals);
        ScorecardCsv.WriteComplaints(csv, f.Complaints);
        ScorecardCsv.WriteSatisfaction(csv, f.Satisfaction);
        foreach (var m in f.Months)
        {
            var key = m.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            csv.Row("month", key, "filed", m.Filed);
            csv.Row("month", key, "percentMet", m.PercentMet);
            csv.Row("month", key, "complaints", m.Complaints);
            csv.Row("month", key, "surveys", m.Surveys);
            csv.Row("month", key, "satisfactionMean", m.SatisfactionMean);
        }

        return csv;
    }
}
