using NetTopologySuite.Geometries;

namespace TelecomGis.Core.Infrastructure;

/// <summary>How a fiber cable is laid.</summary>
public enum Laying
{
    Aerial,
    Underground,
}

/// <summary>A fiber route (tuyến cáp quang) of one owner; geometry in WGS 84.</summary>
/// <param name="Kind">backbone, inter-district or access.</param>
public sealed record FiberRoute(string Id, string Owner, string Name, Laying Laying, string Kind, LineString Path);
