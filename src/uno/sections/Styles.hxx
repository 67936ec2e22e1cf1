// The report paragraph styles (公文标题, 一级标题 …), created in a document when missing.
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/language.hpp>
#include <core/layout/styles.hpp>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

struct FontSubstitution
{
    OUString style;    // 公文标题
    OUString fontRole; // 小标宋
    OUString font;     // the font used instead, empty if none was found
};

/// The style's name in the document: the UI language's name.
OUString officialStyleName(core::StyleRole role, core::Language language);

/// Creates the missing official styles; styles that exist already are left as they are.
/// Returns the fonts substituted in the styles it created.
std::vector<FontSubstitution> ensureOfficialStyles(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                   const css::uno::Reference<css::text::XTextDocument>& document,
                                                   core::Language language);

} // namespace gongwen::ext
