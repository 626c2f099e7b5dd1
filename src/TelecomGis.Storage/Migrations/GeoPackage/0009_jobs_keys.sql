-- The same tables as the PostGIS store's 0008_jobs_keys.sql, so one instance on the embedded store keeps the same contract:
-- API keys as SHA-256 hashes, and long jobs (coverage runs) with their lease, progress, cancellation and results. SQLite has no
-- SKIP LOCKED: its single writer makes the claiming UPDATE atomic on its own.
-- Each table has an INTEGER fid as its primary key (GeoPackage 1.3, requirement 119), the natural key UNIQUE beside it.

CREATE TABLE api_keys (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256 TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  carrier TEXT,
  issued_at DATETIME NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('api_keys', 'attributes', 'api_keys');

CREATE TABLE jobs (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  parameters TEXT NOT NULL,
  plan_version TEXT,
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'finished', 'failed', 'cancelled')),
  rows_done INTEGER NOT NULL DEFAULT 0,
  rows_total INTEGER NOT NULL,
  owner TEXT,
  lease_until DATETIME,
  attempts INTEGER NOT NULL DEFAULT 0,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  failure TEXT,
  submitted_by TEXT NOT NULL,
  submitted_at DATETIME NOT NULL,
  ended_at DATETIME,
  released_at DATETIME
);
CREATE INDEX jobs_open ON jobs (kind, submitted_at) WHERE state IN ('queued', 'running');
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('jobs', 'attributes', 'jobs');

CREATE TABLE job_results (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id TEXT NOT NULL REFERENCES jobs(id),
  name TEXT NOT NULL,
  content BLOB NOT NULL,
  UNIQUE (job_id, name)
);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('job_results', 'attributes', 'job_results');
