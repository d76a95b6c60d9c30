using Catalog.Functional.Tests.Browser;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>The demo organisation with the default survey settings (one survey a week per person).</summary>
public sealed class SurveyPlatform : CatalogPlatform;

/// <summary>The survey tests that share a <see cref="SurveyPlatform"/> (and, for the page tests, a Chromium).</summary>
[CollectionDefinition(Name)]
public sealed class SurveyCollection : ICollectionFixture<SurveyPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "surveys";
}
