-- Unknown API keys per client (issue 14), counted in the store so that instances behind a balancer share one count: without it
-- each instance allowed its own tries, N instances N times as many. One row per client (an IPv4 address or an IPv6 /64): the
-- start of its current window and the unknown keys presented in it. Rows of windows long over are deleted as failures come.

CREATE TABLE failed_keys (
  client text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  failures integer NOT NULL
);
CREATE INDEX failed_keys_window ON failed_keys (window_start);
