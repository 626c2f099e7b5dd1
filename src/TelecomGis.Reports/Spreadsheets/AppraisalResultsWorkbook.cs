using System.Globalization;
using System.Text;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Reporting;

namespace TelecomGis.Reports.Spreadsheets;

/// <summary>What a results workbook says about its run on its second sheet.</summary>
/// <param name="Plan">The plan in the reader's words (<see cref="Core.Planning.PlanVersionWords.OfBundle"/>).</param>
/// <param name="Day">The day whose communes the sites were appraised against.</param>
/// <param name="Source">Where the proposed sites came from: the CLI's input file by its name, the API's dossier by its number.</param>
public sealed record AppraisalRunFacts(string Plan, DateOnly Day, string Source);

/// <summary>
/// A batch's results as an Excel workbook (<c>appraise --out results.xlsx</c>, the API's <c>/submissions/{id}/results.xlsx</c>):
/// the CLI's CSV columns, in the tool's language, with coordinates,
/// distances and row numbers as numbers (Excel shows them with the reader's decimal separator, where a Vietnamese Excel reads the
/// CSV's decimal points as text), the heading frozen and filtered, and a second sheet with the plan, the day and the counts.
/// A carrier's text stays text however it starts: a workbook's text cells are never formulas, so it needs no apostrophe.
/// </summary>
public sealed class AppraisalResultsWorkbook : IDisposable
{
    private static readonly XlsxColumn[] VietnameseColumns =
    [
        new("Dòng", 7, XlsxCellKind.Integer),
        new("Doanh nghiệp", 14, XlsxCellKind.Text),
        new("Mã trạm", 14, XlsxCellKind.Text),
        new("Kinh độ", 13, XlsxCellKind.Degrees),
        new("Vĩ độ", 12, XlsxCellKind.Degrees),
        new("Kết quả thẩm định", 26, XlsxCellKind.Text),
        new("Quy định không đạt hoặc cần xin ý kiến", 36, XlsxCellKind.Text),
        new("Lý do", 90, XlsxCellKind.Text),
        new("Mã xã", 8, XlsxCellKind.Text),
        new("Xã, phường", 22, XlsxCellKind.Text),
        new("Quy hoạch", 40, XlsxCellKind.Text),
    ];

    private static readonly XlsxColumn[] VietnameseAlternativeColumns =
    [
        new("Kinh độ điểm phù hợp gần nhất", 14, XlsxCellKind.Degrees),
        new("Vĩ độ điểm phù hợp gần nhất", 14, XlsxCellKind.Degrees),
        new("Khoảng cách đến điểm phù hợp (m)", 14, XlsxCellKind.OneDecimal),
        new("Hướng đến điểm phù hợp (độ)", 14, XlsxCellKind.OneDecimal),
        new("Vị trí quy hoạch gần đó", 30, XlsxCellKind.Text),
        new("Trạm hiện có có thể dùng chung", 30, XlsxCellKind.Text),
    ];

    private static readonly XlsxColumn[] EnglishColumns =
    [
        new("row", 7, XlsxCellKind.Integer),
        new("carrier", 14, XlsxCellKind.Text),
        new("site_code", 14, XlsxCellKind.Text),
        new("lon", 13, XlsxCellKind.Degrees),
        new("lat", 12, XlsxCellKind.Degrees),
        new("verdict", 20, XlsxCellKind.Text),
        new("failing_rules", 16, XlsxCellKind.Text),
        new("reasons_vi", 60, XlsxCellKind.Text),
        new("reasons_en", 60, XlsxCellKind.Text),
        new("commune_code", 13, XlsxCellKind.Text),
        new("plan_version", 20, XlsxCellKind.Text),
    ];

    private static readonly XlsxColumn[] EnglishAlternativeColumns =
    [
        new("conforming_lon", 14, XlsxCellKind.Degrees),
        new("conforming_lat", 14, XlsxCellKind.Degrees),
        new("conforming_distance_m", 14, XlsxCellKind.OneDecimal),
        new("conforming_bearing_deg", 14, XlsxCellKind.OneDecimal),
        new("planned_positions_nearby", 30, XlsxCellKind.Text),
        new("sites_to_share_nearby", 30, XlsxCellKind.Text),
    ];

    private readonly XlsxTableWriter _table;
    private readonly bool _vietnamese;
    private readonly bool _withAlternatives;
    private readonly AppraisalRunFacts _facts;
    private readonly object?[] _cells;
    private readonly StringBuilder _text = new(1024);

