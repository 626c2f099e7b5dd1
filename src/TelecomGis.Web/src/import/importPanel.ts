// "Nhập dữ liệu", the planners' import tab: a department's file read into one layer of the plan. The file is first previewed
// (nothing stored): the features taken are drawn on the map, the layer's fields are listed with the source column each is
// taken from (the server's own guess first, then the planner's choice, a fixed value, or a value map such as
// "Cột tự đứng=A2b"), and every rejected feature is listed with its number, column and reason. The import itself stores a
// draft plan version, which becomes current only once activated.
import type OlMap from 'ol/Map';
import { escape } from '../appraisalPanel';
import { language, onLanguageChange, t, type TextKey } from '../i18n';
import { currentUser, onSessionChange } from '../session';
import { currentPlanVersion, ImportRefused, uploadLayer, type ImportReport, type LayerField, type MappingRule, type Rejection } from './importApi';
import { ImportPreview } from './importPreview';

const layers = ['sites', 'planned-positions', 'zones', 'restricted-areas', 'fiber-routes', 'post-offices', 'sensitive-places', 'airports', 'runways', 'communes', 'province'];
const encodings = ['auto', 'utf-8', 'tcvn3', 'vni', '1258'];
const mapsValues = new Set(['choice', 'pole_class', 'pole_classes', 'boolean']);

function canImport(): boolean {
  const role = currentUser()?.role;
  return role === 'planner' || role === 'admin';
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** "Cột tự đứng=A2b; Cột dây co=A2c" as a value map. */
function parseValueMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of text.split(/[;\n]/)) {
    const at = pair.lastIndexOf('=');
    if (at > 0) map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}

