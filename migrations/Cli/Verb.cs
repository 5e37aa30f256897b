using System.CommandLine;
using Finnest.Database.Engine;
using Npgsql;

namespace Finnest.Database.Cli;

/// <summary>Wraps a verb's work so that every failure is one line on stderr and a documented exit code.</summary>
public static class Verb
{
    public static Command Create(string name, string description, Func<ParseResult, CancellationToken, Task<ExitCode>> run, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Option o: command.Options.Add(o); break;
                case Argument a: command.Arguments.Add(a); break;
            }
        }
        command.SetAction(async (parse, ct) => (int)await RunAsync(() => run(parse, ct)));
        return command;
    }

    /// <summary>A group such as "migrate": run without a verb, it prints its help.</summary>
    public static Command Group(string name, string description, params Command[] verbs)
    {
        var command = new Command(name, description);
        foreach (var verb in verbs) command.Subcommands.Add(verb);
        command.SetAction(parse =>
        {
            new System.CommandLine.Help.HelpAction().Invoke(parse);
            return 0;
        });
        return command;
    }

    public static async Task<ExitCode> RunAsync(Func<Task<ExitCode>> run)
    {
        try
        {
            return await run();
        }
        catch (CliException e)
        {
            Output.Error(e.Message);
            return e.Code;
        }
        catch (EngineException e)
        {
            Output.Error(e.Message);
            return ExitCodes.Of(e.Failure);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            Output.Error($"the login lacks a privilege this verb needs: {e.MessageText}");
            return ExitCode.ConnectionFailed;
        }
        catch (NpgsqlException e) when (Engine.Plan.StepExecutor.ConnectionLost(e))
        {
            // A connection lost mid-run, a server shut down: the database's own words, no stack trace.
            Output.Error($"connection to the database lost: {Engine.Plan.StepExecutor.Reason(e)}");
            return ExitCode.ConnectionFailed;
        }
        catch (PostgresException e)
        {
            Output.Error($"database error: {e.SqlState} {e.MessageText}");
            return ExitCode.Unexpected;
        }
        catch (OperationCanceledException)
        {
            Output.Error("cancelled");
            return ExitCode.Unexpected;
        }
        catch (Exception e)
        {
            Output.Error($"unexpected {e.GetType().Name}: {e.Message.Split('\n')[0]} (please report this)");
            return ExitCode.Unexpected;
        }
    }
}
