// The desk's calls to the API. The dossier routes the map has always used (list, detail, override, batch decision, letter) and
// the desk's own (a decision per site, consultations, issuing): a server that does not have one of the latter answers 404, which
// becomes a DeskRouteMissing the panels show as "not available on this server" instead of failing the page.
import { ApiError, authHeaders, getJson, getPage, type Page } from '../api';
import { t } from '../i18n';
import { problemError } from './problemText';
import type { Consultation, Dossier, DossierDetail, IssuedLetter, SiteDecision } from './dossier';

export class DeskRouteMissing extends ApiError {
  constructor() {
    super(404, t('desk.notAvailable'));
  }
}

export type LetterFormat = 'pdf' | 'docx';

/** A file the API sends, with the name its Content-Disposition gives (else the fallback). */
export interface ApiFile { blob: Blob; name: string }

/** Every dossier the caller may see (a carrier its own), a page at a time. */
export function listDossiers(limit: number, status?: 'pending'): Promise<Page<Dossier>> {
  return getPage<Dossier>(`/api/submissions?limit=${limit}${status ? `&status=${status}` : ''}`);
}

export function nextDossiers(path: string): Promise<Page<Dossier>> {
  return getPage<Dossier>(path);
}

export function getDossier(id: number): Promise<DossierDetail> {
  return getJson<DossierDetail>(`/api/submissions/${id}`);
}

export function overrideRule(id: number, row: number, ruleId: string, outcome: string, reason: string): Promise<unknown> {
  return postJson(`/api/submissions/${id}/overrides`, { row, rule_id: ruleId, outcome, reason });
}

/** The whole dossier's answer (approved or refused), the route that predates decisions per site. */
export function decideBatch(id: number, outcome: 'approved' | 'refused', reason: string): Promise<unknown> {
  return postJson(`/api/submissions/${id}/decision`, { outcome, reason });
}

export function decideSite(id: number, row: number, decision: Pick<SiteDecision, 'decision' | 'reason' | 'conditions'>): Promise<unknown> {
  return guarded(postJson(`/api/submissions/${id}/rows/${row}/decision`, decision));
}

export function recordConsultation(id: number, row: number, reply: Pick<Consultation, 'rule' | 'document_number' | 'date' | 'answer' | 'conditions'>): Promise<unknown> {
  return guarded(postJson(`/api/submissions/${id}/rows/${row}/consultations`, reply));
}

export function consultationRequest(id: number, row: number, rule: string): Promise<ApiFile> {
  return guarded(getFile(`/api/submissions/${id}/rows/${row}/consultation-request?rule=${encodeURIComponent(rule)}`, `xin-y-kien-${id}-${row}-${rule}.docx`));
}

/** Issues the letter: the clerk's register number, or the next of the yearly register when left blank. */
export function issueLetter(id: number, registerNumber: string): Promise<IssuedLetter> {
  const number = registerNumber.trim();
  return guarded(postJson<IssuedLetter>(`/api/submissions/${id}/issue`, number ? { register_number: number } : {}));
}

/** Reopens an issued dossier for a correction; the next letter issued names the one it replaces. */
export function openCorrection(id: number, reason: string): Promise<unknown> {
  return guarded(postJson(`/api/submissions/${id}/corrections`, { reason }));
}

/** The letter: once issued, exactly the stored bytes; before that, appraisers get a draft. */
export function getLetter(id: number, format: LetterFormat): Promise<ApiFile> {
  return getFile(`/api/submissions/${id}/letter?format=${format}`, `cong-van-${id}.${format}`);
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: { ...authHeaders(), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw await problemError(response);
  return (await response.json()) as T;
}

async function guarded<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw new DeskRouteMissing();
    throw e;
  }
}

async function getFile(path: string, fallbackName: string): Promise<ApiFile> {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) throw await problemError(response);
  return { blob: await response.blob(), name: fileName(response.headers.get('Content-Disposition')) ?? fallbackName };
}

/** RFC 6266: filename* (UTF-8, percent-encoded) wins over filename. */
function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) return decodeURIComponent(extended);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}
