// SPDX-License-Identifier: MPL-2.0
#include "../common/Commands.hxx"
#include "../common/Files.hxx"

#include "StatisticsFill.hxx"

#include "../common/Dialogs.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Progress.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <core/checker/checker.hpp>
#include <core/statistics/indicators.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <map>

#include <functional>

using namespace css;

namespace gongwen::ext
{
namespace
{

uno::Reference<text::XTextRange> viewCursor(const uno::Reference<text::XTextDocument>& document)
{
    uno::Reference<text::XTextViewCursorSupplier> views(document->getCurrentController(),
                                                        uno::UNO_QUERY_THROW);
    return uno::Reference<text::XTextRange>(views->getViewCursor(), uno::UNO_QUERY_THROW);
}

// Sheet.A1 of a range's first cell, as the list shows where a figure comes from.
OUString cellName(const uno::Reference<table::XCellRange>& range)
{
    const auto a = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                       ->getRangeAddress();
    const OUString sheet =
        uno::Reference<container::XNamed>(
            uno::Reference<sheet::XSheetCellRange>(range, uno::UNO_QUERY_THROW)->getSpreadsheet(),
            uno::UNO_QUERY_THROW)
            ->getName();
    return sheet + ascii(".") + columnLetters(a.StartColumn) + OUString::number(a.StartRow + 1);
}

// The list dialog shared by 插入统计数字 (indicators, with formats) and 关联统计表 (tables).
// `apply` returns whether the dialog is done (false: the user declined, the dialog stays).
// The indicators (or table ranges) of the linked workbook as the dialog lists them.
// The header texts of each table range (its first row), by name.
using RangeHeaders = std::map<std::u16string, std::vector<OUString>>;

std::vector<core::IndicatorEntry> workbookEntries(const CommandContext& command,
                                                  const OUString& url, bool tables,
                                                  RangeHeaders* headers = nullptr)
{
    std::vector<core::IndicatorEntry> entries;
    LinkedWorkbook book(command.context, url, command.language);
    for (const OUString& name : book.names(tables))
    {
        auto range = book.range(name);
        const auto a = uno::Reference<sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
                           ->getRangeAddress();
        OUString detail;
        if (tables)
            detail = OUString::number(a.EndRow - a.StartRow + 1) + toOUString(u"×") +
                     OUString::number(a.EndColumn - a.StartColumn + 1);
        if (tables && headers)
        {
            std::vector<OUString>& row = (*headers)[std::u16string(toView(name))];
            for (sal_Int32 c = 0; c <= a.EndColumn - a.StartColumn; ++c)
                row.push_back(uno::Reference<text::XText>(range->getCellByPosition(c, 0),
                                                          uno::UNO_QUERY_THROW)
                                  ->getString());
        }
        else
        {
            const CellFigure figure =
                readFigure(range, name, core::FigureFormat::AsInCalc, command.language);
            detail = figure.ok ? figure.text : figure.problem;
        }
        entries.push_back({std::u16string(toView(name)), std::u16string(toView(detail)),
                           std::u16string(toView(cellName(range))), a.Sheet, a.StartRow,
                           a.StartColumn});
    }
    return entries;
}

OUString listEntry(const core::IndicatorEntry& e)
{
    return toOUString(e.name) + toOUString(u"  ·  ") + toOUString(e.value) + toOUString(u"  ·  ") +
           toOUString(e.cell);
}

// 插入统计数字 and 关联统计表: the workbook's names, sorted as the user chooses and narrowed by
// what they type; `apply` runs on the chosen one (true: done, the dialog closes).
void runNameDialog(const CommandContext& command,
                   const uno::Reference<text::XTextDocument>& document, bool tables,
                   const std::function<bool(const OUString& name, core::FigureFormat,
                                            const std::vector<std::size_t>& columns)>& apply)
{
    const core::Language lang = command.language;
    const OUString url = requireLinkedWorkbook(document, lang);
    RangeHeaders headers;
    std::vector<core::IndicatorEntry> entries = workbookEntries(command, url, tables, &headers);
    std::vector<std::size_t> shown; // positions in entries of the list's rows

    ScopedDialog dialog(command.context, command.frame, "InsertFigure.xdl");
    auto list = dialog.control<awt::XListBox>("NameList");
    auto formats = dialog.control<awt::XListBox>("FormatList");
    auto orders = dialog.control<awt::XListBox>("SortList");
    auto search = dialog.control<awt::XTextComponent>("SearchField");
    dialog.setText("Workbook", uiText(lang, UiText::FigureWorkbook, {systemPath(url)}));
    for (const char* name : {"ListLabel", "FormatLabel", "Status", "SearchLabel", "SortLabel"})
        dialog.set(name, "NoLabel", uno::Any(true));
    if (tables) // the dialog's own texts are for figures
    {
        dialog.set("", "Title", uno::Any(uiText(lang, UiText::TableTitle)));
        dialog.set("ListLabel", "Label", uno::Any(uiText(lang, UiText::TableList)));
        dialog.set("OkButton", "Label", uno::Any(uiText(lang, UiText::TableBind)));
    }
    orders->addItem(uiText(lang, UiText::FigureOrderByName), 0);
    orders->addItem(uiText(lang, UiText::FigureOrderInWorkbook), 1);
    orders->selectItemPos(0, true);
    for (const core::FigureFormatInfo& f : core::figureFormats())
        formats->addItem(toOUString(f.name.pick(lang)), formats->getItemCount());
    formats->selectItemPos(0, true);
    dialog.set("FormatList", "Enabled", uno::Any(!tables));
    dialog.set("FormatLabel", "Enabled", uno::Any(!tables));
    auto columnList = dialog.control<awt::XListBox>("ColumnList");
    for (const char* name : {"ColumnList", "ColumnLabel"})
        dialog.control<awt::XWindow>(name)->setVisible(tables);
    for (const char* name : {"FormatList", "FormatLabel"})
        dialog.control<awt::XWindow>(name)->setVisible(!tables);
    if (tables)
    {
        dialog.set("NameList", "Height", uno::Any(sal_Int32(52)));
        dialog.set("ColumnLabel", "Label", uno::Any(uiText(lang, UiText::TableColumns)));
    }

    const auto selectedName = [&]() -> std::u16string
    {
        const sal_Int16 pos = list->getSelectedItemPos();
        return pos >= 0 && static_cast<std::size_t>(pos) < shown.size() ? entries[shown[pos]].name
                                                                        : u"";
    };
    // Refills the list; the chosen indicator stays chosen while it is still listed.
    const auto fill = [&]
    {
        const std::u16string keep = selectedName();
        core::sortIndicators(entries, orders->getSelectedItemPos() == 1
                                          ? core::IndicatorOrder::InWorkbook
                                          : core::IndicatorOrder::ByName);
        const OUString query = search->getText();
        shown = core::findIndicators(entries, toView(query));
        uno::Sequence<OUString> rows(static_cast<sal_Int32>(shown.size()));
        for (std::size_t i = 0; i < shown.size(); ++i)
            rows[static_cast<sal_Int32>(i)] = listEntry(entries[shown[i]]);
        list->removeItems(0, list->getItemCount());
        list->addItems(rows, 0);
        sal_Int16 select = shown.empty() ? -1 : 0;
        for (std::size_t i = 0; i < shown.size(); ++i)
            if (!keep.empty() && entries[shown[i]].name == keep)
                select = static_cast<sal_Int16>(i);
        if (select >= 0)
            list->selectItemPos(select, true);
        dialog.setText("Status", shown.empty() && !entries.empty()
                                     ? uiText(lang, UiText::FigureSearchNone, {query})
                                     : OUString());
        dialog.set("OkButton", "Enabled", uno::Any(!shown.empty()));
    };
    // 关联统计表: the chosen range's columns, all chosen at first.
    std::u16string columnsOf;
    const auto showColumns = [&]
    {
        const std::u16string name = selectedName();
        if (!tables || name == columnsOf)
            return;
        columnsOf = name;
        columnList->removeItems(0, columnList->getItemCount());
        const auto found = headers.find(name);
        if (found == headers.end())
            return;
        for (std::size_t c = 0; c < found->second.size(); ++c)
        {
            columnList->addItem(OUString::number(static_cast<sal_Int64>(c + 1)) +
                                    toOUString(u"  ") + found->second[c],
                                static_cast<sal_Int16>(c));
        }
        for (sal_Int16 c = 0; c < columnList->getItemCount(); ++c)
            columnList->selectItemPos(c, true);
    };
    const auto chosenColumns = [&]
    {
        std::vector<std::size_t> columns;
        const uno::Sequence<sal_Int16> picked = columnList->getSelectedItemsPos();
        if (!tables || picked.getLength() == columnList->getItemCount())
            return columns; // all: the whole range
        for (sal_Int16 c : picked)
            columns.push_back(static_cast<std::size_t>(c));
        std::sort(columns.begin(), columns.end());
        return columns;
    };
    fill();
    showColumns();
    dialog.onTextChange("SearchField",
                        [&]
                        {
                            fill();
                            showColumns();
                        });
    dialog.onSelect("SortList",
                    [&]
                    {
                        fill();
                        showColumns();
                    });
    dialog.onSelect("NameList", showColumns);
    auto ok = [&]
    {
        const std::u16string name = selectedName();
        if (name.empty())
            return;
        try
        {
            const auto format = core::figureFormats()[static_cast<std::size_t>(
                std::max<sal_Int16>(0, formats->getSelectedItemPos()))];
            if (tables && columnList->getSelectedItemsPos().getLength() == 0)
                return; // no column chosen: nothing to bind
            if (apply(toOUString(name), format.format, chosenColumns()))
                dialog.endExecute();
        }
        catch (const lang::IllegalArgumentException& e)
        {
            dialog.setText("Status", e.Message);
        }
    };
    dialog.onAction("OkButton", ok);
    dialog.onAction("NameList", ok); // double-click
    dialog.execute();
}

// org.gongwen:LinkWorkbook (链接工作簿…)
void linkWorkbookCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    const core::Language lang = command.language;
    uno::Sequence<sal_Int16> mode(1);
    mode[0] = ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE;
    auto picker = ui::dialogs::FilePicker::createWithMode(command.context, mode[0]);
    picker->setTitle(uiText(lang, UiText::LinkPickerTitle));
    uno::Reference<ui::dialogs::XFilterManager> filters(picker, uno::UNO_QUERY);
    if (filters.is())
    {
        filters->appendFilter(toOUString(u"Calc (*.ods; *.xlsx)"), ascii("*.ods;*.xlsx"));
        filters->setCurrentFilter(toOUString(u"Calc (*.ods; *.xlsx)"));
    }
    // Next to the workbook linked before, else next to the report (tallies live beside it).
    OUString startFolder = linkedWorkbookUrl(document);
    if (startFolder.isEmpty())
        startFolder = uno::Reference<frame::XModel>(document, uno::UNO_QUERY_THROW)->getURL();
    if (startFolder.startsWith("file:") && startFolder.lastIndexOf('/') > 0)
        picker->setDisplayDirectory(startFolder.copy(0, startFolder.lastIndexOf('/')));
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK ||
        !picker->getSelectedFiles().hasElements())
        return;
    const OUString url = picker->getSelectedFiles()[0];
    try
    {
        storeWorkbookLink(document, url, command.context, lang);
        showMessage(command.context, command.frame, MessageKind::Info,
                    uiText(lang, UiText::LinkDone, {systemPath(url)}));
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
    }
}

