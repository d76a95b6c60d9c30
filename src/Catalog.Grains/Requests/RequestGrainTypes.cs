namespace Catalog.Grains.Requests;

/// <summary>
/// The grain type and state names of request filing. They are part of every grain id and storage key: pinned here
/// so renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class RequestGrainTypes
{
    /// <summary>See <see cref="RequestGrain"/>.</summary>
    public const string Request = "catalog.request";

    /// <summary>See <see cref="RequestIntakeGrain"/>.</summary>
    public const string Intake = "catalog.request-intake";

    /// <summary>See <see cref="RequestNumberGrain"/>.</summary>
    public const string Number = "catalog.request-number";

    /// <summary>The state name of <see cref="RequestGrain"/>.</summary>
    public const string RequestState = "request";

    /// <summary>The state name of <see cref="RequestIntakeGrain"/>.</summary>
    public const string IntakeState = "request-intake";

    /// <summary>The state name of <see cref="RequestNumberGrain"/>.</summary>
    public const string NumberState = "request-number";
}
