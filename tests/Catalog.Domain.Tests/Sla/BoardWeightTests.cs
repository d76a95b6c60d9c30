using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using FluentAssertions;
using Xunit;

namespace Catalog.Domain.Tests.Sla;

public sealed class BoardWeightTests
{
    [Theory]
    [InlineData(RequestStatus.Submitted, false, false, 1, 0, 0)]
    [InlineData(RequestStatus.InProgress, true, false, 1, 1, 0)]
    [InlineData(RequestStatus.WaitingOnClient, true, true, 1, 1, 1)]
    [InlineData(RequestStatus.Resolved, true, false, 1, 1, 0)]
    [InlineData(RequestStatus.Closed, true, true, 0, 0, 1)]
    [InlineData(RequestStatus.Cancelled, false, true, 0, 0, 1)]
    public void A_request_counts_as_filed_open_at_risk_only_while_open_and_breached_whatever_its_status(
        RequestStatus status, bool atRisk, bool breached, int open, int openAtRisk, int breaches)
    {
        BoardWeight.Of(status, atRisk, breached).Should().Be(new BoardWeight(1, open, openAtRisk, breaches));
    }

    [Fact]
    public void A_change_is_the_difference_and_none_when_nothing_moved()
    {
        var before = BoardWeight.Of(RequestStatus.InProgress, atRisk: true, breached: false);
        var after = BoardWeight.Of(RequestStatus.Closed, atRisk: true, breached: true);

        (after - before).Should().Be(new BoardWeight(0, -1, -1, 1));
        (before - before).IsZero.Should().BeTrue();
    }
}
