namespace Catalog.Catalogue;

/// <summary>A text in both official languages: every name and description is published in French and English.</summary>
[GenerateSerializer, Immutable, Alias("catalog.LocalizedText")]
public sealed record LocalizedText([property: Id(0)] string Fr, [property: Id(1)] string En)
{
    /// <summary>The text in the requested language ("fr" or "en"; anything else is English).</summary>
    public string In(string language) => CatalogueLanguage.IsFrench(language) ? Fr : En;
}
