// SPDX-License-Identifier: MPL-2.0
// Our help: one page per language (extension/help/<lang>/org.gongwen.assistant/gongwen.xhp),
// compiled by LibreOffice when the extension is installed and addressed by help IDs
// ("org.gongwen.help.<topic>"): a dialog's topic is its .xdl name, the overview is "index".
#pragma once

#include <core/common/help_pages.hpp>
#include <core/common/language.hpp>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

using rtl::OUString;

#include <string_view>

namespace gongwen::ext
{

/// How this office shows our help: core::helpViewerFor its version. Never throws.
core::HelpViewer
helpViewer(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// Whether the office's help provider can show our pages: only where helpViewer() is OfficeHelp
/// and the provider has main_transform.xsl in its help folder, which comes with LibreOffice's help
/// packages (Debian: libreoffice-help-common). Without it the office crashes while rendering, so
/// no help ID of ours is handed out then.
bool helpCanBeShown(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

/// The file URL of the HTML page of `topic` in the package (help-html/LANGUAGE/PAGE.html), empty
/// when the package lists no page for it. Throws what the file access throws.
OUString htmlHelpPageUrl(const css::uno::Reference<css::uno::XComponentContext>& context,
                         std::u16string_view topic, core::Language language);

/// "org.gongwen.help.<topic>".
OUString helpId(std::u16string_view topic);

/// The help provider's URL of a topic in the given language.
OUString helpUrl(std::u16string_view topic, core::Language language);

/// Gives a dialog, options page or panel (its control, its model or its window peer) the help ID of
/// `topic`, so F1 inside it opens that section — only when helpCanBeShown(). Never throws.
void offerHelp(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::uno::XInterface>& controlOrModel,
               std::u16string_view topic) noexcept;

} // namespace gongwen::ext
