#pragma once
#include "../protocol/Commands.hxx"
namespace gongwen::ext
{
/// org.gongwen:CheckStructure — checks the Writer document and shows the findings in a dialog
/// with 修正 (fix), 全部重新编号 (renumber all) and 重新检查 (check again).
void showCheckDialog(const CommandContext& command);
}
