using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;

namespace TelecomGis.Api.Tests;

/// <summary>
/// The real service on a free loopback port (Kestrel, no test host), with a fresh GeoPackage store and key ring in a temporary
/// folder; shared by every test of the collection so the plan is imported and indexed once.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telecomgis-api-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private string[] _settings = [];

    /// <summary>A server of its own, with settings the shared one must not have ("--Auth:FailedKeyLimit", "3"); dispose it.</summary>
    public static async Task<ApiServer> StartAsync(params string[] settings)
    {
        var server = new ApiServer { _settings = settings };
        await server.InitializeAsync();
        return server;
    }

    public string StoreFile => Path.Combine(_folder, "telecomgis.gpkg");
    public Uri BaseAddress { get; private set; } = null!;
    public IReadOnlyList<IssuedKey> DemoKeys { get; private set; } = [];

    /// <summary>The running service's container (a test that must put the store in a state no route makes reads it here).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>What the service printed at its start (the demo keys again, as on the first run).</summary>
    public string Welcome()
    {
        using var text = new StringWriter();
        ApiHost.PrintWelcome(_app!, text);
        return text.ToString();
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = await ApiHost.BuildAsync(["--urls", "http://127.0.0.1:0", "--Store:Path", StoreFile, .. _settings]);
        await _app.StartAsync();
        BaseAddress = new Uri(ApiHost.Address(_app));
        DemoKeys = _app.Services.GetRequiredService<DemoCredentials>().Keys;
    }

    /// <summary>Stops the service and starts it again on the same store and key ring, as after a machine's restart.</summary>
    public async Task RestartAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
        var keys = DemoKeys;
        await InitializeAsync();
        // The demo keys are printed on the first run only; the key ring still holds them.
        DemoKeys = keys;
    }

    /// <summary>Stops the service (as an instance taken out of a balancer), keeping its folder: another instance may use its store.</summary>
    public async Task StopAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }

    private Lazy<Task<long>>? _viettelSubmission;
    private Lazy<Task<long>>? _decidedSubmission;
    private string? _plan;

    /// <summary>A batch Viettel submitted, an appraiser approved and issued its letter, for the tests that need an answered batch
    /// (its reply letter: a carrier may download only an issued one).</summary>
    public Task<long> DecidedViettelSubmissionAsync()
    {
        Interlocked.CompareExchange(
            ref _decidedSubmission,
            new Lazy<Task<long>>(async () =>
            {
                using var client = Client("Viettel");
                var id = await Requests.SubmitAsync(client, Requests.MongCai33mA2b(siteCode: "MC-DECIDED"), "matrix-decided");
                using var appraiser = Client("appraiser");
                await Requests.DecideAsync(appraiser, id, "approved");
                await Requests.IssueAsync(appraiser, id);
                return id;
            }),
            null
        );
        return _decidedSubmission.Value;
    }

    /// <summary>A batch Viettel submitted (the seed's Móng Cái tower), made once for the tests that need someone's batch.</summary>
    public Task<long> ViettelSubmissionAsync()
    {
        Interlocked.CompareExchange(
            ref _viettelSubmission,
            new Lazy<Task<long>>(async () =>
            {
                using var client = Client("Viettel");
                return await Requests.SubmitAsync(client, Requests.MongCai33mA2b(), "matrix-seed");
            }),
            null
        );
        return _viettelSubmission.Value;
    }

    /// <summary>The plan version current when first asked (tests that activate another put this one back).</summary>
    public async Task<string> PlanVersionAsync()
    {
        if (_plan is not null)
            return _plan;
        using var client = Client("planner");
        var plans = await Requests.JsonOf(await client.GetAsync("/api/plans"));
        return _plan = plans.EnumerateArray().Single(p => p.GetProperty("current").GetBoolean()).GetProperty("version").GetString()!;
    }

    /// <summary>The demo key of a role ("carrier" takes the carrier's name: "Viettel"); null for anonymous.</summary>
    public string? KeyOf(string? who) =>
        who switch
        {
            null or "anonymous" => null,
            "admin" or "appraiser" or "planner" => DemoKeys.First(k => k.User.Role == who).Key,
            _ => DemoKeys.First(k => k.User.Carrier == who).Key,
        };

    public HttpClient Client(string? who = null, string? language = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (KeyOf(who) is { } key)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (language is not null)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<ApiServer>
{
    public const string Name = "server";
}
