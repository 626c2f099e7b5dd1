// The province's communes valid today, loaded once, for search and for a commune's figures. Search compares names folded
// to plain letters (textFolding), so "hai hoa" finds Hải Hòa and "dong trieu" finds Đông Triều.
import GeoJSON from 'ol/format/GeoJSON';
import type Feature from 'ol/Feature';
import { foldDiacritics } from './textFolding';

export interface CommuneEntry { code: string; name: string; folded: string; feature: Feature }

let loading: Promise<CommuneEntry[]> | null = null;

export function communes(): Promise<CommuneEntry[]> {
  loading ??= fetch('/api/layers/communes')
    .then((r) => r.json())
    .then((json) => new GeoJSON().readFeatures(json, { featureProjection: 'EPSG:3857' })
      .filter((f) => !f.get('valid_to'))
      .map((f) => ({ code: String(f.getId() ?? f.get('id')), name: String(f.get('name')).normalize('NFC'), folded: foldDiacritics(String(f.get('name'))), feature: f as Feature })));
  return loading;
}

/** Names that contain every typed word, those starting with the query first, at most <paramref name="limit"/>. */
export async function searchCommunes(query: string, limit = 8): Promise<CommuneEntry[]> {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const folded = words.join(' ');
  const hits = (await communes()).filter((c) => words.every((w) => c.folded.includes(w)));
  hits.sort((a, b) => Number(!a.folded.includes(folded)) - Number(!b.folded.includes(folded)) || a.name.localeCompare(b.name, 'vi'));
  return hits.slice(0, limit);
}
