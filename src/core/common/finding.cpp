#include <core/common/finding.hpp>

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
    {rule::kPunctHalfwidth, {u"半角标点", u"Half-width punctuation"}},
    {rule::kPunctPair, {u"标点配对", u"Paired punctuation"}},
    {"tally.error", {u"错误值", u"Error value"}},
    {"tally.indicator", {u"指标", u"Indicator"}},
    {"tally.count", {u"数量", u"Quantity"}},
    {"tally.date", {u"日期", u"Date"}},
    {"tally.duplicate", {u"重复记录", u"Duplicate"}},
    {"tally.category", {u"类别", u"Category"}},
};

} // namespace

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

std::u16string quoted(std::u16string_view text) { return u"“" + std::u16string(text) + u"”"; }

} // namespace gongwen::core
