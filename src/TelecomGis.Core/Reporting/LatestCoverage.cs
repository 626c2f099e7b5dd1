using TelecomGis.Core.Coverage;

namespace TelecomGis.Core.Reporting;

/// <summary>The latest coverage run's commune table and how to name it on the notes sheet ("lưới 100 m, ngày 30/09/2026").</summary>
public sealed record LatestCoverage(IReadOnlyList<CommuneCoverage> Communes, string DescriptionVi, string DescriptionEn);
