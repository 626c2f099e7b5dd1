// "Báo cáo", the department's report tab (issue 13): a period, the key figures with their change on the same period a year
// earlier, charts, and the .xlsx and .docx the department sends on. The department's roles only (the API refuses carriers).
import { language, onLanguageChange, t, translatePage, type TextKey } from '../i18n';
import { currentUser, onSessionChange } from '../session';
import { ApiError } from '../api';
import { saveFile } from '../desk/fileSave';
import { downloadReport, getReport, line, table, type DepartmentReport, type ReportLine } from './reportsApi';
import { drawCharts, type ChartSet } from './reportCharts';

const kinds = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'year'] as const;

function isDepartment(): boolean {
  const role = currentUser()?.role;
  return role === 'appraiser' || role === 'planner' || role === 'admin';
}

const numbers = () => new Intl.NumberFormat(language() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });

/** "+5,0% so với cùng kỳ" (a ratio's change in points), or that there is nothing to compare with. */
function change(l: ReportLine | undefined): string {
  if (!l) return '';
  const n = numbers();
  if (l.format === 'percent')
    return l.changePoints === null ? t('reports.noComparison') : `${l.changePoints >= 0 ? '+' : ''}${n.format(l.changePoints)} ${t('reports.points')} ${t('reports.vsYearEarlier')}`;
  if (l.comparisonPercent === null) return t('reports.noComparison');
  const delta = l.comparisonPercent - 100;
  return `${delta >= 0 ? '+' : ''}${n.format(delta)}% ${t('reports.vsYearEarlier')}`;
}

