namespace Catalog.Access;

/// <summary>Finds the directory grain.</summary>
public static class DirectoryGrainFactoryExtensions
{
    /// <summary>The key of the organisation's single directory. Stored: never change it.</summary>
    public const string OrganisationKey = "org";

    /// <summary>The organisation's directory.</summary>
    public static IDirectoryGrain GetDirectory(this IGrainFactory grains) => grains.GetGrain<IDirectoryGrain>(OrganisationKey);
}
