namespace Catalog.Messages;

/// <summary>Finds the message grains.</summary>
public static class MessageGrainFactoryExtensions
{
    /// <summary>The provider department's library of standard messages.</summary>
    public static IMessageLibraryGrain GetMessageLibrary(this IGrainFactory grains, string departmentId) =>
        grains.GetGrain<IMessageLibraryGrain>(departmentId);
}
