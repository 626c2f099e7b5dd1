// The planner's tab: run coverage (resolution, progress, cancel), pick the technology the layers show, the gaps sorted by the
// people living in them (a click zooms there), and a hazard polygon drawn on the map, which the server's resilience analysis
// answers with the communes losing coverage, listed and highlighted.
import type OlMap from 'ol/Map';
import Draw from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import type { Polygon } from 'ol/geom';
import { analysis, technologies, type Resilience } from './analysis';
import { communes } from './communeDirectory';
import { escape } from './appraisalPanel';
import { area } from './layerStyles';
import { language, t, onLanguageChange } from './i18n';
import type { PlanOverlay } from './planLayers';
import type { PlannerLayers } from './coverageLayers';

const number = (n: number) => Math.round(n).toLocaleString('vi-VN');
const resolutions = [100, 250, 500, 1000];

export function mountPlannerPanel(panel: HTMLElement, map: OlMap, layers: PlannerLayers): void {
  const show = (name: string) => layers.overlays.find((o: PlanOverlay) => o.name === name)!.layer.setVisible(true);
  const hazard = new VectorSource();
  const lost = new VectorSource();
  map.addLayer(new VectorLayer({ source: lost, zIndex: 81, style: area('#d50000', 0.35, 2.5) }));
  map.addLayer(new VectorLayer({ source: hazard, zIndex: 82, style: area('#0d47a1', 0.15, 2, [6, 4]) }));
  let draw: Draw | null = null;
  let resilience: Resilience | null = null;
  let resilienceError = '';
  let drawing = false;

  const form = () => `
    <form class="coverage-form">
      <div class="row">
        <label><span>${t('planner.resolution')}</span><select name="resolution">${resolutions.map((r) => `<option value="${r}">${r} m</option>`).join('')}</select></label>
        <label><span>${t('planner.technology')}</span><select name="technology">${technologies.map((x) => `<option${x === analysis.technology ? ' selected' : ''}>${x}</option>`).join('')}</select></label>
      </div>
      <button type="submit" class="run-coverage">${t('planner.run')}</button>
      <button type="button" class="cancel-coverage">${t('planner.cancel')}</button>
    </form>`;

  const progress = () => {
    const job = analysis.job;
    if (!job) return `<p class="hint">${t('planner.hint')}</p>`;
    const label = job.state === 'running' ? `${t('planner.running')} ${Math.round(job.progress * 100)}%` : t(`planner.${job.state}`);
    return `<div class="progress coverage-progress" data-state="${job.state}"><progress max="100" value="${Math.round(job.progress * 100)}"></progress>
      <span class="progress-text">${escape(label)}</span></div>${job.error ? `<p class="error">${escape(language() === 'en' && job.error_en ? job.error_en : job.error)}</p>` : ''}`;
  };

  const gapList = () => {
    const gaps = (analysis.gaps?.features ?? []).filter((g) => g.properties.technology === analysis.technology && g.properties.carrier === 'all')
      .sort((a, b) => b.properties.population - a.properties.population);
    if (!analysis.gaps) return '';
    return `<h3>${t('planner.gaps')} (${analysis.technology}): ${gaps.length}</h3>
      <div class="rows-scroll"><table class="gaps"><thead><tr><th>${t('planner.gapCommunes')}</th><th class="num">${t('planner.people')}</th><th class="num">km²</th></tr></thead><tbody>
      ${gaps.slice(0, 50).map((g) => `<tr class="clickable" data-gap="${escape(String(g.id))}" data-population="${g.properties.population}">
        <td>${escape(g.properties.communes.split('|').join(', '))}</td><td class="num">${number(g.properties.population)}</td><td class="num">${g.properties.area_km2.toLocaleString('vi-VN')}</td></tr>`).join('')}
      </tbody></table></div>`;
  };

  const resilienceList = () => {
    const head = `<h3>${t('planner.resilience')}</h3>
      <button type="button" class="draw-hazard"${drawing ? ' aria-pressed="true"' : ''}>${t(drawing ? 'planner.drawing' : 'planner.drawHazard')}</button>
      <p class="hint">${t('planner.hazardHint')}</p>`;
    if (resilienceError) return `${head}<p class="error">${escape(resilienceError)}</p>`;
    if (!resilience) return head;
    const rows = resilience.communes.filter((c) => c.technology === analysis.technology);
    const people = rows.reduce((s, c) => s + c.people_losing_coverage, 0);
    return `${head}<p class="resilience-summary">${t('planner.failedSites')}: ${resilience.failed_sites.length} / ${resilience.sites} ·
      ${analysis.technology}: ${rows.length} ${t('planner.communesLosing')}, ${number(people)} ${t('planner.peopleLosing')}</p>
      <div class="rows-scroll"><table class="losses"><thead><tr><th>${t('planner.commune')}</th><th class="num">${t('planner.people')}</th></tr></thead><tbody>
      ${rows.map((c) => `<tr data-commune="${escape(c.commune_code)}"><td>${escape(c.commune)}</td><td class="num">${number(c.people_losing_coverage)}</td></tr>`).join('')}
      </tbody></table></div>`;
  };

  // The form is drawn once (and again for a new language), so an open list is not closed by each progress report.
  const renderForm = () => {
    const resolution = panel.querySelector<HTMLSelectElement>('select[name="resolution"]')?.value;
    panel.innerHTML = `${form()}<div class="coverage-state"></div><div class="gap-list"></div><div class="resilience"></div>`;
    if (resolution) panel.querySelector<HTMLSelectElement>('select[name="resolution"]')!.value = resolution;
    render();
  };
  const render = () => {
    panel.querySelector('.coverage-state')!.innerHTML = progress();
    panel.querySelector('.gap-list')!.innerHTML = gapList();
    panel.querySelector('.resilience')!.innerHTML = resilienceList();
    panel.querySelector<HTMLButtonElement>('.cancel-coverage')!.disabled = analysis.job?.state !== 'running';
  };

  const highlightLosses = async () => {
    lost.clear();
    if (!resilience) return;
    const codes = new Set(resilience.communes.filter((c) => c.technology === analysis.technology).map((c) => c.commune_code));
    lost.addFeatures((await communes()).filter((c) => codes.has(c.code)).map((c) => c.feature.clone()));
  };

  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    const resolution = Number(panel.querySelector<HTMLSelectElement>('select[name="resolution"]')!.value);
    analysis.start(resolution).catch((e: Error) => { panel.querySelector('.coverage-state')!.innerHTML = `<p class="error">${escape(e.message)}</p>`; });
  });
  panel.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name === 'technology') {
      analysis.technology = target.value;
      analysis.changed();
      void highlightLosses();
    }
  });
  panel.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('.cancel-coverage')) { void analysis.cancel(); return; }
    const row = target.closest<HTMLElement>('tr[data-gap]');
    if (row) {
      const gap = layers.gaps.getFeatures().find((f) => String(f.getId()) === row.dataset.gap);
      if (gap) map.getView().fit(gap.getGeometry()!.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 14, duration: 300 });
      return;
    }
    if (target.closest('.draw-hazard')) {
      if (draw) { map.removeInteraction(draw); draw = null; drawing = false; render(); return; }
      hazard.clear();
      draw = new Draw({ source: hazard, type: 'Polygon' });
      drawing = true;
      draw.on('drawend', (e) => {
        map.removeInteraction(draw!);
        draw = null;
        drawing = false;
        resilienceError = '';
        const geometry = new GeoJSON().writeGeometryObject(e.feature.getGeometry() as Polygon, { featureProjection: 'EPSG:3857', dataProjection: 'EPSG:4326' });
        panel.dataset.resilience = 'running';
        render();
        analysis.resilience(geometry)
          .then(async (answer) => { resilience = answer; await highlightLosses(); })
          .catch((error: Error) => { resilience = null; resilienceError = error.message; })
          .finally(() => { panel.dataset.resilience = 'done'; render(); });
      });
      map.addInteraction(draw);
      render();
    }
  });

  let wasFinished = false;
  analysis.onChange(() => {
    const finished = analysis.job?.state === 'finished' && analysis.gaps !== null;
    if (finished && !wasFinished) { show('coverage-gaps'); show('coverage-share'); }
    wasFinished = finished;
    render();
  });
  onLanguageChange(renderForm);
  renderForm();
}
