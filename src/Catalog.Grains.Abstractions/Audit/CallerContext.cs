namespace Catalog.Audit;

/// <summary>
/// Carries the <see cref="AuditCaller"/> with a grain call: set by the web tier before calling grains, read by the
/// grains that record changes. Orleans' <see cref="RequestContext"/> flows it along every call the handler makes
/// (and their calls on), and never back.
/// </summary>
public static class CallerContext
{
    /// <summary>The RequestContext key. Never change it: silos and web processes of different versions share it.</summary>
    public const string Key = "catalog.caller";

    /// <summary>The caller of the current grain call, or <see cref="AuditCaller.Catalog"/> when none was set.</summary>
    public static AuditCaller Current => RequestContext.Get(Key) as AuditCaller ?? AuditCaller.Catalog;

    /// <summary>Sets the caller for the grain calls made from here on in this async flow.</summary>
    public static void Set(AuditCaller caller) => RequestContext.Set(Key, caller);
}
