// How each plan layer is drawn. Polygons get a light fill and a firm edge; points a dot in their category's colour.
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import type { FeatureLike } from 'ol/Feature';
import { carrierColours, layingColours, other, postalColours, restrictedColours, zoneColours } from './palette';
import { language } from './i18n';

const cache = new Map<string, Style>();

function cached(key: string, make: () => Style): Style {
  let style = cache.get(key);
  if (!style) cache.set(key, (style = make()));
  return style;
}

function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

export function area(colour: string, fillAlpha = 0.15, width = 1.5, dash?: number[]): Style {
  return cached(`area:${colour}:${fillAlpha}:${width}:${dash ?? ''}`, () =>
    new Style({ fill: new Fill({ color: withAlpha(colour, fillAlpha) }), stroke: new Stroke({ color: colour, width, lineDash: dash }) }));
}

export function line(colour: string, width = 2, dash?: number[]): Style {
  return cached(`line:${colour}:${width}:${dash ?? ''}`, () => new Style({ stroke: new Stroke({ color: colour, width, lineDash: dash }) }));
}

export function dot(colour: string, radius = 4): Style {
  return cached(`dot:${colour}:${radius}`, () =>
    new Style({ image: new Circle({ radius, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 1 }) }) }));
}

// The province as land on the plain basemap's ground: an opaque fill under everything else.
export const provinceOutlineStyle = (): Style => area('#263238', 0, 2.5);
export const provinceStyle = (): Style =>
  cached('province', () => new Style({ fill: new Fill({ color: '#fbfaf3' }), stroke: new Stroke({ color: '#263238', width: 2.5 }) }));

/** Communes valid today only: the bundle keeps the units dissolved in July 2025 (valid_to set) for dated appraisals. */
export function communeStyle(feature: FeatureLike): Style | undefined {
  if (feature.get('valid_to')) return undefined;
  return area('#78909c', 0.02, 0.8);
}

export const zoneStyle = (feature: FeatureLike): Style => area(zoneColours[feature.get('kind') as string] ?? other, 0.18, 1);
export const restrictedStyle = (feature: FeatureLike): Style => area(restrictedColours[feature.get('effect') as string] ?? other, 0.3, 2, [6, 4]);
export const fiberStyle = (feature: FeatureLike): Style => line(layingColours[feature.get('laying') as string] ?? other, 2, feature.get('laying') === 'underground' ? [4, 3] : undefined);
export const postalStyle = (feature: FeatureLike): Style => dot(postalColours[feature.get('kind') as string] ?? other, 4);
export const plannedStyle = (): Style =>
  cached('planned', () => new Style({ image: new Circle({ radius: 5, fill: new Fill({ color: 'rgba(255,255,255,0.8)' }), stroke: new Stroke({ color: '#00695c', width: 2 }) }) }));
// The GeoJSON reader makes the "id" attribute the feature's id (ICAO code), so it is read with getId(). The label is the
// Vietnamese name on the Vietnamese map ("Cảng hàng không quốc tế Vân Đồn"), the source's English name on the English one.
export const airportStyle = (feature: FeatureLike): Style => {
  const name = (language() === 'en' ? feature.get('name') : feature.get('name_vi') ?? feature.get('name')) ?? '';
  return cached(`airport:${feature.getId()}:${language()}`, () => new Style({
    image: new Circle({ radius: 7, fill: new Fill({ color: '#1565c0' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
    text: new Text({ text: `✈ ${feature.getId()} ${name}`, offsetY: -16, font: 'bold 12px sans-serif', fill: new Fill({ color: '#0d47a1' }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
  }));
};
export const runwayStyle = (): Style => line('#0d47a1', 5);
export const surfaceStyle = (feature: FeatureLike): Style =>
  area(feature.get('surface') === 'approach' ? '#1e88e5' : feature.get('surface') === 'conical' ? '#90caf9' : '#42a5f5', 0.06, 1, [2, 4]);

/** A cluster of sites: one site in its carrier's colour; several as a grey disc with their count. */
export function siteClusterStyle(feature: FeatureLike): Style {
  const members = (feature.get('features') as FeatureLike[] | undefined) ?? [feature];
  if (members.length === 1) return dot(carrierColours[members[0].get('carrier') as string] ?? other, 5);
  const n = members.length;
  return cached(`cluster:${n}`, () => new Style({
    image: new Circle({ radius: Math.min(22, 9 + Math.log2(n) * 2.2), fill: new Fill({ color: 'rgba(55,71,79,0.75)' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
    text: new Text({ text: String(n), font: 'bold 11px sans-serif', fill: new Fill({ color: '#fff' }) }),
  }));
}
