namespace TelecomGis.Core.Appraisal;

/// <summary>The plan feature that decided a rule (zone, area, position, site, runway), so a map can highlight it.</summary>
/// <param name="Layer">zones, restricted-areas, planned-positions, sites, runways, communes, province, sensitive-places.</param>
public sealed record FeatureRef(string Layer, string Id, string Name);
