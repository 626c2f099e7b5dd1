// A batch's results as the CSV a carrier files away: one line per row with its verdict, the rules that decided it and, where
// asked, the nearest conforming point. UTF-8 with a byte-order mark so Excel shows Vietnamese correctly. In the map's language:
// Vietnamese headers and the verdict in words, or the English columns with the verdict's code (as programs have read them).
import type { SubmissionDetail } from './submissions';
import { t, type TextKey } from './i18n';

const englishHeader = ['row', 'site_code', 'lon', 'lat', 'pole_class', 'height_m', 'verdict', 'decisive_rules', 'reasons', 'alternative_lon', 'alternative_lat', 'alternative_distance_m'];
const vietnameseHeader = ['Dòng', 'Mã trạm', 'Kinh độ', 'Vĩ độ', 'Loại cột', 'Chiều cao (m)', 'Kết quả thẩm định', 'Quy định không đạt hoặc cần xin ý kiến', 'Lý do',
  'Kinh độ điểm phù hợp gần nhất', 'Vĩ độ điểm phù hợp gần nhất', 'Khoảng cách đến điểm phù hợp (m)'];

// A carrier's own text (a site code, a reason quoting it) that starts like a formula would run as one when the file is opened
// in Excel or LibreOffice (=HYPERLINK(…) leaks data, =cmd|… runs programs): such text gets a leading apostrophe, which the
// spreadsheet shows as text (OWASP, "CSV Injection"). Numbers are written as numbers.
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultsCsv(detail: SubmissionDetail, english: boolean): string {
  const lines = [(english ? englishHeader : vietnameseHeader).join(',')];
  for (const r of detail.rows) {
    const a = r.appraisal;
    const decisive = a?.rules.filter((x) => x.outcome === 'fail' || x.outcome === 'consult') ?? [];
    const reasons = r.rejection ? (english ? r.rejection.message_en : r.rejection.message_vi) : decisive.map((x) => (english ? x.message_en : x.message_vi)).join(' | ');
    lines.push([r.row, r.site_code, a?.site.lon, a?.site.lat, a?.site.pole_class, a?.site.height_m, english ? r.verdict : t(`verdict.${r.verdict}` as TextKey), decisive.map((x) => x.rule_id).join(' '), reasons,
      r.alternative?.lon_deg, r.alternative?.lat_deg, r.alternative?.distance_m !== undefined ? Math.round(r.alternative.distance_m) : ''].map(cell).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
