using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.PostGis;

namespace TelecomGis.PostGisPeer;

/// <summary>
/// The appraisal rules a department could run in its own PostGIS instead of the engine: prepare.sql projects a plan version held in
/// the PostGIS store into the province's TM-3 plane with GiST indexes, appraise.sql judges every row of peer_proposals in one query.
/// It covers the rules in <see cref="CoveredRules"/>; the others need searches SQL does not express reasonably (see appraise.sql).
/// </summary>
public sealed class PostGisPeer(string connectionString)
{
    public static readonly IReadOnlyList<string> CoveredRules = ["R01", "R03", "R04", "R05", "R06", "R07", "R08", "R11"];

    /// <summary>The engine restricted to the rules the peer covers: its verdict is the one to compare.</summary>
    public static AppraisalEngine CoveredEngine(AppraisalEngine full) =>
        new(full.Index, [.. AppraisalEngine.StandardRules.Where(r => CoveredRules.Contains(r.Id))]);

    /// <summary>Imports the plan through the PostGIS store (its own schema and loader), then builds the peer's projected tables.</summary>
    public async Task PrepareAsync(ProvincePlan plan, CancellationToken cancellationToken = default)
    {
        await using (var store = await PostGisStore.OpenAsync(connectionString, cancellationToken))
        {
            await store.ImportPlanAsync(plan, cancellationToken);
        }
        await ExecuteAsync(Script("prepare.sql", plan), cancellationToken);
    }

    /// <summary>Replaces peer_proposals with the sites (their id is their index in the list).</summary>
    public async Task LoadAsync(IReadOnlyList<ProposedSite> sites, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var truncate = new NpgsqlCommand("TRUNCATE peer_proposals", connection))
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        await using (
            var copy = await connection.BeginBinaryImportAsync(
                "COPY peer_proposals (id, carrier, lon_deg, lat_deg, pole_class, height_m, building_height_m, camouflaged, shares_site_id) FROM STDIN (FORMAT BINARY)",
                cancellationToken
            )
        )
        {
            for (var i = 0; i < sites.Count; i++)
            {
                var s = sites[i];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(s.Carrier, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(s.LonDeg, NpgsqlDbType.Double, cancellationToken);
                await copy.WriteAsync(s.LatDeg, NpgsqlDbType.Double, cancellationToken);
                await copy.WriteAsync(s.PoleClass.ToString(), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(s.HeightM, NpgsqlDbType.Double, cancellationToken);
                if (s.BuildingHeightM is { } b)
                    await copy.WriteAsync(b, NpgsqlDbType.Double, cancellationToken);
                else
                    await copy.WriteNullAsync(cancellationToken);
                await copy.WriteAsync(s.Camouflaged, NpgsqlDbType.Boolean, cancellationToken);
                if (s.SharesSiteId is { } shared)
                    await copy.WriteAsync(shared, NpgsqlDbType.Text, cancellationToken);
                else
                    await copy.WriteNullAsync(cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("ANALYZE peer_proposals", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A session to appraise on. A new backend spends seconds on its first ST_Transform to the province's system (PROJ
    /// looks up the EPSG operations once per backend), so a department would keep one open, as this driver does.</summary>
    /// <remarks>The session turns PostgreSQL's JIT off: the planner prices the spatial functions high enough to compile the query
    /// with LLVM on every run, which cost 8–10 s here against a query of well under one.</remarks>
    public async Task<NpgsqlConnection> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var set = new NpgsqlCommand("SET jit = off", connection);
        await set.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// The CPU time the session's backend process has used so far (user + system, from /proc on this machine): on a shared machine
    /// wall time measures the neighbours as much as the query.
    /// </summary>
    public static async Task<TimeSpan> BackendCpuAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var pid = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat", cancellationToken);
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 14th and 15th fields.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)).</summary>
    private const int ClockTicksPerSecond = 100;

    /// <summary>Runs appraise.sql: each site's outcome of every covered rule and the verdict they give, in id order.</summary>
    public static async Task<IReadOnlyList<PeerVerdict>> AppraiseAsync(
        NpgsqlConnection connection,
        ProvincePlan plan,
        CancellationToken cancellationToken = default
    )
    {
        await using var command = new NpgsqlCommand(Script("appraise.sql", plan), connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<PeerVerdict>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var outcomes = new Dictionary<string, string>(CoveredRules.Count);
            for (var i = 0; i < CoveredRules.Count; i++)
                outcomes[CoveredRules[i]] = reader.GetString(i + 1);
            result.Add(new PeerVerdict(reader.GetInt32(0), outcomes, reader.GetString(CoveredRules.Count + 1)));
        }
        return result;
    }

    /// <summary>
    /// The SQL with psql's variables filled in (:'version', :epsg), so that the files stay runnable with psql -v. Both values are
    /// checked to be what they claim (a hex hash, an integer), so the substitution cannot inject anything.
    /// </summary>
    public static string Script(string name, ProvincePlan plan)
    {
        var hash = plan.Version.Hash;
        if (!hash.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException($"Plan version '{hash}' is not a lowercase hex hash.", nameof(plan));
        using var stream = typeof(PostGisPeer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {typeof(PostGisPeer).Assembly.GetName().Name}.");
        using var text = new StreamReader(stream);
        return text.ReadToEnd()
            .Replace(":'version'", $"'{hash}'", StringComparison.Ordinal)
            .Replace(":epsg", plan.Province.Epsg.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>One site as the peer judged it: each covered rule's outcome code and the verdict code.</summary>
public sealed record PeerVerdict(int Id, IReadOnlyDictionary<string, string> Outcomes, string Verdict);

/// <summary>A site on which the engine and the peer disagree, with the rules that differ and the engine's measured figures for them.</summary>
public sealed record PeerDifference(int Id, ProposedSite Site, string EngineVerdict, string PeerVerdict, IReadOnlyList<string> Reasons);

public static class PeerComparison
{
    /// <summary>Compares the covered engine's results (one per site, same order) with the peer's, rule by rule.</summary>
    public static IReadOnlyList<PeerDifference> Differences(
        IReadOnlyList<ProposedSite> sites,
        IReadOnlyList<AppraisalResult> engine,
        IReadOnlyList<PeerVerdict> peer
    )
    {
        if (engine.Count != sites.Count || peer.Count != sites.Count)
            throw new InvalidOperationException($"{sites.Count} sites, {engine.Count} engine results, {peer.Count} peer results.");
        var differences = new List<PeerDifference>();
        for (var i = 0; i < sites.Count; i++)
        {
            var e = engine[i];
            var p = peer[i];
            var reasons = PostGisPeer
                .CoveredRules.Select(id => (Id: id, Engine: e[id], Peer: p.Outcomes[id]))
                .Where(r => r.Engine.Outcome.Code() != r.Peer)
                .Select(r =>
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{r.Id}: engine {r.Engine.Outcome.Code()} (measured {r.Engine.MeasuredValue?.ToString(CultureInfo.InvariantCulture) ?? "-"} {r.Engine.Unit}, threshold {r.Engine.Threshold?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {r.Engine.DecidingFeature?.Id ?? "no feature"}), peer {r.Peer}"
                    )
                )
                .ToList();
            if (reasons.Count > 0 || e.Verdict.Code() != p.Verdict)
                differences.Add(new PeerDifference(i, sites[i], e.Verdict.Code(), p.Verdict, reasons));
        }
        return differences;
    }
}
