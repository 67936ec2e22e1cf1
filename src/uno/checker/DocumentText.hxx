// The body text of a Writer document as the checker sees it: one entry per top-level element.
#pragma once

#include "../common/StringConv.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <string_view>
#include <vector>

namespace gongwen::ext
{

struct BodyElement
{
    css::uno::Reference<css::text::XTextRange> paragraph; // empty for a text table
    OUString text;                                        // "" for a text table
};

/// Paragraphs and tables of the body text in order. `progress` (may be empty) is advanced.
std::vector<BodyElement> readBody(const css::uno::Reference<css::text::XTextDocument>& document,
                                  const css::uno::Reference<css::task::XStatusIndicator>& progress);

std::vector<std::u16string_view> paragraphViews(const std::vector<BodyElement>& body);

/// A cursor selecting UTF-16 units [start, start + length) of a paragraph.
css::uno::Reference<css::text::XTextCursor>
selectInParagraph(const css::uno::Reference<css::text::XTextDocument>& document, const BodyElement& element,
                  sal_Int32 start, sal_Int32 length);

} // namespace gongwen::ext
