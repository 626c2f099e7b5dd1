using TelecomGis.Api.Auth;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// <c>issue-key &lt;role&gt; [carrier] [user]</c>: adds a key to the ring beside the store and prints it once. A service already
/// running on that store needs no restart: its <see cref="KeyRing"/> reads the file again when it meets the new key.
/// </summary>
public static class IssueKeyCommand
{
    public static int Run(string[] args, string role)
    {
        // "--Name value" pairs are configuration (--ApiKeys:Path, --Store:Path), as for the service; the rest are the words above.
        var options = new List<string>();
        var words = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                    options.Add(args[++i]);
            }
            else
            {
                words.Add(args[i]);
            }
        }
        var configuration = new ConfigurationBuilder().AddCommandLine([.. options]).Build();
        var rest = words.ToArray();
        var carrier = role == Roles.Carrier ? rest.ElementAtOrDefault(0) : null;
        var user = rest.ElementAtOrDefault(role == Roles.Carrier ? 1 : 0) ?? $"{role}-{DateTime.UtcNow:yyyyMMddHHmmss}";
        // --Province 31: the user belongs to that province only (issue 12, item 5); without it the key is a national role.
        var request = new IssueKey(user, role, carrier, configuration["Province"] is { Length: > 0 } province ? province : null);
        var errors = request.Validate().ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors)
                Console.Error.WriteLine($"lỗi: {e.MessageVi ?? e.MessageEn}");
            return 2;
        }
        var ring = KeyRing.Open(ServicePaths.From(configuration).KeysFile, out var demo);
        // No ring yet: opening it made the demo keys, which are shown now or never.
        foreach (var k in demo)
            Console.WriteLine($"{k.User.Role} {k.User.Carrier ?? ""} {k.User.UserId} {k.Key}");
        var issued = ring.Issue(new ApiUser(user, role, carrier, request.Province));
        Console.WriteLine(
            $"{issued.User.Role} {issued.User.Carrier ?? ""} {issued.User.UserId} {issued.Key}"
                + (issued.User.Province is { } code ? $" province {code}" : "")
        );
        return 0;
    }
}
