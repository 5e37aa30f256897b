using System.Diagnostics;

namespace Finnest.Database.Tests.Support;

public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string All => StdOut + StdErr;
}

/// <summary>Runs the real CLI (finnest-db.dll, built with the tests) as a separate process.</summary>
public static class CliProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "finnest-db.dll");

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        StartIn(Path.GetTempPath(), environment, args);

    /// <summary>Starts the CLI in <paramref name="workingDirectory"/> (where it looks for its local cluster).</summary>
    public static Process StartIn(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var a in args) info.ArgumentList.Add(a);
        // A connection from the developer's environment must never leak into a test.
        info.Environment.Remove("FINNEST_DATABASE_URL");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info)!;
    }

    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(null, args);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        return await CompleteAsync(process);
    }

    public static async Task<CliResult> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = StartIn(workingDirectory, environment, args);
        return await CompleteAsync(process);
    }

    public static async Task<CliResult> CompleteAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
