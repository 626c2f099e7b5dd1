using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Desk;

namespace TelecomGis.Core.Reporting;

/// <summary>
/// Assembles the department's report for a period: each table computed as of the period's end and as of the same day a year
/// earlier, paired line by line. Pure: the caller reads the store and the register (TelecomGis.Storage.Reporting) and hands in
/// the dossiers and the two snapshots.
/// </summary>
public static class DepartmentReportBuilder
{
    /// <summary>The day the structure tables start splitting by former district no more: districts were abolished on 1 July 2025.</summary>
    public static readonly DateOnly DistrictsAbolished = new(2025, 7, 1);

    /// <param name="dossiers">Every dossier received by the period's end, with its entries up to then (later ones are ignored).</param>
    /// <param name="current">The infrastructure as of the period's end.</param>
    /// <param name="yearEarlier">The infrastructure as of the same day a year earlier.</param>
    /// <param name="workingDaysLimit">Working days the department has to answer (the desk's setting).</param>
    /// <param name="coverage">The latest coverage run's commune table, when there is one.</param>
    /// <param name="asOf">The day <paramref name="current"/> and the dossiers were read as of, when the period has not ended
    /// (a provisional report); null: the period's end.</param>
    public static DepartmentReport Build(
        ReportPeriod period,
        string province,
        string department,
        IReadOnlyList<DossierHistory> dossiers,
        ReportSnapshot current,
        ReportSnapshot yearEarlier,
        WorkingCalendar calendar,
        int workingDaysLimit,
        LatestCoverage? coverage = null,
        DateOnly? asOf = null
    )
    {
        var earlier = period.YearEarlier;
        var desk = (
            "Kho dữ liệu: hồ sơ, kết quả thẩm định, quyết định từng vị trí và văn bản trả lời xin ý kiến, đọc đến ngày cuối kỳ; mỗi vị trí đề nghị là một hồ sơ, tính một lần dù được đính chính; kết quả là quyết định của Sở (kể cả khi khác kết quả kiểm tra tự động), ngày trả lời là ngày Sở ghi quyết định đầu tiên đối với vị trí",
            "The store: submissions, appraisals, site decisions and consultation replies, read as of the period's end; each proposed site is one dossier, counted once however often corrected; the answer is the department's decision (also where it differs from the automatic check), dated the day its first decision on the site was recorded"
        );
        // A store that was not yet in use when the year-earlier period began cannot say what that period held: its column is left
        // empty ("–"), not filled with zeros. In use means its first dossier came within that period's first month.
        var deskCoversEarlier = dossiers.Count > 0 && dossiers.Min(d => d.ReceivedOn) < earlier.Start.AddMonths(1);
        if (!deskCoversEarlier)
        {
            desk = (
                desk.Item1 + "; cùng kỳ năm trước: kho chưa có hồ sơ từ đầu kỳ đó, không so sánh",
                desk.Item2 + "; the same period a year earlier: the store holds no dossier from its start, not compared"
            );
        }
        var tables = new List<ReportTable>
        {
            Table(
                "tham-dinh",
                "Kết quả thẩm định vị trí trạm BTS",
                "Site appraisals",
                desk,
                AppraisalFigures.Summary(dossiers, period, calendar, workingDaysLimit),
                deskCoversEarlier ? AppraisalFigures.Summary(dossiers, earlier, calendar, workingDaysLimit) : []
            ),
            Table(
                "tham-dinh-doanh-nghiep",
                "Thẩm định theo doanh nghiệp",
                "Appraisals by carrier",
                desk,
                AppraisalFigures.ByCarrier(dossiers, period),
                deskCoversEarlier ? AppraisalFigures.ByCarrier(dossiers, earlier) : []
            ),
            Table(
                "tham-dinh-theo-thang",
                "Hồ sơ tiếp nhận theo tháng",
                "Dossiers by month",
                desk,
                AppraisalFigures.ByMonth(dossiers, period),
                deskCoversEarlier ? AppraisalFigures.ByMonth(dossiers, earlier) : []
            ),
        };
        tables.AddRange(Infrastructure(period, current, yearEarlier));

        var plan = current.Index.Plan.Metadata.PlanName;
        var fiberSource = (
            $"Tuyến cáp quang của gói dữ liệu quy hoạch «{plan}» (chưa ghi ngày xây dựng, ngầm hóa): hai kỳ cùng một số liệu",
            $"The fiber routes of the plan bundle «{plan}» (no build or undergrounding dates yet): both columns hold the same data"
        );
        tables.Add(
            Table(
                "cap-quang",
                "Cáp quang theo chủ sở hữu, cách lắp đặt và loại tuyến",
                "Fiber by owner, laying and kind",
                fiberSource,
                FiberFigures.ByOwner(current.Index),
                FiberFigures.ByOwner(yearEarlier.Index)
            )
        );

        var postalNow = PostalAnalysis.Run(current.Index);
        var postalBefore = PostalAnalysis.Run(yearEarlier.Index);
        var postalSource = (
            $"Điểm phục vụ bưu chính của gói dữ liệu quy hoạch «{plan}», theo đơn vị hành chính còn hiệu lực tại ngày cuối kỳ; bán kính phục vụ r = √(diện tích / (π × số điểm)); điểm Bưu điện – Văn hóa xã tính trên các xã (không tính phường, đặc khu; trước 01/7/2025 không tính thị trấn)",
            $"The postal service points of the plan bundle «{plan}» over the units valid at the period's end; radius r = √(area / (π × points)); cultural post offices over xã only (not wards or special zones; before 1 July 2025 not townships)"
        );
        // Units that cover part of the province (a merged province's bundle with one former province's communes before July 2025)
        // cannot carry the province's figures: that column is left empty, and the note says why.
        var coverNow = UnitsCoverage.ShareOfProvince(current.Index);
        var coverBefore = UnitsCoverage.ShareOfProvince(yearEarlier.Index);
        var nowCovers = coverNow >= UnitsCoverage.Threshold;
        var beforeCovers = coverBefore >= UnitsCoverage.Threshold;
        var postalSummarySource = postalSource;
        if (!nowCovers)
            postalSummarySource = (
                postalSummarySource.Item1 + $"; kỳ báo cáo: {PartialUnitsVi(coverNow)}",
                postalSummarySource.Item2 + $"; the period: {PartialUnitsEn(coverNow)}"
            );
        if (!beforeCovers)
            postalSummarySource = (
                postalSummarySource.Item1 + $"; cùng kỳ năm trước: {PartialUnitsVi(coverBefore)}",
                postalSummarySource.Item2 + $"; a year earlier: {PartialUnitsEn(coverBefore)}"
            );
        var postalNowFigures = PostalFigures.Summary(postalNow, current.Index.Plan.PostalPoints);
        tables.Add(
            Table(
                "buu-chinh",
                "Mạng bưu chính công cộng và điểm Bưu điện – Văn hóa xã",
                "Postal service and cultural post offices",
                postalSummarySource,
                nowCovers ? postalNowFigures : postalNowFigures.Select(f => f with { Value = null }),
                beforeCovers ? PostalFigures.Summary(postalBefore, yearEarlier.Index.Plan.PostalPoints) : []
            )
        );
        tables.Add(
            Table(
                "buu-chinh-xa",
                "Điểm phục vụ bưu chính theo đơn vị hành chính cấp xã",
                "Postal service by commune",
                postalSource,
                PostalFigures.ByCommune(postalNow),
                PostalFigures.ByCommune(postalBefore)
            )
        );
        tables.Add(
            coverage is { } run
                ? new ReportTable(
                    "vung-phu-song",
                    "Vùng phủ sóng theo công nghệ",
                    "Coverage by technology",
                    ReportTable.Compare(CoverageFigures.ByTechnology(run.Communes), []),
                    $"Lần tính vùng phủ sóng gần nhất của dịch vụ ({run.DescriptionVi}); chỉ có số liệu hiện tại, không có cùng kỳ năm trước",
                    $"The service's latest coverage run ({run.DescriptionEn}); current figures only, no year-earlier column"
                )
                : ReportTable.Empty(
                    "vung-phu-song",
                    "Vùng phủ sóng theo công nghệ",
                    "Coverage by technology",
                    // Read by the People's Committee: what is missing, not how the software keeps it (no command names).
                    "Chưa có dữ liệu: hệ thống chưa có kết quả tính vùng phủ sóng tại thời điểm lập báo cáo.",
                    "No data: the system held no coverage computation when the report was made."
                )
        );
        return new DepartmentReport(period, province, department, asOf is { } day && day < period.End ? day : period.End, tables);
    }

