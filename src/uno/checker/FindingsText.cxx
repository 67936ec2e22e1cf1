// SPDX-License-Identifier: MPL-2.0
#include "FindingsText.hxx"

#include "../common/UiStrings.hxx"

#include <core/typo/model.hpp>

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kExcerptContext = 12; // characters shown on each side of a finding

OUString excerpt(const core::Finding& f, const std::vector<BodyElement>& body)
{
    const OUString p = toOUString(body[f.paragraph].ownText());
    const sal_Int32 start = std::min(static_cast<sal_Int32>(f.start), p.getLength());
    const sal_Int32 end = std::min(start + static_cast<sal_Int32>(f.length), p.getLength());
    const sal_Int32 from = std::max<sal_Int32>(0, start - kExcerptContext);
    const sal_Int32 to = std::min(p.getLength(), end + kExcerptContext);
    return (from > 0 ? toOUString(u"…") : OUString()) + p.copy(from, start - from) +
           toOUString(u"【") + p.copy(start, end - start) + toOUString(u"】") +
           p.copy(end, to - end) + (to < p.getLength() ? toOUString(u"…") : OUString());
}

} // namespace

OUString findingLine(const core::Finding& f, core::Language language)
{
    const OUString paragraph =
        f.paragraph == static_cast<std::size_t>(-1) ? uiText(language, UiText::PanelPage)
        : !f.cell.empty() ? uiText(language, UiText::CheckTableCell, {toOUString(f.cell)})
                          : uiText(language, UiText::CheckParagraph,
                                   {OUString::number(static_cast<sal_Int64>(f.paragraph + 1))});
    const OUString rule = toOUString(core::ruleTitle(f.ruleId).pick(language));
    return paragraph + toOUString(u"  ·  ") + rule + toOUString(u"  ·  ") +
           toOUString(f.message(language));
}

OUString findingDetail(const core::Finding& f, const std::vector<BodyElement>& body,
                       core::Language language)
{
    OUString detail = toOUString(f.message(language));
    if (f.paragraph < body.size())
        detail += ascii("\n") + uiText(language, UiText::CheckExcerpt) + excerpt(f, body);
    detail += ascii("\n") + (f.suggestions.empty() ? uiText(language, UiText::CheckNoSuggestion)
                                                   : uiText(language, UiText::CheckSuggestion) +
                                                         toOUString(f.suggestions.front()));
    return detail;
}

OUString findingsSummary(const std::vector<core::Finding>& findings, core::Language language)
{
    // Without its model the typo check is silent: say so, naming what to install.
    const core::typo::LoadProblem problem = core::typo::loadProblem();
    const OUString missingModel =
        problem.messageZh.empty()
            ? OUString()
            : ascii(" ") + toOUString(core::pick(language, problem.messageZh, problem.messageEn));
    if (findings.empty())
        return uiText(language, UiText::CheckSummaryNone) + missingModel;
    sal_Int32 counts[3] = {0, 0, 0};
    for (const core::Finding& f : findings)
        ++counts[static_cast<int>(f.severity)];
    return uiText(language, UiText::CheckSummary,
                  {OUString::number(static_cast<sal_Int64>(findings.size())),
                   OUString::number(counts[2]), OUString::number(counts[1]),
                   OUString::number(counts[0])}) +
           missingModel;
}

// The text of a table cell, selected.
void selectTableCell(const uno::Reference<text::XTextDocument>& document,
                     const uno::Reference<text::XTextTable>& table, const OUString& cell)
{
    const uno::Reference<text::XText> text(table->getCellByName(cell), uno::UNO_QUERY);
    uno::Reference<view::XSelectionSupplier> selection(document->getCurrentController(),
                                                       uno::UNO_QUERY);
    if (!text.is() || !selection.is())
        return;
    auto cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    selection->select(uno::Any(cursor));
}

void selectFinding(const uno::Reference<text::XTextDocument>& document,
                   const std::vector<BodyElement>& body, const core::Finding& f)
{
    if (f.paragraph < body.size() && body[f.paragraph].table.is() && !f.cell.empty())
    {
        selectTableCell(document, body[f.paragraph].table, toOUString(f.cell));
        return;
    }
    if (f.paragraph >= body.size() || !body[f.paragraph].paragraph.is())
        return;
    auto cursor = selectInParagraph(document, body[f.paragraph], static_cast<sal_Int32>(f.start),
                                    static_cast<sal_Int32>(f.length));
    uno::Reference<view::XSelectionSupplier> selection(document->getCurrentController(),
                                                       uno::UNO_QUERY);
    if (selection.is())
        selection->select(uno::Any(cursor));
}

namespace
{

// The groups of the list, in order; a finding's group is its rule family, but for typos, which
// users look for under 错别字 of their own.
struct Group
{
    core::RuleFamily family;
    core::BilingualText name;
    enum class Typos
    {
        Any,
        Only,
        Without
    } typos = Typos::Any;

    bool has(const core::Finding& f) const
    {
        const bool typo = f.ruleId == core::rule::kWordTypo;
        return core::familyOf(f.ruleId) == family &&
               (typos == Typos::Any || (typos == Typos::Only) == typo);
    }
};
constexpr Group kGroups[] = {
    {core::RuleFamily::Structure, {u"结构", u"Structure"}},
    {core::RuleFamily::Count, {u"数量", u"Counts"}},
    {core::RuleFamily::Placeholder, {u"占位符", u"Placeholders"}},
    {core::RuleFamily::Punctuation, {u"标点", u"Punctuation"}},
    {core::RuleFamily::Number, {u"数字", u"Numbers"}},
    {core::RuleFamily::Word, {u"错别字", u"Typos"}, Group::Typos::Only},
    {core::RuleFamily::Word, {u"易混词", u"Words"}, Group::Typos::Without},
    {core::RuleFamily::Data, {u"数据", u"Figures"}},
    {core::RuleFamily::Document, {u"公文要素", u"Document form"}},
    {core::RuleFamily::Register, {u"口径", u"Register"}},
    {core::RuleFamily::Other, {u"版式", u"Layout"}},
};

} // namespace

sal_Int16 GroupedRows::rowOf(std::size_t index) const
{
    for (std::size_t row = 0; row < finding.size(); ++row)
        if (finding[row] == static_cast<sal_Int32>(index))
            return static_cast<sal_Int16>(row);
    return -1;
}

GroupedRows groupedRows(const std::vector<core::Finding>& findings, core::Language language,
                        const std::function<bool(const core::Finding&)>& hidden)
{
    GroupedRows out;
    for (const Group& group : kGroups)
    {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (group.has(findings[i]) && !(hidden && hidden(findings[i])))
                members.push_back(i);
        if (members.empty())
            continue;
        const OUString count = OUString::number(static_cast<sal_Int64>(members.size()));
        const bool chinese = language == core::Language::ChineseSimplified;
        out.rows.push_back(toOUString(u"▼ ") + toOUString(group.name.pick(language)) +
                           (chinese ? toOUString(u"（") + count + toOUString(u"）")
                                    : ascii(" (") + count + ascii(")")));
        out.finding.push_back(-1);
        for (std::size_t i : members)
        {
            out.rows.push_back(ascii("    ") + findingLine(findings[i], language));
            out.finding.push_back(static_cast<sal_Int32>(i));
        }
    }
    return out;
}

} // namespace gongwen::ext
