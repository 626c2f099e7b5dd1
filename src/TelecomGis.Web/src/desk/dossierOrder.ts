// The queue's order: the dossiers still to answer first, the nearest due date first; a server without due dates falls back to
// the time the batch was submitted (oldest first, which is the order its ?status=pending listing uses). Issued dossiers sink.
import type { Dossier } from './dossier';
import { statusOf } from './dossierStatus';

function dueKey(d: Dossier): string {
  return d.due_date ?? (d.received_at ?? d.submitted_at).slice(0, 10);
}

export function byDueDate(a: Dossier, b: Dossier): number {
  const done = Number(statusOf(a) === 'issued') - Number(statusOf(b) === 'issued');
  if (done !== 0) return done;
  const due = dueKey(a).localeCompare(dueKey(b));
  if (due !== 0) return due;
  return (a.received_at ?? a.submitted_at).localeCompare(b.received_at ?? b.submitted_at) || a.id - b.id;
}
