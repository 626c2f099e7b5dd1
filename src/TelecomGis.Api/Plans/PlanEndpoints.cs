namespace TelecomGis.Api.Plans;
public static class PlanEndpoints { public static void MapPlanEndpoints(this RouteGroupBuilder api) { } }
