#pragma once
#include "Commands.hxx"
namespace gongwen::ext
{
/// org.gongwen:About — shows the product name, version and license.
void showAboutDialog(const CommandContext& command);
}
