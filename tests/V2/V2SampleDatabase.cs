using Finnest.Database.Tests.Support;
using Finnest.Database.V2.Contract;
using Finnest.Database.V2.Import;
using Finnest.Database.V2.Sample;
using Finnest.Database.V2.Staging;
using Npgsql;

namespace Finnest.Database.Tests.V2;

/// <summary>
/// The synthetic v2 extract of the v2 tests (scale 1, seed 42, as of 30 November 2026) in a temporary directory,
/// staged into a fresh clone of the migrated template, and the import calls the tests make on it.
/// </summary>
internal sealed class V2SampleDatabase(DatabaseFixture database) : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);
    public static readonly DateOnly PayBoundary = new(2026, 11, 23);   // a Monday
    public const string Org = "asg-central";

    public string Extract { get; } = Directory.CreateTempSubdirectory("v2-extract-").FullName;

    public void Dispose() => Directory.Delete(Extract, recursive: true);

    /// <summary>Rows per contract table of the last sample written.</summary>
    public IReadOnlyDictionary<string, int> Written { get; private set; } = new Dictionary<string, int>();

    public void WriteSample(int scale = 1, int seed = 42) => Written = new SampleExtractWriter(new SampleOptions(scale, seed, AsOf)).Write(Extract);

    /// <summary>A fresh clone of the migrated template; the returned settings name it.</summary>
    public Task<NpgsqlConnectionStringBuilder> CloneAsync() => database.CloneAsync();

    public string UrlOf(NpgsqlConnectionStringBuilder settings) => database.Cluster.ServerUrl(settings.Database!);

    public async Task<NpgsqlConnection> FreshDatabaseAsync()
    {
        var connection = new NpgsqlConnection((await database.CloneAsync()).ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<NpgsqlConnection> StagedAsync(int scale = 1, int seed = 42)
    {
        WriteSample(scale, seed);
        var connection = await FreshDatabaseAsync();
        await new ExtractStager(connection, ExtractEncoding.Utf8).StageAsync(Extract, null, default);
        return connection;
    }

    public static ImportOptions Options(int batchSize = 500, Tier tier = Tier.All) => new(Org, "ASG Central", batchSize, tier, AsOf, PayBoundary);

    public static Task<IReadOnlyList<TableOutcome>> ImportAsync(NpgsqlConnection connection, params string[] phases) =>
        new Importer(connection, Options()).RunAsync(phases.Length == 0 ? Phases.Order : phases, default);

    public static TableOutcome Of(IEnumerable<TableOutcome> outcomes, string source) => outcomes.Single(o => o.Source == source);
}