export function mountImportPanel(panel: HTMLElement, map: OlMap): void {
  const preview = new ImportPreview(map);
  let report: ImportReport | null = null;
  let rejections: Rejection[] = [];
  let message = '';
  let done = '';
  let busy = '';
  // The planner's choices per layer field: a source column, '' for empty, '=' for a fixed value; and the value map's text.
  const chosen = new Map<string, string>();
  const constants = new Map<string, string>();
  const valueMaps = new Map<string, string>();

  const mapping = (): Record<string, MappingRule> => {
    const rules: Record<string, MappingRule> = {};
    for (const [field, source] of chosen) {
      if (source === '=') rules[field] = { value: constants.get(field) ?? '' };
      else if (source && valueMaps.get(field)?.trim()) rules[field] = { from: source, values: parseValueMap(valueMaps.get(field)!) };
      else if (source) rules[field] = source;
    }
    return rules;
  };

  const mappingTable = () => {
    if (!report) return '';
    // A coded field's values as the reader's language names them: "bưu cục" in Vietnamese (the import reads either), the code in English.
    const targets = (f: LayerField) => (language() === 'en' ? f.choices : f.choices_vi ?? f.choices);
    const options = (field: string) => {
      const current = chosen.get(field) ?? '';
      return [`<option value=""${current === '' ? ' selected' : ''}>${escape(t('import.empty'))}</option>`,
        ...report!.source_fields.map((s) => `<option value="${escape(s)}"${current === s ? ' selected' : ''}>${escape(s)}</option>`),
        `<option value="="${current === '=' ? ' selected' : ''}>${escape(t('import.constant'))}</option>`].join('');
    };
    return `<h3>${t('import.mapping')}</h3>
      <div class="rows-scroll"><table class="import-mapping"><thead><tr><th>${t('import.field')}</th><th>${t('import.source')}</th><th>${t('import.values')}</th></tr></thead><tbody>
      ${report.layer_fields.map((f) => `<tr data-field="${escape(f.name)}">
        <td>${escape(language() === 'en' ? f.name : f.label_vi)}${f.required ? ` <span class="hint">(${t('import.required')})</span>` : ''}</td>
        <td><select name="source" aria-label="${escape(f.name)}">${options(f.name)}</select>
          ${chosen.get(f.name) === '=' ? `<input name="constant" value="${escape(constants.get(f.name) ?? '')}" aria-label="${escape(f.name)}">` : ''}</td>
        <td>${mapsValues.has(f.kind) && chosen.get(f.name) && chosen.get(f.name) !== '=' ? `<input name="values" value="${escape(valueMaps.get(f.name) ?? '')}" placeholder="${escape(targets(f)?.slice(0, 2).map((c) => `…=${c}`).join('; ') ?? '…=A2b')}" title="${escape(targets(f)?.join('; ') ?? '')}" aria-label="${escape(f.name)}">` : ''}</td>
      </tr>`).join('')}
      </tbody></table></div>`;
  };

  const rejectedTable = () => rejections.length === 0 ? '' : `<h3>${t('import.rejected')} (${rejections.length})</h3>
    <div class="rows-scroll"><table class="import-rejected"><thead><tr><th class="num">${t('import.number')}</th><th>${t('import.column')}</th><th>${t('import.reason')}</th></tr></thead><tbody>
    ${rejections.slice(0, 500).map((r) => `<tr data-number="${r.number}"><td class="num">${r.number}</td><td>${escape(r.field ?? '')}</td><td>${escape(language() === 'en' ? r.message_en : r.message_vi)}</td></tr>`).join('')}
    </tbody></table></div>`;

  const render = () => {
    if (!canImport()) {
      panel.innerHTML = `<p class="hint">${t('import.signIn')}</p>`;
      preview.clear();
      return;
    }
    const layer = (panel.querySelector<HTMLSelectElement>('select[name="layer"]')?.value) ?? 'sites';
    const keep = panel.querySelector<HTMLInputElement>('input[name="files"]');
    panel.innerHTML = `
      <p class="hint">${t('import.intro')}</p>
      <form class="import-form">
        <label><span>${t('import.layer')}</span><select name="layer">${layers.map((l) => `<option value="${l}"${l === layer ? ' selected' : ''}>${escape(t(`layer.import.${l}` as TextKey))}</option>`).join('')}</select></label>
        <label><span>${t('import.files')}</span><span class="files-slot"></span></label>
        <div class="row">
          <label><span>${t('import.srs')}</span><input name="srs" placeholder="EPSG:5899"></label>
          <label><span>${t('import.encoding')}</span><select name="encoding">${encodings.map((e) => `<option value="${e}">${e === 'auto' ? t('import.encoding.auto') : e.toUpperCase()}</option>`).join('')}</select></label>
        </div>
        <button type="submit" class="import-preview">${t('import.preview')}</button>
      </form>
      <div class="import-result" aria-live="polite">
        ${busy ? `<p class="hint">${escape(busy)}</p>` : ''}
        ${message ? `<p class="error">${escape(message)}</p>` : ''}
        ${report ? `<ul class="import-notes">${report.notes.map((n) => `<li>${escape(language() === 'en' ? n.message_en : n.message_vi)}</li>`).join('')}</ul>
          <p class="import-summary" data-accepted="${report.accepted}" data-rejected="${report.rejected.length}">${escape(fill(t('import.summary'), { read: report.read, accepted: report.accepted, rejected: report.rejected.length }))}</p>` : ''}
        ${mappingTable()}
        ${rejectedTable()}
        ${report && report.accepted > 0 ? `<label class="check"><input type="checkbox" name="skip"> ${t('import.skip')}</label>
          <button type="button" class="import-submit">${t('import.submit')}</button>` : ''}
        ${done ? `<p class="import-done">${escape(done)}</p>` : ''}
      </div>`;
    // The chosen files survive a re-render: the same input element is put back.
    const files = keep ?? Object.assign(document.createElement('input'), { type: 'file', name: 'files', multiple: true, accept: '.shp,.dbf,.prj,.cpg,.shx,.zip,.gpkg,.kml,.kmz,.geojson,.json,.csv,.xlsx' });
    panel.querySelector('.files-slot')!.replaceWith(files);
    wire();
  };

  const options = (previewOnly: boolean) => {
    const files = [...(panel.querySelector<HTMLInputElement>('input[name="files"]')?.files ?? [])];
    return {
      layer: panel.querySelector<HTMLSelectElement>('select[name="layer"]')!.value,
      files,
      mapping: mapping(),
      srs: panel.querySelector<HTMLInputElement>('input[name="srs"]')!.value,
      encoding: panel.querySelector<HTMLSelectElement>('select[name="encoding"]')!.value,
      preview: previewOnly,
      skipRejected: panel.querySelector<HTMLInputElement>('input[name="skip"]')?.checked ?? false,
    };
  };

  const send = async (previewOnly: boolean) => {
    const o = options(previewOnly);
    if (o.files.length === 0) { message = t('import.noFile'); render(); return; }
    busy = previewOnly ? t('import.previewing') : t('import.submitting');
    message = '';
    done = '';
    render();
    try {
      const answer = await uploadLayer(await currentPlanVersion(), o);
      if (previewOnly || !report) {
        report = answer;
        // The server's own matches become the starting choices; the planner's earlier choices stay.
        for (const [field, source] of Object.entries(answer.field_sources)) {
          if (!chosen.has(field)) chosen.set(field, source === null ? '' : source.startsWith('= ') ? '=' : source);
          if (source?.startsWith('= ') && !constants.has(field)) constants.set(field, source.slice(2).replace(/^"|"$/g, ''));
        }
      }
      rejections = answer.rejected;
      if (answer.preview) panel.dataset.previewCount = String(preview.show(answer.preview));
      if (answer.version) done = fill(t('import.done'), { version: language() === 'en' ? answer.version.label_en : answer.version.label_vi, accepted: answer.accepted });
    } catch (e) {
      if (e instanceof ImportRefused) {
        message = e.message;
        if (e.rejections.length > 0) rejections = e.rejections;
      } else {
        message = e instanceof Error ? e.message : String(e);
      }
    } finally {
      busy = '';
      render();
    }
  };

  const wire = () => {
    panel.querySelector<HTMLFormElement>('.import-form')?.addEventListener('submit', (ev) => { ev.preventDefault(); void send(true); });
    panel.querySelector<HTMLSelectElement>('select[name="layer"]')?.addEventListener('change', () => {
      report = null; rejections = []; chosen.clear(); constants.clear(); valueMaps.clear(); done = ''; message = ''; preview.clear(); render();
    });
    panel.querySelector('.import-submit')?.addEventListener('click', () => void send(false));
    for (const row of panel.querySelectorAll<HTMLTableRowElement>('table.import-mapping tr[data-field]')) {
      const field = row.dataset.field!;
      row.querySelector<HTMLSelectElement>('select[name="source"]')!.addEventListener('change', (ev) => {
        chosen.set(field, (ev.target as HTMLSelectElement).value);
        render();
      });
      row.querySelector<HTMLInputElement>('input[name="constant"]')?.addEventListener('input', (ev) => constants.set(field, (ev.target as HTMLInputElement).value));
      row.querySelector<HTMLInputElement>('input[name="values"]')?.addEventListener('input', (ev) => valueMaps.set(field, (ev.target as HTMLInputElement).value));
    }
  };

  onSessionChange(() => { report = null; rejections = []; render(); });
  onLanguageChange(render);
  render();
}
