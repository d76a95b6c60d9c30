namespace Catalog.Grains.Approvals;

/// <summary>Grain type and state names of approvals: part of stored keys, never change them.</summary>
internal static class ApprovalGrainTypes
{
    /// <summary>A department's approval settings.</summary>
    public const string Settings = "catalog.approval-settings";

    /// <summary>The state name of <see cref="Settings"/>.</summary>
    public const string SettingsState = "approval-settings";
}
