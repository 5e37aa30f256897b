using System.Security.Cryptography;
using System.Text;
using Bogus;
using Dapper;
using Npgsql;

namespace Finnest.Database.Seeds;

public sealed record SeedOptions
{
    public int Organisations { get; init; } = 2;
    public int EmployeesPerOrganisation { get; init; } = 40;
    public int ClientsPerOrganisation { get; init; } = 5;
    public int RosterDays { get; init; } = 14;
    /// <summary>Same number, same data: a test can rely on what it seeded.</summary>
    public int RandomSeed { get; init; } = 20260401;
}

public sealed record SeedSummary(IReadOnlyDictionary<string, int> RowsByTable);

/// <summary>
/// Realistic fake data for application teams' tests and demos: organisations with valid ABNs,
/// offices, staff users, workers with encrypted TFNs and licences, host clients and their sites,
/// a fortnight of shifts with assignments, the clock events they produced, and domain events.
/// Never a migration: it runs only through the `seed` verb, in one transaction.
/// </summary>
public sealed class FakeDataSeeder(NpgsqlConnection connection, SeedOptions options)
{
    private static readonly string[] States = ["NSW", "VIC", "QLD", "WA", "SA"];
    private static readonly string[] Positions = ["Forklift operator", "Storeperson", "Pick packer", "Labourer", "Process worker", "Truck driver"];
    private readonly Dictionary<string, int> _rows = [];
    private readonly Random _random = new(options.RandomSeed);

    public async Task<SeedSummary> RunAsync(CancellationToken ct = default)
    {
        Randomizer.Seed = new Random(options.RandomSeed);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var credentialTypes = (await connection.QueryAsync<Guid>(
            "select id from compliance.credential_types where code in ('hrwl_lf', 'dl_c', 'dl_hr', 'dl_mr', 'white_card', 'first_aid', 'police_check_national') order by code",
            transaction: tx)).ToList();
        for (var i = 0; i < options.Organisations; i++)
            await SeedOrganisationAsync(tx, credentialTypes, ct);
        await tx.CommitAsync(ct);
        return new SeedSummary(_rows);
    }

