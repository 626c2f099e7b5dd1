namespace TelecomGis.Api.Ogc;
public static class OgcEndpoints { public static void MapOgcEndpoints(this WebApplication app) { } }
