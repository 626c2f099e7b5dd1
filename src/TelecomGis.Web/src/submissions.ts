// A carrier's batches as the API lists and details them (/api/submissions).
import type { AppraisalView, ConformingAlternative } from './appraisal';

export interface SubmissionSummary {
  id: number; carrier: string; submitted_by: string; submitted_at: string; plan_version: string; row_count: number; status: string;
  /** In a listing: rows per verdict (conforms, does_not_conform, needs_consultation, rejected). */
  verdicts?: Record<string, number>;
}

export interface RowView {
  row: number;
  site_code: string;
  verdict: string;
  rejection?: { field: string; message: string; message_vi: string; message_en: string };
  appraisal?: AppraisalView;
  alternative?: ConformingAlternative;
}

export interface SubmissionDetail { submission: SubmissionSummary; verdicts: Record<string, number>; rows: RowView[] }
