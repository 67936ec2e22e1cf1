// SPDX-License-Identifier: MPL-2.0
#include "../common/Commands.hxx"

#include "TallyWorkbook.hxx"

#include "../common/Dialogs.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XComboBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <ctime>
#include <functional>

using namespace css;
namespace tally = gongwen::core::tally;

namespace gongwen::ext
{
namespace
{

// Texts set at run time (the rest come from the dialog's .properties).
void labels(ScopedDialog& dialog, std::initializer_list<std::pair<const char*, OUString>> texts)
{
    for (const auto& [name, text] : texts)
        dialog.setText(name, text);
}

// What the user typed in a field, as typed: never rounded or clamped by the field.
uno::Any typed(const ScopedDialog& dialog, const char* name, bool emptyIsVoid = false)
{
    const OUString text = dialog.control<awt::XTextComponent>(name)->getText().trim();
    return emptyIsVoid && text.isEmpty() ? uno::Any() : uno::Any(text);
}

uno::Reference<sheet::XSpreadsheetDocument> tallyBookOf(const CommandContext& command)
{
    uno::Reference<sheet::XSpreadsheetDocument> book;
    if (command.frame.is() && command.frame->getController().is())
        book.set(command.frame->getController()->getModel(), uno::UNO_QUERY);
    if (!book.is())
    {
        showMessage(command.context, command.frame, MessageKind::Warning,
                    uiText(command.language, UiText::TallyNotCalc));
        return book;
    }
    try
    {
        reportingYear(book, command.language);
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
        book.clear();
    }
    return book;
}

OUString today()
{
    const std::time_t now = std::time(nullptr);
    std::tm t{};
    localtime_r(&now, &t);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &t);
    return ascii(buffer);
}

void selectCell(const CommandContext& command,
                const uno::Reference<sheet::XSpreadsheetDocument>& book, const OUString& sheetName,
                sal_Int32 column, sal_Int32 row)
{
    auto sheet = sheetNamed(book, sheetName);
    uno::Reference<sheet::XSpreadsheetView> view(command.frame->getController(),
                                                 uno::UNO_QUERY_THROW);
    view->setActiveSheet(sheet);
    uno::Reference<view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)
        ->select(uno::Any(sheet->getCellByPosition(column, row)));
}

// org.gongwen:NewTallyBook (新建统计台账)
void newTallyBookCommand(const CommandContext& command)
{
    newTallyBook(command.context);
}

// org.gongwen:AddRecord (登记…)
void addRecordCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    ScopedDialog dialog(command.context, command.frame, "AddRecord.xdl");
    auto title = [&](tally::Column c) { return toOUString(tally::columnTitle(c).pick(lang)); };
    labels(dialog, {{"DateLabel", title(tally::Column::Date)},
                    {"CategoryLabel", title(tally::Column::Category)},
                    {"UnitLabel", title(tally::Column::Unit)},
                    {"ItemLabel", title(tally::Column::Item)},
                    {"QuantityLabel", title(tally::Column::Quantity)},
                    {"AmountLabel", title(tally::Column::Amount)},
                    {"NoteLabel", title(tally::Column::Note)},
                    {"Status", OUString()}});
    dialog.control<awt::XTextComponent>("DateField")->setText(today());
    const auto categories = listValues(
        book, tally::kCategoryListColumn); // the same list addRecord and checkBook accept
    auto categoryList = dialog.control<awt::XListBox>("CategoryList");
    categoryList->addItems(
        uno::Sequence<OUString>(categories.data(), static_cast<sal_Int32>(categories.size())), 0);
    categoryList->selectItemPos(0, true);
    const auto units = listValues(book, tally::kUnitListColumn);
    dialog.control<awt::XComboBox>("UnitBox")->addItems(
        uno::Sequence<OUString>(units.data(), static_cast<sal_Int32>(units.size())), 0);
    if (!units.empty())
        dialog.control<awt::XTextComponent>("UnitBox")->setText(units.front());
    dialog.onAction(
        "AddButton",
        [&]
        {
            uno::Sequence<uno::Any> values(7);
            auto* v = values.getArray();
            v[0] = typed(dialog, "DateField");
            v[1] <<= categoryList->getSelectedItem();
            v[2] = typed(dialog, "UnitBox");
            v[3] = typed(dialog, "ItemField");
            v[4] = typed(dialog, "QuantityField");
            v[5] = typed(dialog, "AmountField", true);
            v[6] = typed(dialog, "NoteField");
            OUString status;
            try
            {
                const sal_Int32 row = addTallyRecord(book, values, lang);
                status = uiText(lang, UiText::TallyAdded, {OUString::number(row + 1)});
                dialog.control<awt::XTextComponent>("ItemField")->setText(OUString());
                dialog.control<awt::XTextComponent>("NoteField")->setText(OUString());
            }
            catch (const lang::IllegalArgumentException& e)
            {
                status = e.Message; // nothing written; the dialog keeps the values to correct
            }
            dialog.setText("Status", status);
        });
    dialog.execute();
}

