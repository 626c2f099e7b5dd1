// Dates as a Vietnamese office writes them (dd/mm/yyyy), or the English day-month-year; a calendar date (yyyy-mm-dd) is read
// as that day, never shifted by the browser's time zone.
import { language } from '../i18n';

export function calendarDate(isoDate: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '—';
}

export function instant(iso: string | undefined | null): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  return at.toLocaleString(language() === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
