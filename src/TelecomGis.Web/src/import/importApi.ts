// The layer upload (POST /api/plans/{version}/layers/{layer}): a preview that stores nothing and returns the features taken as
// GeoJSON, or the import itself, which stores a draft version. A refusal (400) lists every rejected feature as a problem row;
// it is turned back into the report's rejections so the panel shows them the same way.
import { authHeaders, ApiError, getJson } from '../api';
import { language } from '../i18n';

export interface LayerField { name: string; label_vi: string; kind: string; required: boolean; choices?: string[]; choices_vi?: string[] }
export interface Rejection { number: number; field?: string; message_vi: string; message_en: string }
export interface ImportReport {
  layer: string;
  format: string;
  notes: Array<{ message_vi: string; message_en: string }>;
  source_fields: string[];
  layer_fields: LayerField[];
  field_sources: Record<string, string | null>;
  read: number;
  accepted: number;
  rejected: Rejection[];
  base_version: string;
  // label_vi/label_en: the version as a person reads it (the plan, its import time, a draft); version is the hash, for URLs.
  version?: { version: string; short: string; label_vi: string; label_en: string; current: boolean };
  preview?: { type: string; features: unknown[] };
}

/** A rule of the field mapping, as the import's --mapping JSON writes it. */
export type MappingRule = string | { from: string; values: Record<string, string> } | { value: string };

export interface UploadOptions {
  layer: string;
  files: File[];
  mapping: Record<string, MappingRule>;
  srs: string;
  encoding: string;
  preview: boolean;
  skipRejected: boolean;
}

export class ImportRefused extends Error {
  constructor(message: string, public readonly rejections: Rejection[]) {
    super(message);
  }
}

export async function currentPlanVersion(): Promise<string> {
  const versions = await getJson<Array<{ version: string; current: boolean }>>('/api/plans');
  const current = versions.find((v) => v.current);
  if (!current) throw new ApiError(404, 'no current plan');
  return current.version;
}

export async function uploadLayer(version: string, o: UploadOptions): Promise<ImportReport> {
  const form = new FormData();
  for (const f of o.files) form.append('file', f, f.name);
  if (Object.keys(o.mapping).length > 0) form.append('mapping', JSON.stringify({ fields: o.mapping }));
  if (o.srs.trim()) form.append('srs', o.srs.trim());
  form.append('encoding', o.encoding);
  form.append('preview', String(o.preview));
  form.append('skip_rejected', String(o.skipRejected));
  const response = await fetch(`/api/plans/${version}/layers/${o.layer}`, { method: 'POST', headers: authHeaders(), body: form });
  if (response.ok) return (await response.json()) as ImportReport;
  let problem: { title?: string; errors?: Record<string, string[]>; problems?: Array<{ row?: number; field: string; message_vi: string; message_en: string }> } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // No problem document: the status line says it.
  }
  const rows = (problem.problems ?? []).filter((p) => p.row != null);
  const first = problem.errors ? Object.values(problem.errors)[0]?.[0] : undefined;
  const message = rows.length > 0 && language() === 'en' ? (problem.title ?? '') : (first ?? problem.title ?? `${response.status}`);
  throw new ImportRefused(message, rows.map((p) => ({ number: p.row!, field: p.field, message_vi: p.message_vi, message_en: p.message_en })));
}
