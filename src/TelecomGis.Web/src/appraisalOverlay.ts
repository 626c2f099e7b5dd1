// What an appraisal draws on the map: the site, the plan features that decided its verdict (outlined in the verdict's colour),
// and "where would it conform": the nearest conforming point with a dashed line from the site, and the planned positions
// and sites it could share nearby.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import LineString from 'ol/geom/LineString';
import GeoJSON from 'ol/format/GeoJSON';
import { fromLonLat } from 'ol/proj';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import type { FeatureLike } from 'ol/Feature';
import { authHeaders } from './api';
import { verdictColours } from './palette';
import { decisiveRules, type AppraisalAnswer, type FeatureRef } from './appraisal';

function style(feature: FeatureLike): Style | Style[] {
  const colour = verdictColours[feature.get('verdict') as string] ?? '#37474f';
  switch (feature.get('role')) {
    case 'site':
      return new Style({ image: new Circle({ radius: 9, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 3 }) }) });
    case 'decisive':
      return [
        new Style({ stroke: new Stroke({ color: '#fff', width: 7 }) }),
        new Style({ stroke: new Stroke({ color: colour, width: 4 }), fill: new Fill({ color: 'rgba(255,235,59,0.25)' }),
          image: new Circle({ radius: 10, stroke: new Stroke({ color: colour, width: 4 }) }) }),
      ];
    case 'alternative':
      return new Style({
        image: new Circle({ radius: 9, fill: new Fill({ color: verdictColours.conforms }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
        text: new Text({ text: '✓', font: 'bold 12px sans-serif', fill: new Fill({ color: '#fff' }) }),
      });
    case 'move':
      return new Style({ stroke: new Stroke({ color: verdictColours.conforms, width: 2.5, lineDash: [8, 6] }) });
    default:
      return new Style({ image: new Circle({ radius: 6, fill: new Fill({ color: 'rgba(255,255,255,0.9)' }), stroke: new Stroke({ color: verdictColours.conforms, width: 2 }) }) });
  }
}

/** The plan feature a rule names, read from the layer around the site (the id alone is not indexed by the API). */
async function fetchFeature(ref: FeatureRef, lon: number, lat: number): Promise<Feature[]> {
  // R10 names a runway as "VVVD 11/29"; the runways layer's id is "VVVD-11/29".
  const id = ref.layer === 'runways' ? ref.id.replace(' ', '-') : ref.id;
  const reach = ref.layer === 'runways' ? 0.3 : 0.1;
  const bbox = [lon - reach, lat - reach, lon + reach, lat + reach].map((v) => v.toFixed(5)).join(',');
  const response = await fetch(`/api/layers/${ref.layer}?bbox=${bbox}`, { headers: authHeaders() });
  if (!response.ok) return [];
  const features = new GeoJSON().readFeatures(await response.json(), { featureProjection: 'EPSG:3857' });
  return features.filter((f) => String(f.getId()) === id || f.get('id') === id);
}

export class AppraisalOverlay {
  readonly source = new VectorSource();
  readonly layer = new VectorLayer({ source: this.source, style, zIndex: 100 });

  clear(): void {
    this.source.clear();
  }

  async show(answer: AppraisalAnswer): Promise<void> {
    this.source.clear();
    const { site, verdict } = answer.appraisal;
    const at = fromLonLat([site.lon, site.lat]);
    const alternative = answer.alternative;
    if (alternative) {
      for (const option of [...alternative.planned_positions, ...alternative.sites_to_share]) {
        this.source.addFeature(new Feature({ geometry: new Point(fromLonLat([option.lon_deg, option.lat_deg])), role: 'option', ref: option.feature }));
      }
      if (alternative.found && alternative.lon_deg !== undefined && alternative.lat_deg !== undefined) {
        const to = fromLonLat([alternative.lon_deg, alternative.lat_deg]);
        this.source.addFeature(new Feature({ geometry: new LineString([at, to]), role: 'move' }));
        this.source.addFeature(new Feature({ geometry: new Point(to), role: 'alternative' }));
      }
    }
    this.source.addFeature(new Feature({ geometry: new Point(at), role: 'site', verdict }));

    const refs = decisiveRules(answer.appraisal).map((r) => r.deciding_feature).filter((f): f is FeatureRef => !!f);
    const found = await Promise.all(refs.map((ref) => fetchFeature(ref, site.lon, site.lat)));
    for (const feature of found.flat()) {
      feature.set('role', 'decisive');
      feature.set('verdict', verdict);
      this.source.addFeature(feature);
    }
  }

  /** How many decisive plan features are drawn (the e2e test asks). */
  decisiveCount(): number {
    return this.source.getFeatures().filter((f) => f.get('role') === 'decisive').length;
  }
}
