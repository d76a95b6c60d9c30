using Catalog.Requests;

namespace Catalog.Web.Live;

/// <summary>
/// What <see cref="LiveHub.JoinDepartment"/> returns: the queue as it stands, each request with its clocks read at
/// <see cref="AsOf"/> (the silo's clock), and the business windows of the calendars they run on, so a page draws rows,
/// countdowns and buttons from it without asking for any request.
/// </summary>
/// <param name="Items">The requests, what breaches first first.</param>
/// <param name="Total">How many requests matched in all.</param>
/// <param name="AsOf">The instant the clocks were read at.</param>
/// <param name="Calendars">The business windows of every calendar the clocks run on, from the hour of <paramref name="AsOf"/>.</param>
public sealed record LiveQueueSnapshot(IReadOnlyList<RequestSummary> Items, int Total, DateTimeOffset AsOf, IReadOnlyList<BusinessWindow> Calendars);
