using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Submissions;
using TelecomGis.Core.Appraisal;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Plans;

/// <summary>
/// What a plan version would change: every saved site, past (decided) or pending, appraised again against the version and listed
/// when its verdict would differ from the one it was given. Each batch is appraised again against the register as its appraisal
/// read it (the recorded <see cref="RegisterRead"/>), not today's, so only the plan's change shows; a batch saved before the
/// register kept its read is appraised against the version's own sites. The earlier verdict is the engine's as saved;
/// appraisers' overrides stay with their batch and are not re-applied here. The register's own structures held against the
/// version are in <see cref="PlanImpact.Conformity"/> (issue 11, 3).
/// </summary>
public sealed record GetPlanImpact(ApiUser User, string Version) : IRequest<PlanImpact>;

/// <param name="Sites">The sites appraised again (rejected rows have no verdict and are not counted).</param>
/// <param name="Transitions">"conforms → does_not_conform": how many sites, for each change.</param>
/// <param name="Conformity">The register's structures held against the version beside the one it replaces (or would replace).</param>
public sealed record PlanImpact(
    PlanVersionView Version,
    int Submissions,
    int Sites,
    int Changed,
    IReadOnlyDictionary<string, int> Transitions,
    IReadOnlyList<VerdictChange> Changes,
    PlanConformityView Conformity
);

/// <param name="Status">The batch's status: pending, approved or refused.</param>
/// <param name="AppraisedAgainst">The plan version the site was appraised against when submitted.</param>
/// <param name="Rules">The rules whose outcome differs, each with both outcomes and the new version's message.</param>
public sealed record VerdictChange(
    long SubmissionId,
    int Row,
    string Carrier,
    string SiteCode,
    string Status,
    string AppraisedAgainst,
    string OldVerdict,
    string NewVerdict,
    IReadOnlyList<RuleChange> Rules
);

public sealed record RuleChange(string RuleId, string OldOutcome, string NewOutcome, string MessageVi, string MessageEn);

public sealed class PlanImpactHandler(
    IAppraisalStore store,
    SubmissionDirectory directory,
    LoadedPlans plans,
    Register.RegisterEngines registerEngines,
    PlanConformity conformity
) : IRequestHandler<GetPlanImpact, PlanImpact>
{
    public async ValueTask<PlanImpact> Handle(GetPlanImpact request, CancellationToken cancellationToken)
    {
        var stored = PlanViews.Get(await store.ListPlanVersionsAsync(cancellationToken), request.Version);
        var target = await plans.GetAsync(stored.Version, cancellationToken) ?? throw PlanViews.NotFound(request.Version);

        var batches = await directory.VisibleToAsync(request.User, cancellationToken);
        var changes = new List<VerdictChange>();
        var sites = 0;
        IReadOnlyList<Core.Register.RegisterEvent>? events = null;
        foreach (var batch in batches.OrderBy(b => b.Id))
        {
            // Where the dossier stands on the desk (pending, decided, issued): an issued letter a change would contradict matters most.
            var dossier = await Desk.Dossier.LoadAsync(store, batch, cancellationToken);
            var status = dossier.Status;
            var rows = dossier.Rows.Where(r => r.Appraisal is not null).ToList();
            sites += rows.Count;
            if (rows.Count == 0)
                continue;
            var engine = target.Engine;
            if (await store.FindRegisterReadAsync(batch.Id, cancellationToken) is { } read)
            {
                events ??= await store.LoadRegisterEventsAsync(cancellationToken: cancellationToken);
                engine = await registerEngines.AsReadAsync(target, read, batch.Id, events, cancellationToken);
            }
            var again = rows.AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(r => (Row: r, New: engine.Appraise(r.Appraisal!.Site)))
                .Where(x => x.New.Verdict != x.Row.Appraisal!.Verdict)
                .ToList();
            foreach (var (row, now) in again)
            {
                var before = row.Appraisal!;
                changes.Add(
                    new VerdictChange(
                        batch.Id,
                        row.Row.Row,
                        batch.Carrier,
                        row.Row.SiteCode,
                        status,
                        batch.PlanVersion.Hash,
                        before.Verdict.Code(),
                        now.Verdict.Code(),
                        RuleChanges(before, now)
                    )
                );
            }
        }
        var transitions = changes
            .GroupBy(c => $"{c.OldVerdict} → {c.NewVerdict}")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new PlanImpact(
            PlanViews.View(stored, plans.CurrentFor(store)),
            batches.Count,
            sites,
            changes.Count,
            transitions,
            changes,
            await conformity.ImpactAsync(stored, target, cancellationToken)
        );
    }

    private static List<RuleChange> RuleChanges(AppraisalResult before, AppraisalResult now)
    {
        var old = before.Results.ToDictionary(r => r.RuleId, r => r.Outcome);
        return
        [
            .. now
                .Results.Where(r => !old.TryGetValue(r.RuleId, out var o) || o != r.Outcome)
                .Select(r => new RuleChange(
                    r.RuleId,
                    old.TryGetValue(r.RuleId, out var o) ? o.Code() : "n/a",
                    r.Outcome.Code(),
                    r.MessageVi,
                    r.MessageEn
                )),
        ];
    }
}
