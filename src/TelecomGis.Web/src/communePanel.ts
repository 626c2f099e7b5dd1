// A commune's figures for planners: population and area from the boundary layer, the postal service points that serve it by
// kind; then the analysis: mobile coverage share (area and population, per technology) once a coverage run has finished,
// the postal figures (radius, people per point, cultural post office, headquarters to the nearest point) and fiber reach.
import type OlMap from 'ol/Map';
import { getJson } from './api';
import { t, onLanguageChange, type TextKey } from './i18n';
import { communes, type CommuneEntry } from './communeDirectory';
import { escape } from './appraisalPanel';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { area } from './layerStyles';
import { analysis, technologies } from './analysis';
import { currentUser } from './session';

interface PostalCollection { features: Array<{ properties: { kind: string; commune: string } }> }

let postal: Promise<PostalCollection> | null = null;

export function mountCommunePanel(panel: HTMLElement, map: OlMap): (commune: CommuneEntry) => void {
  let shown: CommuneEntry | null = null;
  // The chosen commune, outlined above the plan's layers so it stands out from its neighbours.
  const selection = new VectorSource();
  map.addLayer(new VectorLayer({ source: selection, zIndex: 80, style: area('#00897b', 0.12, 3) }));

  const render = async () => {
    if (!shown) { panel.innerHTML = `<p class="hint">${t('commune.hint')}</p>`; return; }
    const role = currentUser()?.role;
    if ((role === 'planner' || role === 'admin') && !analysis.postal) void analysis.loadPostalAndFiber().catch(() => undefined);
    const f = shown.feature;
    postal ??= getJson<PostalCollection>('/api/layers/post-offices');
    const points = (await postal).features.filter((p) => p.properties.commune === shown!.code);
    const byKind = new Map<string, number>();
    for (const p of points) byKind.set(p.properties.kind, (byKind.get(p.properties.kind) ?? 0) + 1);
    const population = Number(f.get('population'));
    const area = Number(f.get('area_km2'));
    panel.innerHTML = `
      <h3 class="commune-name">${escape(shown.name)} <small>(${shown.code})</small></h3>
      <table class="figures">
        <tr><th>${t('commune.population')}</th><td class="num">${population.toLocaleString('vi-VN')}</td></tr>
        <tr><th>${t('commune.area')}</th><td class="num">${area.toLocaleString('vi-VN')} km²</td></tr>
        <tr><th>${t('commune.density')}</th><td class="num">${area > 0 ? Math.round(population / area).toLocaleString('vi-VN') : '—'} /km²</td></tr>
        <tr><th>${t('commune.postalPoints')}</th><td class="num">${points.length}</td></tr>
        ${[...byKind].map(([k, n]) => `<tr><td>· ${t(`postal.${k}` as TextKey)}</td><td class="num">${n}</td></tr>`).join('')}
      </table>
      ${analysisFigures(shown.code)}`;
  };

  const showCommune = (c: CommuneEntry) => {
    shown = c;
    selection.clear();
    selection.addFeature(c.feature.clone());
    void render();
  };

  map.on('singleclick', async (event) => {
    if (!panel.closest('[data-active="true"]')) return;
    const hit = (await communes()).find((c) => c.feature.getGeometry()!.intersectsCoordinate(event.coordinate));
    if (hit) showCommune(hit);
  });
  onLanguageChange(() => void render());
  analysis.onChange(() => { if (shown) void render(); });
  void render();
  return showCommune;
}

const percent = (share: number) => `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
const figure = (n: number | null, unit = '') => (n == null ? '—' : `${n.toLocaleString('vi-VN')}${unit}`);

/** The analysis' figures for one commune; where the analysis has not run (or the user may not see it) the panel says so. */
function analysisFigures(code: string): string {
  const role = currentUser()?.role;
  if (role !== 'planner' && role !== 'admin') return `<p class="hint">${t('commune.analysisSignIn')}</p>`;
  const coverage = technologies.map((x) => analysis.coverageOf(code, x)).filter((r) => r !== undefined);
  const coverageTable = coverage.length === 0
    ? `<p class="hint">${t('commune.coverageNotRun')}</p>`
    : `<table class="figures coverage-figures"><thead><tr><th>${t('commune.technology')}</th><th class="num">${t('commune.areaShare')}</th><th class="num">${t('commune.populationShare')}</th></tr></thead><tbody>
      ${coverage.map((r) => `<tr data-technology="${r.technology}"><td>${r.technology}</td><td class="num">${percent(r.area_share)}</td><td class="num">${percent(r.population_share)}</td></tr>`).join('')}</tbody></table>`;
  const postal = analysis.postal?.find((p) => p.commune_code === code);
  const fiber = analysis.fiber?.find((f) => f.commune_code === code);
  const postalTable = !postal ? '' : `<h4>${t('commune.postal')}</h4><table class="figures postal-figures">
      <tr><th>${t('commune.postalPoints')}</th><td class="num">${postal.points}</td></tr>
      <tr><th>${t('commune.serviceRadius')}</th><td class="num">${figure(postal.service_radius_km, ' km')}</td></tr>
      <tr><th>${t('commune.peoplePerPoint')}</th><td class="num">${figure(postal.people_per_point)}</td></tr>
      <tr><th>${t('commune.culturalPostOffice')}</th><td class="num">${postal.cultural_post_offices > 0 ? t('commune.yes') : t('commune.no')}</td></tr>
      <tr><th>${t('commune.hqToPoint')}</th><td class="num">${figure(postal.nearest_point_m, ' m')}</td></tr></table>`;
  const fiberTable = !fiber ? '' : `<h4>${t('commune.fiber')}</h4><table class="figures fiber-figures">
      <tr><th>${t('commune.hqToRoute')}</th><td class="num">${figure(fiber.distance_m, ' m')}</td></tr>
      <tr><th>${t('commune.fiberReached')}</th><td class="num" data-reached="${fiber.reached}">${fiber.reached ? t('commune.yes') : t('commune.no')}</td></tr></table>`;
  return `<h4>${t('commune.coverage')}</h4>${coverageTable}${postalTable}${fiberTable}`;
}
