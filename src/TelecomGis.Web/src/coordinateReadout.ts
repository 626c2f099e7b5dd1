// Where the pointer is, in WGS 84 (decimal and DMS) and in the province's VN-2000 TM-3 plane. The VN-2000 figures come from
// the server's own conversion (the one appraisals measure in), asked for at most every 150 ms while the pointer moves.
import type OlMap from 'ol/Map';
import { toLonLat } from 'ol/proj';
import { getJson } from './api';
import { t, onLanguageChange } from './i18n';
import { toDms } from './dms';

interface ProvinceCoordinates { lon: number; lat: number; x: number; y: number; epsg: number }

export function mountCoordinateReadout(map: OlMap, element: HTMLElement): void {
  let pending: number | undefined;
  let last: [number, number] | undefined;
  let vn2000 = '';

  const show = () => {
    if (!last) return;
    const [lon, lat] = last;
    element.textContent = `WGS 84: ${lat.toFixed(6)}, ${lon.toFixed(6)} (${toDms(lat, 'lat')} ${toDms(lon, 'lon')})  ·  ${vn2000 || t('coords.vn2000')}`;
  };

  map.on('pointermove', (event) => {
    if (event.dragging) return;
    last = toLonLat(event.coordinate) as [number, number];
    show();
    window.clearTimeout(pending);
    pending = window.setTimeout(async () => {
      const [lon, lat] = last!;
      try {
        const c = await getJson<ProvinceCoordinates>(`/api/map/coordinates?lon=${lon.toFixed(7)}&lat=${lat.toFixed(7)}`);
        vn2000 = `VN-2000 (EPSG:${c.epsg}): x ${c.x.toFixed(2)} m, y ${c.y.toFixed(2)} m`;
      } catch {
        vn2000 = '';
      }
      show();
    }, 150);
  });
  onLanguageChange(show);
}
