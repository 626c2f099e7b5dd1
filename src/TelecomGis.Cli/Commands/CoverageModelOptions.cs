using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Cli.Commands;

/// <summary>
/// The propagation model choice that the coverage and resilience commands share: <c>--model empirical</c> (the default: Hata,
/// COST-231 and 3GPP by frequency, as COVERAGE.md prescribes) or <c>--model itm --dem DIR</c> (the ITM over the terrain in DIR).
/// </summary>
internal sealed class CoverageModelOptions
{
    public Option<string> Model { get; } = CreateModel();

    public Option<DirectoryInfo?> Dem { get; } =
        new("--dem")
        {
            Description = CliText.T(
                "Dùng với --model itm: thư mục dữ liệu độ cao (ô SRTM *.hgt, GeoTIFF WGS 84). Ô nào không có dữ liệu thì tính theo mô hình thực nghiệm, và lần chạy báo điều đó.",
                "With --model itm: a folder of elevation data (SRTM *.hgt tiles, WGS 84 GeoTIFFs). Where it has no data, cells fall back to the empirical model, and the run says so."
            ),
        };

    public IEnumerable<Option> All => [Model, Dem];

    /// <exception cref="CliError">The combination is not usable: itm without a DEM, a DEM without itm, an empty or unreadable folder.</exception>
    public CoverageModel Read(ParseResult parse)
    {
        var itm = parse.GetValue(Model) == "itm";
        var demDir = parse.GetValue(Dem);
        if (!itm)
        {
            if (demDir is not null)
                throw new CliError(
                    "--dem chỉ dùng cùng --model itm (các mô hình thực nghiệm không dùng địa hình).",
                    "--dem is used only with --model itm (the empirical models take no terrain)."
                );
            return CoverageModel.Empirical;
        }
        if (demDir is null)
            throw new CliError(
                "--model itm cần --dem THƯ_MỤC: thư mục các ô SRTM *.hgt hoặc GeoTIFF WGS 84.",
                "--model itm needs --dem DIR: a folder of SRTM *.hgt tiles or WGS 84 GeoTIFFs."
            );
        if (!demDir.Exists)
            throw new CliError($"--dem: không có thư mục '{demDir.FullName}'.", $"--dem: folder '{demDir.FullName}' does not exist.");
        DemFolder terrain;
        try
        {
            terrain = new DemFolder(demDir.FullName);
        }
        catch (InvalidDataException e)
        {
            throw new CliError($"--dem: {e.Message}");
        }
        if (terrain.Counts is (0, 0))
            throw new CliError(
                $"--dem: thư mục '{demDir.FullName}' không có ô *.hgt hay tệp GeoTIFF nào.",
                $"--dem: folder '{demDir.FullName}' holds no *.hgt tile or GeoTIFF."
            );
        return CoverageModel.Itm(terrain);
    }

    private static Option<string> CreateModel()
    {
        var model = new Option<string>("--model")
        {
            Description = CliText.T(
                "Mô hình truyền sóng: empirical (Hata / COST-231 / 3GPP theo tần số) hoặc itm (Longley–Rice theo địa hình; cần --dem).",
                "Propagation model: empirical (Hata / COST-231 / 3GPP by frequency) or itm (Longley–Rice over terrain; needs --dem)."
            ),
            DefaultValueFactory = _ => "empirical",
        };
        model.AcceptOnlyFromAmong("empirical", "itm");
        return model;
    }
}
