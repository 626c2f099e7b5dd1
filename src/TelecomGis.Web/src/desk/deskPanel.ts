// "Bàn thẩm định", the appraisers' tab: the queue above, the dossier opened below it, its sites drawn on the map in their
// verdicts' colours (the same layer the carriers' tab uses). After every action the dossier is read again from the server, so
// what the desk shows is what was recorded. A click on a site's dot, while this tab is open, unfolds that site in the table.
import type OlMap from 'ol/Map';
import { onLanguageChange, translatePage } from '../i18n';
import { currentUser, onSessionChange } from '../session';
import { ApiError } from '../api';
import type { SubmissionLayer } from '../submissionLayer';
import { getDossier } from './deskApi';
import type { DossierDetail } from './dossier';
import { mountDeskQueue } from './deskQueue';
import { dossierView } from './dossierView';

function isAppraiser(): boolean {
  const role = currentUser()?.role;
  return role === 'appraiser' || role === 'admin';
}

export function mountDeskPanel(panel: HTMLElement, map: OlMap, layer: SubmissionLayer): void {
  panel.innerHTML = `
    <p class="hint desk-signed-out" data-i18n="desk.signIn"></p>
    <div class="desk-queue-box"></div>
    <div class="desk-dossier" aria-live="polite"></div>`;
  translatePage(panel);
  const signedOut = panel.querySelector<HTMLElement>('.desk-signed-out')!;
  const queueBox = panel.querySelector<HTMLElement>('.desk-queue-box')!;
  const dossierBox = panel.querySelector<HTMLElement>('.desk-dossier')!;
  const opened = new Set<number>();
  let detail: DossierDetail | null = null;

  const render = () => {
    if (!detail) { dossierBox.replaceChildren(); return; }
    dossierBox.replaceChildren(dossierView(detail, { opened }, toggle, reload, close));
  };
  const toggle = (row: number) => {
    if (opened.has(row)) opened.delete(row);
    else opened.add(row);
    render();
  };
  const close = () => { detail = null; opened.clear(); layer.source.clear(); render(); };
  const reload = async () => {
    if (!detail) return;
    detail = await getDossier(detail.submission.id);
    render();
    // The queue follows (status, overdue); the action itself has succeeded whether or not the list reloads.
    queue.refresh().catch(() => undefined);
  };
  const open = async (id: number) => {
    try {
      const fresh = await getDossier(id);
      if (detail?.submission.id !== id) opened.clear();
      detail = fresh;
      render();
      layer.show(detail, map);
      dossierBox.scrollIntoView({ block: 'start' });
    } catch (e) {
      dossierBox.textContent = e instanceof ApiError ? e.message : String(e);
    }
  };
  const queue = mountDeskQueue(queueBox, (id) => void open(id));

  const refresh = () => {
    const allowed = isAppraiser();
    signedOut.hidden = allowed;
    queueBox.hidden = !allowed;
    dossierBox.hidden = !allowed;
    detail = null;
    opened.clear();
    render();
    if (allowed) void queue.refresh();
    else queue.clear();
  };

  map.on('singleclick', (event) => {
    if (!panel.closest('[data-active="true"]') || !detail) return;
    map.forEachFeatureAtPixel(event.pixel, (feature) => {
      const row = feature.get('row') as number | undefined;
      if (row === undefined) return false;
      opened.add(row);
      render();
      dossierBox.querySelector(`tr.site-row[data-row="${row}"]`)?.scrollIntoView({ block: 'center' });
      return true;
    }, { layerFilter: (l) => l === layer.layer });
  });
  onSessionChange(refresh);
  onLanguageChange(() => { queue.render(); render(); });
  refresh();
}
