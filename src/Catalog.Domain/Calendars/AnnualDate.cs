namespace Catalog.Domain.Calendars;

/// <summary>
/// A day that recurs every year on the same month and day, such as 1 January or 25 December.
/// A recurring holiday on 29 February only occurs in leap years. No "observed on Monday" shifting
/// is applied: list the observed date as a dated holiday when a department takes one.
/// </summary>
/// <param name="Month">Month, 1 to 12.</param>
/// <param name="Day">Day of the month, 1 to the longest length of that month (29 for February).</param>
public readonly record struct AnnualDate(int Month, int Day)
{
    /// <summary>True when <see cref="Month"/> and <see cref="Day"/> name a day that exists in at least some years.</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2000, Month);

    /// <summary>The date this day falls on in <paramref name="year"/>, or null when it does not occur that year (29 February of a common year).</summary>
    /// <param name="year">A year from 1 to 9999.</param>
    public DateOnly? InYear(int year) =>
        IsValid && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;

    /// <summary>The date as <c>MM-dd</c>, as used in validation messages.</summary>
    public override string ToString() => $"{Month:00}-{Day:00}";
}
