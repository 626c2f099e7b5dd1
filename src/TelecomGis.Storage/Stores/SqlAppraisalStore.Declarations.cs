using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;

namespace TelecomGis.Storage.Stores;

// Carriers' declarations: the uploaded file kept as sent with the rows read from it; confirmed once, the confirmation and the
// register events it brings appended in one transaction.
public abstract partial class SqlAppraisalStore
{
    public async Task<Declaration> SaveDeclarationAsync(NewDeclaration declaration, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(declaration.File));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            $"""
            INSERT INTO declarations (carrier, uploaded_by, uploaded_at, file_name, file, file_sha256, declared, province_code)
            VALUES (@carrier, @by, @at, @name, @file, @hash, @declared, {NewRowProvince}) RETURNING fid
            """
        );
        AddProvince(insert);
        Add(insert, "@carrier", declaration.Carrier);
        Add(insert, "@by", declaration.UploadedBy);
        Add(insert, "@at", TimestampValue(declaration.UploadedAt));
        Add(insert, "@name", declaration.FileName);
        Add(insert, "@file", declaration.File);
        Add(insert, "@hash", hash);
        Add(
            insert,
            "@declared",
            JsonSerializer.Serialize(declaration.Rows.Select(DeclaredRecord.Of), StoreJson.Default.IEnumerableDeclaredRecord)
        );
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new Declaration(
            id,
            declaration.Carrier,
            declaration.UploadedBy,
            declaration.UploadedAt,
            declaration.FileName,
            hash,
            declaration.Rows,
            null,
            null,
            null
        );
    }

    public async Task<Declaration?> FindDeclarationAsync(long id, CancellationToken cancellationToken = default) =>
        (await ReadDeclarationsAsync("WHERE d.fid = @id", c => Add(c, "@id", id), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Declaration>> ListDeclarationsAsync(string? carrier = null, CancellationToken cancellationToken = default) =>
        ReadDeclarationsAsync(
            carrier is null ? "WHERE 1 = 1" : "WHERE d.carrier = @carrier",
            c =>
            {
                if (carrier is not null)
                    Add(c, "@carrier", carrier);
            },
            cancellationToken
        );

    public async Task<IReadOnlyList<RegisterEvent>> ConfirmDeclarationAsync(
        long declarationId,
        string confirmedBy,
        DateTimeOffset confirmedAt,
        IReadOnlyList<RegisterEvent> events,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var insert = Command(
                connection,
                tx,
                """
                INSERT INTO declaration_confirmations (declaration_id, confirmed_by, confirmed_at, events)
                VALUES (@declaration, @by, @at, @events)
                """
            )
        )
        {
            Add(insert, "@declaration", declarationId);
            Add(insert, "@by", confirmedBy);
            Add(insert, "@at", TimestampValue(confirmedAt));
            Add(insert, "@events", events.Count);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e) when (IsUniqueViolation(e))
            {
                await tx.RollbackAsync(CancellationToken.None);
                throw new DeclarationAlreadyConfirmedException(declarationId);
            }
        }
        var saved = await WriteRegisterEventsAsync(connection, tx, events, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<IReadOnlyList<Declaration>> ReadDeclarationsAsync(
        string where,
        Action<DbCommand> bind,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"""
            SELECT d.fid, d.carrier, d.uploaded_by, d.uploaded_at, d.file_name, d.file_sha256, d.declared, c.confirmed_by, c.confirmed_at, c.events
            FROM declarations d LEFT JOIN declaration_confirmations c ON c.declaration_id = d.fid {where}{AndInProvince("d.province_code")}
            ORDER BY d.fid DESC
            """
        );
        bind(select);
        AddProvince(select);
        await using var r = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Declaration>();
        while (await r.ReadAsync(cancellationToken))
        {
            var carrier = r.GetString(1);
            result.Add(
                new Declaration(
                    r.GetInt64(0),
                    carrier,
                    r.GetString(2),
                    ReadTimestamp(r, 3),
                    r.GetString(4),
                    r.GetString(5),
                    [
                        .. JsonSerializer
                            .Deserialize(r.GetString(6), StoreJson.Default.ListDeclaredRecord)!
                            .Select(x => x.ToDeclared(carrier)),
                    ],
                    NullableString(r, 7),
                    r.IsDBNull(8) ? null : ReadTimestamp(r, 8),
                    r.IsDBNull(9) ? null : Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture)
                )
            );
        }
        return result;
    }

    private sealed record DeclaredRecord(
        int Row,
        string? StructureId,
        string Code,
        double Lon,
        double Lat,
        string PoleClass,
        double HeightM,
        bool Camouflaged,
        double? BuildingHeightM,
        double? BackupPowerHours,
        List<InstallationRecord> Installations,
        string? OnAir = null
    )
    {
        public static DeclaredRecord Of(DeclaredStructure d) =>
            new(
                d.Row,
                d.StructureId,
                d.Code,
                d.Location.X,
                d.Location.Y,
                d.PoleClass.ToString(),
                d.HeightM,
                d.Camouflaged,
                d.BuildingHeightM,
                d.BackupPowerHours,
                [.. d.Installations.Select(i => new InstallationRecord(i.Technology.Label(), i.SectorCount, [.. i.BandsMhz]))],
                d.OnAirSince is { } day ? IsoDate(day) : null
            );

        public DeclaredStructure ToDeclared(string carrier) =>
            new(
                Row,
                StructureId,
                Code,
                Wgs84Points.CreatePoint(new Coordinate(Lon, Lat)),
                PoleClasses.Parse(PoleClass),
                HeightM,
                Camouflaged,
                BuildingHeightM,
                BackupPowerHours,
                [.. Installations.Select(i => new Installation(carrier, Technologies.Parse(i.Technology), i.SectorCount, i.BandsMhz, []))],
                OnAir is { } day ? ParseIsoDate(day) : null
            );
    }

    private sealed record InstallationRecord(string Technology, int SectorCount, List<double> BandsMhz);
}
