using Catalog.Web.Live;

namespace Catalog.Functional.Tests.Live;

public sealed class SnapshotCoalescerTests
{
    private readonly SnapshotCoalescer<string, int> coalescer = new();
    private readonly List<TaskCompletionSource<int>> loads = [];
    private readonly Lock gate = new();

    [Fact]
    public async Task Callers_while_a_load_runs_share_the_one_next_load_never_the_running_one()
    {
        var first = coalescer.GetAsync("board", Load);
        var second = coalescer.GetAsync("board", Load);
        var third = coalescer.GetAsync("board", Load);
        Loads.Should().Be(1, "the next load waits for the running one");

        Complete(0, 10);
        (await first).Should().Be(10);
        await WaitForLoadsAsync(2);
        second.IsCompleted.Should().BeFalse("the first load started before the second caller asked");
        Complete(1, 20);

        (await second).Should().Be(20);
        (await third).Should().Be(20);
        Loads.Should().Be(2);
    }

    [Fact]
    public async Task Keys_load_independently_and_an_idle_key_loads_at_once()
    {
        var it = coalescer.GetAsync("provider:it", Load);
        var hr = coalescer.GetAsync("provider:hr", Load);

        Loads.Should().Be(2);
        Complete(0, 1);
        Complete(1, 2);
        (await it).Should().Be(1);
        (await hr).Should().Be(2);

        var again = coalescer.GetAsync("provider:it", Load);
        Loads.Should().Be(3, "nothing ran for the key any more");
        Complete(2, 3);
        (await again).Should().Be(3);
    }

    [Fact]
    public async Task A_failed_load_fails_its_callers_and_the_next_caller_loads_again()
    {
        var failing = coalescer.GetAsync("board", Load);
        Fail(0);
        await FluentActions.Awaiting(() => failing).Should().ThrowAsync<TimeoutException>();

        var retry = coalescer.GetAsync("board", Load);
        await WaitForLoadsAsync(2);
        Complete(1, 7);
        (await retry).Should().Be(7);
    }

    private int Loads
    {
        get
        {
            lock (gate)
            {
                return loads.Count;
            }
        }
    }

    private Task<int> Load(string key)
    {
        var load = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            loads.Add(load);
        }

        return load.Task;
    }

    private void Complete(int index, int value)
    {
        lock (gate)
        {
            loads[index].SetResult(value);
        }
    }

    private void Fail(int index)
    {
        lock (gate)
        {
            loads[index].SetException(new TimeoutException("The index did not answer."));
        }
    }

    private async Task WaitForLoadsAsync(int count)
    {
        for (var i = 0; i < 500 && Loads < count; i++)
        {
            await Task.Delay(10);
        }

        Loads.Should().Be(count);
    }
}
