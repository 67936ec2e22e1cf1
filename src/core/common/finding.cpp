// SPDX-License-Identifier: MPL-2.0
#include <core/common/finding.hpp>

#include <algorithm>
#include <iterator>

namespace gongwen::core
{
namespace
{

struct RuleTitle
{
    std::string_view id;
    BilingualText title;
};

constexpr RuleTitle kRuleTitles[] = {
    {rule::kHeadingSequence, {u"标题序号", u"Heading numbering"}},
    {rule::kHeadingForm, {u"标题格式", u"Heading form"}},
    {rule::kHeadingLevel, {u"标题层级", u"Heading level"}},
    {rule::kItemSequence, {u"条目序号", u"Item numbering"}},
    {rule::kItemCount, {u"数量词", u"Count word"}},
    {rule::kPlaceholder, {u"占位符", u"Placeholder"}},
    {rule::kPunctHalfwidth, {u"半角标点", u"Half-width marks"}},
    {rule::kPunctPair, {u"标点配对", u"Paired punctuation"}},
    {rule::kPunctQuote, {u"引号", u"Quotation marks"}},
    {rule::kPunctEllipsis, {u"省略号", u"Ellipsis"}},
    {rule::kPunctDash, {u"破折号", u"Dash"}},
    {rule::kPunctRepeat, {u"重复标点", u"Repeated marks"}},
    {rule::kPunctSpace, {u"多余空格", u"Stray space"}},
    {rule::kPunctSerial, {u"序号标点", u"Ordinal marks"}},
    {rule::kPunctRange, {u"连接号", u"Range mark"}},
    {rule::kPunctApprox, {u"概数顿号", u"Approximate figures"}},
    {rule::kPunctTitles, {u"并列书名号", u"Adjacent titles"}},
    {rule::kPunctEtc, {u"省略号与“等”", u"Ellipsis with 等"}},
    {rule::kPunctDashExplain, {u"破折号与“即”", u"Dash with 即"}},
    {rule::kNumberYear, {u"年份", u"Year"}},
    {rule::kNumberMixed, {u"数字混写", u"Mixed numerals"}},
    {rule::kNumberDate, {u"日期写法", u"Date form"}},
    {rule::kWordConfusion, {u"易混词", u"Confused word"}},
    {rule::kWordTypo, {u"错别字", u"Typo"}},
    {rule::kDataParts, {u"部分大于总数", u"Part exceeds total"}},
    {rule::kDataDirection, {u"增减方向", u"Direction of change"}},
    {rule::kDataGrowth, {u"增减幅度", u"Size of change"}},
    {rule::kDataPoints, {u"百分点", u"Percentage points"}},
    {rule::kDataShare, {u"占比与比率", u"Share or rate"}},
    {rule::kDataWeekday, {u"星期", u"Weekday"}},
    {rule::kDataDays, {u"天数", u"Day count"}},
    {rule::kDataTable, {u"表格合计", u"Table totals"}},
    {rule::kDataWorkbook, {u"与统计表不符", u"Workbook mismatch"}},
    {rule::kDocNumber, {u"发文字号", u"Document number"}},
    {rule::kDocKind, {u"文种", u"Kind of document"}},
    {rule::kDocTitle, {u"公文标题", u"Document title"}},
    {rule::kDocRequest, {u"请示要素", u"请示 elements"}},
    {rule::kDocReport, {u"报告夹带请示", u"Request in a 报告"}},
    {rule::kDocSigner, {u"签发人", u"Signer"}},
    {rule::kDocHead, {u"版头要素", u"Letterhead elements"}},
    {rule::kRegisterName, {u"人名", u"Name"}},
    {rule::kRegisterTitle, {u"职务", u"Title"}},
    {rule::kRegisterOrder, {u"排序", u"Order of names"}},
    {rule::kRegisterOrgan, {u"机构名称", u"Organ name"}},
    {rule::kRegisterPhrase, {u"提法", u"Approved wording"}},
    {rule::kRegisterBanned, {u"禁用词", u"Banned word"}},
    {"tally.error", {u"错误值", u"Error value"}},
    {"tally.indicator", {u"指标", u"Indicator"}},
    {"tally.count", {u"数量", u"Quantity"}},
    {"tally.date", {u"日期", u"Date"}},
    {"tally.duplicate", {u"重复记录", u"Duplicate"}},
    {"tally.category", {u"类别", u"Category"}},
};

} // namespace

RuleFamily familyOf(std::string_view ruleId)
{
    auto startsWith = [&](std::string_view prefix)
    { return ruleId.substr(0, prefix.size()) == prefix; };
    if (ruleId == rule::kItemCount)
        return RuleFamily::Count;
    if (startsWith("heading.") || startsWith("item."))
        return RuleFamily::Structure;
    if (ruleId == rule::kPlaceholder)
        return RuleFamily::Placeholder;
    if (startsWith("punct."))
        return RuleFamily::Punctuation;
    if (startsWith("number."))
        return RuleFamily::Number;
    if (startsWith("word."))
        return RuleFamily::Word;
    if (startsWith("data."))
        return RuleFamily::Data;
    if (startsWith("doc."))
        return RuleFamily::Document;
    if (startsWith("register."))
        return RuleFamily::Register;
    return RuleFamily::Other;
}

namespace
{
// Each checked family: its name on the command line (--rules) and its title on the options page.
struct FamilyEntry
{
    RuleFamily family;
    std::string_view name;
    BilingualText settingsTitle;
};
constexpr FamilyEntry kFamilies[] = {
    {RuleFamily::Structure, "structure", {u"结构", u"Structure"}},
    {RuleFamily::Count, "count", {u"数量词", u"Count words"}},
    {RuleFamily::Placeholder, "placeholder", {u"占位符", u"Placeholders"}},
    {RuleFamily::Punctuation, "punct", {u"标点符号", u"Punctuation marks"}},
    {RuleFamily::Number, "number", {u"数字", u"Numbers"}},
    {RuleFamily::Word, "word", {u"字词", u"Words"}},
    {RuleFamily::Data, "data", {u"数据", u"Figures"}},
    {RuleFamily::Document, "doc", {u"公文要素", u"Document form"}},
    {RuleFamily::Register, "register", {u"口径", u"Register"}},
};
constexpr FamilyEntry kOtherFamily{RuleFamily::Other, "other", {u"其他", u"Other"}};

const FamilyEntry& familyEntry(RuleFamily family)
{
    for (const FamilyEntry& entry : kFamilies)
        if (entry.family == family)
            return entry;
    return kOtherFamily;
}
} // namespace

std::string_view familyName(RuleFamily family)
{
    return familyEntry(family).name;
}

RuleFamily familyNamed(std::string_view name)
{
    for (RuleFamily family : kCheckedFamilies)
        if (familyName(family) == name)
            return family;
    return RuleFamily::Other;
}

namespace
{
// The punctuation rules about how marks are used with words
// (序号、连接号、概数、书名号、“等”、“即”), which the options page lists apart from the rules about
// the marks themselves.
constexpr std::string_view kPunctuationUse[] = {rule::kPunctSerial, rule::kPunctRange,
                                                rule::kPunctApprox, rule::kPunctTitles,
                                                rule::kPunctEtc,    rule::kPunctDashExplain};
} // namespace

std::vector<RuleGroup> settingsRuleGroups()
{
    std::vector<RuleGroup> groups;
    for (RuleFamily family : kCheckedFamilies)
    {
        RuleGroup group{familyEntry(family).settingsTitle, checkRuleIdsOf(family)};
        if (family == RuleFamily::Punctuation)
        {
            RuleGroup use{{u"标点用法", u"Punctuation use"}, {}};
            const auto isUse = [](std::string_view id)
            {
                return std::find(std::begin(kPunctuationUse), std::end(kPunctuationUse), id) !=
                       std::end(kPunctuationUse);
            };
            std::copy_if(group.rules.begin(), group.rules.end(), std::back_inserter(use.rules),
                         isUse);
            group.rules.erase(std::remove_if(group.rules.begin(), group.rules.end(), isUse),
                              group.rules.end());
            groups.push_back(std::move(group));
            groups.push_back(std::move(use));
            continue;
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<std::string_view> checkRuleIdsOf(RuleFamily family)
{
    std::vector<std::string_view> ids;
    for (std::string_view id : checkRuleIds())
        if (familyOf(id) == family)
            ids.push_back(id);
    return ids;
}

std::vector<std::string_view> checkRuleIds()
{
    std::vector<std::string_view> ids;
    for (const RuleTitle& r : kRuleTitles)
        if (familyOf(r.id) != RuleFamily::Other)
            ids.push_back(r.id);
    return ids;
}

BilingualText ruleTitle(std::string_view ruleId)
{
    for (const RuleTitle& r : kRuleTitles)
        if (r.id == ruleId)
            return r.title;
    return {u"其他", u"Other"};
}

std::u16string ruleTitleOrId(std::string_view ruleId, Language language)
{
    for (const RuleTitle& r : kRuleTitles)
        if (r.id == ruleId)
            return std::u16string(r.title.pick(language));
    return std::u16string(ruleId.begin(), ruleId.end());
}

Finding makeFinding(const char* ruleId, Severity severity, std::size_t paragraph, std::size_t start,
                    std::size_t length)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    f.paragraph = paragraph;
    f.start = start;
    f.length = length;
    return f;
}

std::u16string quoted(std::u16string_view text)
{
    return u"“" + std::u16string(text) + u"”";
}

} // namespace gongwen::core
