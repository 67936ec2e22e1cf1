#include "Commands.hxx"

#include "AboutDialog.hxx"

#include "../common/EntryGuard.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/frame/XController.hpp>

#include "../checker/CheckDialog.hxx"
#include "../sections/InsertSectionDialog.hxx"
#include "../statistics/StatisticsCommands.hxx"
#include "../tally/TallyCommands.hxx"

#include <string_view>

namespace gongwen::ext
{
namespace
{

// Each capability adds its commands here; Addons.xcu refers to them as org.gongwen:<name>.
// The check dialog reads; its fix buttons are disabled on a read-only document.
constexpr CommandEffect kReads = CommandEffect::ReadsOnly;
constexpr CommandEffect kEdits = CommandEffect::Edits;
constexpr Command kCommands[] = {
    {u"About", &showAboutDialog, kReads},
    {u"CheckStructure", &showCheckDialog, kReads},
    {u"InsertSection", &showInsertSectionDialog, kEdits},
    {u"LinkWorkbook", &linkWorkbookCommand, kEdits},
    {u"InsertFigure", &insertFigureCommand, kEdits},
    {u"BindTable", &bindTableCommand, kEdits},
    {u"RefreshStatistics", &refreshStatisticsCommand, kEdits},
    {u"NewTallyBook", &newTallyBookCommand, kReads},
    {u"AddRecord", &addRecordCommand, kEdits},
    {u"DefineIndicator", &defineIndicatorCommand, kEdits},
    {u"CheckTally", &checkTallyCommand, kReads},
    {u"SummaryChart", &summaryChartCommand, kEdits},
};

} // namespace

css::uno::Reference<css::text::XTextDocument> writerDocumentOrTell(const CommandContext& command)
{
    css::uno::Reference<css::text::XTextDocument> document;
    if (command.frame.is() && command.frame->getController().is())
        document.set(command.frame->getController()->getModel(), css::uno::UNO_QUERY);
    if (!document.is())
        showMessage(command.context, command.frame, MessageKind::Warning, uiText(command.language, UiText::ErrorNotWriter));
    return document;
}

const Command* findCommand(std::u16string_view name)
{
    for (const Command& c : kCommands)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace gongwen::ext
