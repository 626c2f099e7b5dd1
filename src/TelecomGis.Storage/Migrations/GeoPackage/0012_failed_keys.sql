-- Unknown API keys per client (issue 14), counted in the store so that instances behind a balancer share one count: without it
-- each instance allowed its own tries, N instances N times as many. One row per client (an IPv4 address or an IPv6 /64): the
-- start of its current window and the unknown keys presented in it. Rows of windows long over are deleted as failures come.
-- Same table as the PostGIS store's 0011_failed_keys.sql; an INTEGER fid as primary key (GeoPackage 1.3, requirement 119).

CREATE TABLE failed_keys (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  client TEXT NOT NULL UNIQUE,
  window_start DATETIME NOT NULL,
  failures INTEGER NOT NULL
);
CREATE INDEX failed_keys_window ON failed_keys (window_start);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('failed_keys', 'attributes', 'failed_keys');
