#pragma once
#include "../protocol/Commands.hxx"
namespace gongwen::ext
{
void newTallyBookCommand(const CommandContext& command);    // org.gongwen:NewTallyBook
void addRecordCommand(const CommandContext& command);       // org.gongwen:AddRecord (登记…)
void defineIndicatorCommand(const CommandContext& command); // org.gongwen:DefineIndicator (定义指标…)
void checkTallyCommand(const CommandContext& command);      // org.gongwen:CheckTally (检查台账)
void summaryChartCommand(const CommandContext& command);    // org.gongwen:SummaryChart (汇总图表)
}
