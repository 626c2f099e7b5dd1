-- The PostGIS peer of the appraisal engine, step 2: rules R01, R03, R04, R05, R06, R07 and R11 of APPRAISAL.md as one set-based
-- query over peer_proposals (prepare.sql first). Thresholds come from the plan's tables (buffers, zone limits, rules.csv), as in
-- the engine. Not covered: R02 and R12 (warnings, they never change a verdict), R08 and R09 (planned positions, spacing and
-- sharing: nearest-neighbour searches with per-zone tolerances), R10 (ICAO Annex 14 obstacle limitation surfaces).
--   psql -v epsg=5899 -c 'SET jit = off' -f appraise.sql      (JIT compiles this query on every run, for seconds: turn it off)
-- One row per site: each covered rule's outcome and the verdict those rules give (fail > consult > conforms).

-- MATERIALIZED: each site is projected once, and each rule evaluated once however often the later steps read it.
WITH site AS MATERIALIZED (
  SELECT id, pole_class, height_m,
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
    -- R11: a structure at or above the threshold above natural ground needs height approval (Decree 32/2016/NĐ-CP).
    CASE WHEN s.height_above_ground_m >= (SELECT value FROM peer_parameters WHERE rule_id = 'R11' AND parameter = 'height_approval')
         THEN 'consult' ELSE 'pass' END AS r11
  FROM site s
  CROSS JOIN LATERAL (
    SELECT bool_and(s.pole_class = ANY (c.allowed_classes)) AS all_allow,
           min(c.max_height_m) AS max_height_m,
           bool_or(c.requires_camouflage) AS camouflage
    FROM (
      SELECT allowed_classes, max_height_m, requires_camouflage FROM peer_zones
      WHERE geom IS NOT NULL AND ST_DWithin(geom, s.pt, 0.005)
      UNION ALL
      SELECT allowed_classes, max_height_m, requires_camouflage FROM peer_zones d
      WHERE d.is_default AND NOT EXISTS (SELECT 1 FROM peer_zones c WHERE c.geom IS NOT NULL AND ST_DWithin(c.geom, s.pt, 0.005))
    ) c
  ) z
),
-- Outside the province nothing else of this plan can be judged (as the engine): the other rules are n/a.
judged AS (
  SELECT id, r01,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r03 END AS r03, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r04 END AS r04,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r05 END AS r05, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r06 END AS r06,
    CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r07 END AS r07, CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r11 END AS r11
  FROM outcome
)
SELECT id, r01, r03, r04, r05, r06, r07, r11,
  CASE WHEN 'fail' IN (r01, r03, r04, r05, r06, r07, r11) THEN 'does_not_conform'
       WHEN 'consult' IN (r01, r03, r04, r05, r06, r07, r11) THEN 'needs_consultation'
       ELSE 'conforms' END AS verdict
FROM judged
ORDER BY id;
