using Finnest.Database.Engine;

namespace Finnest.Database.Tests.Engine;

public sealed class ConnectionSettingsTests
{
    [Fact]
    public void a_postgres_url_becomes_npgsql_settings()
    {
        var s = ConnectionSettings.Parse("postgres://app%40corp:p%3Ass@db.example:6543/finnest?sslmode=require");
        Assert.Equal("db.example", s.Host);
        Assert.Equal(6543, s.Port);
        Assert.Equal("finnest", s.Database);
        Assert.Equal("app@corp", s.Username);
        Assert.Equal("p:ss", s.Password);
        Assert.Equal(Npgsql.SslMode.Require, s.SslMode);
        Assert.Equal(ConnectionSettings.ApplicationName, s.ApplicationName);
    }

    [Fact]
    public void a_keyword_string_is_accepted()
    {
        var s = ConnectionSettings.Parse("Host=localhost;Port=5433;Database=x;Username=u;Password=secret");
        Assert.Equal(5433, s.Port);
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("Host=;Database=x")]
    [InlineData("this is not a connection string")]
    [InlineData("postgres://u:pw@host/db?nonsense_option=1")]
    public void malformed_input_is_bad_input(string value)
    {
        var e = Assert.Throws<EngineException>(() => ConnectionSettings.Parse(value));
        Assert.Equal(Failure.BadInput, e.Failure);
    }

    [Fact]
    public void the_description_never_contains_the_password()
    {
        var s = ConnectionSettings.Parse("postgres://u:hunter2@h:5432/d");
        Assert.DoesNotContain("hunter2", ConnectionSettings.Describe(s));
    }

    [Fact]
    public void a_malformed_keyword_string_does_not_echo_the_password()
    {
        var e = Assert.Throws<EngineException>(() => ConnectionSettings.Parse("Host=h;Password=hunter2;Bogus Key=1"));
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Fact]
    public void a_verb_names_itself_only_when_the_user_gave_no_application_name()
    {
        Assert.Equal("finnest-seed", ConnectionSettings.Parse("postgres://u@h/db", "finnest-seed").ApplicationName);
        Assert.Equal("nightly-etl", ConnectionSettings.Parse("postgres://u@h/db?application_name=nightly-etl", "finnest-seed").ApplicationName);
        Assert.Equal("nightly-etl", ConnectionSettings.Parse("Host=h;Application Name=nightly-etl", "finnest-partitions").ApplicationName);
    }

    [Fact]
    public void pg_dump_and_psql_reach_the_same_server_with_the_same_ssl_mode_and_the_password_out_of_their_arguments()
    {
        var env = Finnest.Database.Cli.PgTools.ClientEnvironment(
            ConnectionSettings.Parse("postgres://app:s3cret@db.example:6543/finnest?sslmode=require&application_name=nightly"));
        Assert.Equal("db.example", env["PGHOST"]);
        Assert.Equal("6543", env["PGPORT"]);
        Assert.Equal("app", env["PGUSER"]);
        Assert.Equal("finnest", env["PGDATABASE"]);
        Assert.Equal("require", env["PGSSLMODE"]);
        Assert.Equal("nightly", env["PGAPPNAME"]);
        Assert.Equal("s3cret", env["PGPASSWORD"]);
    }
}
