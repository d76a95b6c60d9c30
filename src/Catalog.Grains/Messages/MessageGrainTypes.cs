namespace Catalog.Grains.Messages;

/// <summary>The grain type and state names of the message grains: part of grain ids and storage keys. Never change them.</summary>
internal static class MessageGrainTypes
{
    /// <summary>See <see cref="MessageLibraryGrain"/>.</summary>
    public const string Library = "catalog.message-library";

    /// <summary>The state name of <see cref="MessageLibraryGrain"/>.</summary>
    public const string LibraryState = "messages";
}
