using System.Globalization;

namespace Catalog.Domain.Messages;

/// <summary>
/// Dates, times and amounts as a message writes them in French or English. Written out here rather than taken
/// from the machine's culture data, so a message reads the same on every host: "lundi 14 décembre 2026, 10 h 30
/// (UTC−05:00)" / "Monday, December 14, 2026, 10:30 a.m. (UTC−05:00)"; "1 234,50 $" / "$1,234.50".
/// </summary>
public static class MessageFormats
{
    /// <summary>What an empty value (no quote, nothing due) shows.</summary>
    public const string None = "—";

    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A date: "lundi 14 décembre 2026" / "Monday, December 14, 2026".</summary>
    public static string Date(DateOnly date, string language) =>
        MessageLanguages.Normalize(language) == MessageLanguages.French
            ? string.Create(CultureInfo.InvariantCulture, $"{FrenchDays[(int)date.DayOfWeek]} {(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]} {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishDays[(int)date.DayOfWeek]}, {EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}");

    /// <summary>
    /// An instant as the wall-clock date and time in <paramref name="zone"/>, with the offset in force then (so a
    /// reader can tell standard from daylight time): "lundi 14 décembre 2026, 10 h 30 (UTC−05:00)".
    /// </summary>
    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone, string language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var offset = Offset(local.Offset);
        if (MessageLanguages.Normalize(language) == MessageLanguages.French)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Date(date, language)}, {local.Hour} h {local.Minute:00} ({offset})");
        }

        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var half = local.Hour < 12 ? "a.m." : "p.m.";
        return string.Create(CultureInfo.InvariantCulture, $"{Date(date, language)}, {hour}:{local.Minute:00} {half} ({offset})");
    }

    /// <summary>An amount: "1 234,50 $" / "$1,234.50" in Canadian dollars, the currency code after it otherwise.</summary>
    public static string Amount(decimal amount, string currency, string language)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? "CAD" : currency.Trim().ToUpperInvariant();
        var digits = Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);
        if (MessageLanguages.Normalize(language) == MessageLanguages.French)
        {
            // French (Canada): a non-breaking space between thousands, a decimal comma, the symbol after.
            var french = digits.Replace(",", "\u00A0", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal);
            return code == "CAD" ? french + "\u00A0$" : french + "\u00A0" + code;
        }

        return code == "CAD" ? "$" + digits : digits + " " + code;
    }

    /// <summary>"UTC−05:00" (with a true minus sign), "UTC+01:00", "UTC".</summary>
    private static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }
}
