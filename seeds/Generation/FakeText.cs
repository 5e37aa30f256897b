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
        _random = new Random(seed);
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

    /// <summary>
    /// A sentence of <paramref name="words"/> lorem words, capitalised, with a full stop: what Bogus's Lorem.Sentence gives,
    /// drawn from the word list read once. Bogus looks the list up in its locale data on every word, and free text is
    /// the most generated value there is: Lorem.Sentence was a quarter of a small seed's generation.
    /// </summary>
    public string Sentence(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(LoremWords)));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary><paramref name="count"/> lower-case lorem words (Lorem.Words without its lock and locale look-ups).</summary>
    public string Words(int count) =>
        count == 1 ? Pick(LoremWords).ToLowerInvariant() : string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(LoremWords))).ToLowerInvariant();

    /// <summary>"Ergonomic Steel Chair": Commerce.ProductName's three parts, each list read once.</summary>
    public string ProductName() =>
        $"{Pick(ProductAdjectives)} {Pick(ProductMaterials)} {Pick(Products)}";

    /// <summary>Its own generator for the lists above: Bogus's Randomizer takes a process-wide lock on every draw.</summary>
    private readonly Random _random;

    private string Pick(string[] list) => list[_random.Next(list.Length)];

    private static readonly string[] LoremWords = Strings("lorem", "words");
    private static readonly string[] ProductAdjectives = Strings("commerce", "product_name.adjective");
    private static readonly string[] ProductMaterials = Strings("commerce", "product_name.material");
    private static readonly string[] Products = Strings("commerce", "product_name.product");

    private static string[] Strings(string category, string path)
    {
        var list = (Bogus.Bson.BArray)Bogus.Database.Get(category, path, Locale);
        return Enumerable.Range(0, list.Count).Select(i => list[i].StringValue).ToArray();
    }
}
