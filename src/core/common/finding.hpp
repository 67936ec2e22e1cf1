// SPDX-License-Identifier: MPL-2.0
// What a check reports.
#pragma once

#include <core/common/language.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

enum class Severity
{
    Hint = 0,
    Warning = 1,
    Error = 2,
};

/// The stable rule identifiers (part of the public API: scripts filter on them).
namespace rule
{
inline constexpr char kHeadingSequence[] = "heading.sequence";
inline constexpr char kHeadingForm[] = "heading.form";
inline constexpr char kHeadingLevel[] = "heading.level";
inline constexpr char kItemSequence[] = "item.sequence";
inline constexpr char kItemCount[] = "item.count";
inline constexpr char kPlaceholder[] = "placeholder";
inline constexpr char kPunctHalfwidth[] = "punct.halfwidth";
inline constexpr char kPunctPair[] = "punct.pair";
// GB/T 15834 punctuation, mechanical checks.
inline constexpr char kPunctQuote[] = "punct.quote";
inline constexpr char kPunctEllipsis[] = "punct.ellipsis";
inline constexpr char kPunctDash[] = "punct.dash";
inline constexpr char kPunctRepeat[] = "punct.repeat";
inline constexpr char kPunctSpace[] = "punct.space";
inline constexpr char kPunctSerial[] = "punct.serial";
inline constexpr char kPunctRange[] = "punct.range";
inline constexpr char kPunctApprox[] = "punct.approx";
inline constexpr char kPunctTitles[] = "punct.titles";
inline constexpr char kPunctEtc[] = "punct.etc";
inline constexpr char kPunctDashExplain[] = "punct.dash-explain";
// GB/T 15835 numbers.
inline constexpr char kNumberYear[] = "number.year";
inline constexpr char kNumberMixed[] = "number.mixed";
inline constexpr char kNumberDate[] = "number.date";
// Commonly confused words (extension/data/confusions.txt).
inline constexpr char kWordConfusion[] = "word.confusion";
// A character written for one that sounds or looks like it (core/typo).
inline constexpr char kWordTypo[] = "word.typo";
// Figures that must add up (core/data/consistency.hpp).
inline constexpr char kDataParts[] = "data.parts";
inline constexpr char kDataDirection[] = "data.direction";
inline constexpr char kDataGrowth[] = "data.growth";
inline constexpr char kDataPoints[] = "data.points";
inline constexpr char kDataShare[] = "data.share";
inline constexpr char kDataWeekday[] = "data.weekday";
inline constexpr char kDataDays[] = "data.days";
inline constexpr char kDataTable[] = "data.table";
inline constexpr char kDataWorkbook[] = "data.workbook";
// The elements of a 公文: 发文字号, 文种 and title (GB/T 9704 §7.2.4, §7.3.1).
inline constexpr char kDocNumber[] = "doc.number";
inline constexpr char kDocKind[] = "doc.kind";
inline constexpr char kDocTitle[] = "doc.title";
inline constexpr char kDocRequest[] = "doc.request";
inline constexpr char kDocReport[] = "doc.report";
inline constexpr char kDocSigner[] = "doc.signer";
inline constexpr char kDocHead[] = "doc.head";
// The office's register (口径库, core/wording/register.hpp).
inline constexpr char kRegisterName[] = "register.name";
inline constexpr char kRegisterTitle[] = "register.title";
inline constexpr char kRegisterOrder[] = "register.order";
inline constexpr char kRegisterOrgan[] = "register.organ";
inline constexpr char kRegisterPhrase[] = "register.phrase";
inline constexpr char kRegisterBanned[] = "register.forbidden";
} // namespace rule

/// What a rule is about: the check can switch families off, and lists and underlines group
/// findings by them.
enum class RuleFamily
{
    Structure,   // heading.*, item.sequence
    Count,       // item.count
    Placeholder, // placeholder
    Punctuation, // punct.*
    Number,      // number.*
    Word,        // word.*
    Data,        // data.*
    Document,    // doc.*
    Register,    // register.* (口径)
    Other,       // layout.*, tally.*
};
inline constexpr RuleFamily kCheckedFamilies[] = {
    RuleFamily::Structure,   RuleFamily::Count,    RuleFamily::Placeholder,
    RuleFamily::Punctuation, RuleFamily::Number,   RuleFamily::Word,
    RuleFamily::Data,        RuleFamily::Document, RuleFamily::Register};
RuleFamily familyOf(std::string_view ruleId);
/// "structure", "count", "placeholder", "punct", "number", "word", "data", "doc", "register"
/// (the CLI's --rules names).
std::string_view familyName(RuleFamily family);
/// The family of that name, or Other when there is none.
RuleFamily familyNamed(std::string_view name);
/// The rules of checkRuleIds() in `family`, in the same order.
std::vector<std::string_view> checkRuleIdsOf(RuleFamily family);

/// The rules as the options page offers them to switch on and off: a group at a time, each a
/// family, except punctuation, whose marks and uses are two groups (no group has more than
/// kRulesPerSettingsGroup rules: the page's check boxes).
struct RuleGroup
{
    BilingualText title; // "标点符号" / "Punctuation marks"
    std::vector<std::string_view> rules;
};
inline constexpr std::size_t kRulesPerSettingsGroup = 10;
std::vector<RuleGroup> settingsRuleGroups();

/// Every rule the structure check knows (not layout.*, tally.*), in the order of their titles.
std::vector<std::string_view> checkRuleIds();

/// A short name of the rule for lists, e.g. "标题序号" / "Heading numbering".
BilingualText ruleTitle(std::string_view ruleId);
/// ruleTitle in `language`, or the rule id itself for rules without a title.
std::u16string ruleTitleOrId(std::string_view ruleId, Language language);

struct Finding
{
    std::string ruleId;
    Severity severity = Severity::Error;
    std::size_t paragraph = 0;
    std::size_t start = 0;  // UTF-16 units within the paragraph
    std::size_t length = 0; // UTF-16 units
    std::u16string messageZh;
    std::u16string messageEn;
    std::vector<std::u16string> suggestions; // replacements for [start, start + length)
    /// In a table (data.table): the cell's name, "D5"; `paragraph` is then the table's index
    /// among the body's elements, start and length 0.
    std::u16string cell;
    /// Against the linked workbook (data.workbook): the indicator the figure should show; 修正
    /// in the office inserts its figure field rather than the plain suggestion.
    std::u16string indicator;
    /// A word the user may declare meant (word.typo: the word as written); 忽略 in the live
    /// menu and 加入词表 in the sidebar add it to the user's word list.
    std::u16string word;

    const std::u16string& message(Language language) const
    {
        return pick(language, messageZh, messageEn);
    }
};

/// A finding without messages yet.
Finding makeFinding(const char* ruleId, Severity severity, std::size_t paragraph, std::size_t start,
                    std::size_t length);

/// “text” for messages.
std::u16string quoted(std::u16string_view text);

} // namespace gongwen::core
