-- Several provinces in one deployment (issue 12, item 5); the same as the GeoPackage store's 0011_provinces.sql. Plan versions
-- already carry their province, a batch belongs to its plan version's; the register's events, declarations and inspections and
-- the API keys get a province_code. Existing rows belong to the province of the latest activated plan version, else of the
-- latest imported one. A key with no province is a national role. The append-only guards are lifted for the backfill only.

ALTER TABLE structure_events ADD COLUMN province_code text;
ALTER TABLE declarations ADD COLUMN province_code text;
ALTER TABLE inspections ADD COLUMN province_code text;
ALTER TABLE api_keys ADD COLUMN province_code text;

ALTER TABLE structure_events DISABLE TRIGGER structure_events_no_update;
ALTER TABLE declarations DISABLE TRIGGER declarations_no_update;
ALTER TABLE inspections DISABLE TRIGGER inspections_no_update;

WITH p AS (
  SELECT COALESCE(
    (SELECT v.province_code FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version ORDER BY a.fid DESC LIMIT 1),
    (SELECT province_code FROM plan_versions ORDER BY fid DESC LIMIT 1)
  ) AS code
)
UPDATE structure_events SET province_code = (SELECT code FROM p);
WITH p AS (
  SELECT COALESCE(
    (SELECT v.province_code FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version ORDER BY a.fid DESC LIMIT 1),
    (SELECT province_code FROM plan_versions ORDER BY fid DESC LIMIT 1)
  ) AS code
)
UPDATE declarations SET province_code = (SELECT code FROM p);
WITH p AS (
  SELECT COALESCE(
    (SELECT v.province_code FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version ORDER BY a.fid DESC LIMIT 1),
    (SELECT province_code FROM plan_versions ORDER BY fid DESC LIMIT 1)
  ) AS code
)
UPDATE inspections SET province_code = (SELECT code FROM p);

ALTER TABLE structure_events ENABLE TRIGGER structure_events_no_update;
ALTER TABLE declarations ENABLE TRIGGER declarations_no_update;
ALTER TABLE inspections ENABLE TRIGGER inspections_no_update;

CREATE INDEX structure_events_province ON structure_events (province_code, structure_id);
CREATE INDEX declarations_province ON declarations (province_code);
CREATE INDEX inspections_province ON inspections (province_code);
CREATE INDEX plan_versions_province ON plan_versions (province_code);
