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
}
