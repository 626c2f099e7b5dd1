-- Several provinces in one deployment (issue 12, item 5). Plan versions already carry their province (plan_versions.province_code),
-- and a batch belongs to the province of the plan version it was appraised against; the register's events, declarations and
-- inspections and the API keys get their own province_code here. Rows written before this migration belong to the single
-- province the store served: the province of the latest activated plan version, else of the latest imported one (NULL in a store
-- that never held a plan, which also holds no such rows). A key with no province is a national role: it sees every province.
-- The register's tables refuse UPDATE (append-only): their guard is lifted for the backfill and put back in the same transaction.

ALTER TABLE structure_events ADD COLUMN province_code TEXT;
ALTER TABLE declarations ADD COLUMN province_code TEXT;
ALTER TABLE inspections ADD COLUMN province_code TEXT;
ALTER TABLE api_keys ADD COLUMN province_code TEXT;

DROP TRIGGER structure_events_no_update;
DROP TRIGGER declarations_no_update;
DROP TRIGGER inspections_no_update;

CREATE TEMP TABLE migration_province AS
SELECT COALESCE(
  (SELECT v.province_code FROM plan_activations a JOIN plan_versions v ON v.hash = a.plan_version ORDER BY a.fid DESC LIMIT 1),
  (SELECT province_code FROM plan_versions ORDER BY fid DESC LIMIT 1)
) AS code;
UPDATE structure_events SET province_code = (SELECT code FROM migration_province);
UPDATE declarations SET province_code = (SELECT code FROM migration_province);
UPDATE inspections SET province_code = (SELECT code FROM migration_province);
DROP TABLE migration_province;

CREATE TRIGGER structure_events_no_update BEFORE UPDATE ON structure_events BEGIN SELECT RAISE(ABORT, 'structure_events is append-only'); END;
CREATE TRIGGER declarations_no_update BEFORE UPDATE ON declarations BEGIN SELECT RAISE(ABORT, 'declarations is append-only'); END;
CREATE TRIGGER inspections_no_update BEFORE UPDATE ON inspections BEGIN SELECT RAISE(ABORT, 'inspections is append-only'); END;

CREATE INDEX structure_events_province ON structure_events (province_code, structure_id);
CREATE INDEX declarations_province ON declarations (province_code);
CREATE INDEX inspections_province ON inspections (province_code);
CREATE INDEX plan_versions_province ON plan_versions (province_code);
