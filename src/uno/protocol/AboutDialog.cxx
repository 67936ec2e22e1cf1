// SPDX-License-Identifier: MPL-2.0
#include "../common/Commands.hxx"

#include "../common/Dialogs.hxx"
#include "../common/Names.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <gongwen/version.hpp>

namespace gongwen::ext
{
namespace
{

// org.gongwen:About — shows the product name, version and license.
void showAboutDialog(const CommandContext& command)
{
    ScopedDialog dialog(command.context, command.frame, "About.xdl");
    dialog.set("Logo", "ImageURL",
               css::uno::Any(ascii(kExtensionUrlRoot) + ascii("icons/gongwen-64.png")));
    dialog.set(
        "Version", "Label",
        css::uno::Any(uiText(command.language, UiText::AboutVersion) + ascii(core::kVersion)));
    dialog.set("ProductName", "FontWeight", css::uno::Any(150.0f)); // bold
    dialog.set("ProductName", "FontHeight", css::uno::Any(14.0f));
    // Plain texts, not labels: otherwise VCL adds "(A)"-style mnemonics to Chinese texts.
    for (const char* label : {"ProductName", "Version", "Description", "License"})
        dialog.set(label, "NoLabel", css::uno::Any(true));
    dialog.execute();
}

const Command kCommands[] = {{u"About", &showAboutDialog, CommandEffect::ReadsOnly}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
