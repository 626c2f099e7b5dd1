using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Hosting;

/// <summary><c>issue-key &lt;role&gt; [carrier] [user]</c>: adds a key to the ring beside the store and prints it once.</summary>
public static class IssueKeyCommand
{
    public static int Run(string[] args, string role)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(args.Skip(2).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray()).Build();
        var rest = args.Skip(2).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var carrier = role == Roles.Carrier ? rest.ElementAtOrDefault(0) : null;
        var user = rest.ElementAtOrDefault(role == Roles.Carrier ? 1 : 0) ?? $"{role}-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var request = new IssueKey(user, role, carrier);
        var errors = request.Validate().ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors) Console.Error.WriteLine($"{e.Field}: {e.MessageEn}");
            return 2;
        }
        var ring = KeyRing.Open(ServicePaths.From(configuration).KeysFile, out _);
        var issued = ring.Issue(new ApiUser(user, role, carrier));
        Console.WriteLine($"{issued.User.Role} {issued.User.Carrier ?? ""} {issued.User.UserId} {issued.Key}");
        return 0;
    }
}
