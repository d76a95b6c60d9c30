namespace Catalog.Domain.Requests;

/// <summary>
/// Transfers (seed 004, courtesy: transfer a client at most once). An agent hands a request to another agent, or to
/// another department when it was filed with the wrong provider. Every handoff is kept; the second and later ones need
/// a reason and count against the provider ("transferred more than once").
/// </summary>
/// <remarks>
/// A transfer to another department keeps the request's clocks, their targets and its agreement version (the client's
/// wait does not start again): the running spans are split at the transfer, the time after it is held by the new
/// department, each clock is measured in the calendar of the department holding it now, and each department's share
/// stays visible (<see cref="Handoffs"/>, the clocks' time per department).
/// </remarks>
public sealed partial class ServiceRequest
{
    /// <summary>The standard's number of transfers: one; beyond it each counts against the provider.</summary>
    public const int TransfersAllowed = 1;

    /// <summary>Every handoff, oldest first.</summary>
    public List<Handoff> Handoffs { get; init; } = [];

    /// <summary>How many handoffs went beyond the standard's one.</summary>
    public int TransfersBeyondStandard => Handoffs.Count(h => h.BeyondStandard);

    /// <summary>
    /// Hands the request to <paramref name="toAgent"/> and/or <paramref name="toDepartmentId"/> (null: the same
    /// department). The caller has checked that the department exists and the agent belongs to it.
    /// </summary>
    public Handoff Transfer(string by, string? toDepartmentId, string? toAgent, string? reason, DateTimeOffset now)
    {
        EnsureOpenForWork("transfer");
        var department = string.IsNullOrWhiteSpace(toDepartmentId) ? ProviderDepartmentId : toDepartmentId.Trim();
        var agent = string.IsNullOrWhiteSpace(toAgent) ? null : toAgent.Trim();
        var toOtherDepartment = !string.Equals(department, ProviderDepartmentId, StringComparison.Ordinal);
        if (!toOtherDepartment && (agent is null || string.Equals(agent, Assignee, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestRefusedException(
                RequestRefusal.Invalid, "Name the agent or the department the request goes to (not the one holding it).", field: "toAgent");
        }

        if (toOtherDepartment && string.Equals(department, ClientDepartmentId, StringComparison.Ordinal))
        {
            throw new RequestRefusedException(
                RequestRefusal.Invalid, $"{Id} cannot be transferred to its own client department.", field: "toDepartmentId");
        }

        var beyond = Handoffs.Count >= TransfersAllowed;
        if (beyond && string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestRefusedException(
                RequestRefusal.Invalid,
                $"{Id} was transferred {Handoffs.Count} time(s) already: the standard allows one, so say why it moves again (it counts against the provider).",
                field: "reason");
        }

        if (reason is { Length: > QuoteRules.CoversMaxLength })
        {
            throw new RequestRefusedException(RequestRefusal.Invalid, "The reason is at most 2000 characters.", field: "reason");
        }

        var handoff = new Handoff(
            Handoffs.Count + 1, now, by.Trim(), ProviderDepartmentId, department, Assignee, agent,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), beyond);
        Handoffs.Add(handoff);
        if (toOtherDepartment)
        {
            foreach (var clock in Clocks.Where(c => !Sla.ClockRules.IsHeldByClient(c.Terms.Kind)))
            {
                clock.Run.TransferTo(now, department);
            }

            ProviderDepartmentId = department;
        }

        Assignee = agent;
        UpdatedAt = now;
        return handoff;
    }
}
