using TelecomGis.Api.Hosting;

// `issue-key <role> [carrier] [user]` prints a new API key and exits: the way back in when every admin key is lost.
if (args is ["issue-key", var role, ..])
{
    return IssueKeyCommand.Run(args, role);
}

var app = await ApiHost.BuildAsync(args);
await app.StartAsync();
ApiHost.PrintWelcome(app, Console.Out);
await app.WaitForShutdownAsync();
return 0;
