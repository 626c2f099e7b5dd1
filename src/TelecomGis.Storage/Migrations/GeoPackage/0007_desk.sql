-- The appraisal desk (issue 10): the carrier's incoming document on its batch, a decision per site, consultations of other
-- authorities, the issued letters (their bytes frozen at issue) and corrections. Append-only like the rest of a batch's history:
-- a later decision or consultation of the same site supersedes an earlier one, which stays; a letter is never changed, only
-- replaced by a later one after a correction is opened against it.

-- The incoming document (công văn đến) the carrier's dossier came with; NULL for batches sent without one. The received instant is
-- the batch's submitted_at. incoming_date is an ISO date (yyyy-mm-dd).
ALTER TABLE submission_batches ADD COLUMN incoming_number TEXT;
ALTER TABLE submission_batches ADD COLUMN incoming_date TEXT;
ALTER TABLE submission_batches ADD COLUMN incoming_signer TEXT;
ALTER TABLE submission_batches ADD COLUMN incoming_subject TEXT;

CREATE TABLE site_decisions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  row_number INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'approve_with_conditions', 'refuse')),
  reason TEXT,
  conditions TEXT,
  decided_by TEXT NOT NULL,
  decided_at DATETIME NOT NULL,
  CHECK (decision <> 'approve_with_conditions' OR coalesce(length(trim(conditions)), 0) > 0),
  CHECK (decision <> 'refuse' OR coalesce(length(trim(reason)), 0) > 0)
);
CREATE INDEX site_decisions_batch ON site_decisions (batch_id, row_number);

CREATE TABLE consultations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  row_number INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  authority TEXT NOT NULL,
  document_number TEXT NOT NULL,
  document_date TEXT NOT NULL,
  answer TEXT NOT NULL CHECK (answer IN ('agrees', 'objects', 'conditions')),
  conditions TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at DATETIME NOT NULL,
  CHECK (answer <> 'conditions' OR coalesce(length(trim(conditions)), 0) > 0)
);
CREATE INDEX consultations_batch ON consultations (batch_id, row_number);

-- The department's yearly register (sổ đăng ký văn bản đi): register_seq restarts at 1 each register_year (the year in Vietnam's
-- time); a clerk's own number keeps the seq it starts with, when it starts with one.
CREATE TABLE letters (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  number TEXT NOT NULL,
  register_year INTEGER NOT NULL,
  register_seq INTEGER,
  issued_by TEXT NOT NULL,
  issued_at DATETIME NOT NULL,
  replaces INTEGER REFERENCES letters(fid),
  docx BLOB NOT NULL,
  docx_sha256 TEXT NOT NULL,
  pdf BLOB NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  CONSTRAINT letters_number UNIQUE (number),
  CONSTRAINT letters_register UNIQUE (register_year, register_seq)
);
CREATE INDEX letters_batch ON letters (batch_id);
-- One first letter per batch and one replacement per corrected letter: two issues racing past the service's check cannot both land.
CREATE UNIQUE INDEX letters_one_per_round ON letters (batch_id, coalesce(replaces, 0));

-- One correction per issued letter: it reopens the batch, and the next letter issued names the one it corrects.
CREATE TABLE corrections (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  letter_id INTEGER NOT NULL UNIQUE REFERENCES letters(fid),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  opened_by TEXT NOT NULL,
  opened_at DATETIME NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('site_decisions', 'attributes', 'site_decisions');
CREATE TRIGGER site_decisions_no_update BEFORE UPDATE ON site_decisions BEGIN SELECT RAISE(ABORT, 'site_decisions is append-only'); END;
CREATE TRIGGER site_decisions_no_delete BEFORE DELETE ON site_decisions BEGIN SELECT RAISE(ABORT, 'site_decisions is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('consultations', 'attributes', 'consultations');
CREATE TRIGGER consultations_no_update BEFORE UPDATE ON consultations BEGIN SELECT RAISE(ABORT, 'consultations is append-only'); END;
CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations BEGIN SELECT RAISE(ABORT, 'consultations is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('letters', 'attributes', 'letters');
CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters BEGIN SELECT RAISE(ABORT, 'letters is append-only'); END;
CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters BEGIN SELECT RAISE(ABORT, 'letters is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('corrections', 'attributes', 'corrections');
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections is append-only'); END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections is append-only'); END;
