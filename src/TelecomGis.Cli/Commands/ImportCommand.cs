using System.CommandLine;
using System.Globalization;
using System.Text;
using TelecomGis.Cli.Output;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Import;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// <c>import --plan DIR --layer LAYER --from FILE [--srs EPSG:N] [--mapping FILE]</c>: fills one layer of a bundle from a
/// department's own file (Shapefile, GeoPackage, KML/KMZ, GeoJSON, CSV, .xlsx), replacing the layer's content. Every feature
/// that cannot be taken is listed with its number, field and reason; unless <c>--skip-rejected</c> is given, one rejected
/// feature stops the import and nothing is written. The bundle is written all or nothing (<see cref="BundleLayerImport"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var plan = new Option<DirectoryInfo>("--plan")
        {
            Description = CliText.T("Thư mục gói quy hoạch cần nhập vào.", "The plan bundle folder to import into."),
            Required = true,
        };
        var layer = new Option<string>("--layer")
        {
            Description = CliText.T(
                $"Lớp cần nhập (thay toàn bộ nội dung lớp): {string.Join(", ", ImportLayers.All.Select(l => l.Name))}.",
                $"The layer to fill (its whole content is replaced): {string.Join(", ", ImportLayers.All.Select(l => l.Name))}."
            ),
            Required = true,
        };
        var from = new Option<FileInfo>("--from")
        {
            Description = CliText.T(
                $"Tệp nguồn: {ImportSource.Extensions} (với Shapefile, chỉ tệp .shp; .dbf, .prj, .cpg nằm cạnh).",
                $"The source file: {ImportSource.Extensions} (for a Shapefile the .shp; its .dbf, .prj, .cpg beside it)."
            ),
            Required = true,
        };
        var srs = new Option<string?>("--srs")
        {
            Description = CliText.T(
                "Hệ tọa độ của tệp nguồn khi tệp không nói rõ (Shapefile không có .prj, bảng có tọa độ X/Y mà không có cột kinh tuyến trục), ví dụ EPSG:5899.",
                "The source's coordinate system where the file does not say it (a Shapefile without .prj, a table of X/Y without a zone column), e.g. EPSG:5899."
            ),
        };
        var mapping = new Option<FileInfo?>("--mapping")
        {
            Description = CliText.T(
                "Tệp JSON ánh xạ trường nguồn sang trường của lớp, có bảng giá trị (xem data/README.md).",
                "A JSON file mapping the source's fields to the layer's, with value maps (see data/README.md)."
            ),
        };
        var encoding = new Option<string>("--encoding")
        {
            Description = CliText.T(
                "Bảng mã chữ của tệp .dbf hoặc CSV: auto (mặc định: theo .cpg, hoặc nhận biết từ nội dung), utf-8, tcvn3, vni, 1258.",
                "Text encoding of a .dbf or CSV: auto (default: from the .cpg, or detected from the text), utf-8, tcvn3, vni, 1258."
            ),
            DefaultValueFactory = _ => "auto",
        };
        var sourceLayer = new Option<string?>("--source-layer")
        {
            Description = CliText.T("Lớp cần đọc trong tệp GeoPackage có nhiều lớp.", "The table to read from a GeoPackage with several."),
        };
        var skipRejected = new Option<bool>("--skip-rejected")
        {
            Description = CliText.T(
                "Vẫn nhập các đối tượng hợp lệ khi có đối tượng bị loại (mặc định: có đối tượng bị loại thì không nhập gì).",
                "Import the valid features even when some are rejected (default: any rejection imports nothing)."
            ),
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = CliText.T("Chỉ kiểm tra và báo cáo, không ghi gì vào gói quy hoạch.", "Check and report only; write nothing."),
        };
        var rejected = new Option<FileInfo?>("--rejected")
        {
            Description = CliText.T(
                "Ghi danh sách đối tượng bị loại và lý do ra tệp CSV.",
                "Write the rejected features and their reasons to a CSV file."
            ),
        };
        var command = new Command(
            "import",
            CliText.T(
                "Nhập một lớp của gói quy hoạch từ tệp Shapefile, GeoPackage, KML/KMZ, GeoJSON, CSV hoặc Excel của đơn vị.",
                "Import one layer of a plan bundle from a Shapefile, GeoPackage, KML/KMZ, GeoJSON, CSV or Excel file."
            )
        )
        {
            plan,
            layer,
            from,
            srs,
            mapping,
            encoding,
            sourceLayer,
            skipRejected,
            dryRun,
            rejected,
        };
        command.SetAction(parse =>
            CliError.Guard(() =>
                Run(
                    new Request(
                        parse.GetValue(plan)!.FullName,
                        parse.GetValue(layer)!,
                        parse.GetValue(from)!.FullName,
                        parse.GetValue(srs),
                        parse.GetValue(mapping)?.FullName,
                        parse.GetValue(encoding)!,
                        parse.GetValue(sourceLayer),
                        parse.GetValue(skipRejected),
                        parse.GetValue(dryRun),
                        parse.GetValue(rejected)?.FullName
                    ),
                    Console.Error
                )
            )
        );
        return command;
    }

    internal sealed record Request(
        string Plan,
        string Layer,
        string From,
        string? Srs,
        string? Mapping,
        string Encoding,
        string? SourceLayer,
        bool SkipRejected,
        bool DryRun,
        string? RejectedCsv
    );

    internal static int Run(Request r, TextWriter report)
    {
        var layer = ImportLayers.Find(r.Layer)
            ?? throw new CliError(
                $"--layer: không có lớp \"{r.Layer}\"; chọn một trong: {string.Join(", ", ImportLayers.All.Select(l => l.Name))}.",
                $"--layer: no layer \"{r.Layer}\"; choose one of: {string.Join(", ", ImportLayers.All.Select(l => l.Name))}."
            );
        int? srs = null;
        if (r.Srs is { } s)
        {
            var t = s.Trim();
            if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
                t = t[5..];
            srs =
                int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && SourceCrs.IsKnown(code)
                    ? code
                    : throw new CliError(
                        $"--srs: \"{s}\" không phải EPSG:4326, EPSG:4756 hay một hệ VN-2000 (ví dụ EPSG:5899).",
                        $"--srs: \"{s}\" is not EPSG:4326, EPSG:4756 or a VN-2000 system (e.g. EPSG:5899)."
                    );
        }
        if (!VietnameseText.TryParse(r.Encoding, out var encoding))
            throw new CliError(
                $"--encoding: không nhận ra \"{r.Encoding}\" (auto, utf-8, tcvn3, vni, 1258).",
                $"--encoding: unknown \"{r.Encoding}\" (auto, utf-8, tcvn3, vni, 1258)."
            );
        var fieldMapping = r.Mapping is null ? FieldMapping.Empty : FieldMapping.Parse(File.ReadAllText(r.Mapping));

        var source = ImportSource.Read(r.From, srs, encoding, r.SourceLayer, layer);
        var outcome = LayerImporter.Convert(source, layer, fieldMapping);

        report.WriteLine(
            CliText.T(
                $"{Path.GetFileName(r.From)} ({source.Format}): {source.Features.Count} đối tượng → lớp {layer.NameVi} ({layer.File})",
                $"{Path.GetFileName(r.From)} ({source.Format}): {source.Features.Count} features → layer {layer.Name} ({layer.File})"
            )
        );
        foreach (var (vi, en) in source.Notes)
            report.WriteLine("  " + CliText.T(vi, en));
        foreach (var (property, sourceField) in outcome.FieldSources)
            report.WriteLine($"  {property, -26} ← {sourceField ?? CliText.T("(để trống)", "(left empty)")}");
        foreach (var rejection in outcome.Rejections)
            report.WriteLine(CliText.T(rejection.Vi(outcome.Rows), rejection.En(outcome.Rows)));
        if (r.RejectedCsv is { } path)
            WriteRejections(path, outcome);

        if (outcome.Features.Count == 0)
            throw new CliError(
                "không có đối tượng nào được nhận; gói quy hoạch giữ nguyên.",
                "no feature could be taken; the bundle is unchanged."
            );
        if (outcome.Rejections.Count > 0 && !r.SkipRejected)
            throw new CliError(
                $"{outcome.Rejections.Count} đối tượng bị loại (lý do ở trên), nên không nhập gì; sửa tệp nguồn hoặc thêm --skip-rejected để chỉ nhập {outcome.Features.Count} đối tượng hợp lệ.",
                $"{outcome.Rejections.Count} {(outcome.Rejections.Count == 1 ? "feature was" : "features were")} rejected (reasons above), so nothing was imported; fix the source or add --skip-rejected to import the {outcome.Features.Count} valid ones."
            );

        var imported = BundleLayerImport.Apply(r.Plan, outcome, r.DryRun);
        var (planVi, planEn) = PlanVersionWords.OfBundle(imported);
        report.WriteLine(
            r.DryRun
                ? CliText.T(
                    $"kiểm tra xong (--dry-run, chưa ghi): {outcome.Features.Count} đối tượng sẽ được nhận, {outcome.Rejections.Count} bị loại; gói quy hoạch: {planVi}",
                    $"checked (--dry-run, nothing written): {outcome.Features.Count} features would be taken, {outcome.Rejections.Count} rejected; the plan would be {planEn}"
                )
                : CliText.T(
                    $"đã nhập {outcome.Features.Count} đối tượng vào {layer.File}, {outcome.Rejections.Count} bị loại; gói quy hoạch: {planVi}",
                    $"imported {outcome.Features.Count} features into {layer.File}, {outcome.Rejections.Count} rejected; the plan is now {planEn}"
                )
        );
        return 0;
    }

    private static void WriteRejections(string path, ImportOutcome outcome)
    {
        static string Q(string? v) => v is null ? "" : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // Both reasons in both languages (the file goes to whoever fixes the source); the headers in the user's language.
        var csv = new StringBuilder(CliText.T("Số thứ tự,Trường nguồn,Lý do,Lý do (tiếng Anh)\n", "number,field,reason_vi,reason_en\n"));
        foreach (var x in outcome.Rejections)
            csv.Append(CultureInfo.InvariantCulture, $"{x.Number},{Q(x.Field)},{Q(x.MessageVi)},{Q(x.MessageEn)}\n");
        AtomicFile.Write(path, s => s.Write(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray()));
    }
}
