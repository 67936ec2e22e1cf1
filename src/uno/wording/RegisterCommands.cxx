// SPDX-License-Identifier: MPL-2.0
// 公文助手 ▸ 口径库: 新建口径库, 检查口径库 and 加入口径库….
#include "RegisterBook.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/CheckSettings.hxx"
#include "../common/Commands.hxx"
#include "../common/Dialogs.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Files.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

// org.gongwen:NewRegister (新建口径库)
void newRegisterCommand(const CommandContext& command)
{
    newRegisterBook(command.context, command.language);
}

// org.gongwen:CheckRegister (检查口径库): the register workbook open in this window, else the
// register in force; in the open workbook, choosing a problem selects its row.
void checkRegisterCommand(const CommandContext& command)
{
    const core::Language lang = command.language;
    const core::Settings s = settings(command.context); // also locates the typo model
    uno::Reference<sheet::XSpreadsheetDocument> book;
    if (command.frame.is() && command.frame->getController().is())
        book.set(command.frame->getController()->getModel(), uno::UNO_QUERY);
    // Read once here; 重新检查 reads again. An open workbook with the register's sheets is
    // checked as it stands (unsaved edits too).
    std::optional<RegisterSource> source = book.is() ? readRegisterBook(book) : std::nullopt;
    const bool inBook = source.has_value();
    const OUString where = inBook
                               ? uno::Reference<frame::XModel>(book, uno::UNO_QUERY_THROW)->getURL()
                               : registerLocation(command.context, s.registerLocation);
    auto read = [&]() -> RegisterSource
    {
        if (!inBook)
            return readRegisterSource(command.context, where, lang);
        if (auto again = readRegisterBook(book))
            return std::move(*again);
        refuse(uiText(lang, UiText::RegisterNoSheets, {where})); // its sheets renamed meanwhile
    };
    if (!inBook)
    {
        try
        {
            source = read(); // a register that cannot be read is told before any dialog opens
        }
        catch (const lang::IllegalArgumentException& e)
        {
            showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
            return;
        }
    }
    ScopedDialog dialog(command.context, command.frame, "RegisterCheck.xdl");
    auto list = dialog.control<awt::XListBox>("FindingList");
    std::vector<core::wording::RegisterProblem> problems;
    auto show = [&](const RegisterSource& shown)
    {
        list->removeItems(0, list->getItemCount());
        std::shared_ptr<const core::wording::Register> reg;
        problems = registerProblems(shown, &reg);
        for (const core::wording::RegisterProblem& p : problems)
            list->addItem(registerProblemText(p, lang), list->getItemCount());
        const OUString path = systemPath(where);
        dialog.setText(
            "Summary",
            problems.empty()
                ? uiText(lang, UiText::RegisterClean,
                         {path, OUString::number(static_cast<sal_Int64>(reg->people().size())),
                          OUString::number(static_cast<sal_Int64>(reg->organs().size())),
                          OUString::number(static_cast<sal_Int64>(reg->phrases().size())),
                          OUString::number(static_cast<sal_Int64>(reg->bannedWords().size()))})
                : uiText(lang, UiText::RegisterProblems,
                         {path, OUString::number(static_cast<sal_Int64>(problems.size()))}));
    };
    show(*source);
    dialog.onAction("RecheckButton",
                    [&]
                    {
                        try
                        {
                            show(read());
                        }
                        catch (const lang::IllegalArgumentException& e)
                        {
                            list->removeItems(0, list->getItemCount());
                            problems.clear();
                            dialog.setText("Summary", e.Message);
                        }
                    });
    dialog.onSelect("FindingList",
                    [&]
                    {
                        const sal_Int16 pos = list->getSelectedItemPos();
                        if (!inBook || pos < 0 || static_cast<std::size_t>(pos) >= problems.size())
                            return;
                        const core::wording::RegisterProblem& p =
                            problems[static_cast<std::size_t>(pos)];
                        const OUString sheetName = toOUString(p.sheet);
                        if (p.row == 0 || !book->getSheets()->hasByName(sheetName))
                            return;
                        auto sheet = uno::Reference<sheet::XSpreadsheet>(
                            book->getSheets()->getByName(sheetName), uno::UNO_QUERY_THROW);
                        uno::Reference<sheet::XSpreadsheetView> view(command.frame->getController(),
                                                                     uno::UNO_QUERY_THROW);
                        view->setActiveSheet(sheet);
                        const auto row = static_cast<sal_Int32>(p.row) - 1;
                        uno::Reference<view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)
                            ->select(uno::Any(sheet->getCellRangeByPosition(0, row, 4, row)));
                    });
    dialog.execute();
}

// The text selected in a Writer view when it is one range within one line, else "".
OUString selectedLine(const uno::Reference<frame::XController>& controller,
                      const uno::Any& selection)
{
    constexpr sal_Int32 kLongest = 60;
    if (!uno::Reference<text::XTextDocument>(controller->getModel(), uno::UNO_QUERY).is())
        return OUString();
    uno::Reference<container::XIndexAccess> ranges(selection, uno::UNO_QUERY);
    uno::Reference<text::XTextRange> range;
    if (!ranges.is() || ranges->getCount() != 1 || !(ranges->getByIndex(0) >>= range) ||
        !range.is())
        return OUString();
    const OUString text = range->getString().trim();
    if (text.isEmpty() || text.getLength() > kLongest || text.indexOf('\n') >= 0 ||
        text.indexOf(u'\u2029') >= 0)
        return OUString();
    return text;
}

