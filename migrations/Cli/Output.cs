using Spectre.Console;

namespace Finnest.Database.Cli;

/// <summary>Results go to stdout (so --json and migrate script can be piped); progress and errors go to stderr.</summary>
public static class Output
{
    public static IAnsiConsole Out { get; } = CreateOut();

    private static IAnsiConsole CreateOut()
    {
        if (!System.Console.IsOutputRedirected) return AnsiConsole.Console;
        // Piped into a file or a CI log: no colour codes, and no terminal width to squeeze tables into.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        console.Profile.Width = 240;
        return console;
    }

    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Error),
    });

    // Plain writes, not Spectre markup: a message must stay one line however narrow the terminal.
    public static void Info(string message) => System.Console.Error.WriteLine(message);

    public static void Error(string message) => System.Console.Error.WriteLine($"error: {message}");
}
