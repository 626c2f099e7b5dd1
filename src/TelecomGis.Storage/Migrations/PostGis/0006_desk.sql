-- The appraisal desk (issue 10): the carrier's incoming document on its batch, a decision per site, consultations of other
-- authorities, the issued letters (their bytes frozen at issue) and corrections. Append-only like the rest of a batch's history:
-- a later decision or consultation of the same site supersedes an earlier one, which stays; a letter is never changed, only
-- replaced by a later one after a correction is opened against it.

-- The incoming document (công văn đến) the carrier's dossier came with; NULL for batches sent without one. The received instant is
-- the batch's submitted_at. incoming_date is an ISO date (yyyy-mm-dd).
ALTER TABLE submission_batches ADD COLUMN incoming_number text;
ALTER TABLE submission_batches ADD COLUMN incoming_date text;
ALTER TABLE submission_batches ADD COLUMN incoming_signer text;
ALTER TABLE submission_batches ADD COLUMN incoming_subject text;

CREATE TABLE site_decisions (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  row_number integer NOT NULL,
  decision text NOT NULL CHECK (decision IN ('approve', 'approve_with_conditions', 'refuse')),
  reason text,
  conditions text,
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL,
  CHECK (decision <> 'approve_with_conditions' OR coalesce(length(trim(conditions)), 0) > 0),
  CHECK (decision <> 'refuse' OR coalesce(length(trim(reason)), 0) > 0)
);
CREATE INDEX site_decisions_batch ON site_decisions (batch_id, row_number);

CREATE TABLE consultations (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  row_number integer NOT NULL,
  rule_id text NOT NULL,
  authority text NOT NULL,
  document_number text NOT NULL,
  document_date text NOT NULL,
  answer text NOT NULL CHECK (answer IN ('agrees', 'objects', 'conditions')),
  conditions text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  CHECK (answer <> 'conditions' OR coalesce(length(trim(conditions)), 0) > 0)
);
CREATE INDEX consultations_batch ON consultations (batch_id, row_number);

-- The department's yearly register (sổ đăng ký văn bản đi): register_seq restarts at 1 each register_year (the year in Vietnam's
-- time); a clerk's own number keeps the seq it starts with, when it starts with one.
CREATE TABLE letters (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  number text NOT NULL,
  register_year integer NOT NULL,
  register_seq integer,
  issued_by text NOT NULL,
  issued_at timestamptz NOT NULL,
  replaces bigint REFERENCES letters(fid),
  docx bytea NOT NULL,
  docx_sha256 text NOT NULL,
  pdf bytea NOT NULL,
  pdf_sha256 text NOT NULL,
  CONSTRAINT letters_number UNIQUE (number),
  CONSTRAINT letters_register UNIQUE (register_year, register_seq)
);
CREATE INDEX letters_batch ON letters (batch_id);
-- One first letter per batch and one replacement per corrected letter: two issues racing past the service's check cannot both land.
CREATE UNIQUE INDEX letters_one_per_round ON letters (batch_id, coalesce(replaces, 0));

-- One correction per issued letter: it reopens the batch, and the next letter issued names the one it corrects.
CREATE TABLE corrections (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  letter_id bigint NOT NULL UNIQUE REFERENCES letters(fid),
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  opened_by text NOT NULL,
  opened_at timestamptz NOT NULL
);

CREATE TRIGGER site_decisions_no_update BEFORE UPDATE ON site_decisions FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER site_decisions_no_delete BEFORE DELETE ON site_decisions FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER consultations_no_update BEFORE UPDATE ON consultations FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections FOR EACH ROW EXECUTE FUNCTION refuse_delete();
