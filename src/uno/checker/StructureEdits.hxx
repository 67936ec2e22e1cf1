// The document changes behind 修正 and 全部重新编号, each one undo step.
#pragma once

#include "../common/DocumentText.hxx"

#include <language.hpp>
#include <renumber.hpp>

namespace gongwen::ext
{

/// Renumbers headings and item runs; returns the number of places changed.
sal_Int32 renumberDocument(const css::uno::Reference<css::text::XTextDocument>& document, core::Language language);

/// Replaces [start, start + length) of body element `paragraph` with `replacement` after
/// checking that the range still exists; throws IllegalArgumentException otherwise.
void replaceInParagraph(const css::uno::Reference<css::text::XTextDocument>& document,
                        const std::vector<BodyElement>& body, sal_Int32 paragraph, sal_Int32 start,
                        sal_Int32 length, const OUString& replacement, core::Language language);

} // namespace gongwen::ext
