// The register's structures as a map layer, fetched by the view's box with the tab's filters (GET /api/register/structures):
// each status in its colour, a non-conforming structure ringed in red, the selected one larger.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { bbox as byBox } from 'ol/loadingstrategy';
import { fromLonLat, transformExtent } from 'ol/proj';
import { Circle, Fill, Stroke, Style } from 'ol/style';
import { structuresIn, type Filters, type Structure } from './registerApi';

const statusColours: Record<string, string> = {
  existing_before_plan: '#546e7a', in_operation: '#1565c0', built: '#1e88e5', approved: '#43a047', proposed: '#9e9e9e',
  unpermitted: '#6a1b9a',
};

const styles = new Map<string, Style>();
function styleOf(status: string, conforms: boolean | undefined, selected: boolean): Style {
  const key = `${status}:${conforms}:${selected}`;
  let style = styles.get(key);
  if (!style) {
    style = new Style({
      image: new Circle({
        radius: selected ? 9 : 5,
        fill: new Fill({ color: statusColours[status] ?? '#616161' }),
        stroke: new Stroke({ color: conforms === false ? '#d50000' : '#ffffff', width: conforms === false ? 2.5 : 1 }),
      }),
      zIndex: selected ? 2 : conforms === false ? 1 : 0,
    });
    styles.set(key, style);
  }
  return style;
}

export class RegisterLayer {
  filters: Filters = { carrier: '', status: '', conformity: '' };
  selected: string | null = null;
  /** Called after each load with how many structures the view holds. */
  onLoaded: (count: number) => void = () => {};

  readonly source: VectorSource = new VectorSource({
    strategy: byBox,
    loader: (extent, _resolution, projection, success, failure) => {
      const box = transformExtent(extent, projection, 'EPSG:4326');
      structuresIn(box, this.filters)
        .then((structures) => {
          const features = structures.map((s) => this.feature(s));
          this.source.addFeatures(features);
          success?.(features);
          this.onLoaded(this.source.getFeatures().length);
        })
        .catch(() => { this.source.removeLoadedExtent(extent); failure?.(); });
    },
  });

  readonly layer = new VectorLayer({
    source: this.source,
    zIndex: 95,
    visible: false,
    properties: { name: 'register' },
    style: (f) => styleOf(f.get('status') as string, f.get('conforms') as boolean | undefined, f.getId() === this.selected),
  });

  private feature(s: Structure): Feature {
    const f = new Feature({ geometry: new Point(fromLonLat([s.lon, s.lat])), status: s.status, conforms: s.conforms, owner: s.owner });
    f.setId(s.id);
    return f;
  }

  /** The filters changed: fetch the view's box again with them. */
  reload(): void {
    this.source.clear(true);
    this.source.refresh();
  }

  select(id: string | null): void {
    this.selected = id;
    this.layer.changed();
  }
}