// A column's label in the dialog: the sheet's own (Chinese) name, with a gloss in English.
OUString columnLabel(std::u16string_view column, core::Language language)
{
    static constexpr std::pair<std::u16string_view, const char*> kGlosses[] = {
        {u"姓名", "name"},           {u"职务", "title"},
        {u"排序", "order"},          {u"起始日期", "from"},
        {u"终止日期", "to"},         {u"全称", "full name"},
        {u"规范简称", "short form"}, {u"不规范写法", "wrong forms"},
        {u"规范表述", "wording"},    {u"不规范表述", "wrong wordings"},
        {u"说明", "note"},           {u"词", "word"}};
    OUString label = toOUString(column);
    if (language == core::Language::English)
        for (const auto& [zh, en] : kGlosses)
            if (zh == column)
                label += " (" + ascii(en) + ")";
    return label;
}

constexpr std::u16string_view kSheetNames[] = {
    core::wording::kPeopleSheet, core::wording::kOrgansSheet, core::wording::kPhrasesSheet,
    core::wording::kBannedSheet};
constexpr int kFields = 5;

// org.gongwen:AddToRegister (加入口径库…): the selection as a new row of the sheet the user picks.
void addToRegisterCommand(const CommandContext& command)
{
    const core::Language lang = command.language;
    const uno::Reference<frame::XController> controller =
        command.frame.is() ? command.frame->getController() : nullptr;
    const OUString selected =
        controller.is() ? selectedLine(controller, uno::Reference<view::XSelectionSupplier>(
                                                       controller, uno::UNO_QUERY_THROW)
                                                       ->getSelection())
                        : OUString();
    if (selected.isEmpty())
    {
        showMessage(command.context, command.frame, MessageKind::Info,
                    uiText(lang, UiText::RegisterSelectFirst));
        return;
    }
    const core::Settings s = settings(command.context);
    const OUString location = registerLocation(command.context, s.registerLocation);
    ScopedDialog dialog(command.context, command.frame, "AddToRegister.xdl");
    auto sheets = dialog.control<awt::XListBox>("SheetList");
    for (std::size_t i = 0; i < std::size(kSheetNames); ++i)
        sheets->addItem(columnLabel(kSheetNames[i], lang), static_cast<sal_Int16>(i));
    auto showSheet = [&](std::u16string_view sheet)
    {
        const auto columns = core::wording::columnsOf(sheet);
        for (int i = 0; i < kFields; ++i)
        {
            const std::string label = "Label" + std::to_string(i + 1),
                              field = "Field" + std::to_string(i + 1);
            const bool used = static_cast<std::size_t>(i) < columns.size();
            dialog.setText(label.c_str(),
                           used ? columnLabel(columns[static_cast<std::size_t>(i)], lang)
                                : OUString());
            dialog.set(field.c_str(), "Enabled", uno::Any(used));
            if (!used)
                dialog.control<awt::XTextComponent>(field.c_str())->setText(OUString());
        }
        dialog.setText("Status", OUString());
    };
    const std::u16string_view guessed = core::wording::likelySheetFor(toView(selected));
    const auto at = std::find(std::begin(kSheetNames), std::end(kSheetNames), guessed) -
                    std::begin(kSheetNames);
    sheets->selectItemPos(static_cast<sal_Int16>(at), true);
    showSheet(guessed);
    dialog.control<awt::XTextComponent>("Field1")->setText(selected);
    dialog.onSelect("SheetList",
                    [&]
                    {
                        const sal_Int16 pos = sheets->getSelectedItemPos();
                        if (pos >= 0)
                            showSheet(kSheetNames[static_cast<std::size_t>(pos)]);
                    });
    dialog.onAction(
        "AddButton",
        [&]
        {
            const sal_Int16 pos = sheets->getSelectedItemPos();
            if (pos < 0)
                return;
            const std::u16string_view sheet = kSheetNames[static_cast<std::size_t>(pos)];
            std::vector<std::u16string> cells;
            for (std::size_t i = 0; i < core::wording::columnsOf(sheet).size(); ++i)
                cells.emplace_back(toView(
                    dialog.control<awt::XTextComponent>(("Field" + std::to_string(i + 1)).c_str())
                        ->getText()
                        .trim()));
            if (const auto problem = core::wording::problemOfNewRow(sheet, cells))
            {
                dialog.setText(
                    "Status", toOUString(core::pick(lang, problem->messageZh, problem->messageEn)));
                return; // nothing written: the fields keep what was typed
            }
            try
            {
                const bool folder = isRegisterFolder(command.context, location);
                const OUString done = addRegisterRow(command.context, location, sheet, cells, lang);
                noteSettingsChanged(); // a folder's sheet is in force at once
                if (!folder)
                {
                    dialog.endExecute(); // the workbook is in front, its new row selected
                    showMessage(command.context, command.frame, MessageKind::Info, done);
                    return;
                }
                dialog.setText("Status", done);
            }
            catch (const lang::IllegalArgumentException& e)
            {
                dialog.setText("Status", e.Message);
            }
        });
    dialog.execute();
}

const Command kCommands[] = {
    {u"NewRegister", &newRegisterCommand, CommandEffect::ReadsOnly},
    {u"CheckRegister", &checkRegisterCommand, CommandEffect::ReadsOnly},
    // Menu only: in the text context menu it would stand above the proofreader's own entries on
    // every marked word.
    {u"AddToRegister", &addToRegisterCommand, CommandEffect::ReadsOnly},
};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
