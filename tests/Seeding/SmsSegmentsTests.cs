using Finnest.Database.Seeds.Generation.Domain;

namespace Finnest.Database.Tests.Seeding;

/// <summary>
/// Seeded SMS deliveries are counted as carriers bill them, so a team testing messaging costs sees real part counts; the
/// edges are where a wrong count shows (one character more costs a second part).
/// </summary>
public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]   // a long text's parts carry a header: 153 septets each
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void plain_text_goes_as_gsm7_in_parts_of_160_then_153(int length, int segments) =>
        Assert.Equal(("gsm7", length, segments), MessagingRules.Sms(new string('a', length)));

    [Fact]
    public void an_extension_character_counts_two_septets()
    {
        // 159 plain characters and a euro sign are 161 septets: two parts.
        Assert.Equal(("gsm7", 161, 2), MessagingRules.Sms(new string('a', 159) + "€"));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void one_character_outside_gsm7_sends_the_whole_text_as_ucs2_in_parts_of_70_then_67(int length, int segments) =>
        Assert.Equal(("ucs2", length, segments), MessagingRules.Sms("ā" + new string('a', length - 1)));
}
