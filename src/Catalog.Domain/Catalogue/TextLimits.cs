namespace Catalog.Domain.Catalogue;

/// <summary>The longest texts the catalogue accepts, per language.</summary>
public static class TextLimits
{
    /// <summary>A service or department name.</summary>
    public const int Name = 120;

    /// <summary>A service description.</summary>
    public const int Description = 2000;

    /// <summary>One step, piece of equipment, client supply or standard description.</summary>
    public const int Item = 500;

    /// <summary>How many steps, pieces of equipment, client supplies or standards a service lists.</summary>
    public const int Items = 30;

    /// <summary>The label of a cost unit ("per word").</summary>
    public const int UnitLabel = 40;

    /// <summary>The note explaining a change.</summary>
    public const int ChangeNote = 500;
}
