// The overlays the map offers, each with where it comes from, how it is drawn and what its legend says.
// Large layers (many vertices) come as Mapbox vector tiles from /api/tiles; small ones as GeoJSON from /api/layers, whole.
// Sites come as GeoJSON too, because clustering needs every point in the browser.
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import VectorSource from 'ol/source/Vector';
import VectorTileSource from 'ol/source/VectorTile';
import Cluster from 'ol/source/Cluster';
import GeoJSON from 'ol/format/GeoJSON';
import MVT from 'ol/format/MVT';
import type BaseLayer from 'ol/layer/Base';
import type { StyleLike } from 'ol/style/Style';
import type VectorTile from 'ol/VectorTile';
import type Tile from 'ol/Tile';
import type { TextKey } from './i18n';
import { authHeaders } from './api';
import * as styles from './layerStyles';
import { carrierColours, layingColours, postalColours, restrictedColours, zoneColours } from './palette';

export interface LegendEntry {
  label: TextKey | string;
  colour: string;
  shape: 'area' | 'line' | 'dot';
  /** Shown to the department's roles only: military and security areas (effect consult) never reach anyone else's map. */
  departmentOnly?: boolean;
}

export interface PlanOverlay {
  /** The server's layer name. */
  name: string;
  title: TextKey;
  /** Layers the server shows only to signed-in users. */
  signedInOnly: boolean;
  visible: boolean;
  legend: LegendEntry[];
  layer: BaseLayer;
}

/** Tiles are fetched with the session's key, so private layers draw for those who may see them. */
function tileLoader(tile: Tile, url: string): void {
  const vectorTile = tile as VectorTile<never>;
  vectorTile.setLoader((extent, _resolution, projection) => {
    fetch(url, { headers: authHeaders() })
      .then(async (response) => {
        if (!response.ok) {
          vectorTile.setFeatures([]);
          return;
        }
        const format = vectorTile.getFormat();
        const features = format.readFeatures(await response.arrayBuffer(), { extent, featureProjection: projection });
        vectorTile.setFeatures(features as never[]);
      })
      .catch(() => vectorTile.setState(3 /* TileState.ERROR */));
  });
}

function tiled(name: string, style: StyleLike | ((f: never) => unknown), zIndex: number, declutter = false): VectorTileLayer {
  return new VectorTileLayer({
    declutter,
    zIndex,
    properties: { planLayer: name },
    source: new VectorTileSource({
      format: new MVT(),
      url: `/api/tiles/${name}/{z}/{x}/{y}.mvt`,
      maxZoom: 16,
      tileLoadFunction: tileLoader,
    }),
    style: style as StyleLike,
  });
}

export function geoJsonSource(name: string): VectorSource {
  return new VectorSource({
    format: new GeoJSON(),
    loader(_extent, _resolution, projection, success, failure) {
      const source = this as unknown as VectorSource;
      fetch(`/api/layers/${name}`, { headers: authHeaders() })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const features = new GeoJSON().readFeatures(await response.json(), { featureProjection: projection });
          source.addFeatures(features);
          success?.(features);
        })
        .catch(() => failure?.());
    },
  });
}

function small(name: string, style: StyleLike, zIndex: number): VectorLayer {
  return new VectorLayer({ source: geoJsonSource(name), style, zIndex, properties: { planLayer: name } });
}

const legendOf = (colours: Record<string, string>, shape: LegendEntry['shape'], prefix: string): LegendEntry[] =>
  Object.entries(colours).map(([key, colour]) => ({ label: `${prefix}.${key}`, colour, shape }));

/** With no basemap tiles underneath, the province is drawn opaque, as the land of the plain basemap. */
export function planOverlays(plainBasemap: boolean): PlanOverlay[] {
  const sites = new VectorLayer({
    source: new Cluster({ distance: 36, minDistance: 8, source: geoJsonSource('sites') }),
    style: styles.siteClusterStyle,
    zIndex: 60,
    properties: { planLayer: 'sites' },
  });
  return [
    { name: 'province', title: 'layer.province', signedInOnly: false, visible: true, legend: [{ label: 'layer.province', colour: '#263238', shape: 'area' }], layer: tiled('province', plainBasemap ? styles.provinceStyle : styles.provinceOutlineStyle, 10) },
    { name: 'communes', title: 'layer.communes', signedInOnly: false, visible: true, legend: [{ label: 'layer.communes', colour: '#78909c', shape: 'area' }], layer: tiled('communes', styles.communeStyle, 11) },
    { name: 'zones', title: 'layer.zones', signedInOnly: false, visible: true, legend: legendOf(zoneColours, 'area', 'zone'), layer: tiled('zones', styles.zoneStyle, 20) },
    { name: 'restricted-areas', title: 'layer.restricted', signedInOnly: true, visible: true, legend: legendOf(restrictedColours, 'area', 'effect').map((e) => (e.label === 'effect.consult' ? { ...e, departmentOnly: true } : e)), layer: small('restricted-areas', styles.restrictedStyle, 30) },
    { name: 'airport-surfaces', title: 'layer.surfaces', signedInOnly: false, visible: true, legend: [{ label: 'layer.surfaces', colour: '#42a5f5', shape: 'area' }], layer: small('airport-surfaces', styles.surfaceStyle, 25) },
    { name: 'runways', title: 'layer.runways', signedInOnly: false, visible: true, legend: [{ label: 'layer.runways', colour: '#0d47a1', shape: 'line' }], layer: small('runways', styles.runwayStyle, 40) },
    { name: 'airports', title: 'layer.airports', signedInOnly: false, visible: true, legend: [{ label: 'layer.airports', colour: '#1565c0', shape: 'dot' }], layer: small('airports', styles.airportStyle, 41) },
    { name: 'fiber-routes', title: 'layer.fiber', signedInOnly: true, visible: false, legend: legendOf(layingColours, 'line', 'laying'), layer: tiled('fiber-routes', styles.fiberStyle, 35) },
    { name: 'post-offices', title: 'layer.postal', signedInOnly: false, visible: false, legend: legendOf(postalColours, 'dot', 'postal'), layer: small('post-offices', styles.postalStyle, 50) },
    { name: 'planned-positions', title: 'layer.planned', signedInOnly: true, visible: true, legend: [{ label: 'layer.planned', colour: '#00695c', shape: 'dot' }], layer: small('planned-positions', styles.plannedStyle, 55) },
    { name: 'sites', title: 'layer.sites', signedInOnly: true, visible: true, legend: legendOf(carrierColours, 'dot', 'carrier'), layer: sites },
  ];
}
