-- Plan versions and their layers. A version is immutable: its rows are never updated, and they are deleted only while no
-- submission refers to the version (the triggers below; the foreign keys catch the rest).

CREATE TABLE plan_versions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  hash TEXT NOT NULL UNIQUE,
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  epsg INTEGER NOT NULL,
  plan_name TEXT NOT NULL,
  department_name_vi TEXT NOT NULL,
  department_name_en TEXT NOT NULL,
  adopted DATE NOT NULL,
  default_zone_id TEXT NOT NULL,
  imported_at DATETIME NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('plan_versions', 'attributes', 'plan_versions', 'Imported plan versions (SHA-256 of the bundle)');
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions BEGIN SELECT RAISE(ABORT, 'plan_versions is immutable: a plan version is never changed'); END;

CREATE TABLE plan_rules (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  rule_id TEXT NOT NULL,
  parameter TEXT NOT NULL,
  value DOUBLE NOT NULL,
  unit TEXT NOT NULL,
  citation TEXT NOT NULL
);
CREATE INDEX plan_rules_version ON plan_rules (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('plan_rules', 'attributes', 'plan_rules', 'The rule table of each plan version, with citations');
CREATE TRIGGER plan_rules_no_update BEFORE UPDATE ON plan_rules BEGIN SELECT RAISE(ABORT, 'plan_rules is immutable: a plan version is never changed'); END;
CREATE TRIGGER plan_rules_no_delete_referenced BEFORE DELETE ON plan_rules
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE province (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom GEOMETRY
);
CREATE INDEX province_version ON province (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('province', 'features', 'province', 'Plan layer province, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('province', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('province', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_province_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_province_geom_insert AFTER INSERT ON province WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_province_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_province_geom_update1 AFTER UPDATE OF geom ON province WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_province_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_province_geom_update2 AFTER UPDATE OF geom ON province WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_province_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_province_geom_update3 AFTER UPDATE ON province WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_province_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_province_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_province_geom_update4 AFTER UPDATE ON province WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_province_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_province_geom_delete AFTER DELETE ON province WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_province_geom WHERE id = OLD.fid; END;
CREATE TRIGGER province_no_update BEFORE UPDATE ON province BEGIN SELECT RAISE(ABORT, 'province is immutable: a plan version is never changed'); END;
CREATE TRIGGER province_no_delete_referenced BEFORE DELETE ON province
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE communes (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom GEOMETRY
);
CREATE INDEX communes_version ON communes (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('communes', 'features', 'communes', 'Plan layer communes, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('communes', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('communes', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_communes_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_communes_geom_insert AFTER INSERT ON communes WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_communes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_communes_geom_update1 AFTER UPDATE OF geom ON communes WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_communes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_communes_geom_update2 AFTER UPDATE OF geom ON communes WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_communes_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_communes_geom_update3 AFTER UPDATE ON communes WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_communes_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_communes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_communes_geom_update4 AFTER UPDATE ON communes WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_communes_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_communes_geom_delete AFTER DELETE ON communes WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_communes_geom WHERE id = OLD.fid; END;
CREATE TRIGGER communes_no_update BEFORE UPDATE ON communes BEGIN SELECT RAISE(ABORT, 'communes is immutable: a plan version is never changed'); END;
CREATE TRIGGER communes_no_delete_referenced BEFORE DELETE ON communes
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE zones (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom GEOMETRY
);
CREATE INDEX zones_version ON zones (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('zones', 'features', 'zones', 'Plan layer zones, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('zones', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('zones', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_zones_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_zones_geom_insert AFTER INSERT ON zones WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_zones_geom_update1 AFTER UPDATE OF geom ON zones WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_zones_geom_update2 AFTER UPDATE OF geom ON zones WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_zones_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_zones_geom_update3 AFTER UPDATE ON zones WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_zones_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_zones_geom_update4 AFTER UPDATE ON zones WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_zones_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_zones_geom_delete AFTER DELETE ON zones WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_zones_geom WHERE id = OLD.fid; END;
CREATE TRIGGER zones_no_update BEFORE UPDATE ON zones BEGIN SELECT RAISE(ABORT, 'zones is immutable: a plan version is never changed'); END;
CREATE TRIGGER zones_no_delete_referenced BEFORE DELETE ON zones
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE planned_positions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom POINT
);
CREATE INDEX planned_positions_version ON planned_positions (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('planned_positions', 'features', 'planned_positions', 'Plan layer planned_positions, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('planned_positions', 'geom', 'POINT', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('planned_positions', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_planned_positions_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_planned_positions_geom_insert AFTER INSERT ON planned_positions WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_planned_positions_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_planned_positions_geom_update1 AFTER UPDATE OF geom ON planned_positions WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_planned_positions_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_planned_positions_geom_update2 AFTER UPDATE OF geom ON planned_positions WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_planned_positions_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_planned_positions_geom_update3 AFTER UPDATE ON planned_positions WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_planned_positions_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_planned_positions_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_planned_positions_geom_update4 AFTER UPDATE ON planned_positions WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_planned_positions_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_planned_positions_geom_delete AFTER DELETE ON planned_positions WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_planned_positions_geom WHERE id = OLD.fid; END;
CREATE TRIGGER planned_positions_no_update BEFORE UPDATE ON planned_positions BEGIN SELECT RAISE(ABORT, 'planned_positions is immutable: a plan version is never changed'); END;
CREATE TRIGGER planned_positions_no_delete_referenced BEFORE DELETE ON planned_positions
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE restricted_areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom GEOMETRY
);
CREATE INDEX restricted_areas_version ON restricted_areas (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('restricted_areas', 'features', 'restricted_areas', 'Plan layer restricted_areas, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('restricted_areas', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('restricted_areas', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_restricted_areas_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_restricted_areas_geom_insert AFTER INSERT ON restricted_areas WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_restricted_areas_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_restricted_areas_geom_update1 AFTER UPDATE OF geom ON restricted_areas WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_restricted_areas_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_restricted_areas_geom_update2 AFTER UPDATE OF geom ON restricted_areas WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_restricted_areas_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_restricted_areas_geom_update3 AFTER UPDATE ON restricted_areas WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_restricted_areas_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_restricted_areas_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_restricted_areas_geom_update4 AFTER UPDATE ON restricted_areas WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_restricted_areas_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_restricted_areas_geom_delete AFTER DELETE ON restricted_areas WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_restricted_areas_geom WHERE id = OLD.fid; END;
CREATE TRIGGER restricted_areas_no_update BEFORE UPDATE ON restricted_areas BEGIN SELECT RAISE(ABORT, 'restricted_areas is immutable: a plan version is never changed'); END;
CREATE TRIGGER restricted_areas_no_delete_referenced BEFORE DELETE ON restricted_areas
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE airports (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom POINT
);
CREATE INDEX airports_version ON airports (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('airports', 'features', 'airports', 'Plan layer airports, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('airports', 'geom', 'POINT', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('airports', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_airports_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_airports_geom_insert AFTER INSERT ON airports WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_airports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_airports_geom_update1 AFTER UPDATE OF geom ON airports WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_airports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_airports_geom_update2 AFTER UPDATE OF geom ON airports WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_airports_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_airports_geom_update3 AFTER UPDATE ON airports WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_airports_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_airports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_airports_geom_update4 AFTER UPDATE ON airports WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_airports_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_airports_geom_delete AFTER DELETE ON airports WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_airports_geom WHERE id = OLD.fid; END;
CREATE TRIGGER airports_no_update BEFORE UPDATE ON airports BEGIN SELECT RAISE(ABORT, 'airports is immutable: a plan version is never changed'); END;
CREATE TRIGGER airports_no_delete_referenced BEFORE DELETE ON airports
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE runways (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom LINESTRING
);
CREATE INDEX runways_version ON runways (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('runways', 'features', 'runways', 'Plan layer runways, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('runways', 'geom', 'LINESTRING', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('runways', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_runways_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_runways_geom_insert AFTER INSERT ON runways WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_runways_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_runways_geom_update1 AFTER UPDATE OF geom ON runways WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_runways_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_runways_geom_update2 AFTER UPDATE OF geom ON runways WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_runways_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_runways_geom_update3 AFTER UPDATE ON runways WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_runways_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_runways_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_runways_geom_update4 AFTER UPDATE ON runways WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_runways_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_runways_geom_delete AFTER DELETE ON runways WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_runways_geom WHERE id = OLD.fid; END;
CREATE TRIGGER runways_no_update BEFORE UPDATE ON runways BEGIN SELECT RAISE(ABORT, 'runways is immutable: a plan version is never changed'); END;
CREATE TRIGGER runways_no_delete_referenced BEFORE DELETE ON runways
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE sites (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom POINT
);
CREATE INDEX sites_version ON sites (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('sites', 'features', 'sites', 'Plan layer sites, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('sites', 'geom', 'POINT', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('sites', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_sites_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_sites_geom_insert AFTER INSERT ON sites WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_sites_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sites_geom_update1 AFTER UPDATE OF geom ON sites WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_sites_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sites_geom_update2 AFTER UPDATE OF geom ON sites WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sites_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_sites_geom_update3 AFTER UPDATE ON sites WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sites_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_sites_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sites_geom_update4 AFTER UPDATE ON sites WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sites_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_sites_geom_delete AFTER DELETE ON sites WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_sites_geom WHERE id = OLD.fid; END;
CREATE TRIGGER sites_no_update BEFORE UPDATE ON sites BEGIN SELECT RAISE(ABORT, 'sites is immutable: a plan version is never changed'); END;
CREATE TRIGGER sites_no_delete_referenced BEFORE DELETE ON sites
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE sensitive_places (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom GEOMETRY
);
CREATE INDEX sensitive_places_version ON sensitive_places (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('sensitive_places', 'features', 'sensitive_places', 'Plan layer sensitive_places, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('sensitive_places', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('sensitive_places', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_sensitive_places_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_sensitive_places_geom_insert AFTER INSERT ON sensitive_places WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_sensitive_places_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sensitive_places_geom_update1 AFTER UPDATE OF geom ON sensitive_places WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_sensitive_places_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sensitive_places_geom_update2 AFTER UPDATE OF geom ON sensitive_places WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sensitive_places_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_sensitive_places_geom_update3 AFTER UPDATE ON sensitive_places WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sensitive_places_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_sensitive_places_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_sensitive_places_geom_update4 AFTER UPDATE ON sensitive_places WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_sensitive_places_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_sensitive_places_geom_delete AFTER DELETE ON sensitive_places WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_sensitive_places_geom WHERE id = OLD.fid; END;
CREATE TRIGGER sensitive_places_no_update BEFORE UPDATE ON sensitive_places BEGIN SELECT RAISE(ABORT, 'sensitive_places is immutable: a plan version is never changed'); END;
CREATE TRIGGER sensitive_places_no_delete_referenced BEFORE DELETE ON sensitive_places
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE fiber_routes (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom LINESTRING
);
CREATE INDEX fiber_routes_version ON fiber_routes (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('fiber_routes', 'features', 'fiber_routes', 'Plan layer fiber_routes, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('fiber_routes', 'geom', 'LINESTRING', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('fiber_routes', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_fiber_routes_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_fiber_routes_geom_insert AFTER INSERT ON fiber_routes WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_fiber_routes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_fiber_routes_geom_update1 AFTER UPDATE OF geom ON fiber_routes WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_fiber_routes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_fiber_routes_geom_update2 AFTER UPDATE OF geom ON fiber_routes WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_fiber_routes_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_fiber_routes_geom_update3 AFTER UPDATE ON fiber_routes WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_fiber_routes_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_fiber_routes_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_fiber_routes_geom_update4 AFTER UPDATE ON fiber_routes WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_fiber_routes_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_fiber_routes_geom_delete AFTER DELETE ON fiber_routes WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_fiber_routes_geom WHERE id = OLD.fid; END;
CREATE TRIGGER fiber_routes_no_update BEFORE UPDATE ON fiber_routes BEGIN SELECT RAISE(ABORT, 'fiber_routes is immutable: a plan version is never changed'); END;
CREATE TRIGGER fiber_routes_no_delete_referenced BEFORE DELETE ON fiber_routes
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;

CREATE TABLE post_offices (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_version TEXT NOT NULL REFERENCES plan_versions(hash),
  feature_id TEXT NOT NULL,
  properties TEXT NOT NULL,
  geom POINT
);
CREATE INDEX post_offices_version ON post_offices (plan_version);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('post_offices', 'features', 'post_offices', 'Plan layer post_offices, all versions (properties as in data/README.md, JSON)', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('post_offices', 'geom', 'POINT', 4326, 0, 0);
INSERT INTO gpkg_extensions VALUES ('post_offices', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_post_offices_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_post_offices_geom_insert AFTER INSERT ON post_offices WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_post_offices_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_post_offices_geom_update1 AFTER UPDATE OF geom ON post_offices WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN INSERT OR REPLACE INTO rtree_post_offices_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_post_offices_geom_update2 AFTER UPDATE OF geom ON post_offices WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_post_offices_geom WHERE id = OLD.fid; END;
CREATE TRIGGER rtree_post_offices_geom_update3 AFTER UPDATE ON post_offices WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_post_offices_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_post_offices_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
CREATE TRIGGER rtree_post_offices_geom_update4 AFTER UPDATE ON post_offices WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN DELETE FROM rtree_post_offices_geom WHERE id IN (OLD.fid, NEW.fid); END;
CREATE TRIGGER rtree_post_offices_geom_delete AFTER DELETE ON post_offices WHEN OLD.geom NOT NULL
BEGIN DELETE FROM rtree_post_offices_geom WHERE id = OLD.fid; END;
CREATE TRIGGER post_offices_no_update BEFORE UPDATE ON post_offices BEGIN SELECT RAISE(ABORT, 'post_offices is immutable: a plan version is never changed'); END;
CREATE TRIGGER post_offices_no_delete_referenced BEFORE DELETE ON post_offices
  WHEN EXISTS (SELECT 1 FROM submission_batches WHERE plan_version = OLD.plan_version)
    OR EXISTS (SELECT 1 FROM appraisals WHERE plan_version = OLD.plan_version)
  BEGIN SELECT RAISE(ABORT, 'plan version is referenced by an appraisal'); END;
