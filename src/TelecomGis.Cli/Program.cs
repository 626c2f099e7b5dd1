using System.CommandLine;
using TelecomGis.Cli.Commands;
using TelecomGis.Core.Coverage.Propagation;

// Vietnamese names and messages must survive any terminal's default encoding.
Console.OutputEncoding = System.Text.Encoding.UTF8;

var root = new RootCommand(
    "TelecomGis: appraise proposed BTS sites against a province's telecom-infrastructure plan, analyse coverage, postal service, fiber and resilience, convert VN-2000 coordinates, generate data."
)
{
    ConvertCommand.Create(),
    AppraiseCommand.Create(),
    GenerateCommand.Create(),
    PlanCommand.Create(),
    CoverageCommand.Create(PathLossModels.For),
    PostalCommand.Create(),
    FiberCommand.Create(),
    ResilienceCommand.Create(PathLossModels.For),
};
return await root.Parse(args).InvokeAsync();
