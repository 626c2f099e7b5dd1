using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Reports;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Reports.Tests;

/// <summary>
/// One letter to Viettel on three sites of the Quảng Ninh bundle, written once as .docx and .pdf for every test that reads it:
/// the seed's 33 m A2b tower at Móng Cái (in a military area: consultation, R04), a 30 m A2b tower in Hạ Long Bay (fails
/// R05–R07) and a 15 m A2b tower on planned position PP-0305 in the rural default zone (conforms).
/// </summary>
public sealed class LetterFixture : IDisposable
{
    public LetterFixture()
    {
        Plan = PlanBundleReader.Read(Path.Combine(RepositoryRoot(), "data", "quang-ninh"));
        Index = new PlanIndex(Plan, new DateOnly(2026, 11, 22));
        var engine = new AppraisalEngine(Index);
        var bay = Plan.Zones.Single(z => z.Id == "Z-HALONG-BAY").Geometry.Intersection(Plan.Province.Boundary).InteriorPoint;
        Results =
        [
            engine.Appraise(Site("QNH-MC-0033", 107.97826, 21.53008, 33)),
            engine.Appraise(Site("QNH-HL-0102", bay.X, bay.Y, 30)),
            engine.Appraise(Site("QNH-VD-0007", 107.6545827, 21.3790371, 15)),
        ];
        Fonts = LetterFonts.Load();
        Figure = new SiteMapFigure(Index, Fonts);
        Letter = ReplyLetter.Compose(Results, Plan, Settings).WithFigures(Figure);
        Docx = DocxLetterWriter.Write(Letter);
        using var pdf = new MemoryStream();
        PdfPages = PdfLetterWriter.Write(Letter, Fonts, pdf);
        Pdf = pdf.ToArray();
    }

    public static LetterSettings Settings { get; } =
        new(
            "123/SKHCN-BCVT",
            new DateOnly(2026, 11, 22),
            "Tổng Công ty Công nghiệp - Viễn thông Quân đội (Viettel)",
            ["Bộ Chỉ huy Quân sự tỉnh", "UBND phường Móng Cái 1"],
            "Nguyễn Văn An"
        );

    public ProvincePlan Plan { get; }
    public PlanIndex Index { get; }
    public IReadOnlyList<AppraisalResult> Results { get; }
    public LetterFonts Fonts { get; }
    public SiteMapFigure Figure { get; }
    public ReplyLetter Letter { get; }
    public byte[] Docx { get; }
    public byte[] Pdf { get; }
    public int PdfPages { get; }

    public AppraisalResult Seed => Results[0];
    public AppraisalResult Failing => Results[1];
    public AppraisalResult Conforming => Results[2];

    private static ProposedSite Site(string code, double lon, double lat, double heightM) =>
        new(1, "Viettel", code, lon, lat, PoleClass.A2b, heightM, false);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TelecomGis.sln")))
                return dir.FullName;
        throw new InvalidOperationException("TelecomGis.sln not found above the test binaries.");
    }

    public void Dispose() => Fonts.Dispose();
}

/// <summary>Every test class reads the same letter: written once per run, not once per class.</summary>
[CollectionDefinition(Name)]
public sealed class OneLetter : ICollectionFixture<LetterFixture>
{
    public const string Name = "reply letter";
}