    private static string PartialUnitsVi(double share) =>
        $"ranh giới cấp xã của gói dữ liệu tại ngày đó chỉ phủ {share * 100:0}% diện tích tỉnh (chỉ có đơn vị hành chính trước sáp nhập của một phần tỉnh), số liệu toàn tỉnh không tính được, không so sánh";

    private static string PartialUnitsEn(double share) =>
        $"the bundle's communes on that day cover only {share * 100:0}% of the province (the pre-merger units of part of it), so the province's figures cannot be computed; not compared";

    private static ReportTable Table(
        string id,
        string titleVi,
        string titleEn,
        (string Vi, string En) source,
        IEnumerable<ReportFigure> current,
        IEnumerable<ReportFigure> yearEarlier
    ) => new(id, titleVi, titleEn, ReportTable.Compare(current, yearEarlier), source.Vi, source.En);

    private static readonly (string Vi, string En) NoRegister = (
        "Chưa có dữ liệu: sổ hạ tầng của kho chưa có sự kiện nào (lệnh register import nhập các trạm hiện có của gói quy hoạch).",
        "No data: the store's register of structures holds no event yet (register import records the plan bundle's existing sites)."
    );

    /// <summary>
    /// The structure and BTS tables, and the register's own tables (changes, non-conforming structures, inspections). A register
    /// that did not exist yet a year earlier leaves that column empty ("–"), not zero: holding a structure then means its first
    /// event came by the earlier day, and counting the earlier period's events means it came within that period's first month.
    /// </summary>
    private static IEnumerable<ReportTable> Infrastructure(ReportPeriod period, ReportSnapshot current, ReportSnapshot yearEarlier)
    {
        var earlier = period.YearEarlier;
        var history = current.Register;
        var first = history?.FirstDay;
        var stocksEarlier = history is null || first <= earlier.End;
        var flowsEarlier = history is not null && first < earlier.Start.AddMonths(1);
        (string Vi, string En) structures = history is null
            ? (
                $"Các trạm hiện có của gói dữ liệu quy hoạch «{current.Index.Plan.Metadata.PlanName}» (sổ hạ tầng của kho chưa có dữ liệu; các trạm không ghi ngày nên hai kỳ cùng một số liệu); trạm BTS là thiết bị của một doanh nghiệp cho một công nghệ",
                $"The existing sites of the plan bundle «{current.Index.Plan.Metadata.PlanName}» (the store's register holds nothing yet; they are undated, so both columns hold the same data); a BTS is one carrier's equipment of one technology"
            )
            : (
                "Sổ hạ tầng viễn thông thụ động: các công trình đang tồn tại (đã xây dựng, đang khai thác, hiện trạng trước quy hoạch, không phép) theo các sự kiện đến hết ngày cuối kỳ; trạm BTS là thiết bị của một doanh nghiệp cho một công nghệ",
                "The register of structures: structures standing (built, in operation, existing before the plan, unpermitted) as its events stand at the period's end; a BTS is one carrier's equipment of one technology"
            );
        structures = (
            structures.Vi
                + "; tỷ lệ dùng chung = số vị trí có từ hai doanh nghiệp trở lên lắp đặt thiết bị (kể cả chủ sở hữu) / tổng số vị trí; vị trí đã tháo dỡ không tính",
            structures.En
                + "; sharing ratio = structures with two carriers or more on them (owner included) / all structures; dismantled ones are not counted"
        );
        if (!stocksEarlier)
            structures = (
                structures.Vi + "; cùng kỳ năm trước: sổ hạ tầng chưa có dữ liệu, không so sánh",
                structures.En + "; a year earlier: the register held nothing yet, not compared"
            );
        var now = current.Standing;
        var before = stocksEarlier ? yearEarlier.Standing : null;
        IEnumerable<ReportFigure> Earlier(Func<IReadOnlyList<Register.AntennaStructure>, IEnumerable<ReportFigure>> figures) =>
            before is null ? [] : figures(before);

        yield return Table(
            "ha-tang",
            "Hạ tầng trạm BTS và dùng chung hạ tầng",
            "Structures, BTS and sharing",
            structures,
            StructureFigures.Summary(now),
            Earlier(StructureFigures.Summary)
        );
        yield return Table(
            "bts-doanh-nghiep",
            "Trạm BTS theo doanh nghiệp và công nghệ",
            "BTS by carrier and technology",
            structures,
            StructureFigures.ByCarrier(now),
            Earlier(StructureFigures.ByCarrier)
        );
        yield return Table(
            "ha-tang-xa",
            "Vị trí trạm theo đơn vị hành chính cấp xã",
            "Structures by commune",
            structures,
            StructureFigures.ByArea(now, current.Index, byDistrict: false),
            Earlier(s => StructureFigures.ByArea(s, yearEarlier.Index, byDistrict: false))
        );
        if (period.End < DistrictsAbolished && current.Index.LastDistrictUnits is not null)
        {
            yield return Table(
                "ha-tang-huyen",
                "Vị trí trạm theo huyện, thị xã, thành phố (trước 01/7/2025)",
                "Structures by former district",
                structures,
                StructureFigures.ByArea(now, current.Index, byDistrict: true),
                Earlier(s => StructureFigures.ByArea(s, yearEarlier.Index, byDistrict: true))
            );
        }

        const string changesId = "bien-dong",
            changesVi = "Vị trí trạm xây mới, cải tạo, tháo dỡ trong kỳ",
            changesEn = "Structures built, modified, dismantled";
        const string conformityId = "khong-phu-hop",
            conformityVi = "Vị trí trạm không phù hợp quy hoạch và thời hạn xử lý",
            conformityEn = "Non-conforming structures and deadlines";
        const string inspectionsId = "kiem-tra",
            inspectionsVi = "Kiểm tra, phát hiện trạm không phép và xử lý vi phạm",
            inspectionsEn = "Inspections, unpermitted structures, penalties";
        if (history is null)
        {
            yield return ReportTable.Empty(changesId, changesVi, changesEn, NoRegister.Vi, NoRegister.En);
            yield return ReportTable.Empty(conformityId, conformityVi, conformityEn, NoRegister.Vi, NoRegister.En);
            yield return ReportTable.Empty(inspectionsId, inspectionsVi, inspectionsEn, NoRegister.Vi, NoRegister.En);
            yield break;
        }
        var notCompared = flowsEarlier
            ? ("", "")
            : (
                "; cùng kỳ năm trước: sổ hạ tầng chưa có dữ liệu từ đầu kỳ đó, không so sánh",
                "; a year earlier: the register holds nothing from that period's start, not compared"
            );
        yield return Table(
            changesId,
            changesVi,
            changesEn,
            (
                "Sổ hạ tầng: sự kiện chấp thuận (văn bản trả lời hồ sơ), xây dựng (doanh nghiệp báo cáo đưa vào sử dụng), thay đổi và tháo dỡ có ngày hiệu lực trong kỳ; mỗi vị trí tính một lần"
                    + notCompared.Item1,
                "The register: approval (the dossier's reply letter), built (the carrier declares it in use), modified and dismantled events dated within the period; each structure once"
                    + notCompared.Item2
            ),
            RegisterFigures.Changes(history, period, history.StateAt(period.End)),
            flowsEarlier ? RegisterFigures.Changes(history, earlier, history.StateAt(earlier.End)) : []
        );
        yield return Table(
            conformityId,
            conformityVi,
            conformityEn,
            (
                "Sổ hạ tầng: các công trình đang tồn tại tại ngày cuối kỳ đối chiếu với quy hoạch hiện hành (tiêu chí vùng cấm, loại cột, ngụy trang, chiều cao, tĩnh không hàng không); thời hạn theo lộ trình của quy hoạch"
                    + (stocksEarlier ? "" : "; cùng kỳ năm trước: sổ hạ tầng chưa có dữ liệu, không so sánh"),
                "The register: structures standing at the period's end held against the current plan (prohibited areas, class, camouflage, height, aviation surfaces); deadlines from the plan's roadmap"
                    + (stocksEarlier ? "" : "; a year earlier: the register held nothing yet, not compared")
            ),
            RegisterFigures.NonConforming(current),
            stocksEarlier ? RegisterFigures.NonConforming(yearEarlier) : []
        );
        yield return Table(
            inspectionsId,
            inspectionsVi,
            inspectionsEn,
            (
                "Sổ hạ tầng: biên bản kiểm tra (ngày kiểm tra trong kỳ), quyết định xử phạt ghi kèm, công trình ghi nhận xây dựng không phép trong kỳ; số tiền phạt không được ghi trong sổ hạ tầng"
                    + notCompared.Item1,
                "The register: inspection records (inspected within the period), their penalty decisions, structures recorded as unpermitted within the period; fines' amounts are not in the register"
                    + notCompared.Item2
            ),
            RegisterFigures.Inspections(history, period),
            flowsEarlier ? RegisterFigures.Inspections(history, earlier) : []
        );
    }
}
