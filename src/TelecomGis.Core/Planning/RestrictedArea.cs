using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Planning;

/// <summary>What a restricted area does to a site inside it.</summary>
public enum RestrictionEffect
{
    /// <summary>No new structure at all (a heritage core, for example): rule R03 fails.</summary>
    Prohibit,

    /// <summary>Another authority must give its opinion (military and security areas): rule R04 asks for consultation.</summary>
    Consult,
}

/// <summary>An area where building is prohibited or needs another authority's consent; WGS 84.</summary>
/// <param name="Kind">military, security, heritage_core, antenna_corridor, …</param>
/// <param name="BufferM">How far around the polygon the restriction reaches, metres (0 for military areas: Law 25/2023/QH15 publishes no widths).</param>
/// <param name="Authority">Who is consulted or who set the prohibition, e.g. "Bộ Chỉ huy Quân sự tỉnh".</param>
public sealed record RestrictedArea(
    string Id,
    string Name,
    string Kind,
    RestrictionEffect Effect,
    double BufferM,
    string Authority,
    Geometry Geometry
)
{
    /// <summary>
    /// Military and security areas (those that ask for consultation, the ones R04 reads) are the department's to know: their
    /// names and outlines are not published with the plan (defence works and military zones, Law 25/2023/QH15), so carriers, the public, open services and letters never
    /// get them (<see cref="Appraisal.ConfidentialAreas"/>). A prohibited area (a heritage core) is public knowledge.
    /// </summary>
    public bool IsConfidential => Effect == RestrictionEffect.Consult;
}
