namespace Catalog.Web.Live;

/// <summary>
/// The business intervals of one department's calendar over a few days, as a page counts business time with them:
/// <see cref="Open"/> holds start, end, start, end… in whole seconds after <see cref="From"/> (UTC instants, so
/// zones, daylight saving and holidays are already applied by the server's calendar). Time outside them is not
/// business time; past <see cref="To"/> the page needs a newer window (the next event or snapshot brings one).
/// </summary>
/// <param name="DepartmentId">Whose calendar.</param>
/// <param name="From">The window's start (on the hour).</param>
/// <param name="To">The window's end.</param>
/// <param name="Open">Each business interval's start and end, in seconds after <paramref name="From"/>.</param>
public sealed record BusinessWindow(string DepartmentId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<int> Open);
