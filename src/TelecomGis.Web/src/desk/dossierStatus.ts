// A dossier's status in words, never as the API's code: the desk names three (pending, decided, issued); a server without the
// desk routes still answers the batch decision's outcome (approved, refused), which is a decided dossier too. Overdue is a flag
// beside the status, not a status of its own: an overdue dossier is still waiting for someone.
import { t, type TextKey } from '../i18n';
import type { Dossier } from './dossier';

export type DossierStatus = 'pending' | 'decided' | 'issued';

export function statusOf(d: Dossier): DossierStatus | null {
  switch (d.status) {
    case 'pending': return 'pending';
    case 'decided': case 'approved': case 'refused': return 'decided';
    case 'issued': return 'issued';
    default: return null;
  }
}

/** In the map's language; an unknown code shows as "—" rather than as itself. */
export function statusLabel(d: Dossier): string {
  const status = statusOf(d);
  return status ? t(`desk.status.${status}` as TextKey) : '—';
}

/** The status as a table cell's HTML: the label, and an "overdue" badge while the dossier is not answered. */
export function statusCell(d: Dossier): string {
  const status = statusOf(d);
  const overdue = d.overdue === true && status !== 'issued';
  return `<span class="dossier-status" data-status="${status ?? 'unknown'}">${statusLabel(d)}</span>${overdue ? ` <span class="overdue">${t('desk.overdue')}</span>` : ''}`;
}

/** The letter may be fetched: issued (desk), or decided on a server that composes letters on demand (no desk routes). */
export function hasLetter(d: Dossier): boolean {
  if (d.letters && d.letters.length > 0) return true;
  return d.letters === undefined && (d.status === 'approved' || d.status === 'refused');
}
