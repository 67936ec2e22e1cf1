#include "Commands.hxx"

#include "AboutDialog.hxx"

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

CommandFunction findCommand(std::u16string_view name)
{
    for (const Command& c : kCommands)
        if (c.name == name)
            return c.run;
    return nullptr;
}

} // namespace gongwen::ext
