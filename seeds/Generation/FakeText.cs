using Bogus;
using Bogus.DataSets;

namespace Finnest.Database.Seeds.Generation;

/// <summary>
/// The Bogus data sets the generator draws words from (names, companies, streets, products, lorem), in Australian
/// English, all on one seeded <see cref="Randomizer"/>. Not Bogus's <c>Faker</c>: that builds every data set it has
/// on construction (the System one parses the whole MIME table), about a millisecond each time, and the generator
/// needs one per table and organisation: a quarter of a demo seed's CPU went there. The same seed draws the same
/// words as a Faker with that Randomizer would.
/// </summary>
public sealed class FakeText
{
    private const string Locale = "en_AU";

    public FakeText(int seed)
    {
        var random = new Randomizer(seed);
        Name = new Name(Locale) { Random = random };
        Address = new Address(Locale) { Random = random };
        Company = new Company(Locale) { Random = random };
        Commerce = new Commerce(Locale) { Random = random };
        Lorem = new Lorem(Locale) { Random = random };
    }

    public Name Name { get; }
    public Address Address { get; }
    public Company Company { get; }
    public Commerce Commerce { get; }
    public Lorem Lorem { get; }
}
