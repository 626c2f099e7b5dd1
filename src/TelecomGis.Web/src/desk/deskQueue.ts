// The appraisers' queue: every dossier received (or only those pending), the nearest due date first, each with its carrier,
// incoming letter number, when it was received, when it is due and its status in words; overdue ones flagged. A page of
// dossiers at a time; "more" appends the next and the whole list is ordered again.
import { translatePage } from '../i18n';
import { escape } from '../appraisalPanel';
import { listDossiers, nextDossiers } from './deskApi';
import type { Dossier } from './dossier';
import { byDueDate } from './dossierOrder';
import { statusCell } from './dossierStatus';
import { calendarDate, instant } from './dates';

const pageSize = 100;

export interface DeskQueue { refresh(): Promise<void>; render(): void; clear(): void }

export function mountDeskQueue(box: HTMLElement, open: (id: number) => void): DeskQueue {
  // Static labels carry data-i18n, so the language switch (translatePage) renames them; the rows are drawn again by render().
  box.innerHTML = `
    <h3 data-i18n="desk.queue"></h3>
    <div class="queue-tools">
      <label><span data-i18n="desk.show"></span> <select name="show">
        <option value="all" data-i18n="desk.show.all"></option><option value="pending" data-i18n="desk.show.pending"></option></select></label>
      <button type="button" class="refresh-queue" data-i18n="desk.refresh"></button>
    </div>
    <table class="desk-queue"><thead><tr><th>#</th><th data-i18n="desk.carrier"></th><th data-i18n="desk.incomingNumber"></th>
      <th data-i18n="desk.received"></th><th data-i18n="desk.due"></th><th data-i18n="desk.status"></th></tr></thead><tbody></tbody></table>
    <p class="hint queue-empty" data-i18n="desk.empty" hidden></p>
    <p><button type="button" class="more-dossiers" data-i18n="desk.more" hidden></button></p>`;
  translatePage(box);
  const show = box.querySelector<HTMLSelectElement>('select[name="show"]')!;
  const tbody = box.querySelector('tbody')!;
  const empty = box.querySelector<HTMLElement>('.queue-empty')!;
  const more = box.querySelector<HTMLButtonElement>('.more-dossiers')!;
  let dossiers: Dossier[] = [];
  let next: string | null = null;

  const render = () => {
    tbody.replaceChildren();
    for (const d of [...dossiers].sort(byDueDate)) {
      const tr = document.createElement('tr');
      tr.className = 'clickable';
      tr.dataset.dossier = String(d.id);
      if (d.overdue) tr.dataset.overdue = 'true';
      tr.innerHTML = `<td>${d.id}</td><td>${escape(d.carrier)}</td><td>${d.incoming ? escape(d.incoming.number) : '—'}</td>
        <td>${instant(d.received_at ?? d.submitted_at)}</td><td>${calendarDate(d.due_date)}</td><td>${statusCell(d)}</td>`;
      tr.addEventListener('click', () => open(d.id));
      tbody.append(tr);
    }
    empty.hidden = dossiers.length > 0;
    more.hidden = next === null;
    box.dataset.loaded = 'true';
  };

  const refresh = async () => {
    box.dataset.loaded = 'false';
    const page = await listDossiers(pageSize, show.value === 'pending' ? 'pending' : undefined);
    dossiers = page.items;
    next = page.next;
    render();
  };

  more.addEventListener('click', async () => {
    if (!next) return;
    const page = await nextDossiers(next);
    dossiers = [...dossiers, ...page.items];
    next = page.next;
    render();
  });
  show.addEventListener('change', () => void refresh());
  box.querySelector('.refresh-queue')!.addEventListener('click', () => void refresh());
  return { refresh, render, clear: () => { dossiers = []; next = null; tbody.replaceChildren(); } };
}
