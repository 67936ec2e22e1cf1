// SPDX-License-Identifier: MPL-2.0
// The typo check (core/typo): the compiled model built from the Debian packages, typos found
// with their suggestions and likeness, text that is meant (titles, quotations, the user's
// words, repeated terms), the rule in the checker (word.typo, switched off with the word
// family, once with word.confusion), and bad input (a damaged or missing model, lone
// surrogates, a 100,000-character paragraph).
#include <core/checker/checker.hpp>
#include <core/checker/settings.hpp>
#include <core/text/text.hpp>
#include <core/typo/detector.hpp>
#include <core/typo/model.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace gongwen::core;
using namespace gongwen::core::typo;

namespace
{

// Every test of this binary checks with the model the build compiled.
const bool kModelLocated = (setDataDirectory(GONGWEN_TYPO_DATA_DIR), true);

const Model& model()
{
    REQUIRE(kModelLocated);
    const auto shared = sharedModel();
    REQUIRE(shared);
    return *shared;
}

std::vector<std::pair<std::u16string, std::u16string>> typos(std::u16string_view text,
                                                             const AllowedWords* allowed = nullptr)
{
    std::vector<std::pair<std::u16string, std::u16string>> out;
    for (const Typo& t : findTypos(text, model(), allowed))
    {
        CHECK(text.substr(t.start, t.length) == t.written);
        out.emplace_back(t.written, t.suggestion);
    }
    return out;
}

using Pairs = std::vector<std::pair<std::u16string, std::u16string>>;

std::vector<Finding> wordFindings(std::u16string_view text, CheckOptions options = {})
{
    for (RuleFamily family : kCheckedFamilies)
        if (family != RuleFamily::Word)
            options.disable(family);
    return checkText(text, options);
}

std::string compiledModel()
{
    std::ifstream in(std::string(GONGWEN_TYPO_DATA_DIR) + "/" + kCompiledModelFile,
                     std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("the compiled model has the words, the bigrams and the confusable characters", "[typo]")
{
    const Model& m = model();
    CHECK(m.lexicon().words() > 80000);
    CHECK(m.bigrams().bigrams() > 1000000);
    const auto word = [&](std::u32string_view w)
    {
        const Lexicon::Node node = m.lexicon().find(w);
        return node == Lexicon::kNone ? kNoWord : m.lexicon().word(node);
    };
    CHECK(word(U"推进") != kNoWord);
    CHECK(word(U"推近") == kNoWord);
    CHECK(word(U"议政") != kNoWord); // from the wider list: not in the bigram model's lexicon
    // In context: 了解 after 深入 is likelier than 了解 anywhere; 的 after 的 much less likely.
    const WordId deep = word(U"深入"), study = word(U"了解"), of = word(U"的");
    CHECK(m.bigrams().logProbability(deep, study) > m.bigrams().unigram(study));
    CHECK(m.bigrams().logProbability(of, of) < m.bigrams().unigram(of));
    CHECK((m.likeness(U'近', U'进') & std::uint8_t(Likeness::SameSound)) != 0);
    CHECK((m.likeness(U'堂', U'常') & std::uint8_t(Likeness::Shape)) != 0);     // the phonetic 尚
    CHECK((m.likeness(U'资', U'治') & std::uint8_t(Likeness::NearSound)) != 0); // z / zh
    CHECK(m.likeness(U'近', U'水') == 0);
    CHECK(m.characterLogFrequency(U'的') > m.characterLogFrequency(U'妍'));
    CHECK(m.bytes() < 150u * 1024 * 1024);
}

TEST_CASE("typos are found with the word they make and why", "[typo]")
{
    CHECK(typos(u"我们要全面推近依法治国。") == Pairs{{u"全面推近", u"全面推进"}});
    CHECK(typos(u"各部门要密切配和，形成合力。") == Pairs{{u"密切配和", u"密切配合"}});
    CHECK(typos(u"区政协堂委会召开会议。") == Pairs{{u"政协堂委会", u"政协常委会"}});
    const auto found = findTypos(u"我们要全面推近依法治国。", model());
    REQUIRE(found.size() == 1);
    CHECK(found[0].start == 3);
    CHECK(found[0].length == 4);
    CHECK(likenessNameZh(found[0].likeness) == u"音形相近");
    CHECK(likenessNameZh(std::uint8_t(Likeness::SameSound)) == u"音近");
    CHECK(likenessNameEn(std::uint8_t(Likeness::Shape)) == u"similar shape");
}

TEST_CASE("correct text is left alone", "[typo]")
{
    for (const char16_t* text :
         {u"我们要全面推进依法治国，深入调查研究，密切配合，形成工作合力。",
          u"区政协常委会召开会议，听取关于提案办理情况的报告。",
          u"坚持标本兼治、综合治理、惩防并举、注重预防的方针。", u"推动引资、引技、引智有机结合。",
          u"他在会上强调，要把握好工作重点。"})
        CHECK(typos(text).empty());
}

TEST_CASE("what the writer means is not flagged", "[typo]")
{
    const std::u16string flagged = u"各地要推近改革，推进开放。";
    REQUIRE(typos(flagged) == Pairs{{u"推近", u"推进"}});
    // A term written twice is meant.
    CHECK(typos(u"各地要推近改革，推近开放。").empty());
    // Titles and quotations are quoted as they are.
    CHECK(typos(u"《各地要推近改革，推进开放》").empty());
    CHECK(typos(u"“各地要推近改革，推进开放”").empty());
    // The user's own words: names of people, places, offices.
    const AllowedWords allowed = parseAllowedWords(u"# 本单位用语\n  推近 \n\n");
    CHECK(allowed.words == std::vector<std::u16string>{u"推近"});
    CHECK(typos(flagged, &allowed).empty());
}

TEST_CASE("a character the model has hardly seen was chosen on purpose", "[typo]")
{
    const Model& model = *sharedModel();
    // 勠 sits at the model's floor; 戮, its common variant, does not.
    CHECK(model.characterLogFrequency(U'勠') < -19.0f);
    CHECK(model.characterLogFrequency(U'戮') > -19.0f);
    CHECK(typos(u"全体中华儿女勠力同心，奋力实现中华民族伟大复兴。").empty());
    CHECK(typos(u"全体中华儿女戮力同心，奋力实现中华民族伟大复兴。").empty());
}

TEST_CASE("four lone characters between words have the shape of a set phrase", "[typo]")
{
    // 因人设事 is in no word list: read as 因/人/设/事, 设施 would make a word by a small margin.
    CHECK(typos(u"撤销因人设事的机构，裁减人浮于事部门的人员。").empty());
    // A slip that leaves a word in pieces is still caught beside such a run.
    CHECK(typos(u"撤销因人设事的机构，全面推近依法治国。") == Pairs{{u"全面推近", u"全面推进"}});
}

TEST_CASE("word.typo is a rule of the checker, switched off with the word family", "[typo]")
{
    const auto found = wordFindings(u"我们要全面推近依法治国。");
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == rule::kWordTypo);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"全面推进"});
    CHECK(found[0].word == u"全面推近");
    CHECK(found[0].messageZh == u"“全面推近”疑为“全面推进”（“近”“进”音形相近）。");
    CHECK(found[0].messageEn ==
          u"“全面推近” may be a typo for “全面推进” (“近” for “进”: similar sound and shape).");
    CHECK(familyOf(rule::kWordTypo) == RuleFamily::Word);
    CHECK(ruleTitle(rule::kWordTypo).zh == u"错别字");

