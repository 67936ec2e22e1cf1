#pragma once
#include "../protocol/Commands.hxx"
namespace gongwen::ext
{
void linkWorkbookCommand(const CommandContext& command);      // org.gongwen:LinkWorkbook (链接工作簿…)
void insertFigureCommand(const CommandContext& command);      // org.gongwen:InsertFigure (插入统计数字…)
void bindTableCommand(const CommandContext& command);         // org.gongwen:BindTable (关联统计表…)
void refreshStatisticsCommand(const CommandContext& command); // org.gongwen:RefreshStatistics (更新统计数据)
}
