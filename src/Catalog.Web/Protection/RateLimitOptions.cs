namespace Catalog.Web.Protection;

/// <summary>Rate limits (section <see cref="Section"/>): generous for people, tight enough to stop a script flooding a queue or guessing sign-ins.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog:RateLimits";

    /// <summary>Requests one person may file per minute (a burst of this many, refilled over the minute). Default 60.</summary>
    public int FilingPerMinute { get; set; } = 60;

    /// <summary>Sign-in attempts per minute from one address. Default 20.</summary>
    public int SignInPerMinute { get; set; } = 20;
}
