using Catalog.Storage.Tables;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>The key escaping and shortening, on their own.</summary>
public sealed class TableKeyEncodingTests
{
    public static TheoryData<string> TrickyTexts => new()
    {
        "",
        "plain",
        "type/key",
        @"back\slash",
        "hash#and?query",
        "tilde~and|bar",
        "~2F looks escaped",
        "%2F percent",
        "ctrl\u0000\u0001\u001F\u007F\u0080\u009F",
        "café 漢字 😀 e\u0301",
        "lone \uD800 high and \uDC00 low",
        "'quotes' \"and\" spaces ",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Escaping_is_reversible(string text) =>
        TableKeyEncoding.Unescape(TableKeyEncoding.Escape(text)).Should().Be(text);

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Escaped_text_holds_no_character_a_table_key_forbids(string text)
    {
        var escaped = TableKeyEncoding.Escape(text);

        escaped.Should().NotContainAny("/", "\\", "#", "?", "|");
        escaped.ToCharArray().Should().NotContain(c => c <= '\u001F' || (c >= '\u007F' && c <= '\u009F'));
        Enumerable.Range(0, escaped.Length)
            .Where(i => char.IsSurrogate(escaped[i]) && !IsInPair(escaped, i))
            .Should().BeEmpty("only well-formed surrogate pairs are kept");
    }

    [Fact]
    public void Texts_that_differ_only_in_escape_like_sequences_stay_distinct()
    {
        var keys = new[] { "a/b", "a~2Fb", "a~b", "a~7Eb", "a%2Fb", "a|b" }.Select(TableKeyEncoding.Escape).ToList();

        keys.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Non_ascii_text_is_kept_readable()
    {
        TableKeyEncoding.Escape("café 漢字 😀").Should().Be("café 漢字 😀");
        TableKeyEncoding.Escape("type/key").Should().Be("type~2Fkey");
    }

    [Fact]
    public void A_key_within_the_limit_is_kept_as_it_is()
    {
        var key = new string('k', TableKeyEncoding.MaxKeyLength);

        TableKeyEncoding.Fit(key).Should().Be(key);
    }

    [Fact]
    public void A_key_one_character_over_the_limit_becomes_a_prefix_and_a_sha256()
    {
        var key = new string('k', TableKeyEncoding.MaxKeyLength + 1);

        var fitted = TableKeyEncoding.Fit(key);

        fitted.Length.Should().BeLessThanOrEqualTo(TableKeyEncoding.MaxKeyLength);
        fitted.Should().MatchRegex("^k{200}~h[0-9A-F]{64}$");
    }

    [Fact]
    public void A_short_key_of_many_utf8_bytes_is_hashed_too()
    {
        // 400 CJK characters are within the character limit but take 1,200 bytes, more than Azure's 1 KiB.
        var fitted = TableKeyEncoding.Fit(new string('漢', TableKeyEncoding.MaxKeyLength));

        fitted.Should().Contain("~h");
        System.Text.Encoding.UTF8.GetByteCount(fitted).Should().BeLessThanOrEqualTo(1024);
    }

    [Fact]
    public void Long_keys_sharing_a_600_character_prefix_get_different_keys()
    {
        var prefix = new string('p', 600);

        TableKeyEncoding.Fit(prefix + "-one").Should().NotBe(TableKeyEncoding.Fit(prefix + "-two"));
    }

    [Fact]
    public void Shortening_never_splits_a_surrogate_pair_or_an_escape_sequence()
    {
        foreach (var filler in new[] { "😀", "a😀", "/", "a/", "ab/", "\uD800", "a\uD800", "ab\uD800", "abc\uD800" })
        {
            var escaped = TableKeyEncoding.Escape(string.Concat(Enumerable.Repeat(filler, 400)));

            var prefix = TableKeyEncoding.Fit(escaped).Split("~h")[0];

            prefix.Should().NotMatchRegex("~(u[0-9A-F]{0,3}|[0-9A-F]?)$", $"the prefix of {filler} repeated ends inside an escape");
            char.IsHighSurrogate(prefix[^1]).Should().BeFalse($"the prefix of {filler} repeated ends inside a surrogate pair");
        }
    }

    private static bool IsInPair(string text, int index) =>
        (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        || (char.IsLowSurrogate(text[index]) && index > 0 && char.IsHighSurrogate(text[index - 1]));
}
