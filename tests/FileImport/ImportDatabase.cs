using Dapper;
using Finnest.Database.Engine;
using Finnest.Database.FileImport;
using Finnest.Database.Tests.Support;
using Npgsql;

namespace Finnest.Database.Tests.FileImport;

/// <summary>A cloned database with one organisation to import into, and the reads the tests assert on (as the superuser).</summary>
public sealed class ImportDatabase : IAsyncDisposable
{
    public const string Slug = "acme-labour";

    private ImportDatabase(NpgsqlConnectionStringBuilder settings, NpgsqlConnection connection, Guid orgId)
    {
        Settings = settings;
        Connection = connection;
        OrgId = orgId;
    }

    public NpgsqlConnectionStringBuilder Settings { get; }
    public NpgsqlConnection Connection { get; }
    public Guid OrgId { get; }

    /// <summary>The key the importer chooses in tests: the environment's, else the development key (the test cluster is local).</summary>
    public static FieldEncryption Key => FieldEncryption.FromEnvironment() ?? FieldEncryption.Development;

    public static async Task<ImportDatabase> CreateAsync(DatabaseFixture fixture)
    {
        var settings = await fixture.CloneAsync();
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var org = await connection.ExecuteScalarAsync<Guid>(
            "insert into public.organisations (name, slug) values ('Acme Labour', @slug) returning id", new { slug = Slug });
        return new ImportDatabase(settings, connection, org);
    }

    public async Task<ImportOutcome> ImportAsync(string kind, string path, bool dryRun = false, bool skipInvalid = false)
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        return await new FileImporter(connection).RunAsync(ImportFile.Read(kind, path), new ImportOptions(Slug, dryRun, skipInvalid));
    }

    public Task<long> CountAsync(string table) => Connection.ExecuteScalarAsync<long>($"select count(*) from {table}");

    public Task<long> MappingsAsync(string table) => Connection.ExecuteScalarAsync<long>(
        "select count(*) from public.id_mappings where legacy_system = 'csv_import' and target_table = @table and org_id = @org", new { table, org = OrgId });

    public Task<long> AuditRowsAsync(string table) => Connection.ExecuteScalarAsync<long>(
        "select count(*) from public.audit_log where table_name = @table", new { table });

    /// <summary>No row, no mapping, no audit entry: the import left the table as it was.</summary>
    public async Task AssertNothingWrittenAsync(string table)
    {
        Assert.Equal(0, await CountAsync(table));
        Assert.Equal(0, await MappingsAsync(table));
        Assert.Equal(0, await AuditRowsAsync(table));
    }

    /// <summary>Runs <paramref name="act"/> on a connection of a new login that is a member of <paramref name="roles"/> only; drops it after.</summary>
    public async Task AsLoginAsync(string roles, Func<string, NpgsqlConnection, Task> act)
    {
        var login = $"login_{Guid.NewGuid():N}"[..20];
        await Connection.ExecuteAsync($"create role {login} login password 'import-pw' in role {roles}");
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { Username = login, Password = "import-pw" };
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            await act(login, connection);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Connection.ExecuteAsync($"drop role {login}");
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
