-- Plan versions and their layers, geometries in EPSG:4326 with GiST indexes. A version is immutable: its rows are never
-- updated, and they are deleted only while no submission refers to the version.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable or append-only: its rows are never updated', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;

CREATE TABLE plan_versions (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  hash text NOT NULL UNIQUE,
  province_code text NOT NULL,
  province_name text NOT NULL,
  epsg integer NOT NULL,
  plan_name text NOT NULL,
  department_name_vi text NOT NULL,
  department_name_en text NOT NULL,
  adopted date NOT NULL,
  default_zone_id text NOT NULL,
  imported_at timestamptz NOT NULL
);
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE plan_rules (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  rule_id text NOT NULL,
  parameter text NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  citation text NOT NULL
);
CREATE INDEX plan_rules_version ON plan_rules (plan_version);
CREATE TRIGGER plan_rules_no_update BEFORE UPDATE ON plan_rules FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE province (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Geometry, 4326)
);
CREATE INDEX province_version ON province (plan_version);
CREATE INDEX province_geom ON province USING gist (geom);
CREATE TRIGGER province_no_update BEFORE UPDATE ON province FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE communes (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Geometry, 4326)
);
CREATE INDEX communes_version ON communes (plan_version);
CREATE INDEX communes_geom ON communes USING gist (geom);
CREATE TRIGGER communes_no_update BEFORE UPDATE ON communes FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE zones (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Geometry, 4326)
);
CREATE INDEX zones_version ON zones (plan_version);
CREATE INDEX zones_geom ON zones USING gist (geom);
CREATE TRIGGER zones_no_update BEFORE UPDATE ON zones FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE planned_positions (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Point, 4326)
);
CREATE INDEX planned_positions_version ON planned_positions (plan_version);
CREATE INDEX planned_positions_geom ON planned_positions USING gist (geom);
CREATE TRIGGER planned_positions_no_update BEFORE UPDATE ON planned_positions FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE restricted_areas (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Geometry, 4326)
);
CREATE INDEX restricted_areas_version ON restricted_areas (plan_version);
CREATE INDEX restricted_areas_geom ON restricted_areas USING gist (geom);
CREATE TRIGGER restricted_areas_no_update BEFORE UPDATE ON restricted_areas FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE airports (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Point, 4326)
);
CREATE INDEX airports_version ON airports (plan_version);
CREATE INDEX airports_geom ON airports USING gist (geom);
CREATE TRIGGER airports_no_update BEFORE UPDATE ON airports FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE runways (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(LineString, 4326)
);
CREATE INDEX runways_version ON runways (plan_version);
CREATE INDEX runways_geom ON runways USING gist (geom);
CREATE TRIGGER runways_no_update BEFORE UPDATE ON runways FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE sites (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Point, 4326)
);
CREATE INDEX sites_version ON sites (plan_version);
CREATE INDEX sites_geom ON sites USING gist (geom);
CREATE TRIGGER sites_no_update BEFORE UPDATE ON sites FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE sensitive_places (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Geometry, 4326)
);
CREATE INDEX sensitive_places_version ON sensitive_places (plan_version);
CREATE INDEX sensitive_places_geom ON sensitive_places USING gist (geom);
CREATE TRIGGER sensitive_places_no_update BEFORE UPDATE ON sensitive_places FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE fiber_routes (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(LineString, 4326)
);
CREATE INDEX fiber_routes_version ON fiber_routes (plan_version);
CREATE INDEX fiber_routes_geom ON fiber_routes USING gist (geom);
CREATE TRIGGER fiber_routes_no_update BEFORE UPDATE ON fiber_routes FOR EACH ROW EXECUTE FUNCTION refuse_update();

CREATE TABLE post_offices (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_version text NOT NULL REFERENCES plan_versions(hash),
  feature_id text NOT NULL,
  properties jsonb NOT NULL,
  geom geometry(Point, 4326)
);
CREATE INDEX post_offices_version ON post_offices (plan_version);
CREATE INDEX post_offices_geom ON post_offices USING gist (geom);
CREATE TRIGGER post_offices_no_update BEFORE UPDATE ON post_offices FOR EACH ROW EXECUTE FUNCTION refuse_update();
