// The planner's analysis as the server computes it: a coverage run (started, polled for progress, cancellable; the server's
// cache makes a repeated run with the same parameters finish at once), its per-commune table and gap polygons, and the
// postal and fiber figures per commune. Listeners hear every change; the panels and layers draw from what is held here.
import { authHeaders, getJson, postJson } from './api';

export interface CoverageJob { id: string; state: 'running' | 'finished' | 'failed' | 'cancelled'; rows_done: number; rows: number; progress: number; error?: string | null; error_en?: string | null }
export interface CommuneCoverage {
  commune_code: string; commune: string; technology: string; carrier: string; area_share: number; covered_area_km2: number;
  population: number; population_covered: number; population_share: number;
}
export interface CommunePostal {
  commune_code: string; commune: string; points: number; cultural_post_offices: number; area_km2: number; population: number;
  service_radius_km: number | null; people_per_point: number | null; headquarters_from: string; nearest_point: string | null; nearest_point_m: number | null;
}
export interface CommuneFiber { commune_code: string; commune: string; headquarters_from: string; nearest_route: string | null; distance_m: number | null; reached: boolean }
export interface GapCollection { type: 'FeatureCollection'; features: Array<{ id: string | number; properties: { technology: string; carrier: string; area_km2: number; population: number; communes: string } }> }
export interface CommuneLoss {
  commune_code: string; commune: string; technology: string; population: number; population_covered_before: number;
  population_covered_after: number; people_losing_coverage: number;
}
export interface Resilience { coverage_id: string | null; resolution_m: number; failed_sites: string[]; sites: number; communes: CommuneLoss[] }

export const technologies = ['2G', '3G', '4G', '5G'] as const;

class Analysis {
  job: CoverageJob | null = null;
  communes: CommuneCoverage[] = [];
  gaps: GapCollection | null = null;
  postal: CommunePostal[] | null = null;
  fiber: CommuneFiber[] | null = null;
  technology = '4G';
  private listeners: Array<() => void> = [];
  private polling = 0;

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }

  async start(resolutionM: number): Promise<void> {
    window.clearTimeout(this.polling);
    this.communes = [];
    this.gaps = null;
    this.job = await postJson<CoverageJob>('/api/analysis/coverage', { resolution_m: resolutionM });
    this.changed();
    await this.poll();
  }

  async cancel(): Promise<void> {
    if (!this.job || this.job.state !== 'running') return;
    window.clearTimeout(this.polling);
    const response = await fetch(`/api/analysis/coverage/${this.job.id}`, { method: 'DELETE', headers: authHeaders() });
    if (response.ok) this.job = (await response.json()) as CoverageJob;
    this.changed();
  }

  private async poll(): Promise<void> {
    if (!this.job) return;
    this.job = await getJson<CoverageJob>(`/api/analysis/coverage/${this.job.id}`);
    if (this.job.state === 'running') {
      this.changed();
      this.polling = window.setTimeout(() => void this.poll(), 500);
      return;
    }
    if (this.job.state === 'finished') {
      const base = `/api/analysis/coverage/${this.job.id}`;
      [this.communes, this.gaps] = await Promise.all([getJson<CommuneCoverage[]>(`${base}/communes`), getJson<GapCollection>(`${base}/gaps`)]);
    }
    this.changed();
  }

  /** Postal and fiber figures need no coverage run: fetched once, when first wanted. */
  async loadPostalAndFiber(): Promise<void> {
    if (this.postal && this.fiber) return;
    const [postal, fiber] = await Promise.all([
      getJson<CommunePostal[]>('/api/analysis/postal'),
      getJson<{ communes: CommuneFiber[] }>('/api/analysis/fiber'),
    ]);
    this.postal = postal;
    this.fiber = fiber.communes;
    this.changed();
  }

  coverageOf(code: string, technology: string): CommuneCoverage | undefined {
    return this.communes.find((c) => c.commune_code === code && c.technology === technology && c.carrier === 'all');
  }

  resilience(hazard: unknown): Promise<Resilience> {
    return postJson<Resilience>('/api/analysis/resilience', { hazard, coverage_id: this.job?.state === 'finished' ? this.job.id : undefined });
  }
}

export const analysis = new Analysis();
