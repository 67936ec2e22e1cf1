// SPDX-License-Identifier: MPL-2.0
#include <core/checker/checker.hpp>

#include <core/checker/document.hpp>
#include <core/checker/rules.hpp>
#include <core/common/parallel.hpp>
#include <core/data/consistency.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <tuple>

namespace gongwen::core
{
namespace
{

using DocumentRuleFunction = void (*)(const DocumentOutline&, Findings&);
using ParagraphRuleFunction = void (*)(std::size_t, std::u16string_view, const CheckOptions&,
                                       Findings&);

// Each check function with the rules it reports (space-separated): it runs when one of them is
// on, and findings of rules switched off are dropped afterwards.
struct DocumentRule
{
    std::string_view rules;
    DocumentRuleFunction check;
};

struct ParagraphRule
{
    std::string_view rules;
    ParagraphRuleFunction check;
};

bool anyEnabled(std::string_view rules, const CheckOptions& options)
{
    for (std::size_t start = 0; start < rules.size();)
    {
        const std::size_t end = std::min(rules.find(' ', start), rules.size());
        if (options.ruleEnabled(rules.substr(start, end - start)))
            return true;
        start = end + 1;
    }
    return false;
}

constexpr DocumentRule kDocumentRules[] = {
    {"heading.form", checkHeadingForms},
    {"heading.sequence heading.level", checkHeadingSequence},
    {"item.sequence", checkItemSequence},
    {"item.count", checkItemCounts},
};

constexpr std::size_t kMaxChunks = 4; // forEachChunk uses at most four threads

constexpr ParagraphRule kParagraphRules[] = {
    {"placeholder", checkPlaceholders},
    {"punct.halfwidth", [](std::size_t p, std::u16string_view t, const CheckOptions&, Findings& out)
     { checkHalfwidthPunctuation(p, t, out); }},
    {"punct.pair", [](std::size_t p, std::u16string_view t, const CheckOptions&, Findings& out)
     { checkPairedPunctuation(p, t, out); }},
    {"punct.quote punct.ellipsis punct.dash punct.repeat punct.space punct.serial punct.range "
     "punct.approx "
     "punct.titles punct.etc punct.dash-explain number.year number.mixed number.date "
     "word.confusion",
     checkCharacterRules},
    {"data.parts data.direction data.growth data.points data.share data.weekday data.days",
     [](std::size_t p, std::u16string_view t, const CheckOptions&, Findings& out)
     { data::checkFigures(p, t, out); }},
    {"word.typo", checkTypos},
    {"doc.number", [](std::size_t p, std::u16string_view t, const CheckOptions&, Findings& out)
     { checkDocumentNumbers(p, t, out); }},
    {"register.name register.title register.order register.organ register.phrase "
     "register.forbidden",
     checkWordingRegister},
    {"doc.kind doc.title", [](std::size_t p, std::u16string_view t, const CheckOptions&,
                              Findings& out) { checkTitleForm(p, t, out); }},
};

// Weekdays and day counts of dates written without a year take the document's year.
void checkUndatedDates(const std::vector<std::u16string_view>& paragraphs,
                       const CheckOptions& options, Findings& out)
{
    if (!anyEnabled("data.weekday data.days", options))
        return;
    const std::optional<int> year = data::documentYear(paragraphs);
    if (!year)
        return;
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
        data::checkUndatedFigures(p, paragraphs[p], *year, out);
}

// Findings of `covered` rules that overlap a finding of `covering` in the same paragraph are
// dropped: the same fault is reported once, by the rule with the better suggestion.
void dropCoveredFindings(Findings& findings, std::string_view covering,
                         std::initializer_list<std::string_view> covered)
{
    std::vector<const Finding*> covers;
    for (const Finding& f : findings)
        if (f.ruleId == covering)
            covers.push_back(&f);
    if (covers.empty())
        return;
    auto isCovered = [&](const Finding& f)
    {
        if (std::find(covered.begin(), covered.end(), f.ruleId) == covered.end())
            return false;
        for (const Finding* m : covers)
            if (m->paragraph == f.paragraph &&
                f.start < m->start + std::max<std::size_t>(m->length, 1) &&
                m->start < f.start + f.length)
                return true;
        return false;
    };
    std::vector<Finding> kept;
    kept.reserve(findings.size());
    for (Finding& f : findings)
        if (!isCovered(f))
            kept.push_back(std::move(f));
    findings = std::move(kept);
}

// Sorts by (paragraph, start), keeping rule order for ties; sorts keys, moves each finding once.
Findings sortedByPosition(Findings findings)
{
    struct Key
    {
        std::size_t paragraph, start, index;
    };
    std::vector<Key> keys;
    keys.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i)
        keys.push_back(Key{findings[i].paragraph, findings[i].start, i});
    std::sort(keys.begin(), keys.end(),
              [](const Key& a, const Key& b) {
                  return std::tie(a.paragraph, a.start, a.index) <
                         std::tie(b.paragraph, b.start, b.index);
              });
    Findings sorted;
    sorted.reserve(findings.size());
    for (const Key& k : keys)
        sorted.push_back(std::move(findings[k.index]));
    return sorted;
}

} // namespace

