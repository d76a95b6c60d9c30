using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The provider departments of the demo organisation.</summary>
internal static class DemoDepartments
{
    public const string It = "it";
    public const string Hr = "hr";
    public const string Finance = "finance";
    public const string Facilities = "facilities";
    public const string Legal = "legal";
    public const string Communications = "communications";
    public const string Procurement = "procurement";

    private const string Toronto = "America/Toronto";

    /// <summary>Every department; procurement works from the Winnipeg office, the others from Toronto.</summary>
    public static IReadOnlyList<DepartmentDraft> All { get; } =
    [
        new(It, T("Technologies de l'information", "Information Technology"), Toronto),
        new(Hr, T("Ressources humaines", "Human Resources"), Toronto),
        new(Finance, T("Finances", "Finance"), Toronto),
        new(Facilities, T("Installations", "Facilities"), Toronto),
        new(Legal, T("Affaires juridiques", "Legal Affairs"), Toronto),
        new(Communications, T("Communications", "Communications"), Toronto),
        new(Procurement, T("Approvisionnement", "Procurement"), "America/Winnipeg"),
    ];
}
