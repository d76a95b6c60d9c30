using Catalog.Domain.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

public sealed class CatalogueTextTests
{
    [Theory]
    [InlineData("Équipement", "equipement")]
    [InlineData("CŒUR d'Été", "coeur d'ete")]
    [InlineData("Ça va", "ca va")]
    public void Folding_drops_case_accents_and_ligatures(string text, string folded)
    {
        SearchText.Fold(text).Should().Be(folded);
    }

    [Fact]
    public void Every_word_of_a_query_must_match()
    {
        var haystack = SearchText.Fold("it.laptop-setup Préparation d'un ordinateur portable");

        SearchText.Matches(haystack, "ORDINATEUR preparation").Should().BeTrue();
        SearchText.Matches(haystack, "ordinateur imprimante").Should().BeFalse();
        SearchText.Matches(haystack, "  ").Should().BeTrue();
    }

    [Theory]
    [InlineData("it", "Laptop set-up (new hire)", "it.laptop-set-up-new-hire")]
    [InlineData("hr", "Évaluation d'un poste", "hr.evaluation-d-un-poste")]
    public void A_service_id_is_derived_from_the_department_and_the_english_name(string department, string name, string id)
    {
        CatalogueIds.DeriveServiceId(department, name).Should().Be(id);
        CatalogueIds.IsServiceId(id).Should().BeTrue();
    }

    [Fact]
    public void A_derived_id_is_cut_to_80_characters()
    {
        var id = CatalogueIds.DeriveServiceId("communications", string.Join(' ', Enumerable.Repeat("translation", 12)));

        id.Length.Should().BeLessThanOrEqualTo(CatalogueIds.MaxServiceIdLength);
        CatalogueIds.IsServiceId(id).Should().BeTrue();
    }

    [Theory]
    [InlineData("America/Toronto", true)]
    [InlineData("America/Winnipeg", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Time_zones_must_be_known_iana_ids(string id, bool known)
    {
        TimeZones.IsKnown(id).Should().Be(known);
    }
}
