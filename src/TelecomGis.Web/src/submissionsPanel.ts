// The carrier's desk: upload a batch and watch it go through, then every batch of theirs in a table; one opened shows its
// sites on the map and its rows below, and its results download as CSV (or the full JSON, every rule of every row). The table
// shows the newest page of batches; "Xem thêm" / "More" appends the next (older) page while the server's Link header names one.
import type OlMap from 'ol/Map';
import { getJson, getPage } from './api';
import { t, language, onLanguageChange, type TextKey } from './i18n';
import { currentUser, onSessionChange } from './session';
import { templateLinksHtml } from './batchUpload';
import { resultsCsv, download } from './resultsFile';
import { getReportFile } from './reports/reportFile';
import { saveFile } from './desk/fileSave';
import { escape } from './appraisalPanel';
import type { SubmissionDetail, SubmissionSummary } from './submissions';
import type { SubmissionLayer } from './submissionLayer';
import { statusCell } from './desk/dossierStatus';
import { letterCell } from './desk/carrierLetters';
import { mountIncomingFields, readIncoming } from './desk/incomingDocument';
import { uploadDossier } from './desk/dossierUpload';

/** Batches per page of the table. */
const pageSize = 20;

export function mountSubmissionsPanel(panel: HTMLElement, map: OlMap, layer: SubmissionLayer): void {
  panel.innerHTML = `
    <p class="hint signed-out-only" data-i18n="submissions.signIn"></p>
    <form class="upload signed-in-only">
      <label><span data-i18n="submissions.file"></span> <input type="file" name="file" accept=".csv,.xlsx,.geojson,.json"></label>
      <button type="submit" data-i18n="submissions.upload"></button>
      ${templateLinksHtml}
      <div class="progress" hidden><progress max="100" value="0"></progress> <span class="progress-text"></span></div>
    </form>
    <div class="opened"></div>
    <h3 class="signed-in-only" data-i18n="submissions.mine"></h3>
    <table class="submissions signed-in-only"><thead><tr>
      <th>#</th><th data-i18n="submissions.when"></th><th data-i18n="submissions.rows"></th><th data-i18n="submissions.status"></th><th data-i18n="desk.letterColumn"></th></tr></thead><tbody></tbody></table>
    <p class="signed-in-only"><button type="button" class="more-submissions" data-i18n="submissions.more" hidden></button></p>`;
  const form = panel.querySelector<HTMLFormElement>('form.upload')!;
  mountIncomingFields(form);
  const progressBox = panel.querySelector<HTMLElement>('.progress')!;
  const bar = progressBox.querySelector('progress')!;
  const progressText = progressBox.querySelector<HTMLElement>('.progress-text')!;
  const opened = panel.querySelector<HTMLElement>('.opened')!;
  const tbody = panel.querySelector('table.submissions tbody')!;
  const more = panel.querySelector<HTMLButtonElement>('button.more-submissions')!;
  let nextPage: string | null = null;
  let detail: SubmissionDetail | null = null;

  const renderDetail = () => {
    if (!detail) { opened.replaceChildren(); return; }
    const english = language() === 'en';
    const counts = Object.entries(detail.verdicts).map(([v, n]) => `<span class="count verdict-${v}">${t(`verdict.${v}` as TextKey)}: ${n}</span>`).join(' ');
    const rows = detail.rows.map((r) => {
      const reason = r.rejection ? (english ? r.rejection.message_en : r.rejection.message_vi)
        : (r.appraisal?.rules.filter((x) => x.outcome === 'fail' || x.outcome === 'consult').map((x) => `${x.rule_id}: ${english ? x.message_en : x.message_vi}`).join('; ') ?? '');
      return `<tr class="verdict-row-${r.verdict}"><td>${r.row}</td><td>${escape(r.site_code)}</td><td>${t(`verdict.${r.verdict}` as TextKey)}</td><td><small>${escape(reason)}</small></td></tr>`;
    }).join('');
    opened.innerHTML = `
      <h3>${t('submissions.batch')} #${detail.submission.id}</h3>
      <p class="verdict-counts">${counts}</p>
      <p><button type="button" class="download-xlsx">${t('submissions.downloadXlsx')}</button> <button type="button" class="download-csv">${t('submissions.downloadCsv')}</button> <button type="button" class="download-json">JSON</button></p>
      <div class="rows-scroll"><table class="rows"><thead><tr><th>#</th><th>${t('submissions.site')}</th><th>${t('submissions.verdict')}</th><th>${t('appraise.reason')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    opened.querySelector('.download-csv')!.addEventListener('click', () =>
      download(language() === 'en' ? `telecomgis-batch-${detail!.submission.id}.csv` : `ket-qua-tham-dinh-${detail!.submission.id}.csv`, resultsCsv(detail!, language() === 'en'), 'text/csv;charset=utf-8'));
    // The workbook is the server's (numbers as numbers, the appraisers' overrides applied, the plan and the counts on a second
    // sheet); the CSV is built here from what the map shows.
    opened.querySelector('.download-xlsx')!.addEventListener('click', async () =>
      saveFile(await getReportFile(`/api/submissions/${detail!.submission.id}/results.xlsx`, `ket-qua-tham-dinh-${detail!.submission.id}.xlsx`)));
    opened.querySelector('.download-json')!.addEventListener('click', () =>
      download(`telecomgis-batch-${detail!.submission.id}.json`, JSON.stringify(detail, null, 2), 'application/json'));
  };

  const open = async (id: number) => {
    detail = await getJson<SubmissionDetail>(`/api/submissions/${id}`);
    renderDetail();
    layer.show(detail, map);
  };

  const append = async (path: string) => {
    const page = await getPage<SubmissionSummary>(path);
    for (const s of page.items) {
      const tr = document.createElement('tr');
      tr.className = 'clickable';
      const counts = s.verdicts ? Object.entries(s.verdicts).filter(([, n]) => n > 0).map(([v, n]) => `${t(`verdict.${v}` as TextKey)}: ${n}`).join('; ') : '';
      tr.innerHTML = `<td>${s.id}</td><td>${new Date(s.submitted_at).toLocaleString(language() === 'en' ? 'en-GB' : 'vi-VN')}</td><td title="${escape(counts)}">${s.row_count}</td><td>${statusCell(s)}</td>`;
      tr.append(letterCell(s));
      tr.addEventListener('click', () => void open(s.id));
      tbody.append(tr);
    }
    nextPage = page.next;
    more.hidden = nextPage === null;
  };

  const refresh = async () => {
    tbody.replaceChildren();
    nextPage = null;
    more.hidden = true;
    const user = currentUser();
    if (!user || user.role === 'planner') return;
    // Newest first, a page at a time: a department's list grows by thousands of batches a year.
    await append(`/api/submissions?limit=${pageSize}`);
  };

  more.addEventListener('click', () => { if (nextPage) void append(nextPage); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    progressBox.hidden = false;
    progressBox.dataset.state = 'uploading';
    try {
      detail = await uploadDossier(file, readIncoming(form), (p) => {
        if (p.phase === 'uploading') {
          bar.value = Math.round((p.sent / Math.max(1, p.total)) * 100);
          progressText.textContent = `${t('submissions.uploading')} ${bar.value}%`;
        } else {
          bar.removeAttribute('value');
          progressBox.dataset.state = 'appraising';
          progressText.textContent = t('submissions.appraising');
        }
      });
      bar.value = 100;
      progressBox.dataset.state = 'done';
      progressText.textContent = `${t('submissions.done')} (${detail.rows.length})`;
      renderDetail();
      layer.show(detail, map);
      await refresh();
    } catch (e) {
      progressBox.dataset.state = 'failed';
      progressText.textContent = `${t('submissions.failed')}: ${(e as Error).message}`;
    }
  });

  onSessionChange(() => { detail = null; renderDetail(); layer.source.clear(); void refresh(); });
  onLanguageChange(() => { renderDetail(); void refresh(); });
  void refresh();
}
