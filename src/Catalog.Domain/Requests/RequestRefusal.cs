namespace Catalog.Domain.Requests;

/// <summary>Why a request's rules refuse something; the grain answers each kind with its own problem (404, 403, 409, 422).</summary>
public enum RequestRefusal
{
    /// <summary>The person may not see the request: answered exactly as an unknown request.</summary>
    NotVisible,

    /// <summary>The person may see the request but not do this.</summary>
    Forbidden,

    /// <summary>Not possible in the request's current state.</summary>
    Conflict,

    /// <summary>What was sent is not valid.</summary>
    Invalid,
}
