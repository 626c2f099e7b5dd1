// A commune's figures for planners: population and area from the boundary layer, the postal service points that serve it by
// kind. The coverage and fiber-reach figures come from the coverage analysis, which the server does not offer yet; the panel
// says so rather than show a number it does not have.
import type OlMap from 'ol/Map';
import { getJson } from './api';
import { t, onLanguageChange, type TextKey } from './i18n';
import { communes, type CommuneEntry } from './communeDirectory';
import { escape } from './appraisalPanel';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { area } from './layerStyles';

interface PostalCollection { features: Array<{ properties: { kind: string; commune: string } }> }

let postal: Promise<PostalCollection> | null = null;

export function mountCommunePanel(panel: HTMLElement, map: OlMap): (commune: CommuneEntry) => void {
  let shown: CommuneEntry | null = null;
  // The chosen commune, outlined above the plan's layers so it stands out from its neighbours.
  const selection = new VectorSource();
  map.addLayer(new VectorLayer({ source: selection, zIndex: 80, style: area('#00897b', 0.12, 3) }));

  const render = async () => {
    if (!shown) { panel.innerHTML = `<p class="hint">${t('commune.hint')}</p>`; return; }
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
      <p class="hint">${t('commune.coveragePending')}</p>`;
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
  void render();
  return showCommune;
}
