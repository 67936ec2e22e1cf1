#pragma once
#include "../protocol/Commands.hxx"
namespace gongwen::ext
{
/// org.gongwen:InsertSection — the catalog dialog: category, template, live preview of the
/// text as it will be inserted at the cursor, heading level and item count.
void showInsertSectionDialog(const CommandContext& command);
}
