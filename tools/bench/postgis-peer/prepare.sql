-- The PostGIS peer of the appraisal engine, step 1: the plan version projected into the province's VN-2000 TM-3 plane once,
-- with a GiST index per layer (what the engine's PlanIndex does in memory). Reads the PostGIS store's tables
-- (src/TelecomGis.Storage/Migrations/PostGis), so a department whose plan is already in its PostGIS store can run it as is:
--   psql -v version=<plan hash> -v epsg=5899 -f prepare.sql
-- Distances are planar metres in :epsg, as APPRAISAL.md specifies; "covers" is "within 5 mm" (Distances.ToleranceM).
-- Areas are cut with ST_Subdivide (at most 128 vertices a piece), PostGIS's own advice for large polygons: a distance or
-- containment test then reads one small piece found through the index instead of the province's whole coastline. The rules
-- only ask whether some piece is within reach, so the pieces answer exactly as the whole would.

DROP TABLE IF EXISTS peer_province, peer_province_edge, peer_zones, peer_restricted_areas, peer_planned_positions, peer_sites, peer_parameters, peer_proposals;

CREATE TABLE peer_province AS
  SELECT feature_id, ST_Subdivide(ST_Transform(geom, :epsg), 128) AS geom FROM province WHERE plan_version = :'version';

-- The province's outline as lines, for R01's caution at the edge (conformity.sql): a point within 5 mm of it counts as outside,
-- as the engine's CoversBeyondTolerance reads it.
CREATE TABLE peer_province_edge AS
  SELECT ST_Subdivide(ST_Boundary(ST_Transform(geom, :epsg)), 128) AS geom FROM province WHERE plan_version = :'version';

-- The default zone has no geometry: it applies where no drawn zone covers the site.
CREATE TABLE peer_zones AS
  SELECT z.properties->>'id' AS id,
         string_to_array(z.properties->>'allowed_classes', '|') AS allowed_classes,
         (z.properties->>'max_height_m')::float8 AS max_height_m,
         (z.properties->>'requires_camouflage')::boolean AS requires_camouflage,
         (z.properties->>'requires_planned_position')::boolean AS requires_planned_position,
         (z.properties->>'urban')::boolean AS urban,
         (z.properties->>'id') = v.default_zone_id AS is_default,
         piece AS geom
  FROM zones z JOIN plan_versions v ON v.hash = z.plan_version
  -- LEFT JOIN … ON true keeps the default zone, whose geometry is null, as one row with a null piece.
  LEFT JOIN LATERAL ST_Subdivide(ST_Transform(z.geom, :epsg), 128) AS piece ON true
  WHERE z.plan_version = :'version';

CREATE TABLE peer_restricted_areas AS
  SELECT properties->>'id' AS id, properties->>'effect' AS effect, (properties->>'buffer_m')::float8 AS buffer_m,
         ST_Subdivide(ST_Transform(geom, :epsg), 128) AS geom
  FROM restricted_areas WHERE plan_version = :'version';

CREATE TABLE peer_planned_positions AS
  SELECT properties->>'id' AS id, properties->>'carrier' AS carrier,
         string_to_array(properties->>'allowed_classes', '|') AS allowed_classes, (properties->>'max_height_m')::float8 AS max_height_m,
         ST_Transform(geom, :epsg) AS geom
  FROM planned_positions WHERE plan_version = :'version';

-- Existing sites by id, case-insensitively as the engine looks up the site a proposal shares.
CREATE TABLE peer_sites AS
  SELECT lower(properties->>'id') AS id FROM sites WHERE plan_version = :'version';

CREATE TABLE peer_parameters AS
  SELECT rule_id, parameter, value FROM plan_rules WHERE plan_version = :'version';

CREATE INDEX peer_province_geom ON peer_province USING gist (geom);
CREATE INDEX peer_province_edge_geom ON peer_province_edge USING gist (geom);
CREATE INDEX peer_zones_geom ON peer_zones USING gist (geom);
CREATE INDEX peer_restricted_areas_geom ON peer_restricted_areas USING gist (geom);
CREATE INDEX peer_planned_positions_geom ON peer_planned_positions USING gist (geom);
CREATE INDEX peer_sites_id ON peer_sites (id);
ANALYZE peer_planned_positions;
ANALYZE peer_sites;
ANALYZE peer_province;
ANALYZE peer_province_edge;
ANALYZE peer_zones;
ANALYZE peer_restricted_areas;

-- The proposed sites, as read and validated at the edge (WGS 84 degrees, the same rows the engine appraises).
CREATE TABLE peer_proposals (
  id integer PRIMARY KEY,
  carrier text NOT NULL,
  lon_deg float8 NOT NULL,
  lat_deg float8 NOT NULL,
  pole_class text NOT NULL,
  height_m float8 NOT NULL,
  building_height_m float8,
  camouflaged boolean NOT NULL,
  shares_site_id text
);
