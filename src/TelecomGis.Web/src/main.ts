// The web map: assembles the basemap, the plan's layers, the panels and the header, once the server has said which province it serves.
import 'ol/ol.css';
import './style.css';
import OlMap from 'ol/Map';
import ScaleLine from 'ol/control/ScaleLine';
import { defaults as defaultControls } from 'ol/control/defaults';
import VectorSource from 'ol/source/Vector';
import VectorTileSource from 'ol/source/VectorTile';
import Cluster from 'ol/source/Cluster';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import { language, setLanguage, translatePage } from './i18n';
import { onSessionChange, resumeSession } from './session';
import { loadMapSettings, type MapSettings } from './mapSettings';
import { basemapLayers } from './basemap';
import { planOverlays, type PlanOverlay } from './planLayers';
import { mountLayerSwitcher } from './layerSwitcher';
import { mountCoordinateReadout } from './coordinateReadout';
import { AppraisalOverlay } from './appraisalOverlay';
import { mountAppraisalPanel } from './appraisalPanel';
import { SubmissionLayer } from './submissionLayer';
import { mountSubmissionsPanel } from './submissionsPanel';
import { mountDeskPanel } from './desk/deskPanel';
import { mountCommunePanel } from './communePanel';
import { mountCommuneSearch } from './communeSearch';
import { mountSideTabs } from './sideTabs';
import { mountSignInForm } from './signInForm';
import { keepViewInAddress, viewFromAddress } from './mapView';
import { plannerLayers } from './coverageLayers';
import { mountPlannerPanel } from './plannerPanel';
import { mountImportPanel } from './import/importPanel';
import { mountReportsPanel } from './reports/reportsPanel';
import { mountRegisterPanel } from './register/registerPanel';

/** Signing in or out changes what the private layers may show: fetch them again with the new key. */
function reloadPrivateLayers(overlays: PlanOverlay[]): void {
  for (const o of overlays.filter((x) => x.signedInOnly)) {
    const layer = o.layer;
    if (layer instanceof VectorTileLayer) (layer.getSource() as VectorTileSource).refresh();
    else if (layer instanceof VectorLayer) {
      const source = layer.getSource() as VectorSource | Cluster;
      const inner = source instanceof Cluster ? source.getSource()! : source;
      inner.clear(true);
      inner.refresh();
    }
  }
}

async function start(): Promise<void> {
  document.documentElement.lang = language();
  translatePage();
  await resumeSession();
  const settings: MapSettings = await loadMapSettings();

  const planner = plannerLayers();
  const plan = planOverlays(!settings.basemap_url);
  const overlays = [...plan, ...planner.overlays];
  for (const o of overlays) o.layer.setVisible(o.visible);
  const appraisal = new AppraisalOverlay();
  const submissions = new SubmissionLayer();
  const map = new OlMap({
    target: 'map',
    layers: [...basemapLayers(settings), ...overlays.map((o) => o.layer), submissions.layer, appraisal.layer],
    view: viewFromAddress(settings.extent),
    controls: defaultControls().extend([new ScaleLine({ units: 'metric' })]),
  });
  keepViewInAddress(map);
  // The first complete paint (every tile and source of the opening view drawn), in ms since navigation: docs/PERFORMANCE.md.
  map.once('rendercomplete', () => {
    document.body.dataset.mapReadyMs = performance.now().toFixed(0);
    document.body.dataset.mapReady = 'true';
  });

  const side = document.querySelector<HTMLElement>('aside.side')!;
  const selectTab = mountSideTabs(side, 'layers');
  mountLayerSwitcher(document.getElementById('layer-switcher')!, overlays);
  mountAppraisalPanel(side.querySelector('[data-panel="appraise"]')!, map, appraisal, () => settings.epsg);
  mountSubmissionsPanel(side.querySelector('[data-panel="submissions"]')!, map, submissions);
  mountDeskPanel(side.querySelector('[data-panel="desk"]')!, map, submissions);
  const showCommune = mountCommunePanel(side.querySelector('[data-panel="commune"]')!, map);
  mountCommuneSearch(document.getElementById('commune-search') as HTMLInputElement, document.getElementById('commune-hits')!, map,
    (c) => { selectTab('commune'); showCommune(c); });
  mountPlannerPanel(side.querySelector('[data-panel="planner"]')!, map, planner);
  mountImportPanel(side.querySelector('[data-panel="import"]')!, map);
  mountReportsPanel(side.querySelector('[data-panel="reports"]')!);
  mountRegisterPanel(side.querySelector('[data-panel="register"]')!, map);
  mountCoordinateReadout(map, document.getElementById('coordinates')!);
  mountSignInForm(document.getElementById('signin') as HTMLFormElement);
  document.getElementById('language')!.addEventListener('click', () => setLanguage(language() === 'vi' ? 'en' : 'vi'));
  onSessionChange(() => { reloadPrivateLayers(plan); appraisal.clear(); });
  translatePage();
}

void start();
