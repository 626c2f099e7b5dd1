// The planner's layers: the coverage gaps of the chosen technology, and three per-commune choropleths (mobile coverage share
// of the population, postal service radius, fiber reach). They join the layer switcher with their legends and draw from the
// analysis held in analysis.ts; the commune polygons are the directory's, so no extra request draws them.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import type { FeatureLike } from 'ol/Feature';
import type { Style } from 'ol/style';
import { analysis } from './analysis';
import { communes } from './communeDirectory';
import { area } from './layerStyles';
import type { LegendEntry, PlanOverlay } from './planLayers';

/** Five classes, red (worst) to green (best), shared by the choropleths. */
const ramp = ['#c62828', '#ef6c00', '#f9a825', '#7cb342', '#2e7d32'];
const none = '#9e9e9e';

const shareClass = (share: number) => Math.min(4, Math.floor(share * 5));
// Published provincial averages run 1.3–3 km (Hải Dương 1.34 km): the classes bracket them.
const radiusLimitsKm = [1, 2, 3, 5];
const radiusClass = (km: number) => 4 - radiusLimitsKm.filter((limit) => km >= limit).length;

function codeOf(feature: FeatureLike): string {
  return String(feature.getId() ?? feature.get('id'));
}

function coverageStyle(feature: FeatureLike): Style {
  const row = analysis.coverageOf(codeOf(feature), analysis.technology);
  return area(row ? ramp[shareClass(row.population_share)] : none, 0.55, 1);
}

function postalStyle(feature: FeatureLike): Style {
  const row = analysis.postal?.find((p) => p.commune_code === codeOf(feature));
  return area(row?.service_radius_km == null ? none : ramp[radiusClass(row.service_radius_km)], 0.55, 1);
}

function fiberStyle(feature: FeatureLike): Style {
  const row = analysis.fiber?.find((f) => f.commune_code === codeOf(feature));
  return area(row ? (row.reached ? ramp[4] : ramp[0]) : none, 0.55, 1);
}

const gapStyle = (): Style => area('#6a1b9a', 0.45, 1.5);

function communeSource(): VectorSource {
  const source = new VectorSource();
  void communes().then((list) => source.addFeatures(list.map((c) => { const f = c.feature.clone(); f.setId(c.code); return f; })));
  return source;
}

const shareLegend: LegendEntry[] = ramp.map((colour, i) => ({ label: `legend.share${i}`, colour, shape: 'area' }));
const radiusLegend: LegendEntry[] = ramp.map((colour, i) => ({ label: `legend.radius${i}`, colour, shape: 'area' }));

export interface PlannerLayers { overlays: PlanOverlay[]; gaps: VectorSource }

export function plannerLayers(): PlannerLayers {
  const gaps = new VectorSource();
  const layer = (style: (f: FeatureLike) => Style, zIndex: number, name: string, source = communeSource()) =>
    new VectorLayer({ source, style, zIndex, visible: false, properties: { planLayer: name } });
  const overlays: PlanOverlay[] = [
    { name: 'coverage-gaps', title: 'layer.gaps', signedInOnly: true, visible: false, legend: [{ label: 'layer.gaps', colour: '#6a1b9a', shape: 'area' }], layer: layer(gapStyle, 16, 'coverage-gaps', gaps) },
    { name: 'coverage-share', title: 'layer.coverageShare', signedInOnly: true, visible: false, legend: [...shareLegend, { label: 'legend.noData', colour: none, shape: 'area' }], layer: layer(coverageStyle, 13, 'coverage-share') },
    { name: 'postal-radius', title: 'layer.postalRadius', signedInOnly: true, visible: false, legend: [...radiusLegend, { label: 'legend.noPoint', colour: none, shape: 'area' }], layer: layer(postalStyle, 14, 'postal-radius') },
    { name: 'fiber-reach', title: 'layer.fiberReach', signedInOnly: true, visible: false, legend: [{ label: 'legend.reached', colour: ramp[4], shape: 'area' }, { label: 'legend.notReached', colour: ramp[0], shape: 'area' }], layer: layer(fiberStyle, 15, 'fiber-reach') },
  ];
  // The postal and fiber figures are fetched when either choropleth is first shown.
  for (const o of overlays.filter((x) => x.name === 'postal-radius' || x.name === 'fiber-reach')) {
    o.layer.on('change:visible', () => { if (o.layer.getVisible()) void analysis.loadPostalAndFiber().catch(() => undefined); });
  }
  analysis.onChange(() => {
    gaps.clear();
    if (analysis.gaps) {
      const all = new GeoJSON().readFeatures(analysis.gaps, { featureProjection: 'EPSG:3857' });
      gaps.addFeatures(all.filter((f) => f.get('technology') === analysis.technology && f.get('carrier') === 'all'));
    }
    for (const o of overlays) (o.layer as VectorLayer).changed();
  });
  return { overlays, gaps };
}
