// No outside tile server is reachable from a department's network, so the map brings its own plain basemap: a neutral ground,
// the province filled as land, and a graticule for orientation. A deployment with its own tiles names them in the server's
// Map:BasemapUrl (an XYZ template; a WMTS service in the GoogleMapsCompatible matrix set written with {z}/{x}/{y}), and the map
// lays them underneath instead.
import Graticule from 'ol/layer/Graticule';
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import { Stroke, Text, Fill } from 'ol/style';
import type BaseLayer from 'ol/layer/Base';
import type { MapSettings } from './mapSettings';

export function basemapLayers(settings: MapSettings): BaseLayer[] {
  const layers: BaseLayer[] = [];
  if (settings.basemap_url) {
    layers.push(new TileLayer({
      zIndex: 0,
      properties: { basemap: 'xyz' },
      source: new XYZ({ url: settings.basemap_url, attributions: settings.basemap_attribution ?? undefined, crossOrigin: 'anonymous' }),
    }));
  }
  layers.push(new Graticule({
    zIndex: 1,
    showLabels: true,
    wrapX: false,
    strokeStyle: new Stroke({ color: 'rgba(96,125,139,0.35)', width: 1, lineDash: [2, 4] }),
    lonLabelStyle: new Text({ font: '10px sans-serif', textBaseline: 'bottom', fill: new Fill({ color: '#546e7a' }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
    latLabelStyle: new Text({ font: '10px sans-serif', textAlign: 'end', fill: new Fill({ color: '#546e7a' }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
  }));
  return layers;
}
