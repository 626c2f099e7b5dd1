-- Each structure's construction permit (number, date, issuing authority) or the exemption it relies on (the provision cited),
-- as the department recorded it (issue 11, 3). Append-only: a correction is a later record, the latest one is in force.

CREATE TABLE structure_permits (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  structure_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('permit', 'exemption')),
  permit_number TEXT,
  permit_date TEXT,
  issued_by TEXT,
  exemption_code TEXT,
  citation TEXT,
  note TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at DATETIME NOT NULL,
  CHECK (kind <> 'permit' OR (permit_number IS NOT NULL AND permit_date IS NOT NULL AND issued_by IS NOT NULL)),
  CHECK (kind <> 'exemption' OR (exemption_code IS NOT NULL AND citation IS NOT NULL))
);
CREATE INDEX structure_permits_structure ON structure_permits (structure_id, fid);
INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('structure_permits', 'attributes', 'structure_permits');
CREATE TRIGGER structure_permits_no_update BEFORE UPDATE ON structure_permits BEGIN SELECT RAISE(ABORT, 'structure_permits is append-only'); END;
CREATE TRIGGER structure_permits_no_delete BEFORE DELETE ON structure_permits BEGIN SELECT RAISE(ABORT, 'structure_permits is append-only'); END;
