// SPDX-License-Identifier: MPL-2.0
// The body text of a Writer document as the checker sees it: one entry per top-level element.
// A paragraph's text is what the user sees: its automatic list label ("一." made by list or
// outline numbering) followed by its current text — tracked deletions left out, tracked
// insertions in, fields as shown. Offsets into it map back to document positions here.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <string_view>
#include <vector>

namespace gongwen::ext
{

/// A run of a paragraph's visible text and where it lies in the document.
struct TextPiece
{
    sal_Int32 start = 0; // in BodyElement::ownText()
    sal_Int32 length = 0;
    css::uno::Reference<css::text::XTextRange> range;
    bool atomic = false; // a field: one position in the document, however long its text
};

struct BodyElement
{
    css::uno::Reference<css::text::XTextRange> paragraph; // empty for a text table
    css::uno::Reference<css::text::XTextTable> table;     // the text table, or empty
    OUString text;             // list label + visible text; "" for a text table
    sal_Int32 labelLength = 0; // leading units of `text` that are an automatic list label
    /// Empty when the paragraph has no tracked changes or fields to account for: then its own
    /// text is the paragraph's plain text, one document position per code point.
    std::vector<TextPiece> pieces;

    /// The text after the list label: what the user typed and can edit.
    std::u16string_view ownText() const
    {
        return toView(text).substr(static_cast<std::size_t>(labelLength));
    }
};

/// Paragraphs and tables of the body text in order. `progress` (may be empty) is advanced.
std::vector<BodyElement> readBody(const css::uno::Reference<css::text::XTextDocument>& document,
                                  const css::uno::Reference<css::task::XStatusIndicator>& progress);

/// The checker's input: each element's whole text (labels included), and the label lengths.
std::vector<std::u16string_view> paragraphViews(const std::vector<BodyElement>& body);
std::vector<std::size_t> labelLengths(const std::vector<BodyElement>& body);

/// A cursor selecting UTF-16 units [start, start + length) of an element's ownText(). A range
/// that begins or ends inside a field takes in the whole field.
css::uno::Reference<css::text::XTextCursor>
selectInParagraph(const css::uno::Reference<css::text::XTextDocument>& document,
                  const BodyElement& element, sal_Int32 start, sal_Int32 length);

} // namespace gongwen::ext