// org.gongwen:InsertFigure (插入统计数字…)
void insertFigureCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    try
    {
        runNameDialog(
            command, document, false,
            [&](const OUString& name, core::FigureFormat format, const std::vector<std::size_t>&)
            {
                insertFigureField(command.context, document, viewCursor(document), name, format,
                                  command.language);
                return true;
            });
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
    }
}

// org.gongwen:BindTable (关联统计表…)
void bindTableCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    uno::Reference<text::XTextTable> table;
    uno::Reference<beans::XPropertySet>(viewCursor(document), uno::UNO_QUERY_THROW)
        ->getPropertyValue(ascii("TextTable")) >>= table;
    if (!table.is())
    {
        showMessage(command.context, command.frame, MessageKind::Warning,
                    uiText(command.language, UiText::TableNotInTable));
        return;
    }
    const OUString tableName =
        uno::Reference<container::XNamed>(table, uno::UNO_QUERY_THROW)->getName();
    try
    {
        runNameDialog(
            command, document, true,
            [&](const OUString& name, core::FigureFormat, const std::vector<std::size_t>& columns)
            {
                // A different shape is adapted only with the user's consent, asked before any
                // change.
                return bindWriterTable(
                    command.context, document, tableName, name, columns,
                    [&](const OUString& mismatch)
                    {
                        return askYesNo(command.context, command.frame,
                                        mismatch +
                                            uiText(command.language, UiText::LinkTableAdapt));
                    },
                    command.language);
            });
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
    }
}

