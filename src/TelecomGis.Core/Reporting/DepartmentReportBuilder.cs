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
    public static DepartmentReport Build(
        ReportPeriod period,
        string province,
        string department,
        IReadOnlyList<DossierHistory> dossiers,
        ReportSnapshot current,
        ReportSnapshot yearEarlier,
        WorkingCalendar calendar,
        int workingDaysLimit,
        LatestCoverage? coverage = null
    )
    {
        var earlier = period.YearEarlier;
        var desk = (
            "Kho dữ liệu: hồ sơ, kết quả thẩm định, quyết định từng vị trí và văn bản trả lời xin ý kiến, đọc đến ngày cuối kỳ",
            "The store: submissions, appraisals, site decisions and consultation replies, read as of the period's end"
        );
        var register = (
            "Danh sách trạm hiện có (gói dữ liệu quy hoạch; sổ đăng ký công trình khi có) tại ngày cuối kỳ",
            "The existing sites (the plan bundle; the register of structures once it exists) as of the period's end"
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
            Table(
                "ha-tang",
                "Hạ tầng trạm BTS và dùng chung hạ tầng",
                "Structures, BTS and sharing",
                register,
                StructureFigures.Summary(current.Sites),
                StructureFigures.Summary(yearEarlier.Sites)
            ),
            Table(
                "bts-doanh-nghiep",
                "Trạm BTS theo doanh nghiệp và công nghệ",
                "BTS by carrier and technology",
                register,
                StructureFigures.ByCarrier(current.Sites),
                StructureFigures.ByCarrier(yearEarlier.Sites)
            ),
            Table(
                "ha-tang-xa",
                "Vị trí trạm theo đơn vị hành chính cấp xã",
                "Structures by commune",
                register,
                StructureFigures.ByArea(current.Sites, current.Index, byDistrict: false),
                StructureFigures.ByArea(yearEarlier.Sites, yearEarlier.Index, byDistrict: false)
            ),
        };
        if (period.End < DistrictsAbolished && current.Index.LastDistrictUnits is not null)
        {
            tables.Add(
                Table(
                    "ha-tang-huyen",
                    "Vị trí trạm theo huyện, thị xã, thành phố (trước 01/7/2025)",
                    "Structures by former district",
                    register,
                    StructureFigures.ByArea(current.Sites, current.Index, byDistrict: true),
                    StructureFigures.ByArea(yearEarlier.Sites, yearEarlier.Index, byDistrict: true)
                )
            );
        }
        tables.Add(Changes(period, current));
        tables.Add(NonConforming(current));
        tables.Add(Inspections(period, current, yearEarlier));

        var fiberSource = (
            "Tuyến cáp quang của gói dữ liệu quy hoạch (chưa ghi ngày xây dựng, ngầm hóa): hai kỳ cùng một số liệu",
            "The plan bundle's fiber routes (no build or undergrounding dates yet): both columns hold the same data"
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
            "Điểm phục vụ bưu chính của gói dữ liệu quy hoạch, theo đơn vị hành chính còn hiệu lực tại ngày cuối kỳ; bán kính phục vụ r = √(diện tích / (π × số điểm))",
            "The plan bundle's postal service points over the units valid at the period's end; radius r = √(area / (π × points))"
        );
        tables.Add(
            Table(
                "buu-chinh",
                "Mạng bưu chính công cộng và điểm Bưu điện – Văn hóa xã",
                "Postal service and cultural post offices",
                postalSource,
                PostalFigures.Summary(postalNow, current.Index.Plan.PostalPoints),
                PostalFigures.Summary(postalBefore, yearEarlier.Index.Plan.PostalPoints)
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
                    "Chưa có dữ liệu: chưa có lần tính vùng phủ sóng nào (lệnh coverage ghi kết quả ra thư mục; dịch vụ giữ lần tính gần nhất trong bộ nhớ).",
                    "No data: no coverage run yet (the coverage command writes to a folder; the service keeps its latest run in memory)."
                )
        );
        return new DepartmentReport(period, province, department, period.End, tables);
    }

    private static ReportTable Table(
        string id,
        string titleVi,
        string titleEn,
        (string Vi, string En) source,
        IEnumerable<ReportFigure> current,
        IEnumerable<ReportFigure> yearEarlier
    ) => new(id, titleVi, titleEn, ReportTable.Compare(current, yearEarlier), source.Vi, source.En);

    private static readonly (string Vi, string En) NoRegister = (
        "Chưa có dữ liệu: sổ đăng ký công trình hạ tầng (đợt xây dựng, kiểm tra, xử lý vi phạm) chưa được đưa vào hệ thống.",
        "No data: the register of structures (building, inspections, penalties) is not in the system yet."
    );

    private static ReportTable Changes(ReportPeriod period, ReportSnapshot current)
    {
        const string id = "bien-dong",
            vi = "Vị trí trạm xây mới, cải tạo, tháo dỡ trong kỳ",
            en = "Structures built, modified, dismantled";
        if (current.Changes is not { } changes)
            return ReportTable.Empty(id, vi, en, NoRegister.Vi, NoRegister.En);
        IEnumerable<ReportFigure> Of(ReportPeriod p) =>
            [
                new(
                    "built",
                    "1",
                    "Xây dựng mới",
                    "Built",
                    "vị trí",
                    changes.Count(c => c.Kind == StructureChangeKind.Built && p.Contains(c.On))
                ),
                new(
                    "modified",
                    "2",
                    "Cải tạo, nâng cấp",
                    "Modified",
                    "vị trí",
                    changes.Count(c => c.Kind == StructureChangeKind.Modified && p.Contains(c.On))
                ),
                new(
                    "dismantled",
                    "3",
                    "Tháo dỡ",
                    "Dismantled",
                    "vị trí",
                    changes.Count(c => c.Kind == StructureChangeKind.Dismantled && p.Contains(c.On))
                ),
            ];
        return new ReportTable(
            id,
            vi,
            en,
            ReportTable.Compare(Of(period), Of(period.YearEarlier)),
            "Sổ đăng ký công trình",
            "The register"
        );
    }

    private static ReportTable NonConforming(ReportSnapshot current)
    {
        const string id = "khong-phu-hop",
            vi = "Vị trí trạm không phù hợp quy hoạch và thời hạn xử lý",
            en = "Non-conforming structures and deadlines";
        if (current.NonConforming is not { } list)
            return ReportTable.Empty(id, vi, en, NoRegister.Vi, NoRegister.En);
        var figures = new List<ReportFigure>
        {
            new("non-conforming", "1", "Vị trí không phù hợp quy hoạch", "Non-conforming structures", "vị trí", list.Count, IsTotal: true),
            new("overdue", "2", "Đã quá thời hạn xử lý", "Past their deadline", "vị trí", list.Count(s => s.Deadline < current.On)),
        };
        return new ReportTable(id, vi, en, ReportTable.Compare(figures, []), "Sổ đăng ký công trình", "The register");
    }

    private static ReportTable Inspections(ReportPeriod period, ReportSnapshot current, ReportSnapshot yearEarlier)
    {
        const string id = "kiem-tra",
            vi = "Kiểm tra, phát hiện trạm không phép và xử lý vi phạm",
            en = "Inspections, unpermitted structures, penalties";
        if (current.Inspections is not { } now)
            return ReportTable.Empty(id, vi, en, NoRegister.Vi, NoRegister.En);
        IEnumerable<ReportFigure> Of(IReadOnlyList<Inspection> all, ReportPeriod p)
        {
            var inPeriod = all.Where(i => p.Contains(i.On)).ToList();
            return
            [
                new("inspections", "1", "Số cuộc kiểm tra", "Inspections", "cuộc", inPeriod.Count, IsTotal: true),
                new(
                    "unpermitted",
                    "2",
                    "Trạm không phép phát hiện",
                    "Unpermitted structures found",
                    "trạm",
                    inPeriod.Sum(i => i.UnpermittedFound)
                ),
                new("violations", "3", "Vi phạm hành chính", "Violations", "vụ", inPeriod.Sum(i => i.Violations)),
                new(
                    "penalties",
                    "4",
                    "Số tiền xử phạt",
                    "Penalties",
                    "triệu đồng",
                    (double)inPeriod.Sum(i => i.PenaltiesVnd) / 1_000_000,
                    FigureFormat.Decimal
                ),
            ];
        }
        return new ReportTable(
            id,
            vi,
            en,
            ReportTable.Compare(Of(now, period), Of(yearEarlier.Inspections ?? now, period.YearEarlier)),
            "Sổ đăng ký công trình",
            "The register"
        );
    }
}
