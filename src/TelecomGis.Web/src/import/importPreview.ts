// The preview of an import on the map: the features the server would take, drawn over the plan in a colour no plan layer
// uses, and the view fitted to them.
import type OlMap from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import { Circle, Fill, Stroke, Style } from 'ol/style';

const colour = '#6a1b9a';
const style = new Style({
  stroke: new Stroke({ color: colour, width: 2.5 }),
  fill: new Fill({ color: 'rgba(106, 27, 154, 0.18)' }),
  image: new Circle({ radius: 6, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 1.5 }) }),
});

export class ImportPreview {
  readonly source = new VectorSource();
  readonly layer = new VectorLayer({ source: this.source, zIndex: 90, style });

  constructor(private readonly map: OlMap) {
    map.addLayer(this.layer);
  }

  show(collection: { type: string; features: unknown[] }): number {
    this.source.clear();
    const features = new GeoJSON().readFeatures(collection, { featureProjection: this.map.getView().getProjection() });
    this.source.addFeatures(features);
    const extent = this.source.getExtent();
    if (features.length > 0 && extent) this.map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom: 15, duration: 0 });
    return features.length;
  }

  clear(): void {
    this.source.clear();
  }
}