// org.gongwen:RefreshStatistics (更新统计数据)
void refreshStatisticsCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    const core::Language lang = command.language;
    org::gongwen::FillReport report;
    try
    {
        Progress progress(command.frame, uiText(lang, UiText::RefreshTitle), 0);
        report = refreshStatistics(command.context, document, lang);
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
        return;
    }
    OUString text =
        uiText(lang, UiText::RefreshSummary,
               {OUString::number(report.FiguresUpdated), OUString::number(report.FiguresChanged),
                OUString::number(report.TablesUpdated)});
    if (report.Missing.hasElements())
    {
        text += ascii("\n") + uiText(lang, UiText::RefreshMissing);
        for (sal_Int32 i = 0; i < report.Missing.getLength(); ++i)
            text += (i ? toOUString(u"、") : OUString()) + report.Missing[i];
    }
    for (const OUString& m : report.Messages)
        text += ascii("\n") + m;
    showMessage(command.context, command.frame,
                report.Missing.hasElements() ? MessageKind::Warning : MessageKind::Info, text);
}

// On a selected placeholder (XX, ○○ …) of a report linked to a workbook: what the user is about
// to fill in.
bool offerFigure(const uno::Reference<frame::XController>& controller, const uno::Any& selection)
{
    const uno::Reference<text::XTextDocument> document(controller->getModel(), uno::UNO_QUERY);
    if (!document.is() || linkedWorkbookUrl(document).isEmpty())
        return false;
    uno::Reference<container::XIndexAccess> ranges(selection, uno::UNO_QUERY);
    uno::Reference<text::XTextRange> range;
    if (!ranges.is() || ranges->getCount() != 1 || !(ranges->getByIndex(0) >>= range) ||
        !range.is())
        return false;
    const OUString selected = range->getString();
    if (selected.isEmpty() || selected.getLength() > 16)
        return false;
    core::CheckOptions onlyPlaceholders;
    for (core::RuleFamily family : core::kCheckedFamilies)
        if (family != core::RuleFamily::Placeholder)
            onlyPlaceholders.disable(family);
    const auto findings = core::checkParagraphs({toView(selected)}, onlyPlaceholders);
    return findings.size() == 1 && findings[0].start == 0 &&
           findings[0].length == static_cast<std::size_t>(selected.getLength());
}

const Command kCommands[] = {
    {u"LinkWorkbook", &linkWorkbookCommand, CommandEffect::Edits},
    {u"InsertFigure", &insertFigureCommand, CommandEffect::Edits, &offerFigure,
     UiText::ContextInsertFigure},
    {u"BindTable", &bindTableCommand, CommandEffect::Edits},
    {u"RefreshStatistics", &refreshStatisticsCommand, CommandEffect::Edits},
};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
