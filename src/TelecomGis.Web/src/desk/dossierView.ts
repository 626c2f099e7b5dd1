// One dossier opened on the desk: who sent it and under which incoming letter, when it was received and is due, its status;
// its sites (siteTable), the decision on the whole dossier, and the reply letter.
import { t, type TextKey } from '../i18n';
import { escape } from '../appraisalPanel';
import type { DossierDetail } from './dossier';
import { statusCell } from './dossierStatus';
import { calendarDate, instant } from './dates';
import { siteTable } from './siteTable';
import { batchDecisionForm } from './batchDecisionForm';
import { letterActions } from './letterActions';
import { saveFile } from './fileSave';
import { getReportFile } from '../reports/reportFile';

export interface DossierViewState { opened: Set<number> }

export function incomingLine(detail: DossierDetail): string {
  const incoming = detail.submission.incoming;
  if (!incoming) return t('desk.incomingNone');
  const parts = [`${escape(incoming.number)} ${t('desk.dated')} ${calendarDate(incoming.date)}`];
  if (incoming.signer) parts.push(`${t('desk.signer')}: ${escape(incoming.signer)}`);
  if (incoming.subject) parts.push(`${t('desk.subject')}: ${escape(incoming.subject)}`);
  return parts.join(' · ');
}

export function dossierView(detail: DossierDetail, state: DossierViewState, toggle: (row: number) => void, reload: () => Promise<void>, close: () => void): HTMLElement {
  const s = detail.submission;
  const box = document.createElement('section');
  box.className = 'dossier';
  box.dataset.dossier = String(s.id);
  const counts = Object.entries(detail.verdicts).map(([v, n]) => `<span class="count verdict-${v}">${t(`verdict.${v}` as TextKey)}: ${n}</span>`).join(' ');
  box.innerHTML = `
    <h3>${t('desk.dossier')} #${s.id} · ${escape(s.carrier)} <button type="button" class="close-dossier">${t('desk.close')}</button></h3>
    <table class="dossier-facts"><tbody>
      <tr><th>${t('desk.incoming')}</th><td class="incoming">${incomingLine(detail)}</td></tr>
      <tr><th>${t('desk.received')}</th><td>${instant(s.received_at ?? s.submitted_at)}</td></tr>
      <tr><th>${t('desk.due')}</th><td>${calendarDate(s.due_date)}</td></tr>
      <tr><th>${t('desk.status')}</th><td class="status">${statusCell(s)}</td></tr>
    </tbody></table>
    <p class="verdict-counts">${counts} <button type="button" class="dossier-xlsx">${t('desk.downloadResults')}</button></p>
    <h4>${t('desk.sites')}</h4>
    <p class="hint">${t('desk.sitesHint')}</p>`;
  box.querySelector('.close-dossier')!.addEventListener('click', close);
  // The dossier's sites to sort and filter in Excel: every row with its verdict, rules and reasons, the overrides applied.
  box.querySelector('.dossier-xlsx')!.addEventListener('click', async () =>
    saveFile(await getReportFile(`/api/submissions/${s.id}/results.xlsx`, `ket-qua-tham-dinh-${s.id}.xlsx`)));
  box.append(siteTable(detail, state.opened, toggle, reload));
  box.append(batchDecisionForm(s.id, reload));
  box.append(letterActions(s, reload));
  return box;
}
