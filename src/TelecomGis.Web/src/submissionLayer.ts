// A batch's sites on the map, each in its verdict's colour, so a carrier sees at once where the refusals cluster.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat } from 'ol/proj';
import { boundingExtent } from 'ol/extent';
import type OlMap from 'ol/Map';
import { dot } from './layerStyles';
import { verdictColours } from './palette';
import type { SubmissionDetail } from './submissions';

export class SubmissionLayer {
  readonly source = new VectorSource();
  readonly layer = new VectorLayer({ source: this.source, zIndex: 90, style: (f) => dot(verdictColours[f.get('verdict') as string] ?? '#616161', 6) });

  show(detail: SubmissionDetail, map: OlMap): void {
    this.source.clear();
    const points: number[][] = [];
    for (const row of detail.rows) {
      const site = row.appraisal?.site;
      if (!site) continue;
      const at = fromLonLat([site.lon, site.lat]);
      points.push(at);
      this.source.addFeature(new Feature({ geometry: new Point(at), verdict: row.verdict, site_code: row.site_code, row: row.row }));
    }
    if (points.length > 0) map.getView().fit(boundingExtent(points), { padding: [60, 60, 60, 60], maxZoom: 14, duration: 300 });
  }
}