    CheckOptions off;
    off.disable(RuleFamily::Word);
    CHECK(checkText(u"我们要全面推近依法治国。", off).empty());
    CheckOptions ruleOff;
    ruleOff.disabledRules.push_back(rule::kWordTypo);
    CHECK(wordFindings(u"我们要全面推近依法治国。", ruleOff).empty());

    // The settings file's allowed-words.
    const ParsedSettings parsed = parseSettings(u"allowed-words = 全面推近、王某某\n");
    REQUIRE(parsed.errors.empty());
    REQUIRE(parsed.settings.check.allowedWords);
    CHECK(wordFindings(u"我们要全面推近依法治国。", parsed.settings.check).empty());
}

TEST_CASE("a listed confusion is reported once, by word.confusion", "[typo]")
{
    const auto found = wordFindings(u"要贯切落实会议精神。");
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == rule::kWordConfusion);
}

TEST_CASE("bad input: lone surrogates, mixed scripts, a 100,000-character paragraph", "[typo]")
{
    std::u16string odd = u"全面推近\xD800依法\xDC00治国 abc 123 全面推近";
    odd.push_back(u'\xD83D');
    CHECK_NOTHROW(findTypos(odd, model()));
    std::u16string longText;
    while (longText.size() < 100000)
        longText += u"各地要推近改革，推进开放，深入调查研究";
    const auto found = findTypos(longText, model());
    for (const Typo& t : found)
        CHECK(t.start + t.length <= longText.size());
    // A run of Han without punctuation, longer than a clause is read at once.
    std::u16string run(50000, u'推');
    CHECK_NOTHROW(findTypos(run, model()));
}

TEST_CASE("a damaged or missing model is refused with a message, and the other rules run", "[typo]")
{
    const std::string good = compiledModel();
    REQUIRE(Model::fromCompiled(good));
    std::string error;
    CHECK_FALSE(Model::fromCompiled(good.substr(0, good.size() / 2), &error));
    CHECK_FALSE(error.empty());
    std::string wrongMagic = good;
    wrongMagic[0] = 'X';
    CHECK_FALSE(Model::fromCompiled(wrongMagic, &error));
    CHECK_FALSE(Model::fromCompiled("", &error));
    // A table longer than the file.
    std::string corrupted = good;
    corrupted.replace(12, 4, "\xFF\xFF\xFF\x7F");
    CHECK_FALSE(Model::fromCompiled(corrupted, &error));
    // Another version.
    std::string otherVersion = good;
    otherVersion[4] = '\x09';
    CHECK_FALSE(Model::fromCompiled(otherVersion, &error));
    CHECK(error.find("version") != std::string::npos);

    setDataDirectory("/nonexistent/gongwen-typo-data");
    CHECK_FALSE(sharedModel());
    const LoadProblem problem = loadProblem();
    CHECK(problem.messageZh.find(u"sunpinyin-data") != std::u16string::npos);
    CHECK(problem.messageEn.find(u"model.bin") != std::u16string::npos);
    const auto findings = checkText(u"我们要全面推近依法治国，作为试点，做为试点。");
    CHECK(std::none_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.ruleId == rule::kWordTypo; }));
    CHECK(std::any_of(findings.begin(), findings.end(),
                      [](const Finding& f) { return f.ruleId == rule::kWordConfusion; }));
    setDataDirectory(GONGWEN_TYPO_DATA_DIR);
    CHECK(sharedModel());
}
