using System.CommandLine;
using TelecomGis.Cli;
using TelecomGis.Cli.Commands;
using TelecomGis.Core.Coverage.Propagation;

// Vietnamese names and messages must survive any terminal's default encoding.
Console.OutputEncoding = System.Text.Encoding.UTF8;
CliText.Choose(args);

var root = new RootCommand(
    CliText.T(
        "TelecomGis: thẩm định vị trí trạm BTS đề xuất theo quy hoạch hạ tầng viễn thông của tỉnh; phân tích vùng phủ sóng, bưu chính, cáp quang và khả năng chống chịu; chuyển đổi tọa độ VN-2000; tạo dữ liệu. Thêm --lang en để dùng tiếng Anh.",
        "TelecomGis: appraise proposed BTS sites against a province's telecom-infrastructure plan, analyse coverage, postal service, fiber and resilience, convert VN-2000 coordinates, generate data."
    )
);
(string Name, Func<Command> Create)[] commands =
[
    ("convert", ConvertCommand.Create),
    ("template", TemplateCommand.Create),
    ("appraise", AppraiseCommand.Create),
    ("generate", GenerateCommand.Create),
    ("plan", PlanCommand.Create),
    ("coverage", () => CoverageCommand.Create(PathLossModels.For)),
    ("postal", PostalCommand.Create),
    ("fiber", FiberCommand.Create),
    ("resilience", () => ResilienceCommand.Create(PathLossModels.For)),
    ("store", StoreCommand.Create),
    ("register", RegisterCommand.Create),
    ("province", ProvinceCommand.Create),
    ("import", ImportCommand.Create),
    ("report", ReportCommand.Create),
];

// Building a command compiles its options and actions: a run whose first argument names a command builds that one alone
// (40 ms less per call). Anything else (help, a typo the parser suggests a name for, options first) builds them all.
var named = args.Length > 0 ? Array.FindAll(commands, c => c.Name == args[0]) : [];

// (A name here that is not its command's would refuse that command: the tests read every command's help page by its name.)
foreach (var (_, create) in named.Length == 1 ? named : commands)
    root.Subcommands.Add(create());
root.Options.Add(CliText.Option());
foreach (var option in root.Options)
{
    // The parser's own options, described in the chosen language too.
    if (option is System.CommandLine.Help.HelpOption)
        option.Description = CliText.T("Xem trợ giúp và cách dùng", "Show help and usage information");
    else if (option is VersionOption)
        option.Description = CliText.T("Xem phiên bản", "Show version information");
}
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && !CliText.English)
{
    // The parser's own messages are English; say them in Vietnamese, as its error action would (stderr, exit code 1).
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine(CliText.ParseError(error.Message));
    Console.Error.WriteLine("Thêm --help để xem cách dùng.");
    return 1;
}
if (!CliText.English && parsed.Action is System.CommandLine.Help.HelpAction)
{
    // The parser writes its help page in English words around our Vietnamese texts: it is written aside and translated, its
    // options' values named in Vietnamese first (only for a help page: no other run shows them).
    VietnameseHelp.NamePlaceholders(root);
    var page = new StringWriter();
    var code = parsed.Invoke(new InvocationConfiguration { Output = page });
    Console.Out.Write(VietnameseHelp.Translate(page.ToString()));
    return code;
}
return await parsed.InvokeAsync();
