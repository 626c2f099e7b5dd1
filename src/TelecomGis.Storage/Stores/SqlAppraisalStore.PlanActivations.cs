using System.Data.Common;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

// Plan activations, append-only: the current version is the latest activated; an import alone never makes a version current.
public abstract partial class SqlAppraisalStore
{
    public async Task ActivatePlanAsync(
        PlanVersion version,
        string activatedBy,
        DateTimeOffset activatedAt,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await PlanExistsAsync(connection, null, version, cancellationToken))
            throw new ArgumentException($"Plan version {version.Short} was never imported.", nameof(version));
        await using var insert = Command(
            connection,
            null,
            "INSERT INTO plan_activations (plan_version, activated_by, activated_at) VALUES (@hash, @by, @at)"
        );
        Add(insert, "@hash", version.Hash);
        Add(insert, "@by", activatedBy);
        Add(insert, "@at", TimestampValue(activatedAt));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await NotifyPlanChangeAsync(connection, version, cancellationToken);
    }

    /// <summary>Tells other processes a version was imported or activated, where the database can (PostgreSQL's NOTIFY).</summary>
    private async Task NotifyPlanChangeAsync(DbConnection connection, PlanVersion version, CancellationToken cancellationToken)
    {
        if (PlanActivatedNotice is not { } notice)
            return;
        await using var notify = Command(connection, null, notice);
        Add(notify, "@hash", version.Hash);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The statement that tells other processes an import or activation happened (PostgreSQL's NOTIFY); null where they poll.</summary>
    protected virtual string? PlanActivatedNotice => null;

    /// <summary>The embedded store's processes poll: the current version is one indexed read.</summary>
    public virtual Task WaitForPlanActivationAsync(TimeSpan atMost, CancellationToken cancellationToken = default) =>
        Task.Delay(atMost < TimeSpan.FromMilliseconds(500) ? atMost : TimeSpan.FromMilliseconds(500), cancellationToken);

    public async Task<PlanVersion?> CurrentPlanVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT a.plan_version FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version WHERE 1 = 1{AndInProvince("v.province_code")} ORDER BY a.fid DESC LIMIT 1"
        );
        AddProvince(select);
        return await select.ExecuteScalarAsync(cancellationToken) is string hash ? new PlanVersion(hash) : null;
    }

    public async Task<IReadOnlyList<RecordedActivation>> ListPlanActivationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT a.plan_version, a.activated_by, a.activated_at FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version WHERE 1 = 1{AndInProvince("v.province_code")} ORDER BY a.fid"
        );
        AddProvince(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<RecordedActivation>();
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new RecordedActivation(new PlanVersion(reader.GetString(0)), reader.GetString(1), ReadTimestamp(reader, 2)));
        return result;
    }
}
