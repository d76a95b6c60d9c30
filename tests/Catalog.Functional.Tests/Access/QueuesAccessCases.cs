using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// The board's figures: everyone signed in has a board (an auditor the organisation's, anyone else their own
/// department's), so each gets 200; what each board holds is tested in QueueReadsTests. A queue page read from a
/// cursor is the queue's own row of the matrix (AccessCases), with the same people.
/// </summary>
public static class QueuesAccessCases
{
    public static readonly AccessCase[] Cases =
    [
        new("board figures", "GET", "api/board/figures", _ => Task.FromResult(new AccessCall("api/board/figures?days=all")), SignedIn),
    ];
}
