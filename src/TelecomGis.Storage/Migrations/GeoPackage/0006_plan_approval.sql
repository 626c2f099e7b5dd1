-- The decision that approved a plan version and the legal bases its letters cite (plan.json's "approval" and "legal_bases"), as
-- JSON text. Versions imported before these columns existed, and bundles that name neither, keep NULL.
ALTER TABLE plan_versions ADD COLUMN approval TEXT;
ALTER TABLE plan_versions ADD COLUMN legal_bases TEXT;