    public AppraisalResultsWorkbook(Stream output, bool withAlternatives, bool vietnamese, AppraisalRunFacts facts)
    {
        _vietnamese = vietnamese;
        _withAlternatives = withAlternatives;
        _facts = facts;
        XlsxColumn[] columns = vietnamese
            ? [.. VietnameseColumns, .. withAlternatives ? VietnameseAlternativeColumns : []]
            : [.. EnglishColumns, .. withAlternatives ? EnglishAlternativeColumns : []];
        _cells = new object?[columns.Length];
        _table = new XlsxTableWriter(output, vietnamese ? "Kết quả thẩm định" : "Results", columns);
    }

    /// <summary>The rows, in the order given; call as often as the rows come.</summary>
    public void Write(IReadOnlyList<RowOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            Array.Clear(_cells);
            var c = 0;
            _cells[c++] = o.Row.Row;
            _cells[c++] = o.Row.Carrier;
            _cells[c++] = o.Row.SiteCode;
            if (o.Appraisal is { } a)
            {
                _cells[c++] = a.Site.LonDeg;
                _cells[c++] = a.Site.LatDeg;
                _cells[c++] = _vietnamese ? a.Verdict.Vietnamese() : o.VerdictCode;
                _cells[c++] = AppraisalResultText.FailingRules(_text, a.Results, _vietnamese).ToString();
                _cells[c++] = AppraisalResultText.Reasons(_text, a.Results, vietnamese: true).ToString();
                if (!_vietnamese)
                    _cells[c++] = AppraisalResultText.Reasons(_text, a.Results, vietnamese: false).ToString();
                var commune = a["R02"].DecidingFeature;
                _cells[c++] = commune?.Id;
                if (_vietnamese)
                    _cells[c++] = commune?.Name;
                _cells[c++] = _vietnamese ? _facts.Plan : a.PlanVersion;
            }
            else
            {
                var r = o.Row.Rejection!;
                c += 2;
                _cells[c++] = _vietnamese ? AppraisalResultText.RejectedVi : o.VerdictCode;
                c++;
                // The reader's message names the row and the column: "Dòng 7, cột Kinh độ: …".
                _cells[c++] = _vietnamese ? r.MessageVi : $"[{r.Field}] {r.MessageVi}";
                if (!_vietnamese)
                    _cells[c++] = $"[{r.Field}] {r.MessageEn}";
                c += _vietnamese ? 3 : 2;
            }
            if (_withAlternatives && o.Alternative is { } alt)
            {
                _cells[c++] = alt.LonDeg;
                _cells[c++] = alt.LatDeg;
                _cells[c++] = alt.DistanceM;
                _cells[c++] = alt.BearingDeg;
                _cells[c++] = AppraisalResultText.Nearby(alt.PlannedPositions, _vietnamese);
                _cells[c] = AppraisalResultText.Nearby(alt.SitesToShare, _vietnamese);
            }
            _table.WriteRow(_cells);
        }
    }

    /// <summary>The sheet of facts with the counts, and the workbook closed.</summary>
    public void Finish(BatchSummary summary)
    {
        var day = _facts.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        IReadOnlyList<(string, object?)> notes = _vietnamese
            ?
            [
                ("Quy hoạch", _facts.Plan),
                ("Thẩm định theo địa giới xã, phường ngày", day),
                ("Danh sách trạm đề xuất", _facts.Source),
                ("Tổng số dòng", summary.Total),
                (Verdict.Conforms.Vietnamese(), summary.Conforms),
                (Verdict.DoesNotConform.Vietnamese(), summary.DoesNotConform),
                (Verdict.NeedsConsultation.Vietnamese(), summary.NeedsConsultation),
                (AppraisalResultText.RejectedVi, summary.Rejected),
            ]
            :
            [
                ("plan", _facts.Plan),
                ("communes as of", day),
                ("proposed sites", _facts.Source),
                ("rows", summary.Total),
                ("conforms", summary.Conforms),
                ("does not conform", summary.DoesNotConform),
                ("needs consultation", summary.NeedsConsultation),
                ("rejected", summary.Rejected),
            ];
        _table.Finish(_vietnamese ? "Thông tin" : "About", notes);
    }

    public void Dispose() => _table.Dispose();
}
