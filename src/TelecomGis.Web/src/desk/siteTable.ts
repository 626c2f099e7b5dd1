// A dossier's sites in a table: row, site code, the verdict and the appraiser's decision, in words. A site opened (a click on
// its line, or on its dot on the map) unfolds below it: each rule's outcome with its figure, the override form, the
// consultation on the rules that need one, and the site's decision.
import { t, language, type TextKey } from '../i18n';
import { escape } from '../appraisalPanel';
import type { DossierDetail, DossierRow } from './dossier';
import { ruleOutcomesTable } from './ruleOutcomes';
import { overrideForm } from './overrideForm';
import { consultationPanel } from './consultationPanel';
import { decisionLabel, siteDecisionForm } from './siteDecisionForm';

export function siteTable(detail: DossierDetail, opened: Set<number>, toggle: (row: number) => void, reload: () => Promise<void>): HTMLElement {
  const box = document.createElement('div');
  box.className = 'desk-sites-box';
  const table = document.createElement('table');
  table.className = 'rows desk-sites';
  table.innerHTML = `<thead><tr><th>#</th><th>${t('desk.siteCode')}</th><th>${t('desk.verdict')}</th><th>${t('desk.decision')}</th></tr></thead>`;
  const body = document.createElement('tbody');
  for (const row of detail.rows) {
    const line = document.createElement('tr');
    line.className = `clickable site-row verdict-row-${row.verdict}`;
    line.dataset.row = String(row.row);
    line.dataset.verdict = row.verdict;
    line.setAttribute('aria-expanded', String(opened.has(row.row)));
    line.innerHTML = `<td>${row.row}</td><td>${escape(row.site_code)}</td><td>${t(`verdict.${row.verdict}` as TextKey)}</td>
      <td class="site-decision" data-decision="${row.decision?.decision ?? 'none'}">${row.appraisal ? decisionLabel(row.decision) : '—'}</td>`;
    line.addEventListener('click', () => toggle(row.row));
    body.append(line);
    if (opened.has(row.row)) body.append(siteDetail(detail.submission.id, row, reload));
  }
  table.append(body);
  box.append(table);
  return box;
}

function siteDetail(dossierId: number, row: DossierRow, reload: () => Promise<void>): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.className = 'site-detail';
  tr.dataset.row = String(row.row);
  const cell = document.createElement('td');
  cell.colSpan = 4;
  if (!row.appraisal) {
    const english = language() === 'en';
    cell.innerHTML = `<p class="error">${t('desk.rejectedRow')}: ${escape(row.rejection ? (english ? row.rejection.message_en : row.rejection.message_vi) : '')}</p>`;
  } else {
    const site = row.appraisal.site;
    cell.innerHTML = `<p class="site-line">${escape(site.pole_class)} · ${site.height_m} m · ${site.lat.toFixed(5)}, ${site.lon.toFixed(5)}</p>${ruleOutcomesTable(row.appraisal.rules)}`;
    if (row.decision?.conditions || row.decision?.reason) {
      const p = document.createElement('p');
      p.className = 'decision-note';
      p.textContent = `${decisionLabel(row.decision)}: ${row.decision.conditions ?? row.decision.reason ?? ''}`;
      cell.append(p);
    }
    cell.append(overrideForm(dossierId, row.row, row.appraisal.rules, reload));
    const consultation = consultationPanel(dossierId, row.row, row.appraisal.rules, row.consultations ?? [], reload);
    if (consultation) cell.append(consultation);
    cell.append(siteDecisionForm(dossierId, row.row, row.decision, reload));
  }
  tr.append(cell);
  return tr;
}