std::vector<Finding> checkOutline(const DocumentOutline& doc, const CheckOptions& options)
{
    Findings findings;
    for (const DocumentRule& rule : kDocumentRules)
        if (anyEnabled(rule.rules, options))
            rule.check(doc, findings);
    return findings;
}

void checkParagraphText(std::size_t paragraph, std::u16string_view text,
                        const CheckOptions& options, Findings& out)
{
    for (const ParagraphRule& rule : kParagraphRules)
        if (anyEnabled(rule.rules, options))
            rule.check(paragraph, text, options, out);
}

std::vector<Finding> finishFindings(const std::vector<std::u16string_view>& paragraphs,
                                    std::vector<Finding> findings, const CheckOptions& options)
{
    // A half-width bracket inside a malformed heading marker like "(一)", or the 、 of "1、"
    // opening a heading, is reported by heading.form; a listed confusion (做为) by word.confusion.
    dropCoveredFindings(findings, rule::kHeadingForm, {rule::kPunctHalfwidth, rule::kPunctSerial});
    dropCoveredFindings(findings, rule::kWordConfusion, {rule::kWordTypo});
    completeShortYears(paragraphs, findings);
    if (!options.disabledRules.empty() || options.disabledFamilies != 0) // a function may report
                                                                         // rules switched off
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [&](const Finding& f)
                                      { return !options.ruleEnabled(f.ruleId); }),
                       findings.end());
    return sortedByPosition(std::move(findings));
}

std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const CheckOptions& givenOptions)
{
    // The register is read on the document's own date: a title right last year is right in last
    // year's report.
    CheckOptions datedOptions;
    const bool dating = givenOptions.wordingRegister && !givenOptions.registerDay;
    if (dating)
    {
        datedOptions = givenOptions;
        datedOptions.registerDay = wording::documentDay(paragraphs).value_or(wording::today());
    }
    const CheckOptions& options = dating ? datedOptions : givenOptions;
    Findings findings = checkOutline(readDocument(paragraphs, options), options);
    std::vector<ParagraphRuleFunction> paragraphRules; // decided once, not per paragraph
    for (const ParagraphRule& rule : kParagraphRules)
        if (anyEnabled(rule.rules, options))
            paragraphRules.push_back(rule.check);
    std::vector<Findings> perChunk(kMaxChunks);
    const std::size_t chunks =
        forEachChunk(paragraphs.size(),
                     [&](std::size_t chunk, std::size_t begin, std::size_t end)
                     {
                         for (std::size_t p = begin; p < end; ++p)
                             for (ParagraphRuleFunction rule : paragraphRules)
                                 rule(p, paragraphs[p], options, perChunk[chunk]);
                     });
    for (std::size_t c = 0; c < chunks; ++c)
        std::move(perChunk[c].begin(), perChunk[c].end(), std::back_inserter(findings));
    checkUndatedDates(paragraphs, options, findings);
    if (anyEnabled("doc.request doc.report doc.signer doc.head", options))
        checkDocumentKind(paragraphs, findings);
    if (options.wordingRegister && options.ruleEnabled(rule::kRegisterOrder))
        options.wordingRegister->checkListLines(paragraphs, *options.registerDay, findings);
    return finishFindings(paragraphs, std::move(findings), options);
}

namespace
{

constexpr char16_t kAutomaticNoteZh[] =
    u"（此编号由自动编号生成，请在“格式 ▸ 项目符号和编号”或列表样式中修改。）";
constexpr char16_t kAutomaticNoteEn[] = u" (This number is automatic: change it in Format ▸ "
                                        u"Bullets and Numbering or in the list style.)";

bool isSequenceRule(const std::string& ruleId)
{
    return ruleId == rule::kHeadingSequence || ruleId == rule::kItemSequence;
}

} // namespace

std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const std::vector<std::size_t>& labelLengths,
                                     const CheckOptions& options)
{
    Findings placed;
    for (Finding& f : checkParagraphs(paragraphs, options))
    {
        const std::size_t label = labelLengthOf(labelLengths, f.paragraph);
        if (f.start >= label)
            f.start -= label;
        else if (isSequenceRule(f.ruleId))
            continue;
        else
        {
            f.start = 0;
            f.length = 0;
            f.suggestions.clear();
            f.messageZh += kAutomaticNoteZh;
            f.messageEn += kAutomaticNoteEn;
        }
        placed.push_back(std::move(f));
    }
    return placed;
}

std::vector<Finding> checkText(std::u16string_view text, const CheckOptions& options)
{
    return checkParagraphs(splitParagraphs(text), options);
}

} // namespace gongwen::core
