using System.Globalization;
using System.Security.Cryptography;

namespace Catalog.Grains.Audit;

/// <summary>
/// Makes audit entry ids: the instant's UTC ticks, zero-padded to 19 digits so ids sort with time, then this
/// process's random tag and a sequence number, so two entries never share an id, even at the same tick on two silos.
/// Example: <c>0639012345678901234-3fa2c1-0000002a</c>. Only letters, digits and dashes: a valid table row key.
/// </summary>
public static class AuditEntryIds
{
    private static readonly string ProcessTag = RandomNumberGenerator.GetHexString(6, lowercase: true);
    private static int sequence;

    /// <summary>A new id for an entry made at <paramref name="at"/>.</summary>
    public static string New(DateTimeOffset at)
    {
        var next = (uint)Interlocked.Increment(ref sequence);
        return string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks:D19}-{ProcessTag}-{next:x8}");
    }
}
