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

} // namespace gongwen::ext
