// SPDX-License-Identifier: MPL-2.0
// The report paragraph styles (公文标题, 一级标题 …), created in a document when missing.
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/language.hpp>
#include <core/layout/styles.hpp>

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <vector>

namespace gongwen::ext
{

struct FontSubstitution
{
    OUString style;    // 公文标题
    OUString fontRole; // 小标宋
    OUString font;     // the font used instead, empty if none was found
};

/// A style family of the document ("ParagraphStyles", "PageStyles" …).
css::uno::Reference<css::container::XNameContainer>
styleFamily(const css::uno::Reference<css::text::XTextDocument>& document, const char* family);

/// A white hairline side border: Word pads a paragraph sideways only inside side borders, so a
/// paragraph whose padding sits inside its lines (版记, the 签发人 line) carries it on these,
/// unseen on paper, through a .docx or .doc round trip.
css::table::BorderLine2 paddingLine();

/// The style's name in the document (the same under every UI language).
OUString officialStyleName(core::StyleRole role);

/// Creates the missing official styles; styles that exist already are left as they are, and one
/// that exists only under its legacy English name is renamed. Returns the fonts substituted in
/// the styles it created.
std::vector<FontSubstitution>
ensureOfficialStyles(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::text::XTextDocument>& document,
                     core::Language language);

/// What 一键排版 did to the styles.
struct StylesApplied
{
    std::vector<FontSubstitution> substitutions;
    std::vector<OUString> createdParagraphStyles, createdCharacterStyles;
};

/// Creates the official paragraph styles that are missing and sets every one as `profile`
/// wants it (Writer's undo records both); also the character styles that give a run-in
/// heading's sentence its heading's font. A style under its legacy English name is renamed (or,
/// when the Chinese one exists too, its paragraphs move to that one and it is removed).
StylesApplied applyOfficialStyles(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const css::uno::Reference<css::text::XTextDocument>& document,
                                  const core::LayoutProfile& profile, core::Language language);

/// Removes the styles under legacy English names that no text uses any more (after 一键排版 has
/// moved every paragraph to the Chinese-named ones).
void removeUnusedLegacyStyles(const css::uno::Reference<css::text::XTextDocument>& document);

/// The character style of a run-in heading of `role` (a heading style role).
OUString runInStyleName(core::StyleRole role);

/// The family each official style's font shows in here: the font when installed, else the
/// installed substitute the office's font replacement table gives it, else "" (the office's own
/// fallback). Fonts and table are read once, when called.
std::function<std::u16string(core::StyleRole)>
renderedFonts(const css::uno::Reference<css::uno::XComponentContext>& context);

/// An installed font among `candidates`, or "" (the font list is read once per call site).
OUString installedFontAmong(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const std::vector<std::u16string_view>& candidates);

} // namespace gongwen::ext
