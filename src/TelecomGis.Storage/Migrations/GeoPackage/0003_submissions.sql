-- Submissions, appraisals and decisions: append-only. Nothing here is ever updated or deleted; a decision or an override
-- is a new row, so the history of a batch is its rows in order.

CREATE TABLE submission_batches (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL,
  carrier TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  submitted_at DATETIME NOT NULL,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  CONSTRAINT submission_batches_key UNIQUE (carrier, idempotency_key)
);
CREATE INDEX submission_batches_carrier ON submission_batches (carrier);

CREATE TABLE submission_rows (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  row_number INTEGER NOT NULL,
  carrier TEXT NOT NULL,
  site_code TEXT NOT NULL,
  lon_deg DOUBLE,
  lat_deg DOUBLE,
  pole_class TEXT,
  height_m DOUBLE,
  camouflaged BOOLEAN,
  shares_site_id TEXT,
  building_height_m DOUBLE,
  ground_elevation_m DOUBLE,
  declared_commune_code TEXT,
  sectors TEXT,
  rejection_field TEXT,
  rejection_vi TEXT,
  rejection_en TEXT,
  CONSTRAINT submission_rows_row UNIQUE (batch_id, row_number)
);

CREATE TABLE appraisals (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  row_id INTEGER NOT NULL UNIQUE REFERENCES submission_rows(fid),
  verdict TEXT NOT NULL CHECK (verdict IN ('conforms', 'does_not_conform', 'needs_consultation')),
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  alternative TEXT -- the conforming-point search's answer (JSON), when it ran
);

CREATE TABLE rule_results (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  appraisal_id INTEGER NOT NULL REFERENCES appraisals(fid),
  ordinal INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'consult', 'warn', 'n/a')),
  measured_value DOUBLE,
  unit TEXT,
  threshold DOUBLE,
  deciding_layer TEXT,
  deciding_id TEXT,
  deciding_name TEXT,
  citation TEXT,
  message_vi TEXT NOT NULL,
  message_en TEXT NOT NULL,
  CONSTRAINT rule_results_ordinal UNIQUE (appraisal_id, ordinal)
);

CREATE TABLE decisions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES submission_batches(fid),
  kind TEXT NOT NULL CHECK (kind IN ('decision', 'override')),
  row_number INTEGER,
  rule_id TEXT,
  outcome TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  decided_by TEXT NOT NULL,
  decided_at DATETIME NOT NULL,
  CHECK (kind = 'decision' OR (row_number IS NOT NULL AND rule_id IS NOT NULL))
);
CREATE INDEX decisions_batch ON decisions (batch_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('submission_batches', 'attributes', 'submission_batches');
CREATE TRIGGER submission_batches_no_update BEFORE UPDATE ON submission_batches BEGIN SELECT RAISE(ABORT, 'submission_batches is append-only'); END;
CREATE TRIGGER submission_batches_no_delete BEFORE DELETE ON submission_batches BEGIN SELECT RAISE(ABORT, 'submission_batches is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('submission_rows', 'attributes', 'submission_rows');
CREATE TRIGGER submission_rows_no_update BEFORE UPDATE ON submission_rows BEGIN SELECT RAISE(ABORT, 'submission_rows is append-only'); END;
CREATE TRIGGER submission_rows_no_delete BEFORE DELETE ON submission_rows BEGIN SELECT RAISE(ABORT, 'submission_rows is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('appraisals', 'attributes', 'appraisals');
CREATE TRIGGER appraisals_no_update BEFORE UPDATE ON appraisals BEGIN SELECT RAISE(ABORT, 'appraisals is append-only'); END;
CREATE TRIGGER appraisals_no_delete BEFORE DELETE ON appraisals BEGIN SELECT RAISE(ABORT, 'appraisals is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('rule_results', 'attributes', 'rule_results');
CREATE TRIGGER rule_results_no_update BEFORE UPDATE ON rule_results BEGIN SELECT RAISE(ABORT, 'rule_results is append-only'); END;
CREATE TRIGGER rule_results_no_delete BEFORE DELETE ON rule_results BEGIN SELECT RAISE(ABORT, 'rule_results is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('decisions', 'attributes', 'decisions');
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions is append-only'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions is append-only'); END;
