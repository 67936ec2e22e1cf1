// SPDX-License-Identifier: MPL-2.0
// The section templates: built into the extension (templates/*.gwt) and the user's own
// ($(user)/gongwen/templates/*.gwt), read with the office's file access.
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/language.hpp>
#include <core/sections/templates.hpp>

#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

struct LoadedCatalog
{
    std::vector<core::SectionTemplate> templates; // built-in first, then the user's
    std::vector<OUString> problems;               // unreadable user templates, for the user
};

LoadedCatalog loadCatalog(const css::uno::Reference<css::uno::XComponentContext>& context,
                          core::Language language);

/// file URL of the folder where users put their own templates.
OUString userTemplateFolder(const css::uno::Reference<css::uno::XComponentContext>& context);

const core::SectionTemplate* findTemplate(const LoadedCatalog& catalog, std::string_view id);

inline OUString pick(core::Language language, const std::u16string& zh, const std::u16string& en)
{
    return toOUString(language == core::Language::ChineseSimplified || en.empty() ? zh : en);
}

} // namespace gongwen::ext