export function mountReportsPanel(panel: HTMLElement): void {
  const thisYear = new Date().getFullYear();
  panel.innerHTML = `
    <p class="hint reports-signed-out" data-i18n="reports.signIn"></p>
    <div class="reports-body">
      <form class="reports-period">
        <label><span data-i18n="reports.year"></span> <select name="year"></select></label>
        <label><span data-i18n="reports.kind"></span> <select name="kind"></select></label>
        <button type="submit" data-i18n="reports.show"></button>
      </form>
      <p class="reports-status" aria-live="polite"></p>
      <div class="reports-content" hidden>
        <h3 class="reports-title"></h3>
        <div class="key-figures"></div>
        <div class="reports-downloads">
          <button type="button" class="download-xlsx" data-i18n="reports.download.xlsx"></button>
          <button type="button" class="download-docx" data-i18n="reports.download.docx"></button>
        </div>
        <h4 data-i18n="reports.chart.bts"></h4><div class="chart-box"><canvas class="chart-bts"></canvas></div>
        <h4 data-i18n="reports.chart.sharing"></h4><div class="chart-box"><canvas class="chart-sharing"></canvas></div>
        <h4 data-i18n="reports.chart.months"></h4><div class="chart-box"><canvas class="chart-months"></canvas></div>
        <h4 data-i18n="reports.chart.coverage"></h4><p class="hint reports-coverage"></p>
        <p class="hint" data-i18n="reports.synthetic"></p>
      </div>
    </div>`;
  const form = panel.querySelector<HTMLFormElement>('form.reports-period')!;
  const year = form.elements.namedItem('year') as HTMLSelectElement;
  const kind = form.elements.namedItem('kind') as HTMLSelectElement;
  for (let y = thisYear; y >= 2015; y--) year.add(new Option(String(y), String(y)));
  const fillKinds = () => {
    const chosen = kind.value || '9M';
    kind.replaceChildren(...kinds.map((k) => new Option(t(`reports.kind.${k}` as TextKey), k)));
    kind.value = chosen;
  };
  fillKinds();
  translatePage(panel);
  const signedOut = panel.querySelector<HTMLElement>('.reports-signed-out')!;
  const body = panel.querySelector<HTMLElement>('.reports-body')!;
  const status = panel.querySelector<HTMLElement>('.reports-status')!;
  const content = panel.querySelector<HTMLElement>('.reports-content')!;
  let report: DepartmentReport | null = null;
  let charts: ChartSet | null = null;

  const period = () => (kind.value === 'year' ? year.value : `${year.value}-${kind.value}`);

  const render = () => {
    charts?.destroy();
    charts = null;
    content.hidden = !report;
    if (!report) return;
    const r = report;
    // A period still in progress is read as of today: its figures are provisional, and the title says up to which day.
    const asOf = r.provisional ? ` (${t('reports.provisional')} ${r.asOf.split('-').reverse().join('/')})` : '';
    panel.querySelector('.reports-title')!.textContent = `${t('reports.period')}: ${language() === 'en' ? r.period.en : r.period.vi}${asOf}`;
    const cultural = line(r, 'buu-chinh', 'rural-with-cultural');
    const rural = line(r, 'buu-chinh', 'rural-communes');
    const figures: [string, TextKey, ReportLine | undefined, string?][] = [
      ['received', 'reports.key.received', line(r, 'tham-dinh', 'received')],
      ['conforms', 'reports.key.conforms', line(r, 'tham-dinh', 'conforms')],
      ['does-not-conform', 'reports.key.doesNotConform', line(r, 'tham-dinh', 'does-not-conform')],
      ['awaiting', 'reports.key.awaiting', line(r, 'tham-dinh', 'awaiting-consultation')],
      ['bts', 'reports.key.bts', line(r, 'ha-tang', 'bts')],
      ['sharing', 'reports.key.sharing', line(r, 'ha-tang', 'sharing-ratio'), '%'],
      ['cultural', 'reports.key.cultural', cultural, rural?.current != null ? `/${numbers().format(rural.current)}` : ''],
    ];
    const n = numbers();
    panel.querySelector('.key-figures')!.replaceChildren(
      ...figures.map(([key, label, l, suffix]) => {
        const card = document.createElement('div');
        card.className = 'key-figure';
        card.dataset.figure = key;
        const value = document.createElement('strong');
        value.className = 'value';
        value.textContent = l?.current == null ? '–' : `${n.format(l.current)}${suffix ?? ''}`;
        const name = document.createElement('span');
        name.className = 'label';
        name.textContent = t(label);
        const delta = document.createElement('small');
        delta.className = 'change';
        delta.textContent = change(l);
        card.append(value, name, delta);
        return card;
      }),
    );
    const coverage = table(r, 'vung-phu-song');
    // The latest coverage run, when the service has one: each technology's share of people covered; else why there is none.
    const shares = (coverage?.lines ?? []).filter((l) => /^coverage:[^:]+:population$/.test(l.key) && l.current !== null)
      .map((l) => `${l.key.split(':')[1]}: ${numbers().format(l.current!)}% ${t('reports.coverage.people')}`);
    panel.querySelector('.reports-coverage')!.textContent = shares.length > 0
      ? shares.join('; ')
      : (language() === 'en' ? coverage?.noDataEn : coverage?.noDataVi) ?? '';
    charts = drawCharts(r, {
      bts: panel.querySelector<HTMLCanvasElement>('.chart-bts')!,
      sharing: panel.querySelector<HTMLCanvasElement>('.chart-sharing')!,
      months: panel.querySelector<HTMLCanvasElement>('.chart-months')!,
    });
    panel.dataset.period = r.period.code;
  };

  const load = async () => {
    status.textContent = t('reports.loading');
    panel.dataset.loaded = 'false';
    try {
      report = await getReport(period());
      status.textContent = '';
    } catch (e) {
      report = null;
      status.textContent = e instanceof ApiError ? e.message : String(e);
    }
    render();
    panel.dataset.loaded = 'true';
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); void load(); });
  const download = async (format: 'xlsx' | 'docx') => {
    try {
      saveFile(await downloadReport(report?.period.code ?? period(), format));
    } catch (e) {
      status.textContent = e instanceof ApiError ? e.message : String(e);
    }
  };
  panel.querySelector('.download-xlsx')!.addEventListener('click', () => void download('xlsx'));
  panel.querySelector('.download-docx')!.addEventListener('click', () => void download('docx'));

  const refresh = () => {
    const allowed = isDepartment();
    signedOut.hidden = allowed;
    body.hidden = !allowed;
    report = null;
    render();
  };
  onSessionChange(refresh);
  onLanguageChange(() => { fillKinds(); render(); });
  refresh();
}
