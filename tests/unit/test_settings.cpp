// SPDX-License-Identifier: MPL-2.0
// The settings file of gongwen-check (core/checker/settings): every key, lists as users type
// them, and a clear message for each mistake.
#include <core/checker/checker.hpp>
#include <core/checker/settings.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("the options page lists every rule once, under a titled group", "[settings]")
{
    std::vector<std::string_view> listed;
    std::vector<std::u16string_view> titles;
    for (const RuleGroup& group : settingsRuleGroups())
    {
        CHECK_FALSE(group.rules.empty());
        CHECK(group.rules.size() <= kRulesPerSettingsGroup);
        listed.insert(listed.end(), group.rules.begin(), group.rules.end());
        CHECK_FALSE(group.title.zh.empty());
        CHECK_FALSE(group.title.en.empty());
        CHECK(std::find(titles.begin(), titles.end(), group.title.zh) == titles.end());
        titles.push_back(group.title.zh);
        // A group holds one family's rules.
        for (std::string_view id : group.rules)
            CHECK(familyOf(id) == familyOf(group.rules.front()));
    }
    std::vector<std::string_view> all = checkRuleIds();
    std::sort(all.begin(), all.end());
    std::sort(listed.begin(), listed.end());
    CHECK(listed == all);
    const auto groups = settingsRuleGroups();
    const auto named = [&](std::u16string_view title)
    {
        return std::find_if(groups.begin(), groups.end(),
                            [&](const RuleGroup& g) { return g.title.zh == title; });
    };
    REQUIRE(named(u"标点符号") != groups.end());
    REQUIRE(named(u"标点用法") != groups.end());
    CHECK(named(u"标点符号")->rules.front() == rule::kPunctHalfwidth);
    CHECK(named(u"标点用法")->rules.front() == rule::kPunctSerial);
    CHECK(named(u"标点符号")->rules.size() + named(u"标点用法")->rules.size() ==
          checkRuleIdsOf(RuleFamily::Punctuation).size());
}
