// "Sổ hạ tầng", the department's register tab (issue 11): the register's structures as a layer with filters by carrier, status and
// conformity; a click on a tower opens its record (what it is, its installations, its status with the approval letter, its
// conformity with the plan's failing rules and deadline, its history and inspections); the non-conforming and unpermitted lists,
// whose entries zoom the map to the structure. The department's roles only (the API refuses carriers).
import type OlMap from 'ol/Map';
import { fromLonLat } from 'ol/proj';
import { language, onLanguageChange, t, translatePage, type TextKey } from '../i18n';
import { currentUser, onSessionChange } from '../session';
import { saveFile } from '../desk/fileSave';
import { getReportFile } from '../reports/reportFile';
import { RegisterLayer } from './registerLayer';
import { nonconforming, structureRecord, unpermitted, type NonconformingList, type StructureRecord, type Unpermitted } from './registerApi';

const carriers = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
const statuses = ['existing_before_plan', 'in_operation', 'built', 'approved', 'unpermitted'];

function isDepartment(): boolean {
  const role = currentUser()?.role;
  return role === 'appraiser' || role === 'planner' || role === 'admin';
}

const en = () => language() === 'en';
const esc = (s: string | number | undefined | null) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** "2027-12-31" as the department writes a date (31/12/2027), or as given in English. */
const day = (iso: string | undefined) => (!iso ? '' : en() ? iso.slice(0, 10) : iso.slice(0, 10).split('-').reverse().join('/'));
/** "31/12/2027 (cải tạo hoặc di dời)"; without a deadline, the remedy alone says who decides. */
const deadline = (iso: string | undefined, remedy: string) => (iso ? `${day(iso)} (${esc(remedy)})` : esc(remedy));
const instant = (iso: string) => new Date(iso).toLocaleString(en() ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

export function mountRegisterPanel(panel: HTMLElement, map: OlMap): RegisterLayer {
  const layer = new RegisterLayer();
  map.addLayer(layer.layer);
  panel.innerHTML = `
    <p class="hint register-signed-out" data-i18n="register.signIn"></p>
    <div class="register-body">
      <form class="register-filters">
        <label><span data-i18n="register.filter.carrier"></span> <select name="carrier"></select></label>
        <label><span data-i18n="register.filter.status"></span> <select name="status"></select></label>
        <label><span data-i18n="register.filter.conformity"></span> <select name="conformity"></select></label>
        <label><span data-i18n="register.filter.legal"></span> <select name="legal"></select></label>
      </form>
      <p class="hint"><span class="register-count">0</span> <span data-i18n="register.shown"></span>. <span data-i18n="register.hint"></span></p>
      <section class="register-record" hidden></section>
      <details class="register-nonconforming" open>
        <summary data-i18n="register.nonconforming"></summary>
        <p class="register-nc-summary"></p>
        <label><span data-i18n="register.sort"></span> <select name="sort"></select></label>
        <button type="button" class="register-xlsx" data-i18n="register.downloadXlsx"></button>
        <button type="button" class="register-csv" data-i18n="register.downloadCsv"></button>
        <div class="register-nc-groups"></div>
      </details>
      <details class="register-unpermitted">
        <summary data-i18n="register.unpermitted"></summary>
        <ul class="register-up-list"></ul>
      </details>
    </div>`;
  const form = panel.querySelector<HTMLFormElement>('form.register-filters')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const sort = panel.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const record = panel.querySelector<HTMLElement>('.register-record')!;
  let list: NonconformingList | null = null;
  let found: Unpermitted[] = [];
  let shown: StructureRecord | null = null;

  const fillChoices = () => {
    const fill = (s: HTMLSelectElement, options: [string, string][]) => {
      const chosen = s.value;
      s.replaceChildren(...options.map(([v, text]) => new Option(text, v)));
      s.value = chosen;
    };
    fill(select('carrier'), [['', t('register.filter.all')], ...carriers.map((c): [string, string] => [c, c])]);
    fill(select('status'), [['', t('register.filter.all')], ...statuses.map((s): [string, string] => [s, t(`register.status.${s}` as TextKey)])]);
    fill(select('conformity'), [['', t('register.filter.all')], ['conforming', t('register.conformity.conforming')], ['nonconforming', t('register.conformity.nonconforming')]]);
    fill(select('legal'), [['', t('register.filter.all')], ['lacking', t('register.legal.lacking')]]);
    fill(sort, [['deadline', t('register.sort.deadline')], ['rule', t('register.sort.rule')]]);
    if (!sort.value) sort.value = 'deadline';
  };

  layer.onLoaded = (count) => { panel.querySelector('.register-count')!.textContent = String(count); };
  form.addEventListener('change', () => {
    layer.filters = { carrier: select('carrier').value, status: select('status').value, conformity: select('conformity').value, legal: select('legal').value };
    layer.reload();
  });

  const renderRecord = () => {
    record.hidden = !shown;
    if (!shown) return;
    const r = shown;
    const s = r.structure;
    const approval = s.approval
      ? `${t('register.letterNo')} <span class="letter-number">${esc(s.approval.letter_number)}</span> ${t('register.letterDate')} ${day(s.approval.letter_date)} (${t('register.dossier')} ${s.approval.dossier_id}, ${s.approval.row})`
      : t('register.approvalNone');
    const rows: [TextKey, string][] = [
      ['register.owner', esc(s.owner)],
      ['register.code', esc(s.code)],
      ['register.commune', esc(r.commune_name ?? '—')],
      ['register.class', esc(s.pole_class)],
      ['register.height', `${s.height_m} m`],
      ...(s.building_height_m != null ? [['register.buildingHeight', `${s.building_height_m} m`] as [TextKey, string]] : []),
      ['register.camouflaged', t(s.camouflaged ? 'register.yes' : 'register.no')],
      ['register.status', `<span class="status-text">${esc(s.status_text)}</span>`],
      ['register.approval', approval],
      ['register.permit', r.permit ? `<span class="permit-text">${esc(r.permit.text)}</span>` : t('register.permitNone')],
      ['register.backup', s.backup_power_hours != null ? `${s.backup_power_hours} ${t('register.hours')}` : t('register.unknown')],
      ['register.critical', t(s.critical ? 'register.yes' : 'register.no')],
    ];
    const installations = s.installations.length === 0 ? `<p class="hint">${t('register.noInstallations')}</p>` : `
      <table class="register-installations"><thead><tr><th>${t('register.installation.carrier')}</th><th>${t('register.installation.technology')}</th>
      <th>${t('register.installation.sectors')}</th><th>${t('register.installation.bands')}</th></tr></thead><tbody>
      ${s.installations.map((i) => `<tr><td>${esc(i.carrier)}</td><td>${esc(i.technology)}</td><td>${i.sectors}</td><td>${i.bands_mhz.filter((b) => b > 0).join(', ') || '—'}</td></tr>`).join('')}
      </tbody></table>`;
    const c = r.conformity;
    const conformity = !c ? `<p class="hint">${t('register.notHeld')}</p>`
      : !c.judged ? `<p class="hint">${t('register.notJudged')}</p>`
      : c.conforms ? `<p class="conforms">${t('register.conforms')}</p>`
      : `<ul class="register-failures">${c.failures.map((f) => `<li data-rule="${esc(f.rule_id)}"><strong>${esc(f.rule_id)} ${esc(en() ? f.title_en : f.title_vi)}</strong>: ${esc(en() ? f.message_en : f.message_vi)}
          <br><span class="deadline">${t('register.deadline')}: ${deadline(f.deadline, en() ? f.remedy_en : f.remedy_vi)}</span></li>`).join('')}</ul>`;
    const history = r.history.map((e) => `<li data-stage="${esc(e.stage)}"><strong>${esc(e.stage_text)}</strong> ${instant(e.at)}
      ${e.letter_number ? `· ${t('register.letterNo')} ${esc(e.letter_number)}` : ''} · ${t('register.by')} ${esc(e.recorded_by)} · ${t('register.source')}: ${esc(e.source_text)}${e.reference_text ? ` (${esc(e.reference_text)})` : ''}${e.note ? ` · ${esc(e.note)}` : ''}</li>`).join('');
    const inspections = r.inspections.length === 0 ? `<p class="hint">${t('register.noInspections')}</p>` : `<ul class="register-inspections">${r.inspections.map((i) =>
      `<li>${day(i.inspected_on)} · ${esc(i.inspectors.join(', '))} · ${t(i.outcome_code === 'violation' ? 'register.inspection.violation' : 'register.inspection.compliant')}${i.rule_id ? ` ${esc(i.rule_id)}` : ''}: ${esc(i.findings)}${i.penalty_number ? ` · ${t('register.inspection.penalty')} ${esc(i.penalty_number)} ${day(i.penalty_date)}` : ''}${i.deadline ? ` · ${t('register.deadline')} ${day(i.deadline)}` : ''}</li>`).join('')}</ul>`;
    record.dataset.structure = s.id;
    record.innerHTML = `
      <h3><span data-i18n="register.record"></span> ${esc(s.id)} <button type="button" class="register-close" data-i18n="register.close"></button></h3>
      <dl class="register-facts">${rows.map(([k, v]) => `<dt>${t(k)}</dt><dd data-fact="${k.slice(9)}">${v}</dd>`).join('')}</dl>
      <h4 data-i18n="register.installations"></h4>${installations}
      <h4 data-i18n="register.conformity"></h4><div class="register-conformity">${conformity}</div>
      <h4 data-i18n="register.history"></h4><ol class="register-history">${history}</ol>
      <h4 data-i18n="register.inspections"></h4>${inspections}`;
    translatePage(record);
    record.querySelector('.register-close')!.addEventListener('click', () => { shown = null; layer.select(null); renderRecord(); });
  };

  const open = async (id: string) => {
    shown = await structureRecord(id);
    layer.select(id);
    renderRecord();
    record.scrollIntoView({ block: 'start' });
  };

  const zoomTo = (id: string, lon: number, lat: number) => {
    map.getView().setCenter(fromLonLat([lon, lat]));
    map.getView().setZoom(17);
    void open(id);
  };

  const renderLists = () => {
    const summary = panel.querySelector('.register-nc-summary')!;
    const groups = panel.querySelector('.register-nc-groups')!;
    summary.textContent = list ? `${list.nonconforming} ${t('register.nonconforming.summary')} ${list.held} ${t('register.nonconforming.held')}` : t('register.loading');
    groups.innerHTML = (list?.groups ?? []).map((g) => `
      <div class="register-nc-group" data-rule="${esc(g.rule_id)}" data-deadline="${esc(g.deadline ?? '')}">
        <h4>${esc(g.rule_id)} ${esc(en() ? g.title_en : g.title_vi)} · ${t('register.deadline')}: ${deadline(g.deadline, en() ? g.remedy_en : g.remedy_vi)} · ${g.count}</h4>
        <ul>${g.structures.map((s) => `<li><button type="button" class="link" data-id="${esc(s.id)}" data-lon="${s.lon}" data-lat="${s.lat}">${esc(s.id)}</button>
          ${esc(s.owner)} · ${esc(s.commune_name ?? '')} · <span class="reason">${esc(en() ? s.message_en : s.message_vi)}</span></li>`).join('')}</ul>
      </div>`).join('');
    const up = panel.querySelector('.register-up-list')!;
    up.innerHTML = found.length === 0 ? `<li class="hint">${t('register.unpermitted.none')}</li>` : found.map((u) => `<li>
      <button type="button" class="link" data-id="${esc(u.structure.id)}" data-lon="${u.structure.lon}" data-lat="${u.structure.lat}">${esc(u.structure.id)}</button>
      ${esc(u.structure.owner)} · ${esc(u.commune_name ?? '')} · ${day(u.structure.since)} · ${t('register.source')}: ${esc(u.source_text)}${u.reference_text ? ` (${esc(u.reference_text)})` : ''}</li>`).join('');
  };
  panel.addEventListener('click', (event) => {
    const b = (event.target as HTMLElement).closest<HTMLElement>('button.link[data-id]');
    if (b) zoomTo(b.dataset.id!, Number(b.dataset.lon), Number(b.dataset.lat));
  });

  const loadLists = async () => {
    panel.dataset.loaded = 'false';
    [list, found] = await Promise.all([nonconforming(sort.value || 'deadline'), unpermitted()]);
    renderLists();
    panel.dataset.loaded = 'true';
  };
  sort.addEventListener('change', () => void loadLists());
  panel.querySelector('.register-xlsx')!.addEventListener('click', async () => {
    saveFile(await getReportFile(`/api/register/nonconforming?format=xlsx&sort=${sort.value}`, 'danh-sach-khong-phu-hop.xlsx'));
  });
  panel.querySelector('.register-csv')!.addEventListener('click', async () => {
    saveFile(await getReportFile(`/api/register/nonconforming?format=csv&sort=${sort.value}`, 'danh-sach-khong-phu-hop.csv'));
  });

  map.on('singleclick', (event) => {
    if (!panel.closest('[data-active="true"]') || !isDepartment()) return;
    map.forEachFeatureAtPixel(event.pixel, (feature) => {
      void open(String(feature.getId()));
      return true;
    }, { layerFilter: (l) => l === layer.layer, hitTolerance: 4 });
  });

  const refresh = () => {
    const allowed = isDepartment();
    panel.querySelector<HTMLElement>('.register-signed-out')!.hidden = allowed;
    panel.querySelector<HTMLElement>('.register-body')!.hidden = !allowed;
    layer.layer.setVisible(allowed);
    shown = null;
    list = null;
    found = [];
    renderRecord();
    if (allowed) { layer.reload(); void loadLists(); }
    else layer.source.clear(true);
  };
  fillChoices();
  translatePage(panel);
  onSessionChange(refresh);
  onLanguageChange(() => { fillChoices(); renderLists(); void (shown && open(shown.structure.id)); });
  refresh();
  return layer;
}
