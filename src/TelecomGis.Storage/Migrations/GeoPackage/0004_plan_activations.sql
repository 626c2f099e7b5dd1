-- Which plan version new submissions are appraised against: the latest activation (append-only), else the latest import.
-- Importing a version does not make it current; a planner activates it after reading its impact.

CREATE TABLE plan_activations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  activated_by TEXT NOT NULL,
  activated_at DATETIME NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('plan_activations', 'attributes', 'plan_activations', 'Plan versions made current, in order');
CREATE TRIGGER plan_activations_no_update BEFORE UPDATE ON plan_activations BEGIN SELECT RAISE(ABORT, 'plan_activations is append-only'); END;
CREATE TRIGGER plan_activations_no_delete BEFORE DELETE ON plan_activations BEGIN SELECT RAISE(ABORT, 'plan_activations is append-only'); END;
