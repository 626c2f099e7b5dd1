-- Several instances behind a balancer (issue 14): what they must share lives here, not in a process.
-- API keys: the SHA-256 of each key (never the key) with whose it is; a key issued on one instance is found by every other at once.
-- Jobs: long work (coverage runs) queued here, claimed by one instance at a time with FOR UPDATE SKIP LOCKED and held by a lease
-- the claiming instance renews; a job whose lease ran out (its instance died) is claimed again by another. Progress, a request to
-- cancel and the finished results are rows any instance reads.

CREATE TABLE api_keys (
  sha256 text PRIMARY KEY,
  user_id text NOT NULL,
  role text NOT NULL,
  carrier text,
  issued_at timestamptz NOT NULL
);

CREATE TABLE jobs (
  id text PRIMARY KEY,
  kind text NOT NULL,
  parameters text NOT NULL,
  plan_version text,
  state text NOT NULL CHECK (state IN ('queued', 'running', 'finished', 'failed', 'cancelled')),
  rows_done integer NOT NULL DEFAULT 0,
  rows_total integer NOT NULL,
  owner text,
  lease_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  cancel_requested integer NOT NULL DEFAULT 0,
  failure text,
  submitted_by text NOT NULL,
  submitted_at timestamptz NOT NULL,
  ended_at timestamptz,
  released_at timestamptz
);
CREATE INDEX jobs_open ON jobs (kind, submitted_at) WHERE state IN ('queued', 'running');

CREATE TABLE job_results (
  job_id text NOT NULL REFERENCES jobs(id),
  name text NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (job_id, name)
);
