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
)
{
    ConvertCommand.Create(),
    TemplateCommand.Create(),
    AppraiseCommand.Create(),
    GenerateCommand.Create(),
    PlanCommand.Create(),
    CoverageCommand.Create(PathLossModels.For),
    PostalCommand.Create(),
    FiberCommand.Create(),
    ResilienceCommand.Create(PathLossModels.For),
    StoreCommand.Create(),
    RegisterCommand.Create(),
    ProvinceCommand.Create(),
    ImportCommand.Create(),
    ReportCommand.Create(),
};
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
