// SPDX-License-Identifier: MPL-2.0
#include <core/text/numerals.hpp>

#include <catch2/catch.hpp>

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>

using namespace gongwen::core;

TEST_CASE("formatChineseNumeral writes the standard forms", "[numerals]")
{
    CHECK(formatChineseNumeral(0) == u"零");
    CHECK(formatChineseNumeral(1) == u"一");
    CHECK(formatChineseNumeral(10) == u"十");
    CHECK(formatChineseNumeral(11) == u"十一");
    CHECK(formatChineseNumeral(20) == u"二十");
    CHECK(formatChineseNumeral(99) == u"九十九");
    CHECK(formatChineseNumeral(100) == u"一百");
    CHECK(formatChineseNumeral(101) == u"一百零一");
    CHECK(formatChineseNumeral(110) == u"一百一十");
    CHECK(formatChineseNumeral(1001) == u"一千零一");
    CHECK(formatChineseNumeral(1010) == u"一千零一十");
    CHECK(formatChineseNumeral(1100) == u"一千一百");
    CHECK(formatChineseNumeral(9999) == u"九千九百九十九");
    CHECK(formatChineseNumeral(-1).empty());
    CHECK(formatChineseNumeral(10000).empty());
}

TEST_CASE("parseChineseNumeral is the exact inverse of formatting for 0..9999", "[numerals]")
{
    for (int v = 0; v <= kMaxChineseNumeral; ++v)
    {
        const auto text = formatChineseNumeral(v);
        REQUIRE(parseChineseNumeral(text) == v);
    }
}

TEST_CASE("parseChineseNumeral accepts the usual variants", "[numerals]")
{
    CHECK(parseChineseNumeral(u"〇") == 0);
    CHECK(parseChineseNumeral(u"一百〇一") == 101);
    CHECK(parseChineseNumeral(u"两") == 2);
    CHECK(parseChineseNumeral(u"两百") == 200);
    CHECK(parseChineseNumeral(u"两千零五") == 2005);
}

TEST_CASE("parseChineseNumeral rejects malformed numerals", "[numerals]")
{
    for (const char16_t* bad : {u"", u"十十", u"一十一", u"零一", u"一百零", u"一千零零一", u"百",
                                u"一二", u"二两", u"十两", u"一万", u"1", u"一百一", u"一千一"})
    {
        INFO(std::u16string(bad).size());
        CHECK_FALSE(parseChineseNumeral(bad).has_value());
    }
}

TEST_CASE("matchChineseNumeral takes the longest numeral prefix", "[numerals]")
{
    auto m = matchChineseNumeral(u"十一、加强");
    REQUIRE(m);
    CHECK(m->value == 11);
    CHECK(m->length == 2);
    m = matchChineseNumeral(u"一百零一是");
    REQUIRE(m);
    CHECK(m->value == 101);
    CHECK(m->length == 4);
    m = matchChineseNumeral(u"一二三");
    REQUIRE(m);
    CHECK(m->value == 1);
    CHECK(m->length == 1);
    CHECK_FALSE(matchChineseNumeral(u"加强"));
    CHECK_FALSE(matchChineseNumeral(u""));
}

TEST_CASE("matchArabicNumber reads ASCII and full-width digits", "[numerals]")
{
    auto m = matchArabicNumber(u"12. 项目");
    REQUIRE(m);
    CHECK(m->value == 12);
    CHECK(m->length == 2);
    m = matchArabicNumber(u"３．");
    REQUIRE(m);
    CHECK(m->value == 3);
    CHECK_FALSE(matchArabicNumber(u"a1"));
}

TEST_CASE("formatCountNumeral says 两 for two", "[numerals]")
{
    CHECK(formatCountNumeral(2) == u"两");
    CHECK(formatCountNumeral(3) == u"三");
    CHECK(formatCountNumeral(12) == u"十二");
}

namespace
{

// ICU's Chinese spellout, an implementation independent of ours. It writes an inner zero as
// 〇 (一百〇一) where body text uses 零 (一百零一); both are accepted by the parser.
class IcuSpellout
{
public:
    IcuSpellout()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                                icu::Locale("zh"), status);
        REQUIRE(U_SUCCESS(status));
    }
    std::u16string operator()(int value) const
    {
        icu::UnicodeString out;
        m_format->format(value, out);
        return std::u16string(reinterpret_cast<const char16_t*>(out.getBuffer()),
                              static_cast<std::size_t>(out.length()));
    }

private:
    std::unique_ptr<icu::RuleBasedNumberFormat> m_format;
};

std::u16string withLing(std::u16string text)
{
    for (char16_t& c : text)
        if (c == u'〇')
            c = u'零';
    return text;
}

} // namespace

TEST_CASE("formatChineseNumeral agrees with ICU's Chinese spellout for 1..9999", "[numerals]")
{
    const IcuSpellout icu;
    REQUIRE(icu(101) == u"一百〇一"); // the oracle itself, as ICU documents it
    for (int v = 1; v <= kMaxChineseNumeral; ++v)
    {
        const std::u16string expected = withLing(icu(v));
        INFO(v);
        REQUIRE(formatChineseNumeral(v) == expected);
    }
    CHECK(formatChineseNumeral(0) == u"零");
}

TEST_CASE("parseChineseNumeral reads ICU's spellout, 〇 and 零 alike, for 0..9999", "[numerals]")
{
    const IcuSpellout icu;
    for (int v = 0; v <= kMaxChineseNumeral; ++v)
    {
        const std::u16string spelled = icu(v);
        INFO(v);
        REQUIRE(parseChineseNumeral(spelled) == v);
        REQUIRE(parseChineseNumeral(withLing(spelled)) == v);
        const auto match = matchChineseNumeral(spelled + u"是");
        REQUIRE(match);
        REQUIRE(match->value == v);
        REQUIRE(match->length == spelled.size());
    }
}
