using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Scalar.AspNetCore;
using TelecomGis.Api.Analysis;
using TelecomGis.Api.Appraisals;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Desk;
using TelecomGis.Api.Layers;
using TelecomGis.Api.Letters;
using TelecomGis.Api.Map;
using TelecomGis.Api.Ogc;
using TelecomGis.Api.Plans;
using TelecomGis.Api.Problems;
using TelecomGis.Api.Reports;
using TelecomGis.Api.Submissions;
using TelecomGis.Api.Tiles;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Hosting;

/// <summary>Builds the service: the store, the current plan's engine, authentication, and every feature's endpoints.</summary>
public static class ApiHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = RequestLimits.DefaultBodyBytes;
        });

        // The service prints its own address and keys; the framework's start-up chatter would bury them.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        var paths = ServicePaths.From(builder.Configuration);
        var clock = TimeProvider.System;
        var (store, hosted) = await StoreOpening.OpenHostingAsync(builder.Configuration, paths, clock, cancellationToken);
        var keys = KeyRing.Open(paths.KeysFile, out var demo);
        // Keys live in the store, shared by every instance on it; the file seeds it (issue 14).
        await keys.AttachAsync(store, cancellationToken);

        var plans = new LoadedPlans(store, hosted, clock) { HostsSeveral = PlanBundles.Several(builder.Configuration) is not null };
        // A request works in its caller's province (issue 12, item 5): it sees that province's store and plan only. A deployment
        // that hosts one province reads its store whole, as before provinces.
        // Always a view: the container disposes what a scoped factory returns, and disposing a view closes nothing.
        IAppraisalStore StoreIn(string province) => store.InProvince(plans.HostsSeveral ? province : null);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CallerProvince>();
        builder.Services.AddScoped(sp => StoreIn(sp.GetRequiredService<CallerProvince>().Code));
        // Each request sees the plan that was current when it started; activating a version changes it for the next ones.
        builder.Services.AddSingleton(plans);
        builder.Services.AddScoped(sp => plans.CurrentIn(sp.GetRequiredService<CallerProvince>().Code)!);
        // Activations made by other instances on the same store take effect here too (issue 14).
        builder.Services.AddHostedService(sp => new PlanActivationWatch(
            store,
            plans,
            sp.GetRequiredService<ILogger<PlanActivationWatch>>()
        ));
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<IKeyStore>(store);
        builder.Services.AddSingleton<FailedKeyLimit>();
        builder.Services.AddSingleton(new DemoCredentials(demo));
        builder.Services.AddSingleton(paths);
        var publicUrl = PublicBaseUrl.Parse(builder.Configuration["Api:PublicUrl"]);
        builder.Services.AddSingleton(sp => new PublicBaseUrl(publicUrl, sp.GetRequiredService<IServer>()));
        builder.Services.AddScoped<SubmissionDirectory>();
        // A province's register engines (and their intake queue) and conformity caches are its own.
        builder.Services.AddSingleton(sp => new PerProvince<Register.RegisterEngines>(p =>
            ActivatorUtilities.CreateInstance<Register.RegisterEngines>(sp, StoreIn(p))
        ));
        builder.Services.AddScoped(sp =>
            sp.GetRequiredService<PerProvince<Register.RegisterEngines>>().For(sp.GetRequiredService<CallerProvince>().Code)
        );
        builder.Services.AddSingleton(sp => new PerProvince<Plans.PlanConformity>(p =>
            ActivatorUtilities.CreateInstance<Plans.PlanConformity>(
                sp,
                StoreIn(p),
                sp.GetRequiredService<PerProvince<Register.RegisterEngines>>().For(p)
            )
        ));
        builder.Services.AddScoped(sp =>
            sp.GetRequiredService<PerProvince<Plans.PlanConformity>>().For(sp.GetRequiredService<CallerProvince>().Code)
        );
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<VectorTileRenderer>();
        builder.Services.AddSingleton<ProvinceFrame>();
        // Coverage runs live in the store's job table: every instance works the queue and answers for every run (issue 14).
        // Both take the whole store, not a caller's province view: they outlive every request (a scoped view resolved here would
        // keep the province of whichever request built them first).
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CoverageJobs>(sp, store));
        builder.Services.AddSingleton(CoverageWorkerOptions.From(builder.Configuration));
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<CoverageWorker>(sp, store));
        builder.Services.AddReplyLetters(builder.Configuration);
        builder.Services.AddDesk(builder.Configuration);
        builder.Services.AddServiceHealth();
        builder.Services.AddSingleton<ServiceMetrics>();
        builder.Services.AddServiceMetrics(builder.Configuration);

        builder.Services.AddMediator(
            (MediatorOptions o) =>
            {
                o.ServiceLifetime = ServiceLifetime.Scoped;
                o.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
            }
        );

        builder.Services.AddProblemDetails(o =>
            o.CustomizeProblemDetails = c =>
            {
                RequestIds.Describe(c.HttpContext, c.ProblemDetails);
                if (
                    c.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge
                    && !c.ProblemDetails.Extensions.ContainsKey("max_bytes")
                )
                    ProblemExceptionHandler.DescribeTooLarge(c.HttpContext, c.ProblemDetails);
                // The framework's own refusals (no endpoint, method or content type) carry no detail: say it.
                c.ProblemDetails.Detail ??= StatusWords.Detail(
                    c.HttpContext,
                    c.ProblemDetails.Status,
                    TelecomGis.Api.Appraisals.Language.PrefersEnglish(c.HttpContext.Request)
                );
            }
        );
        // A parameter the framework cannot bind (a malformed JSON body, a query value of the wrong type) is thrown, so that
        // ProblemExceptionHandler words it like every other refusal instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            // Integers as integers in the OpenAPI document, not ["integer","string"] (PLATFORM.md).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddOpenApi(OpenApiDocumentSetup.Configure);

        builder
            .Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddRolePolicies();

        var app = builder.Build();
        app.UseRequestIds();
        app.UseTrustedProxies(TrustedProxies.Parse(builder.Configuration));
        app.UseSecurityHeaders(builder.Configuration["Map:BasemapUrl"]);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMapClient(MapClientFiles.Locate(builder.Configuration));
        app.UseFailedKeyLimit();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapScalarApiReference();

        // What validates, computes or touches the store goes through a Mediator handler; layers, tiles, the map and OGC only show
        // the current plan and read it directly (docs/ARCHITECTURE.md, "The API edge").
        var api = app.MapGroup("/api");
        api.MapAuthApi();
        api.MapAppraisalsApi();
        api.MapSubmissionsApi();
        api.MapSubmissionTemplateApi();
        api.MapPlansApi();
        api.MapLettersApi();
        api.MapDeskApi();
        Register.RegisterEndpoints.MapRegisterApi(api);
        Register.DeclarationEndpoints.MapDeclarationsApi(api);
        api.MapLayersApi();
        api.MapTilesApi();
        api.MapWebMapApi();
        api.MapAnalysisApi();
        api.MapReportsApi();
        app.MapOgcApi();
        app.MapHealthApi();

        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return app;
    }

    /// <summary>The address Kestrel actually bound (with port 0 the system picks one).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>
    /// What the department's operator reads when the service starts, in Vietnamese: where it listens, its store and plans, the map
    /// and the API's documentation, and (on the first run) the demo keys, one per line as role, carrier, user and key, the words
    /// <c>issue-key</c> takes, so scripts can read them.
    /// </summary>
    public static void PrintWelcome(WebApplication app, TextWriter output)
    {
        var address = Address(app);
        var current = app.Services.GetRequiredService<LoadedPlans>().Current;
        var paths = app.Services.GetRequiredService<ServicePaths>();
        output.WriteLine($"TelecomGis đang phục vụ tại {address}");
        output.WriteLine($"  kho dữ liệu: {paths.StoreDescription}");
        output.WriteLine($"  quy hoạch:   {current.Plan.Metadata.PlanName} (phiên bản {current.Plan.Version.Short})");
        var plans = app.Services.GetRequiredService<LoadedPlans>();
        foreach (var other in plans.Provinces.Skip(1).Select(p => plans.CurrentIn(p)!))
            output.WriteLine(
                $"  quy hoạch:   {other.Plan.Metadata.PlanName} (phiên bản {other.Plan.Version.Short}), mã tỉnh {other.Plan.Province.Code}"
            );
        output.WriteLine($"  bản đồ:      {address}/");
        output.WriteLine($"  tài liệu API: {address}/scalar/v1   OpenAPI: {address}/openapi/v1.json   OGC API – Features: {address}/ogc");
        var demo = app.Services.GetRequiredService<DemoCredentials>();
        if (demo.Keys.Count == 0)
        {
            output.WriteLine(
                $"  khóa API: trong {paths.KeysFile} (đã băm; khóa mẫu chỉ hiện ở lần chạy đầu). Cấp khóa mới: dotnet run --project src/TelecomGis.Api -c Release -- issue-key admin"
            );
            return;
        }
        output.WriteLine(
            "  khóa API mẫu (chỉ hiện lần này; gửi trong tiêu đề 'Authorization: Bearer <khóa>' hoặc 'X-Api-Key: <khóa>'), mỗi dòng: vai trò, doanh nghiệp, người dùng, khóa:"
        );
        foreach (var k in demo.Keys)
        {
            output.WriteLine($"    {k.User.Role, -9} {k.User.Carrier ?? "", -12} {k.User.UserId, -22} {k.Key}");
        }
    }
}
