#include "AboutDialog.hxx"

#include "../common/Dialogs.hxx"
#include "../common/Names.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <gongwen/version.hpp>

namespace gongwen::ext
{

void showAboutDialog(const CommandContext& command)
{
    auto dialog = loadDialog(command.context, command.frame, "About.xdl");
    const auto text = [&](UiText id) { return css::uno::Any(uiText(command.language, id)); };
    setControlProperty(dialog, "", "Title", text(UiText::AboutTitle));
    setControlProperty(dialog, "Logo", "ImageURL",
                       css::uno::Any(ascii(kExtensionUrlRoot) + ascii("icons/gongwen-64.png")));
    setControlProperty(dialog, "ProductName", "Label", text(UiText::ProductName));
    setControlProperty(dialog, "Version", "Label",
                       css::uno::Any(uiText(command.language, UiText::AboutVersion) +
                                     ascii(core::kVersion)));
    setControlProperty(dialog, "Description", "Label", text(UiText::AboutDescription));
    setControlProperty(dialog, "License", "Label", text(UiText::AboutLicense));
    setControlProperty(dialog, "OkButton", "Label", text(UiText::ButtonOk));
    setControlProperty(dialog, "ProductName", "FontWeight", css::uno::Any(150.0f)); // bold
    setControlProperty(dialog, "ProductName", "FontHeight", css::uno::Any(14.0f));
    // Plain texts, not labels: otherwise VCL adds "(A)"-style mnemonics to Chinese texts.
    for (const char* label : {"ProductName", "Version", "Description", "License"})
        setControlProperty(dialog, label, "NoLabel", css::uno::Any(true));
    executeAndDispose(dialog);
}

} // namespace gongwen::ext
