using Catalog.Catalogue;

namespace Catalog.Grains.Demo;

/// <summary>Short-hand for the demo catalogue's bilingual texts.</summary>
internal static class DemoText
{
    /// <summary>A text in French and English.</summary>
    public static LocalizedText T(string fr, string en) => new(fr, en);
}
