namespace Catalog.Requests;

/// <summary>Whether a clock counts right now.</summary>
[GenerateSerializer, Alias("catalog.ClockRunState")]
public enum ClockRunState
{
    /// <summary>Counting business time.</summary>
    Running = 0,

    /// <summary>Paused while the provider waits on the client; resumes later.</summary>
    Paused = 1,

    /// <summary>Done for good (met, or the request ended).</summary>
    Stopped = 2,

    /// <summary>Not started yet (e.g. the client-response clock before any pause).</summary>
    NotStarted = 3,
}
