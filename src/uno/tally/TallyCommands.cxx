#include "TallyCommands.hxx"

#include "TallyWorkbook.hxx"

#include "../common/Dialogs.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"
#include "../common/UndoContext.hxx"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XComboBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase2.hxx>

#include <ctime>
#include <functional>

using namespace css;
namespace tally = gongwen::core::tally;

namespace gongwen::ext
{
namespace
{

// Calls `handler` for button presses and list selections; every call reports its own failures.
class Listener : public cppu::WeakImplHelper2<awt::XActionListener, awt::XItemListener>
{
public:
    Listener(const CommandContext& command, std::function<void(const OUString&)> handler)
        : m_command(command), m_handler(std::move(handler))
    {
    }
    void SAL_CALL actionPerformed(const awt::ActionEvent& e) override { run(e.ActionCommand); }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override { run(ascii("select")); }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    void run(const OUString& what)
    {
        runGuarded(m_command.context, m_command.frame, [&] { m_handler(what); });
    }
    CommandContext m_command;
    std::function<void(const OUString&)> m_handler;
};

template <class Interface>
uno::Reference<Interface> control(const uno::Reference<awt::XDialog>& dialog, const char* name)
{
    return uno::Reference<Interface>(
        uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW)->getControl(ascii(name)), uno::UNO_QUERY_THROW);
}

void onButton(const uno::Reference<awt::XDialog>& dialog, const char* name, const char* actionCommand,
              const uno::Reference<awt::XActionListener>& listener)
{
    auto button = control<awt::XButton>(dialog, name);
    button->setActionCommand(ascii(actionCommand));
    button->addActionListener(listener);
}

void labels(const uno::Reference<awt::XDialog>& dialog, std::initializer_list<std::pair<const char*, OUString>> texts)
{
    for (const auto& [name, text] : texts)
    {
        setControlProperty(dialog, name, "Label", uno::Any(text));
        if (std::string_view(name).find("Button") == std::string_view::npos)
            setControlProperty(dialog, name, "NoLabel", uno::Any(true));
    }
}

uno::Reference<sheet::XSpreadsheetDocument> tallyBookOf(const CommandContext& command)
{
    uno::Reference<sheet::XSpreadsheetDocument> book;
    if (command.frame.is() && command.frame->getController().is())
        book.set(command.frame->getController()->getModel(), uno::UNO_QUERY);
    if (!book.is())
    {
        showMessage(command.context, command.frame, MessageKind::Warning, uiText(command.language, UiText::TallyNotCalc));
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

void selectCell(const CommandContext& command, const uno::Reference<sheet::XSpreadsheetDocument>& book,
                const OUString& sheetName, sal_Int32 column, sal_Int32 row)
{
    auto sheet = sheetNamed(book, sheetName);
    uno::Reference<sheet::XSpreadsheetView> view(command.frame->getController(), uno::UNO_QUERY_THROW);
    view->setActiveSheet(sheet);
    uno::Reference<view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)->select(uno::Any(sheet->getCellByPosition(column, row)));
}

} // namespace

void newTallyBookCommand(const CommandContext& command) { newTallyBook(command.context); }

void addRecordCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    auto dialog = loadDialog(command.context, command.frame, "AddRecord.xdl");
    auto title = [&](tally::Column c) { return toOUString(tally::columnTitle(c).pick(lang)); };
    setControlProperty(dialog, "", "Title", uno::Any(uiText(lang, UiText::TallyAddTitle)));
    labels(dialog, {{"DateLabel", title(tally::Column::Date)}, {"CategoryLabel", title(tally::Column::Category)},
                    {"UnitLabel", title(tally::Column::Unit)}, {"ItemLabel", title(tally::Column::Item)},
                    {"QuantityLabel", title(tally::Column::Quantity)}, {"AmountLabel", title(tally::Column::Amount)},
                    {"NoteLabel", title(tally::Column::Note)}, {"Status", OUString()},
                    {"AddButton", uiText(lang, UiText::TallyAddButton)}, {"CloseButton", uiText(lang, UiText::ButtonClose)}});
    control<awt::XTextComponent>(dialog, "DateField")->setText(today());
    const auto categories = listValues(book, 0);
    control<awt::XListBox>(dialog, "CategoryList")
        ->addItems(uno::Sequence<OUString>(categories.data(), static_cast<sal_Int32>(categories.size())), 0);
    control<awt::XListBox>(dialog, "CategoryList")->selectItemPos(0, true);
    const auto units = listValues(book, 2);
    control<awt::XComboBox>(dialog, "UnitBox")->addItems(uno::Sequence<OUString>(units.data(), static_cast<sal_Int32>(units.size())), 0);
    if (!units.empty())
        control<awt::XTextComponent>(dialog, "UnitBox")->setText(units.front());
    auto add = [&](const OUString&) {
        auto text = [&](const char* name) { return uno::Any(control<awt::XTextComponent>(dialog, name)->getText()); };
        uno::Sequence<uno::Any> values(7);
        auto* v = values.getArray();
        v[0] = text("DateField");
        v[1] <<= control<awt::XListBox>(dialog, "CategoryList")->getSelectedItem();
        v[2] = text("UnitBox");
        v[3] = text("ItemField");
        v[4] <<= control<awt::XNumericField>(dialog, "QuantityField")->getValue();
        v[5] <<= control<awt::XNumericField>(dialog, "AmountField")->getValue();
        v[6] = text("NoteField");
        OUString status;
        try
        {
            UndoContext undo(book, uiText(lang, UiText::UndoAddRecord));
            const sal_Int32 row = addTallyRecord(book, values, lang);
            status = uiText(lang, UiText::TallyAdded, {OUString::number(row + 1)});
            control<awt::XTextComponent>(dialog, "ItemField")->setText(OUString());
            control<awt::XTextComponent>(dialog, "NoteField")->setText(OUString());
        }
        catch (const lang::IllegalArgumentException& e)
        {
            status = e.Message; // the dialog stays open with the values to correct
        }
        setControlProperty(dialog, "Status", "Label", uno::Any(status));
    };
    uno::Reference<awt::XActionListener> listener(new Listener(command, add));
    onButton(dialog, "AddButton", "add", listener);
    executeAndDispose(dialog);
}

void defineIndicatorCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    uno::Reference<sheet::XCellRangeAddressable> selected(
        uno::Reference<view::XSelectionSupplier>(command.frame->getController(), uno::UNO_QUERY_THROW)->getSelection(),
        uno::UNO_QUERY);
    if (!selected.is())
    {
        showMessage(command.context, command.frame, MessageKind::Warning, uiText(lang, UiText::TallyNoSelection));
        return;
    }
    const table::CellRangeAddress a = selected->getRangeAddress();
    uno::Reference<container::XIndexAccess> sheets(book->getSheets(), uno::UNO_QUERY_THROW);
    const OUString sheetName = uno::Reference<container::XNamed>(sheets->getByIndex(a.Sheet), uno::UNO_QUERY_THROW)->getName();
    OUString address = sheetName + ascii(".") + columnLetters(a.StartColumn) + OUString::number(a.StartRow + 1);
    if (a.EndColumn != a.StartColumn || a.EndRow != a.StartRow)
        address += ascii(":") + columnLetters(a.EndColumn) + OUString::number(a.EndRow + 1);
    auto dialog = loadDialog(command.context, command.frame, "DefineIndicator.xdl");
    setControlProperty(dialog, "", "Title", uno::Any(uiText(lang, UiText::TallyDefineTitle)));
    labels(dialog, {{"RangeLabel", uiText(lang, UiText::TallyRange, {address})},
                    {"NameLabel", uiText(lang, UiText::TallyNameLabel)}, {"Status", OUString()},
                    {"DefineButton", uiText(lang, UiText::TallyDefineButton)},
                    {"CloseButton", uiText(lang, UiText::ButtonClose)}});
    auto define = [&](const OUString&) {
        const OUString name = control<awt::XTextComponent>(dialog, "NameField")->getText().trim();
        try
        {
            UndoContext undo(book, uiText(lang, UiText::UndoDefine));
            defineName(book, name, address, lang);
            dialog->endExecute();
        }
        catch (const lang::IllegalArgumentException& e)
        {
            setControlProperty(dialog, "Status", "Label", uno::Any(e.Message));
        }
    };
    uno::Reference<awt::XActionListener> listener(new Listener(command, define));
    onButton(dialog, "DefineButton", "define", listener);
    executeAndDispose(dialog);
}

void checkTallyCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    auto dialog = loadDialog(command.context, command.frame, "TallyCheck.xdl");
    setControlProperty(dialog, "", "Title", uno::Any(uiText(lang, UiText::TallyCheckTitle)));
    labels(dialog, {{"Summary", OUString()}, {"RecheckButton", uiText(lang, UiText::CheckButtonRecheck)},
                    {"CloseButton", uiText(lang, UiText::ButtonClose)}});
    std::vector<BookFinding> findings;
    auto list = control<awt::XListBox>(dialog, "FindingList");
    auto refresh = [&] {
        findings = checkTallyBook(book, lang);
        list->removeItems(0, list->getItemCount());
        for (const BookFinding& f : findings)
            list->addItem(toOUString(core::ruleTitleOrId(f.finding.ruleId, lang)) + toOUString(u"  ·  ") +
                              toOUString(lang == core::Language::ChineseSimplified ? f.finding.messageZh : f.finding.messageEn),
                          list->getItemCount());
        setControlProperty(dialog, "Summary", "Label",
                           uno::Any(findings.empty() ? uiText(lang, UiText::TallyCheckNone)
                                                     : uiText(lang, UiText::TallyCheckSummary,
                                                              {OUString::number(static_cast<sal_Int64>(findings.size()))})));
    };
    auto handle = [&](const OUString& what) {
        if (what == "recheck")
            return refresh();
        const sal_Int16 pos = list->getSelectedItemPos();
        if (pos >= 0 && static_cast<std::size_t>(pos) < findings.size())
        {
            const BookFinding& f = findings[static_cast<std::size_t>(pos)];
            selectCell(command, book, f.sheet, static_cast<sal_Int32>(f.finding.start), static_cast<sal_Int32>(f.finding.paragraph));
        }
    };
    refresh();
    auto* listener = new Listener(command, handle);
    list->addItemListener(uno::Reference<awt::XItemListener>(listener));
    onButton(dialog, "RecheckButton", "recheck", uno::Reference<awt::XActionListener>(listener));
    executeAndDispose(dialog);
}

void summaryChartCommand(const CommandContext& command)
{
    const auto book = tallyBookOf(command);
    if (!book.is())
        return;
    const core::Language lang = command.language;
    // The 分组统计 table when its sheet is active, else the indicator values.
    uno::Reference<sheet::XSpreadsheetView> view(command.frame->getController(), uno::UNO_QUERY_THROW);
    const OUString active = uno::Reference<container::XNamed>(view->getActiveSheet(), uno::UNO_QUERY_THROW)->getName();
    const bool groups = active == toOUString(tally::kGroupSheet);
    auto sheet = sheetNamed(book, toOUString(groups ? tally::kGroupSheet : tally::kIndicatorSheet));
    const auto used = uno::Reference<sheet::XCellRangeAddressable>(
                          uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                              ->getCellRangeByName(groups ? ascii("A1:N6") : ascii("A1:B14")),
                          uno::UNO_QUERY_THROW)
                          ->getRangeAddress();
    uno::Sequence<table::CellRangeAddress> ranges(1);
    ranges[0] = used;
    auto charts = uno::Reference<table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    OUString name;
    for (int i = 1; name.isEmpty() || charts->hasByName(name); ++i)
        name = ascii("GongwenChart") + OUString::number(i);
    UndoContext undo(book, uiText(lang, UiText::UndoChart));
    const awt::Rectangle where(groups ? 1000 : 16000, groups ? 4000 : 500, 16000, 9000);
    charts->addNewByName(name, where, ranges, true, true);
    showMessage(command.context, command.frame, MessageKind::Info,
                uiText(lang, UiText::TallyChartDone, {toOUString(groups ? tally::kGroupSheet : tally::kIndicatorSheet)}));
}

} // namespace gongwen::ext
