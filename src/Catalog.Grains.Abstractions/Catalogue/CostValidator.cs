using Catalog.Domain.Catalogue;

namespace Catalog.Catalogue;

/// <summary>The rules of a cost: CAD, a known unit, an amount of 0 when free and more than 0 otherwise.</summary>
internal static class CostValidator
{
    public static void Check(ValidationErrors errors, string field, Cost? cost)
    {
        if (cost is null)
        {
            errors.Add(field, "Required.");
            return;
        }

        if (cost.Currency != Cost.Cad)
        {
            errors.Add($"{field}.currency", $"Use {Cost.Cad}.");
        }

        if (!Enum.IsDefined(cost.Unit))
        {
            errors.Add($"{field}.unit", "Use Free, Fixed, PerUnit or PerHour.");
        }

        if (cost.Amount < 0)
        {
            errors.Add($"{field}.amount", "Must be 0 or more.");
        }
        else if (cost.Amount > ServiceDraftValidator.MaxAmount)
        {
            errors.Add($"{field}.amount", $"At most {ServiceDraftValidator.MaxAmount}.");
        }
        else if (cost.Unit == CostUnit.Free && cost.Amount != 0)
        {
            errors.Add($"{field}.amount", "A free service costs 0.");
        }
        else if (cost.Unit != CostUnit.Free && cost.Amount == 0)
        {
            errors.Add($"{field}.amount", "Must be more than 0; use the Free unit for no charge.");
        }

        if (cost.Unit == CostUnit.PerUnit)
        {
            ServiceDraftValidator.CheckText(errors, $"{field}.unitLabel", cost.UnitLabel, TextLimits.UnitLabel);
        }
        else if (cost.UnitLabel is not null)
        {
            errors.Add($"{field}.unitLabel", "Only a per-unit cost has a unit label.");
        }
    }
}
