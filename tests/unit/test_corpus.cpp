// SPDX-License-Identifier: MPL-2.0
// The eight real reports in tests/corpus: the checker must find nothing in them but the
// transcription faults listed in known-findings.tsv, and a count
// word changed in them must be reported at that count word or not at all (never elsewhere).
#include <core/checker/checker.hpp>
#include <core/checker/outline.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <tuple>

namespace fs = std::filesystem;
using namespace gongwen::core;

namespace
{

const fs::path kCorpus = fs::path(GONGWEN_SOURCE_DIR) / "tests" / "corpus";

std::vector<std::pair<std::string, std::u16string>> readCorpus()
{
    std::vector<std::pair<std::string, std::u16string>> reports;
    REQUIRE(fs::is_directory(kCorpus));
    for (const auto& entry : fs::directory_iterator(kCorpus))
    {
        if (entry.path().extension() != ".txt")
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        auto text = fromUtf8Strict(s.str());
        REQUIRE(text);
        reports.emplace_back(entry.path().filename().string(), std::move(*text));
    }
    std::sort(reports.begin(), reports.end());
    REQUIRE(reports.size() == 8);
    return reports;
}

// The rules this test is about: the other families have their own corpus test.
CheckOptions countRulesOnly()
{
    CheckOptions options;
    for (RuleFamily family : kCheckedFamilies)
        if (family != RuleFamily::Structure && family != RuleFamily::Count)
            options.disable(family);
    return options;
}

} // namespace

TEST_CASE(
    "the real reports yield no finding but the transcription faults listed in known-findings.tsv",
    "[corpus]")
{
    // file, rule, marked text: what tests/corpus/known-findings.tsv lists, read by hand.
    std::multiset<std::tuple<std::string, std::string, std::string>> known;
    std::ifstream list(kCorpus / "known-findings.tsv", std::ios::binary);
    REQUIRE(list);
    for (std::string line; std::getline(list, line);)
    {
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        REQUIRE(tab2 != std::string::npos);
        known.emplace(line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1),
                      line.substr(tab2 + 1));
    }
    CHECK(known.size() == 21);
    std::multiset<std::tuple<std::string, std::string, std::string>> found;
    for (const auto& [name, text] : readCorpus())
    {
        const auto paragraphs = splitParagraphs(text);
        for (const Finding& f : checkText(text))
        {
            const std::string marked = toUtf8(paragraphs[f.paragraph].substr(f.start, f.length));
            found.emplace(name, f.ruleId, marked);
            if (known.count({name, f.ruleId, marked}) == 0)
                FAIL_CHECK(name << " paragraph " << f.paragraph << " [" << f.ruleId << "] “"
                                << marked << "” " << toUtf8(f.messageZh));
        }
    }
    CHECK(found == known);
}

TEST_CASE("a count word changed in a real report is reported there or nowhere", "[corpus]")
{
    int mutations = 0, reported = 0;
    for (const auto& [name, text] : readCorpus())
    {
        const auto paragraphs = splitParagraphs(text);
        std::vector<std::u16string> owned(paragraphs.begin(), paragraphs.end());
        for (std::size_t p = 0; p < owned.size(); ++p)
            for (const CountWord& word : findCountWords(owned[p], 0, owned[p].size()))
            {
                if (word.value < 2 || word.value > 8)
                    continue;
                const std::u16string original = owned[p];
                owned[p].replace(word.start, word.numberLength, formatCountNumeral(word.value + 1));
                std::vector<std::u16string_view> views(owned.begin(), owned.end());
                const auto findings = checkParagraphs(views, countRulesOnly());
                owned[p] = original;
                ++mutations;
                if (findings.empty())
                    continue;
                INFO(name << " paragraph " << p << ": " << toUtf8(findings.front().messageZh));
                REQUIRE(findings.size() == 1);
                CHECK(findings.front().ruleId == "item.count");
                CHECK(findings.front().paragraph == p);
                CHECK(findings.front().start == word.start);
                CHECK(findings.front().suggestions ==
                      std::vector<std::u16string>{formatCountNumeral(word.value)});
                ++reported;
            }
    }
    std::cout << "corpus: " << reported << " of " << mutations << " changed count words reported\n";
    // The congress reports rarely announce a run with a count word (most count words there
    // announce nothing: 两个一百年, 三大攻坚战); these floors catch a checker that stops looking.
    CHECK(mutations >= 120);
    CHECK(reported >= 4);
}

TEST_CASE("every form of count word that announces points is checked", "[corpus]")
{
    // Well-formed drafts in each form a count word takes; each must be clean, and changing the
    // count word must give exactly one item.count there, suggesting the original number.
    const char16_t* drafts[] = {
        u"一、强化四项举措\n一是学习。\n二是落实。\n三是监督。\n四是考核。",
        u"一、做好三方面工作\n（一）抓学习\n（二）抓落实\n（三）抓监督",
        u"重点抓好三个方面：一是抓学习；二是抓落实；三是抓监督。",
        u"重点抓好三个方面：\n一是抓学习；\n二是抓落实；\n三是抓监督。",
        u"今年将采取四项举措。一是学习，二是落实，三是监督，四是考核。",
        u"主要抓好两个方面；一是抓学习；二是抓落实。",
        u"一、总体要求\n今年将采取四项举措。\n一是学习。\n二是落实，\n并督促检查。\n三是监督。\n四"
        u"是考核。\n二、下一步",
        u"必须着重解决好以下三个重要问题。\n（一）问题甲\n（二）问题乙\n（三）问题丙",
        u"有三点体会：首先，要加强领导；其次，要压实责任；最后，要严格考核。",
    };
    for (const char16_t* draft : drafts)
    {
        const std::u16string text = draft;
        INFO(toUtf8(text));
        REQUIRE(checkText(text).empty());
        const auto paragraphs = splitParagraphs(text);
        bool mutated = false;
        for (std::size_t p = 0; p < paragraphs.size() && !mutated; ++p)
            for (const CountWord& word : findCountWords(paragraphs[p], 0, paragraphs[p].size()))
            {
                std::vector<std::u16string> owned(paragraphs.begin(), paragraphs.end());
                owned[p].replace(word.start, word.numberLength, formatCountNumeral(word.value + 1));
                std::vector<std::u16string_view> views(owned.begin(), owned.end());
                const auto findings = checkParagraphs(views, countRulesOnly());
                REQUIRE(findings.size() == 1);
                CHECK(findings[0].ruleId == "item.count");
                CHECK(findings[0].paragraph == p);
                CHECK(findings[0].start == word.start);
                CHECK(findings[0].suggestions ==
                      std::vector<std::u16string>{formatCountNumeral(word.value)});
                mutated = true;
                break;
            }
        CHECK(mutated);
    }
}
