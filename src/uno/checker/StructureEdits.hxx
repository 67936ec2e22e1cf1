// SPDX-License-Identifier: MPL-2.0
// The document changes behind 修正 and 全部重新编号, each one undo step that is refused on a
// read-only document or protected text and leaves the document unchanged when it fails.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "../common/CheckSettings.hxx"
#include "../common/DocumentText.hxx"

#include <core/checker/renumber.hpp>
#include <core/common/language.hpp>

#include <string>

namespace gongwen::ext
{

/// Renumbers headings and item runs; returns the number of places changed.
sal_Int32 renumberDocument(const css::uno::Reference<css::text::XTextDocument>& document,
                           const core::CheckOptions& options, core::Language language);

/// Where a finding was made and what is to replace its text.
struct FindingFix
{
    std::string ruleId;
    sal_Int32 paragraph = 0, start = 0, length = 0;
    OUString replacement;
};

/// Replaces the text of a finding after reading the document again: the checker must still
/// find the same rule at the same place with `replacement` among its suggestions, otherwise
/// IllegalArgumentException "文档已修改，请重新检查" — the text there is no longer what was found.
/// `options`: those the finding was made with (checkOptions).
void applyFix(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::text::XTextDocument>& document, const FindingFix& fix,
              const core::CheckOptions& options, core::Language language);

} // namespace gongwen::ext
