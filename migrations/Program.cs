using Finnest.Database;
using Finnest.Database.Cli;

return await CliHost.RunAsync(args, FinnestMigrations.Assembly);
