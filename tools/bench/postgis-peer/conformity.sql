-- The PostGIS peer of the register's conformity check (ConformityCheck, Core): every existing structure of peer_structures held
-- against the plan version prepared by prepare.sql, with the rules a standing structure is bound by that SQL expresses: R01 (the
-- precondition: outside the province nothing is judged), R03, R05, R06, R07, as appraise.sql writes them. Not covered: R10
-- (ICAO Annex 14 obstacle limitation surfaces, see appraise.sql).
--   psql -v epsg=5899 -c 'SET jit = off' -f conformity.sql
-- One row per structure: each covered rule's outcome.
WITH site AS MATERIALIZED (
  SELECT id, pole_class, height_m, camouflaged,
         ST_Transform(ST_SetSRID(ST_MakePoint(lon_deg, lat_deg), 4326), :epsg) AS pt
  FROM peer_structures
),
outcome AS MATERIALIZED (
  SELECT s.id,
    -- R01 with the engine's caution at the edge: inside, and not within 5 mm of the outline.
    CASE WHEN EXISTS (SELECT 1 FROM peer_province p WHERE ST_Intersects(p.geom, s.pt))
          AND NOT EXISTS (SELECT 1 FROM peer_province_edge e WHERE ST_DWithin(e.geom, s.pt, 0.005)) THEN 'pass' ELSE 'fail' END AS r01,
    CASE WHEN EXISTS (SELECT 1 FROM peer_restricted_areas a
                      WHERE a.effect = 'prohibit' AND ST_DWithin(a.geom, s.pt, a.buffer_m + 0.005)) THEN 'fail' ELSE 'pass' END AS r03,
    CASE WHEN z.all_allow THEN 'pass' ELSE 'fail' END AS r05,
    CASE WHEN NOT z.camouflage THEN 'n/a' WHEN s.pole_class IN ('A1a', 'A1b') AND s.camouflaged THEN 'pass' ELSE 'fail' END AS r06,
    CASE WHEN s.height_m > z.max_height_m THEN 'fail' ELSE 'pass' END AS r07
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
)
SELECT id, r01,
  CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r03 END AS r03,
  CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r05 END AS r05,
  CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r06 END AS r06,
  CASE WHEN r01 = 'fail' THEN 'n/a' ELSE r07 END AS r07
FROM outcome
ORDER BY id;
