using Catalog.Access;
using Catalog.Catalogue;

namespace Catalog.Grains.Demo;

/// <summary>
/// The languages the demo people chose for what Catalog tells them: some French, some English; the others follow
/// their browser. Set only when the demo people were just added (<see cref="DemoDirectory.SeedAsync"/>), so a
/// person's later choice is never overwritten.
/// </summary>
public static class DemoLanguages
{
    /// <summary>The demo people who chose a language, with it.</summary>
    public static IReadOnlyDictionary<string, string> Chosen { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hr.agent"] = CatalogueLanguage.French,
        ["finance.manager"] = CatalogueLanguage.French,
        ["facilities.requester"] = CatalogueLanguage.French,
        ["facilities.agent"] = CatalogueLanguage.French,
        ["facilities.manager"] = CatalogueLanguage.French,
        ["legal.requester"] = CatalogueLanguage.French,
        ["legal.manager"] = CatalogueLanguage.French,
        ["communications.requester"] = CatalogueLanguage.French,
        ["communications.manager"] = CatalogueLanguage.French,
        ["procurement.agent"] = CatalogueLanguage.French,
        ["it.manager"] = CatalogueLanguage.English,
        ["finance.requester"] = CatalogueLanguage.English,
        ["finance.agent"] = CatalogueLanguage.English,
        ["communications.agent"] = CatalogueLanguage.English,
        ["procurement.requester"] = CatalogueLanguage.English,
        ["procurement.manager"] = CatalogueLanguage.English,
        [DemoDirectory.AuditorId] = CatalogueLanguage.English,
    };

    /// <summary>Sets the demo people's languages; returns how many it set.</summary>
    public static async Task<int> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var directory = grains.GetDirectory();
        foreach (var (person, language) in Chosen)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await directory.SetLanguageAsync(person, language);
        }

        return Chosen.Count;
    }
}
