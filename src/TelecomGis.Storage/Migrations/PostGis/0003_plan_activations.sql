-- Which plan version new submissions are appraised against: the latest activation (append-only), else the latest import.
-- Importing a version does not make it current; a planner activates it after reading its impact.

CREATE TABLE plan_activations (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  activated_by text NOT NULL,
  activated_at timestamptz NOT NULL
);
CREATE TRIGGER plan_activations_no_update BEFORE UPDATE ON plan_activations FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER plan_activations_no_delete BEFORE DELETE ON plan_activations FOR EACH ROW EXECUTE FUNCTION refuse_delete();
