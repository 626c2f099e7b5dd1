-- The infrastructure register (issue 11): every structure's history as append-only events. An event records what happened
-- (stage), when it took effect (effective_at), who recorded it and from which source; an event that describes the structure carries its
-- snapshot (the point, a GiST index over it, and the attributes) and its installations. Nothing is updated in place: the register as
-- of any instant is the events up to it, folded in order. Carriers' declarations keep the uploaded file and their confirmation;
-- inspections keep their attached files. A batch's appraisal records the register state it read.

CREATE TABLE structure_events (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  structure_id text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('proposed', 'approved', 'built', 'in_operation', 'modified', 'dismantled', 'existing_before_plan', 'unpermitted')),
  effective_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  source text NOT NULL CHECK (source IN ('decision', 'declaration', 'inspection', 'import')),
  reference text,
  letter_number text,
  letter_date text,
  dossier_id bigint,
  dossier_row integer,
  note text,
  geom geometry(Point, 4326),
  owner text,
  code text,
  pole_class text CHECK (pole_class IS NULL OR pole_class IN ('A1a', 'A1b', 'A2a', 'A2b', 'A2c')),
  height_m double precision,
  camouflaged boolean,
  building_height_m double precision,
  backup_power_hours double precision,
  critical boolean,
  tenants text,
  CHECK (stage <> 'approved' OR (letter_number IS NOT NULL AND letter_date IS NOT NULL)),
  CHECK ((geom IS NULL) = (owner IS NULL)),
  CHECK (geom IS NULL OR (code IS NOT NULL AND pole_class IS NOT NULL AND height_m IS NOT NULL))
);
CREATE INDEX structure_events_structure ON structure_events (structure_id, fid);
CREATE INDEX structure_events_at ON structure_events (effective_at);
CREATE INDEX structure_events_geom ON structure_events USING gist (geom);
CREATE TRIGGER structure_events_no_update BEFORE UPDATE ON structure_events FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER structure_events_no_delete BEFORE DELETE ON structure_events FOR EACH ROW EXECUTE FUNCTION refuse_delete();

CREATE TABLE structure_installations (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES structure_events(fid),
  ordinal integer NOT NULL,
  carrier text NOT NULL,
  technology text NOT NULL CHECK (technology IN ('2G', '3G', '4G', '5G')),
  sector_count integer NOT NULL CHECK (sector_count >= 0),
  bands text NOT NULL,
  antennas text NOT NULL,
  CONSTRAINT structure_installations_ordinal UNIQUE (event_id, ordinal)
);
CREATE TRIGGER structure_installations_no_update BEFORE UPDATE ON structure_installations FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER structure_installations_no_delete BEFORE DELETE ON structure_installations FOR EACH ROW EXECUTE FUNCTION refuse_delete();

CREATE TABLE declarations (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  carrier text NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  file_name text NOT NULL,
  file bytea NOT NULL,
  file_sha256 text NOT NULL,
  declared text NOT NULL
);
CREATE INDEX declarations_carrier ON declarations (carrier);
CREATE TABLE declaration_confirmations (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id bigint NOT NULL UNIQUE REFERENCES declarations(fid),
  confirmed_by text NOT NULL,
  confirmed_at timestamptz NOT NULL,
  events integer NOT NULL
);
CREATE TRIGGER declarations_no_update BEFORE UPDATE ON declarations FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER declarations_no_delete BEFORE DELETE ON declarations FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER declaration_confirmations_no_update BEFORE UPDATE ON declaration_confirmations FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER declaration_confirmations_no_delete BEFORE DELETE ON declaration_confirmations FOR EACH ROW EXECUTE FUNCTION refuse_delete();

CREATE TABLE inspections (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  structure_id text NOT NULL,
  inspected_on text NOT NULL,
  inspectors text NOT NULL,
  findings text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('compliant', 'violation')),
  rule_id text,
  penalty_number text,
  penalty_date text,
  deadline text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  CHECK (outcome <> 'violation' OR rule_id IS NOT NULL)
);
CREATE INDEX inspections_structure ON inspections (structure_id, fid);
CREATE TABLE inspection_attachments (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  inspection_id bigint NOT NULL REFERENCES inspections(fid),
  file_name text NOT NULL,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  sha256 text NOT NULL
);
CREATE INDEX inspection_attachments_inspection ON inspection_attachments (inspection_id);
CREATE TRIGGER inspections_no_update BEFORE UPDATE ON inspections FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER inspection_attachments_no_update BEFORE UPDATE ON inspection_attachments FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER inspection_attachments_no_delete BEFORE DELETE ON inspection_attachments FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- The register state a batch's appraisal read (its last event, and the instant pending proposals were read as of): with the plan
-- version, what re-appraising the batch as it was needs.
CREATE TABLE batch_register_reads (
  batch_id bigint PRIMARY KEY REFERENCES submission_batches(fid),
  last_event_id bigint NOT NULL,
  read_at timestamptz NOT NULL
);
CREATE TRIGGER batch_register_reads_no_update BEFORE UPDATE ON batch_register_reads FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER batch_register_reads_no_delete BEFORE DELETE ON batch_register_reads FOR EACH ROW EXECUTE FUNCTION refuse_delete();
