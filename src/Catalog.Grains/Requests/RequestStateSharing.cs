using static Catalog.Grains.Requests.SharedValues;

namespace Catalog.Grains.Requests;

/// <summary>
/// Swaps the values a request's state has in common with other requests (ids of departments, services, agreements
/// and people, step names, the service's name, clock targets and policies) for the silo's shared instances
/// (<see cref="SharedValues"/>). Called when an activation reads its state and after each change stores new values:
/// what is stored is unchanged (equal values), only the copies the silo keeps in memory are. Titles, answers, notes
/// and the request's own id stay the request's own.
/// </summary>
internal static class RequestStateSharing
{
    /// <summary>Shares what <paramref name="state"/> has in common with other requests; returns it.</summary>
    public static RequestState Share(RequestState state)
    {
        state.ServiceId = ShareId(state.ServiceId);
        state.ServiceName = ShareRecord(new Catalog.Catalogue.LocalizedText(ShareId(state.ServiceName.Fr), ShareId(state.ServiceName.En)));
        state.ProviderDepartmentId = ShareId(state.ProviderDepartmentId);
        state.ClientDepartmentId = ShareId(state.ClientDepartmentId);
        state.Requester = ShareId(state.Requester);
        state.AgreementId = SharedValues.Share(state.AgreementId);
        state.Assignee = SharedValues.Share(state.Assignee);
        state.Policies = ShareArray(state.Policies);
        state.Clocks = ShareClocks(state.Clocks);
        state.Answers = ShareKeys(state.Answers);
        state.History = ShareHistory(state.History);
        state.Comments = ShareComments(state.Comments);
        state.RecentActions = ShareRecentActions(state.RecentActions);
        return state;
    }

    private static RequestState.Clock[] ShareClocks(RequestState.Clock[] clocks)
    {
        for (var i = 0; i < clocks.Length; i++)
        {
            var clock = clocks[i];
            var holder = ShareId(clock.HolderDepartmentId);
            var target = ShareRecord(clock.Target);

            // The provider's clocks start together at filing and mostly run the same stretches: one array for all
            // of this request's clocks that ran the same (within the request only: stretches are its own).
            var spans = SameSpans(clocks, i) ?? ShareSpans(clock.Spans);
            if (!ReferenceEquals(holder, clock.HolderDepartmentId) || !ReferenceEquals(target, clock.Target) || !ReferenceEquals(spans, clock.Spans))
            {
                clocks[i] = clock with { HolderDepartmentId = holder, Target = target, Spans = spans };
            }
        }

        return clocks;
    }

    // An earlier clock's stretches equal to those of clocks[index], if any.
    private static RequestState.Span[]? SameSpans(RequestState.Clock[] clocks, int index)
    {
        var spans = clocks[index].Spans;
        for (var j = 0; j < index; j++)
        {
            if (ReferenceEquals(clocks[j].Spans, spans) || clocks[j].Spans.AsSpan().SequenceEqual(spans))
            {
                return clocks[j].Spans;
            }
        }

        return null;
    }

    private static RequestState.Span[] ShareSpans(RequestState.Span[] spans)
    {
        for (var i = 0; i < spans.Length; i++)
        {
            var holder = ShareId(spans[i].HolderDepartmentId);
            if (!ReferenceEquals(holder, spans[i].HolderDepartmentId))
            {
                spans[i] = spans[i] with { HolderDepartmentId = holder };
            }
        }

        return spans;
    }

    private static Dictionary<string, string> ShareKeys(Dictionary<string, string> answers)
    {
        if (answers.Keys.All(k => ReferenceEquals(k, SharedValues.Share(k))))
        {
            return answers;
        }

        // Sized to what it holds: a state read from storage may carry spare capacity.
        var shared = new Dictionary<string, string>(answers.Count, StringComparer.Ordinal);
        foreach (var (key, value) in answers)
        {
            shared[ShareId(key)] = value;
        }

        return shared;
    }

    private static Catalog.Requests.TransitionRecord[] ShareHistory(Catalog.Requests.TransitionRecord[] history)
    {
        for (var i = 0; i < history.Length; i++)
        {
            var record = history[i];
            var by = ShareId(record.By);
            var step = SharedValues.Share(record.Step);
            if (!ReferenceEquals(by, record.By) || !ReferenceEquals(step, record.Step))
            {
                history[i] = record with { By = by, Step = step };
            }
        }

        return history;
    }

    private static RequestState.Comment[] ShareComments(RequestState.Comment[] comments)
    {
        for (var i = 0; i < comments.Length; i++)
        {
            var by = ShareId(comments[i].By);
            if (!ReferenceEquals(by, comments[i].By))
            {
                comments[i] = comments[i] with { By = by };
            }
        }

        return comments;
    }

    private static RequestState.RecentAction[] ShareRecentActions(RequestState.RecentAction[] actions)
    {
        for (var i = 0; i < actions.Length; i++)
        {
            var by = ShareId(actions[i].By);
            var step = SharedValues.Share(actions[i].Step);
            if (!ReferenceEquals(by, actions[i].By) || !ReferenceEquals(step, actions[i].Step))
            {
                actions[i] = actions[i] with { By = by, Step = step };
            }
        }

        return actions;
    }
}
