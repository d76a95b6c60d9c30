namespace Catalog.Domain.Access;

/// <summary>On which side of a request someone acts.</summary>
public enum RequestSide
{
    /// <summary>The provider department's agents and managers, who work the request.</summary>
    Provider = 0,

    /// <summary>The client department, which filed it.</summary>
    Client = 1,
}
