using DiasporaMatch.Cli;

return await DmatchCli.RunAsync(args, Console.Out, Console.Error);
