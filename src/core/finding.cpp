#include "finding.hpp"

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
};

} // namespace

BilingualText ruleTitle(std::string_view ruleId)
{
    for (const RuleTitle& r : kRuleTitles)
        if (r.id == ruleId)
            return r.title;
    return {u"其他", u"Other"};
}

} // namespace gongwen::core
