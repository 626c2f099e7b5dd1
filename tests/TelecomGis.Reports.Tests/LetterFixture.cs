using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Reports;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Reports.Tests;

/// <summary>
/// One letter to Viettel on a dossier of four rows of the Quảng Ninh bundle, written once as .docx and .pdf for every test that
/// reads it: the seed's 33 m A2b tower at Móng Cái (in a military area: consultation, R04), a 30 m A2b tower in Hạ Long Bay
/// (fails R05–R07), a 15 m A2b tower on planned position PP-0305 in the rural default zone (conforms), and a row rejected for
/// its pole class. The carrier's incoming document is known, so the opening cites it.
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
            engine.Appraise(Site(1, "QNH-MC-0033", 107.97826, 21.53008, 33)),
            engine.Appraise(Site(2, "QNH-HL-0102", bay.X, bay.Y, 30)),
            engine.Appraise(Site(3, "QNH-VD-0007", 107.6545827, 21.3790371, 15)),
        ];
        Rows =
        [
            .. Results.Select(r => new RowOutcome(SubmissionRow.Accepted(r.Site), r)),
            new RowOutcome(
                SubmissionRow.Rejected(
                    4,
                    "Viettel",
                    "QNH-UB-0044",
                    "pole_class",
                    "Loại cột Z9 không có trong quy định.",
                    "Unknown pole class Z9."
                ),
                null
            ),
        ];
        Fonts = LetterFonts.Load();
        Figure = new SiteMapFigure(Index, Fonts);
        Letter = ReplyLetter.Compose(Rows, Plan, Settings).WithFigures(Figure);
        Docx = DocxLetterWriter.Write(Letter);
        using var pdf = new MemoryStream();
        PdfPages = PdfLetterWriter.Write(Letter, Fonts, pdf);
        Pdf = pdf.ToArray();
    }

    public static LetterSettings Settings { get; } =
        new(
            "123/SKHCN-BCVT",
            new DateOnly(2026, 11, 22),
            "Viettel Quảng Ninh – Chi nhánh Tập đoàn Công nghiệp – Viễn thông Quân đội",
            ["Bộ Chỉ huy Quân sự tỉnh", "UBND phường Móng Cái 1"],
            "Nguyễn Văn An",
            Incoming: new IncomingLetter("2468/VTQN-KT", new DateOnly(2026, 11, 3), "Trần Văn Bình", "đề nghị thẩm định vị trí trạm BTS"),
            Received: new DateOnly(2026, 11, 5)
        );

    public ProvincePlan Plan { get; }
    public PlanIndex Index { get; }
    public IReadOnlyList<AppraisalResult> Results { get; }

    /// <summary>The dossier's four rows: the three appraised sites (rows 1–3), then the rejected row 4.</summary>
    public IReadOnlyList<RowOutcome> Rows { get; }
    public LetterFonts Fonts { get; }
    public SiteMapFigure Figure { get; }
    public ReplyLetter Letter { get; }
    public byte[] Docx { get; }
    public byte[] Pdf { get; }
    public int PdfPages { get; }

    public AppraisalResult Seed => Results[0];
    public AppraisalResult Failing => Results[1];
    public AppraisalResult Conforming => Results[2];

    private static ProposedSite Site(int row, string code, double lon, double lat, double heightM) =>
        new(row, "Viettel", code, lon, lat, PoleClass.A2b, heightM, false);

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
