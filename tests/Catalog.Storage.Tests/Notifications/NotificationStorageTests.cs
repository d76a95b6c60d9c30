extern alias abstractions;
using abstractions::Catalog.Notifications;
using Xunit.Abstractions;

namespace Catalog.Storage.Tests.Notifications;

/// <summary>
/// A person's inbox is written behind (docs/notifications-storage.md): a burst of filings costs each agent a few
/// writes, not one each, and what a lost silo had not stored is rebuilt from the request index.
/// </summary>
public sealed class NotificationStorageTests(ITestOutputHelper output)
{
    private const string PersonGrain = "catalog.notifications";

    [Fact]
    public async Task A_burst_of_50_filings_lists_50_items_in_each_agent_s_inbox_for_a_few_inbox_writes()
    {
        await using var platform = await StartAsync(new NotificationsCluster());
        var parties = await platform.PartiesAsync(agents: 3);
        const int filings = 50;

        var ids = new List<string>();
        for (var i = 0; i < filings; i++)
        {
            ids.Add((await platform.FileAsync(parties.Client, parties.ServiceId)).Id);
        }

        foreach (var agent in parties.Agents)
        {
            var inbox = await InboxEventuallyAsync(platform, agent, filings);
            inbox.Items.Select(n => n.RequestId).Should().BeEquivalentTo(ids, "each filing is listed once for each agent");
        }

        // The last ones are stored within the store delay.
        await Task.Delay(TimeSpan.FromSeconds(6));
        foreach (var agent in parties.Agents)
        {
            var writes = platform.Wire.StateWrites(PersonGrain, agent);
            output.WriteLine($"{agent}: {writes} inbox writes for {filings} notifications");
            writes.Should().BeInRange(2, 10, "written behind: at once for the activation's first notice, then at most once per store delay, not once per notice");
        }
    }

    [Fact]
    public async Task A_notification_not_yet_stored_when_its_silo_is_lost_is_rebuilt_at_the_next_activation()
    {
        await using var platform = await StartAsync(new NotificationsCluster(silos: 2, new Dictionary<string, string?>
        {
            ["Notifications:StoreDelay"] = "00:05:00", // nothing stored behind during the test
        }));
        var parties = await platform.PartiesAsync(agents: 2);
        var first = await platform.FileAsync(parties.Client, parties.ServiceId, "First");
        foreach (var agent in parties.Agents)
        {
            await InboxEventuallyAsync(platform, agent, 1);
        }

        // The first notice of an activation is stored at once (it marks the state open); the second waits.
        var second = await platform.FileAsync(parties.Client, parties.ServiceId, "Second");
        var agentId = parties.Agents[0];
        (await InboxEventuallyAsync(platform, agentId, 2)).Items.Select(i => i.RequestId).Should().Contain(second.Id);
        var writesBefore = platform.Wire.StateWrites(PersonGrain, agentId);

        var management = platform.Grains.GetGrain<IManagementGrain>(0);
        var where = await management.GetActivationAddress(platform.Grains.GetNotifications(agentId));
        where.Should().NotBeNull();
        var silo = platform.Cluster.Silos.Single(s => s.SiloAddress.Equals(where));
        await platform.Cluster.KillSiloAsync(silo);
        platform.Wire.StateWrites(PersonGrain, agentId).Should().Be(writesBefore, "a lost silo stores nothing on its way out");

        var after = await InboxEventuallyAsync(platform, agentId, 2, TimeSpan.FromSeconds(90));
        platform.Wire.StateWrites(PersonGrain, agentId).Should().BeGreaterThan(writesBefore, "the rebuilt inbox is stored");
        after.Items.Select(i => i.RequestId).Should().BeEquivalentTo([second.Id, first.Id], "the second filing's notice is rebuilt from the request index, once");
        after.Items.Should().OnlyHaveUniqueItems(i => i.RequestId);
        output.WriteLine($"{writesBefore} writes before the silo was lost (the second notice was not stored), rebuilt: {string.Join(", ", after.Items.Select(i => i.Id))}");
    }

    private static async Task<NotificationsCluster> StartAsync(NotificationsCluster cluster)
    {
        await cluster.InitializeAsync();
        return cluster;
    }

    private static async Task<NotificationInbox> InboxEventuallyAsync(NotificationsCluster platform, string userId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            NotificationInbox? inbox = null;
            try
            {
                inbox = await platform.Grains.GetNotifications(userId).ListAsync(200, "en");
            }
            catch (Exception exception) when (DateTime.UtcNow < deadline)
            {
                // A lost silo's grains answer again once the cluster declared it dead.
                _ = exception;
            }

            if ((inbox is not null && inbox.Items.Count >= count) || DateTime.UtcNow > deadline)
            {
                return inbox ?? await platform.Grains.GetNotifications(userId).ListAsync(200, "en");
            }

            await Task.Delay(200);
        }
    }
}
