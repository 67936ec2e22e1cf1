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

struct Command
{
    std::u16string_view name;
    CommandFunction run;
};

// Each capability adds its commands here; Addons.xcu refers to them as org.gongwen:<name>.
constexpr Command kCommands[] = {
    {u"About", &showAboutDialog},
    {u"CheckStructure", &showCheckDialog},
    {u"InsertSection", &showInsertSectionDialog},
    {u"LinkWorkbook", &linkWorkbookCommand},
    {u"InsertFigure", &insertFigureCommand},
    {u"BindTable", &bindTableCommand},
    {u"RefreshStatistics", &refreshStatisticsCommand},
    {u"NewTallyBook", &newTallyBookCommand},
    {u"AddRecord", &addRecordCommand},
    {u"DefineIndicator", &defineIndicatorCommand},
    {u"CheckTally", &checkTallyCommand},
    {u"SummaryChart", &summaryChartCommand},
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

CommandFunction findCommand(std::u16string_view name)
{
    for (const Command& c : kCommands)
        if (c.name == name)
            return c.run;
    return nullptr;
}

} // namespace gongwen::ext
