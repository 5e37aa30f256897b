using Finnest.Database.Seeds;

namespace Finnest.Database.Tests.Engine;

public sealed class AustralianIdentifiersTests
{
    [Theory]
    [InlineData("123456782", true)]  // docs/design/DOMAIN.md worked example: 253 = 11 × 23
    [InlineData("123456783", false)]
    [InlineData("12345678", false)]
    public void tfn_check_digit_follows_the_ato_weights(string tfn, bool valid) => Assert.Equal(valid, AustralianIdentifiers.IsValidTfn(tfn));

    [Theory]
    [InlineData("51824753556", true)] // docs/design/DOMAIN.md worked example: 534 = 89 × 6
    [InlineData("51824753557", false)]
    [InlineData("65714394898", true)] // AustralianSuper's ABN
    public void abn_check_digits_follow_the_abr_algorithm(string abn, bool valid) => Assert.Equal(valid, AustralianIdentifiers.IsValidAbn(abn));

    [Theory]
    [InlineData("004085616", true)]
    [InlineData("004085617", false)]
    public void acn_check_digit_follows_asic(string acn, bool valid) => Assert.Equal(valid, AustralianIdentifiers.IsValidAcn(acn));

    [Fact]
    public void a_company_abn_is_its_acn_behind_two_check_digits()
    {
        // ASIC's example ACN: (5 − 1) × 10 + 3 × 1 + 402 = 445 = 89 × 5.
        Assert.Equal("53004085616", AustralianIdentifiers.AbnOfCompany("004085616"));
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var acn = AustralianIdentifiers.Acn(random);
            var abn = AustralianIdentifiers.AbnOfCompany(acn);
            Assert.True(AustralianIdentifiers.IsValidAbn(abn) && abn.EndsWith(acn), $"{acn} gave {abn}");
        }
    }

    [Fact]
    public void generated_identifiers_are_valid()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            Assert.True(AustralianIdentifiers.IsValidTfn(AustralianIdentifiers.Tfn(random)));
            Assert.True(AustralianIdentifiers.IsValidAbn(AustralianIdentifiers.Abn(random)));
            Assert.True(AustralianIdentifiers.IsValidAcn(AustralianIdentifiers.Acn(random)));
        }
    }

    [Fact]
    public void bsb_and_mobile_have_the_checked_formats()
    {
        var random = new Random(7);
        Assert.Matches(@"^\d{2}3-\d{3}$", AustralianIdentifiers.Bsb(random, "VIC"));
        Assert.Matches(@"^\+614\d{8}$", AustralianIdentifiers.Mobile(random));
        Assert.Matches(@"^6\d{3}$", AustralianIdentifiers.Postcode(random, "WA"));
    }
}
