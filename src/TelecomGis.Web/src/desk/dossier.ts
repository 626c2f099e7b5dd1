// A dossier (hồ sơ) as the desk reads it: a carrier's batch (submissions.ts) with what the appraisal desk adds to it — the
// carrier's incoming document, when it was received, its due date, its status and the letters issued for it — and, per site,
// the appraiser's decision and the consultations recorded. Every desk field is optional: a server without the desk routes
// still answers the batch's own fields, and the map works from those.
import type { RowView, SubmissionDetail, SubmissionSummary } from '../submissions';

/** The carrier's own letter that came with the dossier (công văn đến). */
export interface IncomingDocument { number: string; date: string; signer?: string; subject?: string }

/** A reply letter issued for the dossier; a correction names the letter it replaces. */
export interface IssuedLetter { number: string | number; issued_at: string; replaces?: string | number | null }

export interface Dossier extends SubmissionSummary {
  incoming?: IncomingDocument | null;
  /** ISO instant. */
  received_at?: string;
  /** yyyy-mm-dd, from the configured working days and holidays. */
  due_date?: string;
  overdue?: boolean;
  status_text?: string;
  letters?: IssuedLetter[];
}

export type SiteDecisionKind = 'approve' | 'approve_with_conditions' | 'refuse';

export interface SiteDecision {
  decision: SiteDecisionKind; reason?: string; conditions?: string; decided_by?: string; decided_at?: string;
}

export type ConsultationAnswer = 'agrees' | 'objects' | 'conditions';

export interface Consultation {
  rule: string; authority?: string; document_number: string; date: string; answer: ConsultationAnswer; conditions?: string;
  recorded_by?: string; recorded_at?: string;
}

export interface DossierRow extends RowView { decision?: SiteDecision | null; consultations?: Consultation[] }

export interface DecisionRecord {
  id: number; kind: 'decision' | 'override'; row?: number; rule_id?: string; outcome: string; reason: string; decided_by: string; decided_at: string;
}

export interface DossierDetail extends SubmissionDetail { submission: Dossier; rows: DossierRow[]; decisions?: DecisionRecord[] }
