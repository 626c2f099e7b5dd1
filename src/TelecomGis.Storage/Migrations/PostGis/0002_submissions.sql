-- Submissions, appraisals and decisions: append-only. Nothing here is ever updated or deleted; a decision or an override
-- is a new row, so the history of a batch is its rows in order.
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: its rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;

-- A plan version's rows go only while no submission refers to it; the foreign keys guard plan_versions itself.
CREATE FUNCTION refuse_delete_of_referenced_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
     OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version) THEN
    RAISE EXCEPTION 'plan version % is referenced by an appraisal', OLD.plan_version USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;

CREATE TABLE submission_batches (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idempotency_key text NOT NULL,
  carrier text NOT NULL,
  submitted_by text NOT NULL,
  submitted_at timestamptz NOT NULL,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  CONSTRAINT submission_batches_key UNIQUE (carrier, idempotency_key)
);
CREATE INDEX submission_batches_carrier ON submission_batches (carrier);

CREATE TABLE submission_rows (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  row_number integer NOT NULL,
  carrier text NOT NULL,
  site_code text NOT NULL,
  lon_deg double precision,
  lat_deg double precision,
  pole_class text,
  height_m double precision,
  camouflaged boolean,
  shares_site_id text,
  building_height_m double precision,
  ground_elevation_m double precision,
  declared_commune_code text,
  sectors text,
  rejection_field text,
  rejection_vi text,
  rejection_en text,
  CONSTRAINT submission_rows_row UNIQUE (batch_id, row_number)
);

CREATE TABLE appraisals (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  row_id bigint NOT NULL UNIQUE REFERENCES submission_rows(fid),
  verdict text NOT NULL CHECK (verdict IN ('conforms', 'does_not_conform', 'needs_consultation')),
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  alternative text -- the conforming-point search's answer (JSON), when it ran
);

CREATE TABLE rule_results (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  appraisal_id bigint NOT NULL REFERENCES appraisals(fid),
  ordinal integer NOT NULL,
  rule_id text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('pass', 'fail', 'consult', 'warn', 'n/a')),
  measured_value double precision,
  unit text,
  threshold double precision,
  deciding_layer text,
  deciding_id text,
  deciding_name text,
  citation text,
  message_vi text NOT NULL,
  message_en text NOT NULL,
  CONSTRAINT rule_results_ordinal UNIQUE (appraisal_id, ordinal)
);

CREATE TABLE decisions (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES submission_batches(fid),
  kind text NOT NULL CHECK (kind IN ('decision', 'override')),
  row_number integer,
  rule_id text,
  outcome text NOT NULL,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL,
  CHECK (kind = 'decision' OR (row_number IS NOT NULL AND rule_id IS NOT NULL))
);
CREATE INDEX decisions_batch ON decisions (batch_id);
CREATE TRIGGER submission_batches_no_update BEFORE UPDATE ON submission_batches FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER submission_batches_no_delete BEFORE DELETE ON submission_batches FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER submission_rows_no_update BEFORE UPDATE ON submission_rows FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER submission_rows_no_delete BEFORE DELETE ON submission_rows FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER appraisals_no_update BEFORE UPDATE ON appraisals FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER appraisals_no_delete BEFORE DELETE ON appraisals FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER rule_results_no_update BEFORE UPDATE ON rule_results FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER rule_results_no_delete BEFORE DELETE ON rule_results FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER plan_rules_no_delete_referenced BEFORE DELETE ON plan_rules FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER province_no_delete_referenced BEFORE DELETE ON province FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER communes_no_delete_referenced BEFORE DELETE ON communes FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER zones_no_delete_referenced BEFORE DELETE ON zones FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER planned_positions_no_delete_referenced BEFORE DELETE ON planned_positions FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER restricted_areas_no_delete_referenced BEFORE DELETE ON restricted_areas FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER airports_no_delete_referenced BEFORE DELETE ON airports FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER runways_no_delete_referenced BEFORE DELETE ON runways FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER sites_no_delete_referenced BEFORE DELETE ON sites FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER sensitive_places_no_delete_referenced BEFORE DELETE ON sensitive_places FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER fiber_routes_no_delete_referenced BEFORE DELETE ON fiber_routes FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
CREATE TRIGGER post_offices_no_delete_referenced BEFORE DELETE ON post_offices FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_referenced_plan();
