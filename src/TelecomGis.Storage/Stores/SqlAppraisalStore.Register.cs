using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;

namespace TelecomGis.Storage.Stores;

// The infrastructure register's events: appended with their structure's snapshot and installations, never changed; read in order
// and folded as of an instant (Core's RegisterState).
public abstract partial class SqlAppraisalStore
{
    private static readonly GeometryFactory Wgs84Points = new(new PrecisionModel(), 4326);

    /// <summary>The SQL condition on <c>structure_events e</c> that picks the rows whose point lies in the box
    /// (@minx, @miny, @maxx, @maxy), through the store's spatial index.</summary>
    protected abstract string StructureEventsInBox { get; }

    public async Task<IReadOnlyList<RegisterEvent>> AppendRegisterEventsAsync(
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var saved = await WriteRegisterEventsAsync(connection, tx, events, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Writes events in the caller's transaction (a letter's approvals, a declaration's confirmation).</summary>
    protected async Task<IReadOnlyList<RegisterEvent>> WriteRegisterEventsAsync(
        DbConnection connection,
        DbTransaction tx,
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken
    )
    {
        if (events.Count == 0)
            return [];
        await using var insert = Command(
            connection,
            tx,
            $"""
            INSERT INTO structure_events (structure_id, stage, effective_at, recorded_by, source, reference, letter_number, letter_date,
              dossier_id, dossier_row, note, geom, owner, code, pole_class, height_m, camouflaged, building_height_m, backup_power_hours,
              critical, tenants, province_code)
            VALUES (@id, @stage, @at, @by, @source, @reference, @letter, @letter_date, @dossier, @dossier_row, @note, @geom, @owner, @code,
              @class, @height, @camouflaged, @building, @backup, @critical, @tenants, {NewRowProvince}) RETURNING fid
            """
        );
        AddProvince(insert);
        string[] names =
        [
            "@id",
            "@stage",
            "@at",
            "@by",
            "@source",
            "@reference",
            "@letter",
            "@letter_date",
            "@dossier",
            "@dossier_row",
            "@note",
            "@geom",
            "@owner",
            "@code",
            "@class",
            "@height",
            "@camouflaged",
            "@building",
            "@backup",
            "@critical",
            "@tenants",
        ];
        var p = names.ToDictionary(n => n, n => Add(insert, n, DBNull.Value));
        await using var installation = Command(
            connection,
            tx,
            """
            INSERT INTO structure_installations (event_id, ordinal, carrier, technology, sector_count, bands, antennas)
            VALUES (@event, @ordinal, @carrier, @technology, @sectors, @bands, @antennas)
            """
        );
        string[] installationNames = ["@event", "@ordinal", "@carrier", "@technology", "@sectors", "@bands", "@antennas"];
        var q = installationNames.ToDictionary(n => n, n => Add(installation, n, DBNull.Value));

        var saved = new List<RegisterEvent>(events.Count);
        foreach (var e in events)
        {
            var s = e.Snapshot;
            if (s is not null && !string.Equals(s.Id, e.StructureId, StringComparison.Ordinal))
                throw new ArgumentException($"Event for {e.StructureId} describes structure {s.Id}.", nameof(events));
            p["@id"].Value = e.StructureId;
            p["@stage"].Value = e.Stage.Code();
            p["@at"].Value = TimestampValue(e.At);
            p["@by"].Value = e.RecordedBy;
            p["@source"].Value = e.Source.Code();
            p["@reference"].Value = Db(e.Reference);
            p["@letter"].Value = Db(e.Approval?.LetterNumber);
            p["@letter_date"].Value = Db(e.Approval is { } a ? IsoDate(a.LetterDate) : null);
            p["@dossier"].Value = Db(e.Approval?.DossierId);
            p["@dossier_row"].Value = Db(e.Approval?.Row);
            p["@note"].Value = Db(e.Note);
            p["@geom"].Value = GeometryValue(s?.Location);
            p["@owner"].Value = Db(s?.Owner);
            p["@code"].Value = Db(s?.Code);
            p["@class"].Value = Db(s?.PoleClass.ToString());
            p["@height"].Value = Db(s?.HeightM);
            p["@camouflaged"].Value = Db(s?.Camouflaged);
            p["@building"].Value = Db(s?.BuildingHeightM);
            p["@backup"].Value = Db(s?.BackupPowerHours);
            p["@critical"].Value = Db(s?.Critical);
            p["@tenants"].Value = Db(s is null ? null : string.Join("|", s.Tenants));
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (s is not null)
            {
                for (var i = 0; i < s.Installations.Count; i++)
                {
                    var inst = s.Installations[i];
                    q["@event"].Value = id;
                    q["@ordinal"].Value = i;
                    q["@carrier"].Value = inst.Carrier;
                    q["@technology"].Value = inst.Technology.Label();
                    q["@sectors"].Value = inst.SectorCount;
                    q["@bands"].Value = string.Join("|", inst.BandsMhz.Select(b => b.ToString(CultureInfo.InvariantCulture)));
                    q["@antennas"].Value = JsonSerializer.Serialize(
                        inst.Antennas.Select(x => new AntennaRecord(x.AzimuthDeg, x.FrequencyMhz, x.EirpDbm, x.AntennaHeightM)),
                        StoreJson.Default.IEnumerableAntennaRecord
                    );
                    await installation.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            saved.Add(e with { Id = id });
        }
        return saved;
    }

    public async Task<IReadOnlyList<RegisterEvent>> LoadRegisterEventsAsync(
        string? structureId = null,
        DateTimeOffset? asOf = null,
        CancellationToken cancellationToken = default
    )
    {
        var where = new List<string> { "1 = 1" };
        if (structureId is not null)
            where.Add("e.structure_id = @structure");
        if (asOf is not null)
            where.Add("e.effective_at <= @as_of");
        return await ReadEventsAsync(
            "WHERE " + string.Join(" AND ", where),
            c =>
            {
                if (structureId is not null)
                    Add(c, "@structure", structureId);
                if (asOf is { } t)
                    Add(c, "@as_of", TimestampValue(t));
            },
            cancellationToken
        );
    }

    public async Task<RegisterState> LoadRegisterAsync(
        DateTimeOffset? asOf = null,
        long? upToEventId = null,
        CancellationToken cancellationToken = default
    )
    {
        var events = await ReadEventsAsync(
            upToEventId is null ? "WHERE 1 = 1" : "WHERE e.fid <= @upto",
            c =>
            {
                if (upToEventId is { } n)
                    Add(c, "@upto", n);
            },
            cancellationToken
        );
        return RegisterState.Fold(events, asOf, upToEventId);
    }

    public async Task<IReadOnlyList<string>> StructureIdsInBoxAsync(Envelope box, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT DISTINCT e.structure_id FROM structure_events e WHERE {StructureEventsInBox}{AndInProvince("e.province_code")} ORDER BY e.structure_id"
        );
        AddProvince(select);
        Add(select, "@minx", box.MinX);
        Add(select, "@miny", box.MinY);
        Add(select, "@maxx", box.MaxX);
        Add(select, "@maxy", box.MaxY);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetString(0));
        return ids;
    }

    public async Task<RegisterChangeStamp> RegisterChangeStampAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Each max(fid) is read off the end of its primary key's index; the counts are of small tables.
        await using var select = Command(
            connection,
            null,
            $"SELECT (SELECT max(fid) FROM structure_events WHERE 1 = 1{AndInProvince("province_code")}), "
                + $"(SELECT max(fid) FROM submission_batches WHERE 1 = 1{AndBatchInProvince("plan_version")}), "
                + "(SELECT count(*) FROM letters), (SELECT count(*) FROM site_decisions), (SELECT count(*) FROM decisions)"
        );
        AddProvince(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        long At(int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new RegisterChangeStamp(At(0), At(1), At(2), At(3), At(4));
    }

    public async Task<long> LastRegisterEventIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT max(fid) FROM structure_events WHERE 1 = 1{AndInProvince("province_code")}"
        );
        AddProvince(select);
        var last = await select.ExecuteScalarAsync(cancellationToken);
        return last is null or DBNull ? 0 : Convert.ToInt64(last, CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<RegisterEvent>> ReadEventsAsync(
        string where,
        Action<DbCommand> bind,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        var installations = new Dictionary<long, List<Installation>>();
        await using (
            var select = Command(
                connection,
                null,
                $"""
                SELECT i.event_id, i.carrier, i.technology, i.sector_count, i.bands, i.antennas
                FROM structure_installations i JOIN structure_events e ON e.fid = i.event_id {where}{AndInProvince("e.province_code")}
                ORDER BY i.event_id, i.ordinal
                """
            )
        )
        {
            bind(select);
            AddProvince(select);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var technology = Technologies.Parse(reader.GetString(2));
                var antennas = JsonSerializer.Deserialize(reader.GetString(5), StoreJson.Default.ListAntennaRecord)!;
                var bands = reader.GetString(4);
                var list = installations.TryGetValue(reader.GetInt64(0), out var l) ? l : installations[reader.GetInt64(0)] = [];
                list.Add(
                    new Installation(
                        reader.GetString(1),
                        technology,
                        reader.GetInt32(3),
                        bands.Length == 0 ? [] : [.. bands.Split('|').Select(b => double.Parse(b, CultureInfo.InvariantCulture))],
                        [.. antennas.Select(a => new Sector(a.AzimuthDeg, a.FrequencyMhz, a.EirpDbm, technology, a.AntennaHeightM))]
                    )
                );
            }
        }
        await using var events = Command(
            connection,
            null,
            $"""
            SELECT e.fid, e.structure_id, e.stage, e.effective_at, e.recorded_by, e.source, e.reference, e.letter_number, e.letter_date,
              e.dossier_id, e.dossier_row, e.note, e.geom, e.owner, e.code, e.pole_class, e.height_m, e.camouflaged, e.building_height_m,
              e.backup_power_hours, e.critical, e.tenants
            FROM structure_events e {where}{AndInProvince("e.province_code")} ORDER BY e.fid
            """
        );
        bind(events);
        AddProvince(events);
        await using var r = await events.ExecuteReaderAsync(cancellationToken);
        var result = new List<RegisterEvent>();
        while (await r.ReadAsync(cancellationToken))
        {
            var id = r.GetInt64(0);
            var structureId = r.GetString(1);
            AntennaStructure? snapshot = null;
            if (ReadGeometry(r, 12) is Point point)
            {
                var tenants = r.GetString(21);
                snapshot = new AntennaStructure(
                    structureId,
                    r.GetString(13),
                    r.GetString(14),
                    Wgs84Points.CreatePoint(point.Coordinate),
                    PoleClasses.Parse(r.GetString(15)),
                    r.GetDouble(16),
                    r.GetBoolean(17),
                    NullableDouble(r, 18),
                    NullableDouble(r, 19),
                    r.GetBoolean(20),
                    tenants.Length == 0 ? [] : tenants.Split('|'),
                    installations.GetValueOrDefault(id) ?? []
                );
            }
            var approval = NullableString(r, 7) is { } letter
                ? new Approval(letter, ParseIsoDate(r.GetString(8)), r.IsDBNull(9) ? 0 : r.GetInt64(9), r.IsDBNull(10) ? 0 : r.GetInt32(10))
                : null;
            result.Add(
                new RegisterEvent(
                    id,
                    structureId,
                    LifecycleStages.Parse(r.GetString(2)) ?? throw new InvalidDataException($"Unknown stage in register event {id}."),
                    ReadTimestamp(r, 3),
                    r.GetString(4),
                    EventSources.Parse(r.GetString(5)) ?? throw new InvalidDataException($"Unknown source in register event {id}."),
                    NullableString(r, 6),
                    approval,
                    snapshot,
                    NullableString(r, 11)
                )
            );
        }
        return result;
    }

    private sealed record AntennaRecord(double AzimuthDeg, double FrequencyMhz, double EirpDbm, double? AntennaHeightM);
}
