-- Each structure's construction permit (number, date, issuing authority) or the exemption it relies on (the provision cited),
-- as the department recorded it (issue 11, 3). Append-only: a correction is a later record, the latest one is in force.

CREATE TABLE structure_permits (
  fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  structure_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('permit', 'exemption')),
  permit_number text,
  permit_date text,
  issued_by text,
  exemption_code text,
  citation text,
  note text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  CHECK (kind <> 'permit' OR (permit_number IS NOT NULL AND permit_date IS NOT NULL AND issued_by IS NOT NULL)),
  CHECK (kind <> 'exemption' OR (exemption_code IS NOT NULL AND citation IS NOT NULL))
);
CREATE INDEX structure_permits_structure ON structure_permits (structure_id, fid);
CREATE TRIGGER structure_permits_no_update BEFORE UPDATE ON structure_permits FOR EACH ROW EXECUTE FUNCTION refuse_update();
CREATE TRIGGER structure_permits_no_delete BEFORE DELETE ON structure_permits FOR EACH ROW EXECUTE FUNCTION refuse_delete();
