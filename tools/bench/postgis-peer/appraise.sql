-- The PostGIS peer of the appraisal engine, step 2: rules R01, R03, R04, R05, R06, R07, R08 and R11 of APPRAISAL.md as one set-based
-- query over peer_proposals (prepare.sql first). Thresholds come from the plan's tables (buffers, zone limits, rules.csv), as in
-- the engine. Not covered: R02 and R12 (warnings, they never change a verdict), R09 (spacing and
-- sharing: spacing by class family and zone, with the shared site's own checks), R10 (ICAO Annex 14 obstacle limitation surfaces).
--   psql -v epsg=5899 -c 'SET jit = off' -f appraise.sql      (JIT compiles this query on every run, for seconds: turn it off)
-- One row per site: each covered rule's outcome and the verdict those rules give (fail > consult > conforms).

-- MATERIALIZED: each site is projected once, and each rule evaluated once however often the later steps read it.
WITH site AS MATERIALIZED (
  SELECT id, carrier, pole_class, height_m, nullif(btrim(shares_site_id), '') AS shares_site_id,
         height_m + CASE WHEN pole_class IN ('A1a', 'A2a') THEN coalesce(building_height_m, 0) ELSE 0 END AS height_above_ground_m,
         camouflaged,
         ST_Transform(ST_SetSRID(ST_MakePoint(lon_deg, lat_deg), 4326), :epsg) AS pt
  FROM peer_proposals
),
outcome AS MATERIALIZED (
  SELECT s.id,
    -- R01: inside the province (a point on the boundary is inside).
    CASE WHEN EXISTS (SELECT 1 FROM peer_province p WHERE ST_DWithin(p.geom, s.pt, 0.005)) THEN 'pass' ELSE 'fail' END AS r01,
    -- R03: not within a prohibited area widened by its buffer.
    CASE WHEN EXISTS (SELECT 1 FROM peer_restricted_areas a
                      WHERE a.effect = 'prohibit' AND ST_DWithin(a.geom, s.pt, a.buffer_m + 0.005)) THEN 'fail' ELSE 'pass' END AS r03,
    -- R04: not within a military or security area (consult).
    CASE WHEN EXISTS (SELECT 1 FROM peer_restricted_areas a
                      WHERE a.effect = 'consult' AND ST_DWithin(a.geom, s.pt, a.buffer_m + 0.005)) THEN 'consult' ELSE 'pass' END AS r04,
    -- R05: every covering zone allows the class.
    CASE WHEN z.all_allow THEN 'pass' ELSE 'fail' END AS r05,
    -- R06: where a zone requires camouflage, only a camouflaged non-bulky (A1) structure passes.
    CASE WHEN NOT z.camouflage THEN 'n/a' WHEN s.pole_class IN ('A1a', 'A1b') AND s.camouflaged THEN 'pass' ELSE 'fail' END AS r06,
    -- R07: the structure's height within the lowest maximum of the covering zones.
    CASE WHEN s.height_m > z.max_height_m THEN 'fail' ELSE 'pass' END AS r07,
    -- R08: where a zone requires planned positions, a new structure stands within the tolerance (urban if any covering zone is
    -- urban) of a planned position open to the carrier whose classes and height allow it; equipment on an existing site is n/a.
    CASE WHEN NOT z.planned THEN 'n/a'
         WHEN s.shares_site_id IS NOT NULL AND EXISTS (SELECT 1 FROM peer_sites e WHERE e.id = lower(s.shares_site_id)) THEN 'n/a'
         WHEN EXISTS (SELECT 1 FROM peer_planned_positions pp
                      WHERE ST_DWithin(pp.geom, s.pt, (SELECT value FROM peer_parameters
                                                       WHERE rule_id = 'R08' AND parameter = CASE WHEN z.urban THEN 'tolerance_urban' ELSE 'tolerance_rural' END) + 0.005)
                        AND (pp.carrier IS NULL OR lower(pp.carrier) = lower(s.carrier))
                        AND s.pole_class = ANY (pp.allowed_classes)
                        AND (pp.max_height_m IS NULL OR s.height_m <= pp.max_height_m)) THEN 'pass'
         ELSE 'fail' END AS r08,
    -- R11: a structure at or above the threshold above natural ground needs height approval (Decree 32/2016/NĐ-CP).
    CASE WHEN s.height_above_ground_m >= (SELECT value FROM peer_parameters WHERE rule_id = 'R11' AND parameter = 'height_approval')
         THEN 'consult' ELSE 'pass' END AS r11
  FROM site s
  CROSS JOIN LATERAL (
    SELECT bool_and(s.pole_class = ANY (c.allowed_classes)) AS all_allow,
           min(c.max_height_m) AS max_height_m,
           bool_or(c.requires_camouflage) AS camouflage,
           bool_or(c.requires_planned_position) AS planned,
           bool_or(c.urban) AS urban
    FROM (
      SELECT allowed_classes, max_height_m, requires_camouflage, requires_planned_position, urban FROM peer_zones
      WHERE geom IS NOT NULL AND ST_DWithin(geom, s.pt, 0.005)
      UNION ALL
      SELECT allowed_classes, max_height_m, requires_camouflage, requires_planned_position, urban FROM peer_zones d
      WHERE d.is_default AND NOT EXISTS (SELECT 1 FROM peer_zones c WHERE c.geom IS NOT NULL AND ST_DWithin(c.geom, s.pt, 0.005))
    ) c
  ) z
),
-- Outside the province nothing else of this plan can be judged (as the engine): the other rules are n/a.
judged AS (
  SELECT id, r01,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r03 END AS r03, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r04 END AS r04,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r05 END AS r05, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r06 END AS r06,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r07 END AS r07, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r08 END AS r08,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r11 END AS r11
  FROM outcome
)
SELECT id, r01, r03, r04, r05, r06, r07, r08, r11,
  CASE WHEN 'fail' IN (r01, r03, r04, r05, r06, r07, r08, r11) THEN 'does_not_conform'
       WHEN 'consult' IN (r01, r03, r04, r05, r06, r07, r08, r11) THEN 'needs_consultation'
       ELSE 'conforms' END AS verdict
FROM judged
ORDER BY id;
