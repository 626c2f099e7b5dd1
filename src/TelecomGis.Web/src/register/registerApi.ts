// The register as /api/register/... returns it (src/TelecomGis.Api/Register): structures by box with the map's filters, one
// structure's record, the non-conforming and unpermitted lists. The service leaves null fields out, so they are optional here.
import { getJson } from '../api';

export interface Installation { carrier: string; technology: string; sectors: number; bands_mhz: number[] }
export interface Structure {
  id: string; owner: string; code: string; lon: number; lat: number; pole_class: string; height_m: number; camouflaged: boolean;
  building_height_m?: number; backup_power_hours?: number; critical: boolean; carriers: string[]; status: string; status_text: string;
  since: string; approval?: { letter_number: string; letter_date: string; dossier_id: number; row: number };
  installations: Installation[]; conforms?: boolean;
}
/** A construction permit or the exemption relied on; text is the record's line in the request's language. */
export interface Permit {
  kind: 'permit' | 'exemption'; permit_number?: string; permit_date?: string; issued_by?: string; exemption?: string;
  citation?: string; citation_confirmed?: boolean; note?: string; text: string; recorded_by: string; recorded_at: string;
}
export interface HistoryEvent {
  id: number; stage: string; stage_text: string; at: string; recorded_by: string; source: string; source_text: string;
  reference?: string; reference_text?: string; letter_number?: string; note?: string;
}
export interface Inspection {
  id: number; inspected_on: string; inspectors: string[]; findings: string; outcome_code: string; rule_id?: string;
  penalty_number?: string; penalty_date?: string; deadline?: string;
}
export interface FailingRule {
  rule_id: string; title_vi: string; title_en: string; message_vi: string; message_en: string; deadline?: string;
  remedy_vi: string; remedy_en: string;
}
export interface StructureRecord {
  structure: Structure; history: HistoryEvent[]; inspections: Inspection[]; commune_code?: string; commune_name?: string;
  conformity?: { plan_version: string; judged: boolean; conforms: boolean; deadline?: string; failures: FailingRule[] };
  permit?: Permit;
}
export interface NonconformingEntry {
  id: string; owner: string; code: string; lon: number; lat: number; pole_class: string; height_m: number; status_text: string;
  commune_name?: string; message_vi: string; message_en: string;
}
export interface NonconformingGroup {
  rule_id: string; title_vi: string; title_en: string; deadline?: string; remedy_vi: string; remedy_en: string; overdue: boolean;
  count: number; structures: NonconformingEntry[];
}
export interface NonconformingList { plan_version: string; today: string; sort: string; held: number; nonconforming: number; overdue: number; groups: NonconformingGroup[] }
export interface Unpermitted { structure: Structure; commune_name?: string; source_text: string; reference?: string; reference_text?: string; recorded_by: string }

export interface Filters { carrier: string; status: string; conformity: string; legal?: string }

export function structuresIn(bbox: number[], f: Filters): Promise<Structure[]> {
  const q = new URLSearchParams({ bbox: bbox.map((v) => v.toFixed(6)).join(',') });
  if (f.carrier) q.set('carrier', f.carrier);
  if (f.status) q.set('status', f.status);
  if (f.conformity) q.set('conformity', f.conformity);
  if (f.legal) q.set('legal', f.legal);
  return getJson<Structure[]>(`/api/register/structures?${q}`);
}

export const structureRecord = (id: string) => getJson<StructureRecord>(`/api/register/structures/${encodeURIComponent(id)}`);
export const nonconforming = (sort: string) => getJson<NonconformingList>(`/api/register/nonconforming?sort=${sort}`);
export const unpermitted = () => getJson<Unpermitted[]>('/api/register/unpermitted');
