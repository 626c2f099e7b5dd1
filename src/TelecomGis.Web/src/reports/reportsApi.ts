// The report as GET /api/reports returns it (JsonReportWriter on the server), and its downloads.
import { getJson } from '../api';
import { getReportFile } from './reportFile';

export interface ReportLine {
  key: string; number: string; labelVi: string; labelEn: string; unitVi: string;
  current: number | null; yearEarlier: number | null; comparisonPercent: number | null; changePoints: number | null;
  format: 'count' | 'decimal' | 'percent'; isTotal: boolean;
}
export interface ReportTable {
  id: string; titleVi: string; titleEn: string; sourceVi: string; sourceEn: string;
  noDataVi: string | null; noDataEn: string | null; lines: ReportLine[];
}
export interface DepartmentReport {
  period: { code: string; vi: string; en: string; start: string; end: string };
  province: string; department: string; asOf: string; provisional?: boolean; summaryVi: string[]; tables: ReportTable[];
}

export function getReport(period: string): Promise<DepartmentReport> {
  return getJson<DepartmentReport>(`/api/reports?period=${encodeURIComponent(period)}&format=json`);
}

export function downloadReport(period: string, format: 'xlsx' | 'docx') {
  return getReportFile(`/api/reports?period=${encodeURIComponent(period)}&format=${format}`, `bao-cao-${period}.${format}`);
}

export function table(report: DepartmentReport, id: string): ReportTable | undefined {
  return report.tables.find((t) => t.id === id);
}

export function line(report: DepartmentReport, tableId: string, key: string): ReportLine | undefined {
  return table(report, tableId)?.lines.find((l) => l.key === key);
}
