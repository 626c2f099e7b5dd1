using System.Globalization;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;
using Infrastructure = TelecomGis.Core.Infrastructure;

namespace TelecomGis.Api.Layers;

/// <summary>The plan's layers the service shows, built once per plan version from the plan's own records.</summary>
public sealed class PlanLayers
{
    private readonly Dictionary<string, PlanLayer> _byName;

    private PlanLayers(IEnumerable<PlanLayer> layers) => _byName = layers.ToDictionary(l => l.Name, StringComparer.Ordinal);

    public IEnumerable<PlanLayer> All => _byName.Values;

    public IEnumerable<PlanLayer> Public => _byName.Values.Where(l => l.IsPublic);

    public PlanLayer? Find(string name) => _byName.GetValueOrDefault(name);

    public static PlanLayers From(ProvincePlan plan)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        static IFeature F(Geometry g, params (string Key, object? Value)[] attributes)
        {
            var table = new AttributesTable();
            foreach (var (k, v) in attributes)
                table.Add(k, v);
            return new Feature(g, table);
        }

        var confidential = plan.RestrictedAreas.Where(r => r.IsConfidential).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        PlanLayer[] layers =
        [
            new(
                "province",
                "Province boundary",
                true,
                [F(plan.Province.Boundary, ("id", plan.Province.Code), ("name", plan.Province.Name), ("epsg", plan.Province.Epsg))]
            ),
            new(
                "communes",
                "Communes (administrative units)",
                true,
                [
                    .. plan.Communes.Select(c =>
                        F(
                            c.Boundary,
                            ("id", c.Code),
                            ("name", c.FullName),
                            ("district", c.DistrictName),
                            ("population", c.Population),
                            ("area_km2", c.AreaKm2),
                            ("valid_from", c.Validity.From.ToString("O", CultureInfo.InvariantCulture)),
                            ("valid_to", c.Validity.To?.ToString("O", CultureInfo.InvariantCulture))
                        )
                    ),
                ]
            ),
            new(
                "zones",
                "Plan zones",
                true,
                [
                    .. plan
                        .Zones.Where(z => !z.Geometry.IsEmpty)
                        .Select(z =>
                            F(
                                z.Geometry,
                                ("id", z.Id),
                                ("name", z.Name),
                                ("kind", z.Kind),
                                ("allowed_classes", z.AllowedClasses.ToString()),
                                ("max_height_m", z.MaxHeightM),
                                ("requires_camouflage", z.RequiresCamouflage),
                                ("requires_planned_position", z.RequiresPlannedPosition),
                                ("is_urban", z.IsUrban)
                            )
                        ),
                ]
            ),
            new(
                "airports",
                "Airports",
                true,
                [
                    .. plan.Airports.Select(a =>
                        F(
                            a.Location,
                            ("id", a.Icao),
                            ("name", a.Name),
                            ("name_vi", a.NameVi),
                            ("elevation_m", a.ElevationM),
                            ("code_number", a.CodeNumber)
                        )
                    ),
                ]
            ),
            new(
                "runways",
                "Runways",
                true,
                [
                    .. plan.Airports.SelectMany(a =>
                        a.Runways.Select(r =>
                            F(
                                factory.CreateLineString([
                                    new Coordinate(r.Low.LonDeg, r.Low.LatDeg),
                                    new Coordinate(r.High.LonDeg, r.High.LatDeg),
                                ]),
                                ("id", $"{a.Icao}-{r.Designator}"),
                                ("airport", a.Icao),
                                ("designator", r.Designator),
                                ("width_m", r.WidthM)
                            )
                        )
                    ),
                ]
            ),
            new("airport-surfaces", "Obstacle limitation surfaces", true, AerodromeSurfaceOutlines.For(plan)),
            // Not public: existing sites are carriers' infrastructure, and the restricted areas include military ones.
            new(
                "sites",
                "Existing sites",
                false,
                [
                    .. plan.Sites.Select(s =>
                        F(
                            s.Location,
                            ("id", s.Id),
                            ("carrier", s.Carrier),
                            ("code", s.Code),
                            ("pole_class", s.PoleClass.ToString()),
                            ("height_m", s.HeightM),
                            ("camouflaged", s.Camouflaged),
                            ("shared_with", string.Join(",", s.SharedWith))
                        )
                    ),
                ]
            ),
            new(
                "planned-positions",
                "Planned positions",
                false,
                [
                    .. plan.PlannedPositions.Select(p =>
                        F(
                            p.Location,
                            ("id", p.Id),
                            ("carrier", p.Carrier),
                            ("allowed_classes", p.AllowedClasses.ToString()),
                            ("max_height_m", p.MaxHeightM)
                        )
                    ),
                ]
            ),
            new(
                "restricted-areas",
                "Restricted areas",
                false,
                [
                    .. plan.RestrictedAreas.Select(r =>
                        F(
                            r.Geometry,
                            ("id", r.Id),
                            ("name", r.Name),
                            ("kind", r.Kind),
                            ("effect", r.Effect.ToString().ToLowerInvariant()),
                            ("buffer_m", r.BufferM),
                            ("authority", r.Authority)
                        )
                    ),
                ],
                // Military and security areas are the department's to see; heritage cores every signed-in caller's.
                isConfidential: f => confidential.Contains(f.Attributes["id"]?.ToString() ?? "")
            ),
            // Not public: a cable's route is a carrier's network plan, and dig-ins start from such maps. Sites and planned
            // positions serve sharing, so every carrier sees them; a carrier sees only its own fiber (issue 14), the department all.
            new(
                "fiber-routes",
                "Fiber routes",
                false,
                [
                    .. plan.FiberRoutes.Select(r =>
                        F(
                            r.Path,
                            ("id", r.Id),
                            ("owner", r.Owner),
                            ("name", r.Name),
                            ("laying", r.Laying.ToString().ToLowerInvariant()),
                            ("kind", r.Kind)
                        )
                    ),
                ],
                ownerAttribute: "owner"
            ),
            // Public: where the post serves the public is published by the post itself.
            new(
                "post-offices",
                "Post offices",
                true,
                [
                    .. plan.PostalPoints.Select(p =>
                        F(
                            p.Location,
                            ("id", p.Id),
                            ("name", p.Name),
                            ("kind", PostalKind(p.Kind)),
                            ("operator", p.Operator),
                            ("commune", p.CommuneCode)
                        )
                    ),
                ]
            ),
        ];
        return new PlanLayers(layers.Where(l => l.Features.Count > 0));
    }

    /// <summary>The kind in the bundle's snake_case spelling (post_office, letter_box, …), as the map's legend keys it.</summary>
    private static string PostalKind(Infrastructure.PostalPointKind kind) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