    private async Task SeedOrganisationAsync(NpgsqlTransaction tx, IReadOnlyList<Guid> credentialTypes, CancellationToken ct)
    {
        var faker = new Faker("en_AU");
        var state = States[_random.Next(States.Length)];
        var company = faker.Company.CompanyName();
        var org = await Insert<Guid>(tx, "public.organisations",
            "insert into public.organisations (name, slug, legal_name, abn, acn, head_office_state, timezone) values (@name, @slug, @legal, @abn, @acn, @state, @tz) returning id",
            new
            {
                name = company + " Workforce",
                slug = Slug(company) + "-" + _random.Next(1000, 9999),
                legal = company + " Pty Ltd",
                abn = AustralianIdentifiers.Abn(_random),
                acn = AustralianIdentifiers.Acn(_random),
                state,
                tz = AustralianIdentifiers.TimeZone(state),
            });

        var office = await Insert<Guid>(tx, "public.offices",
            "insert into public.offices (org_id, name, code, address_line1, suburb, state, postcode, timezone, is_head_office) values (@org, @name, @code, @street, @suburb, @state, @postcode, @tz, true) returning id",
            new { org, name = faker.Address.City() + " branch", code = "BR1", street = faker.Address.StreetAddress(), suburb = faker.Address.City(), state, postcode = AustralianIdentifiers.Postcode(_random, state), tz = AustralianIdentifiers.TimeZone(state) });

        foreach (var kind in new[] { "admin", "staff", "staff", "payroll" })
        {
            var person = new Person("en_AU");
            await Insert<Guid>(tx, "public.users",
                "insert into public.users (org_id, email, first_name, last_name, phone, kind, status, primary_office_id) values (@org, @email, @first, @last, @phone, @kind, 'active', @office) returning id",
                new { org, email = $"{kind}.{_random.Next(100000)}@{Slug(company)}.com.au", first = person.FirstName, last = person.LastName, phone = AustralianIdentifiers.Mobile(_random), kind, office });
        }

        var sites = new List<(Guid Client, Guid Site, string State)>();
        for (var i = 0; i < options.ClientsPerOrganisation; i++)
        {
            var clientName = faker.Company.CompanyName();
            var client = await Insert<Guid>(tx, "clients.clients",
                "insert into clients.clients (org_id, legal_name, trading_name, abn, status) values (@org, @legal, @trading, @abn, 'active') returning id",
                new { org, legal = clientName + " Pty Ltd", trading = clientName, abn = AustralianIdentifiers.Abn(_random) });
            var siteState = _random.Next(3) == 0 ? States[_random.Next(States.Length)] : state;
            var site = await Insert<Guid>(tx, "clients.sites",
                "insert into clients.sites (org_id, client_id, name, address_line1, suburb, state, postcode, timezone) values (@org, @client, @name, @street, @suburb, @state, @postcode, @tz) returning id",
                new { org, client, name = clientName + " DC", street = faker.Address.StreetAddress(), suburb = faker.Address.City(), state = siteState, postcode = AustralianIdentifiers.Postcode(_random, siteState), tz = AustralianIdentifiers.TimeZone(siteState) });
            sites.Add((client, site, siteState));
        }

        var employees = new List<Guid>();
        for (var i = 0; i < options.EmployeesPerOrganisation; i++)
        {
            var person = new Person("en_AU");
            var casual = _random.Next(10) < 7;
            var employee = await Insert<Guid>(tx, "people.employees",
                """
                insert into people.employees (org_id, employee_number, first_name, last_name, date_of_birth, email, phone, address,
                    tax_file_number_encrypted, employment_type, employment_status, stp_employment_basis, start_date, primary_office_id, primary_client_id)
                values (@org, @number, @first, @last, @dob, @email, @phone, @address::jsonb, @tfn, @type, 'active', @basis, @start, @office, @client)
                returning id
                """,
                new
                {
                    org,
                    number = $"E{10000 + i}",
                    first = person.FirstName,
                    last = person.LastName,
                    dob = DateOnly.FromDateTime(faker.Date.Past(40, DateTime.Today.AddYears(-18))),
                    email = $"{person.FirstName}.{person.LastName}.{_random.Next(1000)}@example.com.au".ToLowerInvariant(),
                    phone = AustralianIdentifiers.Mobile(_random),
                    address = $$"""{"line1": "{{faker.Address.StreetAddress()}}", "suburb": "{{faker.Address.City()}}", "state": "{{state}}", "postcode": "{{AustralianIdentifiers.Postcode(_random, state)}}"}""",
                    tfn = DevelopmentEncryption.Encrypt(AustralianIdentifiers.Tfn(_random)),
                    type = casual ? "casual" : "full_time",
                    basis = casual ? "C" : "F",
                    start = DateOnly.FromDateTime(faker.Date.Past(3)),
                    office,
                    client = sites[_random.Next(sites.Count)].Client,
                });
            employees.Add(employee);
            if (credentialTypes.Count > 0)
                await Insert<Guid>(tx, "people.employee_qualifications",
                    "insert into people.employee_qualifications (org_id, employee_id, credential_type_id, credential_number, issued_on, expires_on) values (@org, @employee, @type, @number, @issued, @expires) returning id",
                    new { org, employee, type = credentialTypes[_random.Next(credentialTypes.Count)], number = _random.Next(10_000_000, 99_999_999).ToString(), issued = DateOnly.FromDateTime(DateTime.Today.AddYears(-2)), expires = DateOnly.FromDateTime(DateTime.Today.AddYears(3)) });
        }

        // One day shift per worker per day on a fortnight, the first week worked and clocked.
        var monday = DateTime.UtcNow.Date.AddDays(-(((int)DateTime.UtcNow.DayOfWeek + 6) % 7) - 7);
        for (var day = 0; day < options.RosterDays; day++)
        {
            foreach (var employee in employees.Where(_ => _random.Next(10) < 6))
            {
                var (client, site, siteState) = sites[_random.Next(sites.Count)];
                var tz = TimeZoneInfo.FindSystemTimeZoneById(AustralianIdentifiers.TimeZone(siteState));
                var localStart = monday.AddDays(day).AddHours(6 + _random.Next(4));
                var start = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localStart, DateTimeKind.Unspecified), tz);
                var end = start.AddHours(8.5);
                var worked = end < DateTime.UtcNow;
                var shift = await Insert<Guid>(tx, "roster.shifts",
                    "insert into roster.shifts (org_id, client_id, site_id, position, start_at, end_at, unpaid_break_minutes, timezone, status, published_at) values (@org, @client, @site, @position, @start, @end, 30, @tz, @status, @published) returning id",
                    new { org, client, site, position = Positions[_random.Next(Positions.Length)], start, end, tz = tz.Id, status = worked ? "completed" : "published", published = start.AddDays(-5) });
                await Insert<Guid>(tx, "roster.shift_assignments",
                    "insert into roster.shift_assignments (org_id, shift_id, employee_id, status) values (@org, @shift, @employee, @status) returning id",
                    new { org, shift, employee, status = worked ? "completed" : "confirmed" });
                if (!worked) continue;
                foreach (var (type, at) in new[] { ("clock_in", start.AddMinutes(-_random.Next(10))), ("clock_out", end.AddMinutes(_random.Next(15))) })
                    await Insert<Guid>(tx, "timekeep.clock_events",
                        "insert into timekeep.clock_events (org_id, employee_id, event_type, source, occurred_at, local_timezone, latitude, longitude, accuracy_metres, shift_id) values (@org, @employee, @type, 'mobile_gps', @at, @tz, @lat, @lng, @accuracy, @shift) returning id",
                        new { org, employee, type, at, tz = tz.Id, lat = Math.Round(-33.8 - _random.NextDouble(), 6), lng = Math.Round(151.0 + _random.NextDouble(), 6), accuracy = 5 + _random.Next(30), shift });
                await Insert<Guid>(tx, "events.domain_events",
                    "insert into events.domain_events (org_id, domain, event_type, aggregate_type, aggregate_id, payload, metadata) values (@org, 'roster', 'ShiftCompleted', 'shift', @shift, @payload::jsonb, @meta::jsonb) returning id",
                    new { org, shift, payload = $$"""{"employee_id": "{{employee}}"}""", meta = $$"""{"correlation_id": "{{Guid.NewGuid()}}", "actor": "seed"}""" });
            }
        }
    }

    private async Task<T> Insert<T>(NpgsqlTransaction tx, string table, string sql, object args)
    {
        var id = await connection.ExecuteScalarAsync<T>(sql, args, tx);
        _rows[table] = _rows.GetValueOrDefault(table) + 1;
        return id!;
    }

    /// <summary>"Smith, Jones & Co" → "smith-jones-co", as public.organisations.slug requires.</summary>
    private static string Slug(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
}

/// <summary>
/// AES-256-GCM with a key that is public on purpose: seeded TFNs and account numbers are fake, and
/// encrypting them keeps the seeded database shaped like production (bytea, never clear text).
/// Production keys live with the application, never here.
/// </summary>
public static class DevelopmentEncryption
{
    private static readonly byte[] Key = SHA256.HashData(Encoding.UTF8.GetBytes("finnest-development-only-key"));

    /// <summary>nonce (12) | tag (16) | ciphertext.</summary>
    public static byte[] Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[clear.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(Key, 16);
        aes.Encrypt(nonce, clear, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public static string Decrypt(byte[] sealedBytes)
    {
        var clear = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(Key, 16);
        aes.Decrypt(sealedBytes[..12], sealedBytes[28..], sealedBytes[12..28], clear);
        return Encoding.UTF8.GetString(clear);
    }
}
