// The server's word on the map: the province, its VN-2000 system and extent, and the deployment's basemap if it has one.
import { getJson } from './api';

export interface MapSettings {
  plan_name: string;
  province_name: string;
  epsg: number;
  extent?: [number, number, number, number];
  basemap_url?: string;
  basemap_attribution?: string;
}

export function loadMapSettings(): Promise<MapSettings> {
  return getJson<MapSettings>('/api/map/settings');
}
