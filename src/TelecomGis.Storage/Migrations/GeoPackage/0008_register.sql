-- The infrastructure register (issue 11): every structure's history as append-only events. An event records what happened
-- (stage), when it took effect (effective_at), who recorded it and from which source; an event that describes the structure carries its
-- snapshot (the point, an R-tree over it, and the attributes) and its installations. Nothing is updated in place: the register as
-- of any instant is the events up to it, folded in order. Carriers' declarations keep the uploaded file and their confirmation;
-- inspections keep their attached files. A batch's appraisal records the register state it read.

CREATE TABLE structure_events (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  structure_id TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('proposed', 'approved', 'built', 'in_operation', 'modified', 'dismantled', 'existing_before_plan', 'unpermitted')),
  effective_at DATETIME NOT NULL,
  recorded_by TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('decision', 'declaration', 'inspection', 'import')),
  reference TEXT,
  letter_number TEXT,
  letter_date TEXT,
  dossier_id INTEGER,
  dossier_row INTEGER,
  note TEXT,
  geom POINT,
  owner TEXT,
  code TEXT,
  pole_class TEXT CHECK (pole_class IS NULL OR pole_class IN ('A1a', 'A1b', 'A2a', 'A2b', 'A2c')),
  height_m DOUBLE,
  camouflaged BOOLEAN,
  building_height_m DOUBLE,
  backup_power_hours DOUBLE,
  critical BOOLEAN,
  tenants TEXT,
  CHECK (stage <> 'approved' OR (letter_number IS NOT NULL AND letter_date IS NOT NULL)),
  CHECK ((geom IS NULL) = (owner IS NULL)),
  CHECK (geom IS NULL OR (code IS NOT NULL AND pole_class IS NOT NULL AND height_m IS NOT NULL))
);
CREATE INDEX structure_events_structure ON structure_events (structure_id, fid);
CREATE INDEX structure_events_at ON structure_events (effective_at);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('structure_events', 'features', 'structure_events', 'The infrastructure register: append-only events, each with the structure as it stood after it', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('structure_events', 'geom', 'POINT', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('structure_events', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_structure_events_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_structure_events_geom_insert AFTER INSERT ON structure_events WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_structure_events_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
-- The spec's update and delete triggers too (GeoPackage 1.3, requirement 75), though the table refuses both.
CREATE TRIGGER rtree_structure_events_geom_update1 AFTER UPDATE OF geom ON structure_events WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_structure_events_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_structure_events_geom_update2 AFTER UPDATE OF geom ON structure_events WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_structure_events_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_structure_events_geom_update3 AFTER UPDATE ON structure_events WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_structure_events_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_structure_events_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_structure_events_geom_update4 AFTER UPDATE ON structure_events WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_structure_events_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_structure_events_geom_delete AFTER DELETE ON structure_events WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_structure_events_geom WHERE id = OLD.fid; END;
CREATE TRIGGER structure_events_no_update BEFORE UPDATE ON structure_events BEGIN SELECT RAISE(ABORT, 'structure_events is append-only'); END;
CREATE TRIGGER structure_events_no_delete BEFORE DELETE ON structure_events BEGIN SELECT RAISE(ABORT, 'structure_events is append-only'); END;

CREATE TABLE structure_installations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES structure_events(fid),
  ordinal INTEGER NOT NULL,
  carrier TEXT NOT NULL,
  technology TEXT NOT NULL CHECK (technology IN ('2G', '3G', '4G', '5G')),
  sector_count INTEGER NOT NULL CHECK (sector_count >= 0),
  bands TEXT NOT NULL,
  antennas TEXT NOT NULL,
  CONSTRAINT structure_installations_ordinal UNIQUE (event_id, ordinal)
);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('structure_installations', 'attributes', 'structure_installations');
CREATE TRIGGER structure_installations_no_update BEFORE UPDATE ON structure_installations BEGIN SELECT RAISE(ABORT, 'structure_installations is append-only'); END;
CREATE TRIGGER structure_installations_no_delete BEFORE DELETE ON structure_installations BEGIN SELECT RAISE(ABORT, 'structure_installations is append-only'); END;

CREATE TABLE declarations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  carrier TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at DATETIME NOT NULL,
  file_name TEXT NOT NULL,
  file BLOB NOT NULL,
  file_sha256 TEXT NOT NULL,
  declared TEXT NOT NULL
);
CREATE INDEX declarations_carrier ON declarations (carrier);
CREATE TABLE declaration_confirmations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  declaration_id INTEGER NOT NULL UNIQUE REFERENCES declarations(fid),
  confirmed_by TEXT NOT NULL,
  confirmed_at DATETIME NOT NULL,
  events INTEGER NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('declarations', 'attributes', 'declarations');
CREATE TRIGGER declarations_no_update BEFORE UPDATE ON declarations BEGIN SELECT RAISE(ABORT, 'declarations is append-only'); END;
CREATE TRIGGER declarations_no_delete BEFORE DELETE ON declarations BEGIN SELECT RAISE(ABORT, 'declarations is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('declaration_confirmations', 'attributes', 'declaration_confirmations');
CREATE TRIGGER declaration_confirmations_no_update BEFORE UPDATE ON declaration_confirmations BEGIN SELECT RAISE(ABORT, 'declaration_confirmations is append-only'); END;
CREATE TRIGGER declaration_confirmations_no_delete BEFORE DELETE ON declaration_confirmations BEGIN SELECT RAISE(ABORT, 'declaration_confirmations is append-only'); END;

CREATE TABLE inspections (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  structure_id TEXT NOT NULL,
  inspected_on TEXT NOT NULL,
  inspectors TEXT NOT NULL,
  findings TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('compliant', 'violation')),
  rule_id TEXT,
  penalty_number TEXT,
  penalty_date TEXT,
  deadline TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at DATETIME NOT NULL,
  CHECK (outcome <> 'violation' OR rule_id IS NOT NULL)
);
CREATE INDEX inspections_structure ON inspections (structure_id, fid);
CREATE TABLE inspection_attachments (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  inspection_id INTEGER NOT NULL REFERENCES inspections(fid),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL
);
CREATE INDEX inspection_attachments_inspection ON inspection_attachments (inspection_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('inspections', 'attributes', 'inspections');
CREATE TRIGGER inspections_no_update BEFORE UPDATE ON inspections BEGIN SELECT RAISE(ABORT, 'inspections is append-only'); END;
CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections BEGIN SELECT RAISE(ABORT, 'inspections is append-only'); END;
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('inspection_attachments', 'attributes', 'inspection_attachments');
CREATE TRIGGER inspection_attachments_no_update BEFORE UPDATE ON inspection_attachments BEGIN SELECT RAISE(ABORT, 'inspection_attachments is append-only'); END;
CREATE TRIGGER inspection_attachments_no_delete BEFORE DELETE ON inspection_attachments BEGIN SELECT RAISE(ABORT, 'inspection_attachments is append-only'); END;

-- The register state a batch's appraisal read (its last event, and the instant pending proposals were read as of): with the plan
-- version, what re-appraising the batch as it was needs.
CREATE TABLE batch_register_reads (
  batch_id INTEGER PRIMARY KEY REFERENCES submission_batches(fid),
  last_event_id INTEGER NOT NULL,
  read_at DATETIME NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('batch_register_reads', 'attributes', 'batch_register_reads');
CREATE TRIGGER batch_register_reads_no_update BEFORE UPDATE ON batch_register_reads BEGIN SELECT RAISE(ABORT, 'batch_register_reads is append-only'); END;
CREATE TRIGGER batch_register_reads_no_delete BEFORE DELETE ON batch_register_reads BEGIN SELECT RAISE(ABORT, 'batch_register_reads is append-only'); END;
