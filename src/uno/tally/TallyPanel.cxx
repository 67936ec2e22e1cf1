// SPDX-License-Identifier: MPL-2.0
// The 公文助手 deck of Calc's sidebar (panel "Tally", extension/registry/Sidebar.xcu): the tally
// book's findings (as 检查台账 finds them; choosing one goes to its cell) and every indicator with
// its value now, sorted by name; both follow edits a moment after the user stops typing. A
// workbook that is not a tally book says so. Window: dialogs/TallyPanel.xdl.
#include "TallyWorkbook.hxx"

#include "../common/Dialogs.hxx"
#include "../common/Help.hxx"
#include "../common/Names.hxx"
#include "../common/Panels.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <core/statistics/indicators.hpp>

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <memory>

using namespace css;

namespace gongwen::ext
{
namespace
{

// An indicator: a single-cell name of the workbook and what its cell shows.
std::vector<core::IndicatorEntry>
indicatorsOf(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    std::vector<core::IndicatorEntry> indicators;
    const auto names = namedRanges(book);
    for (const OUString& name : names->getElementNames())
    {
        uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(name), uno::UNO_QUERY);
        if (!referrer.is())
            continue;
        const auto cells = referrer->getReferredCells();
        uno::Reference<sheet::XCellRangeAddressable> addressable(cells, uno::UNO_QUERY);
        if (!addressable.is())
            continue;
        const table::CellRangeAddress a = addressable->getRangeAddress();
        if (a.StartColumn != a.EndColumn || a.StartRow != a.EndRow)
            continue; // a table, not an indicator
        const uno::Reference<table::XCell> cell = cells->getCellByPosition(0, 0);
        if (cell.is())
            indicators.push_back(
                {std::u16string(toView(name)),
                 std::u16string(
                     toView(uno::Reference<text::XText>(cell, uno::UNO_QUERY_THROW)->getString())),
                 u"", a.Sheet, a.StartRow, a.StartColumn});
    }
    core::sortIndicators(indicators, core::IndicatorOrder::ByName); // as 插入统计数字 lists them
    return indicators;
}

class TallyPanel : public SidebarPanel
{
public:
    TallyPanel(const uno::Reference<uno::XComponentContext>& context,
               const uno::Reference<frame::XFrame>& frame,
               const uno::Reference<awt::XWindow>& parent)
        : SidebarPanel(context, frame, parent, u"Tally", "TallyPanel.xdl")
    {
        m_events->onSelect("FindingList", [this] { goToSelected(); });
        m_events->onAction("RecheckButton", [this] { checkAgain(); });
        m_book.set(frame->getController()->getModel(), uno::UNO_QUERY);
        listenTo(m_book);
    }

private:
    // After a slow check edits no longer start one: the summary says so.
    void checkAgain() override
    {
        OUString summary;
        timedCheck([&] { summary = recheck(); });
        setLabel("Summary", automatic() ? summary
                                        : summary + ascii("\n") +
                                              uiText(m_language, UiText::PanelManual));
    }

    static void fill(const uno::Reference<awt::XListBox>& list, const std::vector<OUString>& rows)
    {
        list->removeItems(0, list->getItemCount());
        list->addItems(uno::Sequence<OUString>(rows.data(), static_cast<sal_Int32>(rows.size())),
                       0);
    }

    // Checks the book and fills the lists; returns the summary.
    OUString recheck()
    {
        if (!m_book.is())
            return OUString();
        OUString summary;
        std::vector<OUString> findingRows, indicatorRows;
        try
        {
            m_findings = checkTallyBook(m_book, m_language);
            for (const BookFinding& f : m_findings)
                findingRows.push_back(
                    toOUString(core::ruleTitleOrId(f.finding.ruleId, m_language)) +
                    toOUString(u"  ·  ") + toOUString(f.finding.message(m_language)));
            summary = m_findings.empty()
                          ? uiText(m_language, UiText::TallyCheckNone)
                          : uiText(m_language, UiText::TallyCheckSummary,
                                   {OUString::number(static_cast<sal_Int64>(m_findings.size()))});
        }
        catch (const lang::IllegalArgumentException& e)
        {
            m_findings.clear();
            summary = e.Message; // not a tally book: why
        }
        for (const core::IndicatorEntry& i : indicatorsOf(m_book))
            indicatorRows.push_back(toOUString(i.name) + toOUString(u"  ·  ") +
                                    toOUString(i.value));
        fill(control<awt::XListBox>("FindingList"), findingRows);
        fill(control<awt::XListBox>("IndicatorList"), indicatorRows);
        return summary;
    }

    // Goes to the finding's cell (its column and row are the finding's start and paragraph).
    void goToSelected() const
    {
        const sal_Int16 pos = control<awt::XListBox>("FindingList")->getSelectedItemPos();
        if (pos < 0 || static_cast<std::size_t>(pos) >= m_findings.size())
            return;
        const BookFinding& f = m_findings[static_cast<std::size_t>(pos)];
        auto sheet = sheetNamed(m_book, f.sheet);
        uno::Reference<sheet::XSpreadsheetView> view(m_frame->getController(),
                                                     uno::UNO_QUERY_THROW);
        view->setActiveSheet(sheet);
        uno::Reference<view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)
            ->select(
                uno::Any(sheet->getCellByPosition(static_cast<sal_Int32>(f.finding.start),
                                                  static_cast<sal_Int32>(f.finding.paragraph))));
    }

    uno::Reference<sheet::XSpreadsheetDocument> m_book;
    std::vector<BookFinding> m_findings;
};

uno::Reference<ui::XUIElement> makeTallyPanel(const uno::Reference<uno::XComponentContext>& context,
                                              const uno::Reference<frame::XFrame>& frame,
                                              const uno::Reference<awt::XWindow>& parent)
{
    return new TallyPanel(context, frame, parent);
}

const Panel kPanels[] = {{u"Tally", &makeTallyPanel}};
const PanelRegistration registration(kPanels);

} // namespace
} // namespace gongwen::ext
