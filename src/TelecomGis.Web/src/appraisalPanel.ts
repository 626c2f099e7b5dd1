// "Appraise on the map": a position (a click, or typed as decimal degrees, DMS or VN-2000), a pole class and a height; the
// verdict with every rule's outcome, measured figure and threshold; the deciding features highlighted and the nearest
// conforming point drawn (AppraisalOverlay).
import type OlMap from 'ol/Map';
import { toLonLat } from 'ol/proj';
import { postJson, ApiError } from './api';
import { t, language, onLanguageChange, type TextKey } from './i18n';
import { currentUser } from './session';
import { readPosition } from './coordinateInput';
import { toDms } from './dms';
import type { AppraisalAnswer, RuleView } from './appraisal';
import type { AppraisalOverlay } from './appraisalOverlay';

const poleClasses = ['A1a', 'A1b', 'A2a', 'A2b', 'A2c'];
// An appraiser appraises on a carrier's behalf (R08 and R09 read that carrier's planned positions and sites); a carrier as itself.
const carriers = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];

function figure(rule: RuleView): string {
  if (rule.measured_value === undefined || rule.measured_value === null) return '';
  const unit = rule.unit ?? '';
  const threshold = rule.threshold !== undefined && rule.threshold !== null ? ` / ${rule.threshold} ${unit}` : '';
  return `${rule.measured_value} ${unit}${threshold}`;
}

export function mountAppraisalPanel(panel: HTMLElement, map: OlMap, overlay: AppraisalOverlay, provinceEpsg: () => number): void {
  panel.innerHTML = `
    <form class="appraise-form">
      <label><span data-i18n="appraise.position"></span>
        <input name="position" autocomplete="off" data-i18n-placeholder="appraise.positionHint"></label>
      <div class="row">
        <label><span data-i18n="appraise.poleClass"></span>
          <select name="pole_class">${poleClasses.map((c) => `<option${c === 'A2b' ? ' selected' : ''}>${c}</option>`).join('')}</select></label>
        <label><span data-i18n="appraise.height"></span>
          <input name="height_m" type="number" min="1" max="200" step="0.5" value="33"></label>
      </div>
      <label class="carrier-choice"><span data-i18n="appraise.carrier"></span>
        <select name="carrier">${carriers.map((c) => `<option>${c}</option>`).join('')}</select></label>
      <label class="check"><input name="camouflaged" type="checkbox"> <span data-i18n="appraise.camouflaged"></span></label>
      <button type="submit" data-i18n="appraise.run"></button>
      <p class="hint" data-i18n="appraise.clickHint"></p>
    </form>
    <div class="appraisal-result" aria-live="polite"></div>`;
  const form = panel.querySelector('form')!;
  const output = panel.querySelector<HTMLElement>('.appraisal-result')!;
  const position = form.elements.namedItem('position') as HTMLInputElement;
  let last: AppraisalAnswer | null = null;
  let lastError: string | null = null;

  const render = () => {
    if (lastError) {
      output.innerHTML = '';
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = lastError;
      output.append(p);
      return;
    }
    if (!last) { output.replaceChildren(); return; }
    const { appraisal, alternative } = last;
    const english = language() === 'en';
    const site = appraisal.site;
    const rows = appraisal.rules.map((r) => `
      <tr class="outcome-${outcomeName(r.outcome)}">
        <td>${r.rule_id}</td><td><span class="outcome">${t(`outcome.${outcomeName(r.outcome)}` as TextKey)}</span></td>
        <td>${escape(english ? r.message_en : r.message_vi)}${r.deciding_feature ? `<br><small>↳ ${escape(r.deciding_feature.name)}</small>` : ''}</td>
        <td class="num">${escape(figure(r))}</td>
      </tr>`).join('');
    let where = '';
    if (alternative) {
      where = alternative.found && alternative.distance_m !== undefined
        ? `<p class="where">${t('appraise.whereFound')} <b>${Math.round(alternative.distance_m)} m</b> ${t('appraise.bearing')} ${Math.round(alternative.bearing_deg ?? 0)}° (${alternative.lat_deg!.toFixed(5)}, ${alternative.lon_deg!.toFixed(5)})</p>`
        : `<p class="where">${t('appraise.whereNone')} ${alternative.search_radius_m} m</p>`;
      const options = [...alternative.planned_positions, ...alternative.sites_to_share];
      if (options.length) where += `<p class="where"><small>${t('appraise.options')}: ${options.slice(0, 5).map((o) => `${escape(o.feature.name)} (${Math.round(o.distance_m)} m)`).join(', ')}</small></p>`;
    }
    output.innerHTML = `
      <div class="verdict verdict-${appraisal.verdict}" data-verdict="${appraisal.verdict}">${t(`verdict.${appraisal.verdict}` as TextKey)}</div>
      <p class="site-line">${escape(site.carrier)} · ${site.pole_class} ${site.height_m} m · ${toDms(site.lat, 'lat')} ${toDms(site.lon, 'lon')}</p>
      ${where}
      <table class="rules"><thead><tr><th>${t('appraise.rule')}</th><th>${t('appraise.outcome')}</th><th>${t('appraise.reason')}</th><th>${t('appraise.figure')}</th></tr></thead><tbody>${rows}</tbody></table>
      <p class="plan-version"><small>${t('appraise.planVersion')} ${escape(english ? last.plan_version_en : last.plan_version_vi)}</small></p>`;
  };

  const appraise = async () => {
    lastError = null;
    const user = currentUser();
    if (!user) { lastError = t('appraise.signInFirst'); render(); return; }
    const fields = readPosition(position.value, provinceEpsg());
    if (!fields) { lastError = t('appraise.badPosition'); render(); return; }
    const data = new FormData(form);
    const body = {
      carrier: user.carrier ?? data.get('carrier'),
      site_code: 'MAP-1',
      ...fields,
      pole_class: data.get('pole_class'),
      height_m: Number(data.get('height_m')),
      camouflaged: data.get('camouflaged') === 'on',
    };
    output.innerHTML = `<p class="busy">${t('appraise.busy')}</p>`;
    try {
      last = await postJson<AppraisalAnswer>('/api/appraisals?where=true', body);
      render();
      await overlay.show(last);
    } catch (e) {
      last = null;
      lastError = e instanceof ApiError ? e.message : String(e);
      overlay.clear();
      render();
    }
  };

  form.addEventListener('submit', (event) => { event.preventDefault(); void appraise(); });
  map.on('singleclick', (event) => {
    if (!panel.closest('[data-active="true"]')) return;
    const [lon, lat] = toLonLat(event.coordinate);
    position.value = `${lon.toFixed(6)}, ${lat.toFixed(6)}`;
    void appraise();
  });
  onLanguageChange(render);
}

/** The API writes "n/a" for a rule that does not apply; a CSS class and a text key need a plain name. */
function outcomeName(outcome: RuleView['outcome']): string {
  return outcome === 'n/a' ? 'not_applicable' : outcome;
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
