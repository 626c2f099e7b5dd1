// The view the map opens on, and the address bar keeping it: #map=zoom/lat/lon (the OpenStreetMap convention), so a view
// can be bookmarked or sent to a colleague, and a link to a site opens on it.
import View from 'ol/View';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj';
import type OlMap from 'ol/Map';

export function viewFromAddress(extent?: [number, number, number, number]): View {
  const view = new View({ center: fromLonLat([107.3, 21.2]), zoom: 9, minZoom: 5, maxZoom: 19 });
  const match = /map=(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)/.exec(location.hash);
  if (match) {
    view.setZoom(Number(match[1]));
    view.setCenter(fromLonLat([Number(match[3]), Number(match[2])]));
  } else if (extent) {
    view.fit(transformExtent(extent, 'EPSG:4326', 'EPSG:3857'), { size: [window.innerWidth * 0.7, window.innerHeight - 60], padding: [20, 20, 20, 20] });
  }
  return view;
}

export function keepViewInAddress(map: OlMap): void {
  map.on('moveend', () => {
    const view = map.getView();
    const [lon, lat] = toLonLat(view.getCenter()!);
    history.replaceState(null, '', `#map=${view.getZoom()!.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  });
}
