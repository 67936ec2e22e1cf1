// SPDX-License-Identifier: MPL-2.0
// The settings file of gongwen-check (core/checker/settings): every key, lists as users type
// them, and a clear message for each mistake.
#include <core/checker/checker.hpp>
#include <core/checker/settings.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

using namespace gongwen;
using namespace gongwen::core;

TEST_CASE("a settings file sets every option", "[settings]")
{
    const ParsedSettings parsed = parseSettings(u"# 本单位\n"
                                                u"disabled-rules = punct.space，word.confusion\n"
                                                u"extra-placeholders = □□、＿＿\n"
                                                u"full-width-arabic-dot = true\n"
                                                u"live-checking = false\n"
                                                u"layout-profile = gbt9704-local\n"
                                                u"default-year = 2027\n");
    REQUIRE(parsed.errors.empty());
    const Settings& s = parsed.settings;
    CHECK(s.check.disabledRules == std::vector<std::string>{"punct.space", "word.confusion"});
    CHECK(s.check.extraPlaceholders == std::vector<std::u16string>{u"□□", u"＿＿"});
    CHECK(s.check.fullWidthArabicDot);
    CHECK_FALSE(s.liveChecking);
    CHECK(s.layoutProfile == "gbt9704-local");
    CHECK(s.defaultYear == 2027);
    // And the check follows them: the switched-off rules are quiet, the extra placeholders found,
    // "1." is now the malformed level-3 form.
    const auto findings =
        checkText(u"一、总体\n（一）工作\n1.加强 学习，做为试点，完成□□项。", s.check);
    CHECK(test::ruleIds(findings) == std::vector<std::string>{"heading.form", "placeholder"});
}

TEST_CASE("mistakes in a settings file are named with their line", "[settings]")
{
    const ParsedSettings parsed = parseSettings(u"disabled-rules = punct.foo\n"
                                                u"live-checking = maybe\n"
                                                u"colour = red\n"
                                                u"no equals sign\n"
                                                u"default-year = 26\n");
    REQUIRE(parsed.errors.size() == 5);
    CHECK(parsed.errors[0].line == 1);
    CHECK(toUtf8(parsed.errors[0].messageZh) == "没有这条规则：punct.foo");
    CHECK(toUtf8(parsed.errors[1].messageEn) == "live-checking wants true or false");
    CHECK(toUtf8(parsed.errors[2].messageZh) == "没有这个设置项：colour");
    CHECK(parsed.errors[3].line == 4);
    CHECK(toUtf8(parsed.errors[4].messageEn) == "default-year wants a year such as 2026");
}

TEST_CASE("lists split on commas, 、 and line breaks, blanks trimmed", "[settings]")
{
    CHECK(splitList(u" a, b，c、d\n e ,, ") ==
          std::vector<std::u16string>{u"a", u"b", u"c", u"d", u"e"});
    CHECK(splitList(u"").empty());
}
