using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// Appraised rows made up for storage tests: every third row fails R09 with a measured distance and a deciding site, every
/// seventh is a rejected row, so nulls, features and both kinds of row all pass through the store.
/// </summary>
public static class SampleRows
{
    public static IEnumerable<RowOutcome> For(string carrier, PlanVersion version, int count, int firstRow = 1)
    {
        for (var i = firstRow; i < firstRow + count; i++)
            yield return Row(carrier, version, i);
    }

    public static RowOutcome Row(string carrier, PlanVersion version, int row)
    {
        var code = $"{carrier[..2].ToUpperInvariant()}-{row:D5}";
        if (row % 7 == 0)
            return new RowOutcome(
                SubmissionRow.Rejected(row, carrier, code, "lat", "Vĩ độ ngoài Việt Nam", "Latitude outside Vietnam"),
                null
            );
        var site = new ProposedSite(
            row,
            carrier,
            code,
            107.0 + row * 1e-4,
            21.0 + row * 1e-4,
            row % 2 == 0 ? PoleClass.A2b : PoleClass.A1b,
            30 + row % 10,
            row % 3 == 0,
            row % 5 == 0 ? "QN-S00042" : null,
            null,
            row % 4 == 0 ? 12.5 : null,
            "07090",
            row % 2 == 0 ? [new Sector(120, 1800, 58.5, Technology.G4, 28), new Sector(240, 3500, 61, Technology.G5)] : null
        );
        var fails = row % 3 == 0;
        RuleResult[] results =
        [
            RuleResult.Pass("R01", "Trong tỉnh", "Inside the province", decidedBy: new FeatureRef("province", "22", "Quảng Ninh")),
            RuleResult.NotApplicable("R05", "Không áp dụng", "Not applicable"),
            RuleResult.Restore(
                "R09",
                fails ? RuleOutcome.Fail : RuleOutcome.Pass,
                $"Cách trạm QN-S00042 {180 + row % 50:0.0} m",
                $"{180 + row % 50:0.0} m from site QN-S00042",
                measured: 180 + row % 50,
                unit: "m",
                against: 300,
                decidedBy: new FeatureRef("sites", "QN-S00042", "Hạ Long 42"),
                citing: "Nghị định 32/2016/NĐ-CP, Điều 8"
            ),
        ];
        var alternative = fails
            ? new ConformingAlternative(
                true,
                site.LonDeg + 0.002,
                site.LatDeg,
                212.5,
                90,
                1000,
                [new NearbyOption(new FeatureRef("planned-positions", "QN-P0007", "Vị trí 7"), 340.2, 107.01, 21.02)],
                []
            )
            : null;
        return new RowOutcome(
            SubmissionRow.Accepted(site),
            new AppraisalResult(site, Verdicts.From(results), results, version.Hash),
            alternative
        );
    }

    /// <summary>
    /// Rows as a real appraisal leaves them: twelve rule results each (R01–R12, messages of the engine's length), every seventh row
    /// rejected; the shape of the issue-14 timing, a 20,000-row upload.
    /// </summary>
    public static IEnumerable<RowOutcome> Appraised(string carrier, PlanVersion version, int count)
    {
        for (var row = 1; row <= count; row++)
        {
            var sample = Row(carrier, version, row);
            if (sample.Appraisal is not { } appraisal)
            {
                yield return sample;
                continue;
            }
            var results = Enumerable
                .Range(1, 12)
                .Select(i =>
                    i == 9
                        ? appraisal.Results[2]
                        : RuleResult.Restore(
                            $"R{i:D2}",
                            i % 5 == 0 ? RuleOutcome.NotApplicable : RuleOutcome.Pass,
                            $"Quy tắc R{i:D2}: khoảng cách {row % 97 + i * 10.5:0.0} m, trong giới hạn cho phép của quy hoạch",
                            $"Rule R{i:D2}: distance {row % 97 + i * 10.5:0.0} m, within the plan's limit",
                            i % 2 == 0 ? row % 97 + i * 10.5 : null,
                            i % 2 == 0 ? "m" : null,
                            i % 2 == 0 ? 300 : null,
                            i % 3 == 0 ? new FeatureRef("zones", $"QN-Z{i:D3}", $"Vùng {i}") : null,
                            "Thông tư 14/2013/TT-BTTTT"
                        )
                )
                .ToList();
            yield return sample with
            {
                Appraisal = appraisal with { Results = results, Verdict = Verdicts.From(results) },
            };
        }
    }
}