// The text in column A of the selection's first row, when that is a label of the selection.
OUString rowLabel(const uno::Reference<sheet::XSpreadsheetDocument>& book,
                  const table::CellRangeAddress& a)
{
    if (a.StartColumn == 0)
        return OUString();
    uno::Reference<sheet::XSpreadsheet> sheet(
        uno::Reference<container::XIndexAccess>(book->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(a.Sheet),
        uno::UNO_QUERY_THROW);
    auto label = sheet->getCellByPosition(0, a.StartRow);
    if (label->getType() != table::CellContentType_TEXT)
        return OUString();
    return uno::Reference<text::XTextRange>(label, uno::UNO_QUERY_THROW)->getString();
}

// org.gongwen:DefineIndicator (定义指标…)
void defineIndicatorCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    uno::Reference<sheet::XCellRangeAddressable> selected(
        uno::Reference<view::XSelectionSupplier>(command.frame->getController(),
                                                 uno::UNO_QUERY_THROW)
            ->getSelection(),
        uno::UNO_QUERY);
    if (!selected.is())
    {
        showMessage(command.context, command.frame, MessageKind::Warning,
                    uiText(lang, UiText::TallyNoSelection));
        return;
    }
    const table::CellRangeAddress a = selected->getRangeAddress();
    uno::Reference<container::XIndexAccess> sheets(book->getSheets(), uno::UNO_QUERY_THROW);
    const OUString sheetName =
        uno::Reference<container::XNamed>(sheets->getByIndex(a.Sheet), uno::UNO_QUERY_THROW)
            ->getName();
    OUString address =
        sheetName + ascii(".") + columnLetters(a.StartColumn) + OUString::number(a.StartRow + 1);
    if (a.EndColumn != a.StartColumn || a.EndRow != a.StartRow)
        address += ascii(":") + columnLetters(a.EndColumn) + OUString::number(a.EndRow + 1);
    OUString defined;
    {
        ScopedDialog dialog(command.context, command.frame, "DefineIndicator.xdl");
        labels(dialog, {{"RangeLabel", uiText(lang, UiText::TallyRange, {address})},
                        {"Status", OUString()}});
        dialog.set("NameLabel", "NoLabel", uno::Any(true));
        auto nameField = dialog.control<awt::XTextComponent>("NameField");
        nameField->setText(toOUString(tally::proposeName(toView(rowLabel(book, a)))));
        dialog.onAction("DefineButton",
                        [&]
                        {
                            const OUString name = nameField->getText().trim();
                            try
                            {
                                defineName(book, name, address, lang);
                                defined = name;
                                dialog.endExecute();
                            }
                            catch (const lang::IllegalArgumentException& e)
                            {
                                dialog.setText("Status", e.Message);
                            }
                        });
        dialog.execute();
    }
    if (!defined.isEmpty()) // after the dialog is gone: what was defined, and where
        showMessage(command.context, command.frame, MessageKind::Info,
                    uiText(lang, UiText::TallyDefined, {defined, address}));
}

// org.gongwen:CheckTally (检查台账)
void checkTallyCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    ScopedDialog dialog(command.context, command.frame, "TallyCheck.xdl");
    labels(dialog, {{"Summary", OUString()}});
    std::vector<BookFinding> findings;
    auto list = dialog.control<awt::XListBox>("FindingList");
    auto refresh = [&]
    {
        findings = checkTallyBook(book, lang);
        list->removeItems(0, list->getItemCount());
        for (const BookFinding& f : findings)
            list->addItem(toOUString(core::ruleTitleOrId(f.finding.ruleId, lang)) +
                              toOUString(u"  ·  ") + toOUString(f.finding.message(lang)),
                          list->getItemCount());
        dialog.setText("Summary",
                       findings.empty()
                           ? uiText(lang, UiText::TallyCheckNone)
                           : uiText(lang, UiText::TallyCheckSummary,
                                    {OUString::number(static_cast<sal_Int64>(findings.size()))}));
    };
    refresh();
    dialog.onAction("RecheckButton", refresh);
    dialog.onSelect("FindingList",
                    [&]
                    {
                        const sal_Int16 pos = list->getSelectedItemPos();
                        if (pos >= 0 && static_cast<std::size_t>(pos) < findings.size())
                        {
                            const BookFinding& f = findings[static_cast<std::size_t>(pos)];
                            selectCell(command, book, f.sheet,
                                       static_cast<sal_Int32>(f.finding.start),
                                       static_cast<sal_Int32>(f.finding.paragraph));
                        }
                    });
    dialog.execute();
}

// org.gongwen:SummaryChart (汇总图表)
void summaryChartCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    // The 分组统计 table when its sheet is active, else the indicators.
    uno::Reference<sheet::XSpreadsheetView> view(command.frame->getController(),
                                                 uno::UNO_QUERY_THROW);
    const OUString active =
        uno::Reference<container::XNamed>(view->getActiveSheet(), uno::UNO_QUERY_THROW)->getName();
    const bool groups = active == toOUString(tally::kGroupSheet);
    const sal_Int32 count = insertSummaryCharts(book, groups, lang);
    // The message comes after the edit is closed: no modal box while views are locked.
    showMessage(command.context, command.frame, MessageKind::Info,
                uiText(lang, UiText::TallyChartDone,
                       {toOUString(groups ? tally::kGroupSheet : tally::kIndicatorSheet),
                        OUString::number(count)}));
}

const Command kCommands[] = {
    {u"NewTallyBook", &newTallyBookCommand, CommandEffect::ReadsOnly},
    {u"AddRecord", &addRecordCommand, CommandEffect::Edits},
    {u"DefineIndicator", &defineIndicatorCommand, CommandEffect::Edits},
    {u"CheckTally", &checkTallyCommand, CommandEffect::ReadsOnly},
    {u"SummaryChart", &summaryChartCommand, CommandEffect::Edits},
};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
