// SPDX-License-Identifier: MPL-2.0
#include "DocumentText.hxx"
#include "ApiGuard.hxx"

#include <com/sun/star/text/XTextTable.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XFootnotesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>

#include <rtl/ustrbuf.hxx>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

// Writer cursors move by characters, and a surrogate pair is one character.
sal_Int32 codePoints(std::u16string_view text)
{
    sal_Int32 count = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(i > 0 && text[i] >= 0xDC00 && text[i] <= 0xDFFF && text[i - 1] >= 0xD800 &&
              text[i - 1] <= 0xDBFF))
            ++count;
    return count;
}

// goRight takes a 16-bit count; long paragraphs need several moves.
void moveRight(const uno::Reference<text::XTextCursor>& cursor, sal_Int32 steps, bool expand)
{
    while (steps > 0)
    {
        const auto chunk = static_cast<sal_Int16>(std::min<sal_Int32>(steps, SAL_MAX_INT16));
        cursor->goRight(chunk, expand);
        steps -= chunk;
    }
}

bool hasElements(const uno::Reference<uno::XInterface>& collection)
{
    uno::Reference<container::XEnumerationAccess> access(collection, uno::UNO_QUERY);
    return access.is() && access->createEnumeration()->hasMoreElements();
}

// Whether any paragraph may hold text that getString() reports differently from what the
// user sees or from document positions: tracked changes, fields, footnote anchors. Documents
// without them (most drafts) are read with one getString() per paragraph.
bool needsPortions(const uno::Reference<text::XTextDocument>& document)
{
    uno::Reference<document::XRedlinesSupplier> redlines(document, uno::UNO_QUERY);
    if (redlines.is() && hasElements(redlines->getRedlines()))
        return true;
    uno::Reference<text::XTextFieldsSupplier> fields(document, uno::UNO_QUERY);
    if (fields.is() && hasElements(fields->getTextFields()))
        return true;
    uno::Reference<text::XFootnotesSupplier> footnotes(document, uno::UNO_QUERY);
    return footnotes.is() && footnotes->getFootnotes()->getCount() > 0;
}

OUString stringProperty(const uno::Reference<beans::XPropertySet>& properties, const char* name)
{
    OUString value;
    properties->getPropertyValue(ascii(name)) >>= value;
    return value;
}

// The visible text of a paragraph from its text portions: tracked deletions are skipped,
// fields count as their shown text (one document position), footnote anchors and other
// marks are not text.
void readPortions(const uno::Reference<text::XTextRange>& paragraph, rtl::OUStringBuffer& text,
                  std::vector<TextPiece>& pieces)
{
    uno::Reference<container::XEnumerationAccess> access(paragraph, uno::UNO_QUERY);
    if (!access.is())
        return;
    const sal_Int32 base = text.getLength();
    int deletionDepth = 0;
    uno::Reference<container::XEnumeration> portions = access->createEnumeration();
    while (portions->hasMoreElements())
    {
        uno::Reference<beans::XPropertySet> portion(portions->nextElement(), uno::UNO_QUERY);
        uno::Reference<text::XTextRange> range(portion, uno::UNO_QUERY);
        if (!portion.is() || !range.is())
            continue;
        const OUString type = stringProperty(portion, "TextPortionType");
        if (type == "Redline")
        {
            if (stringProperty(portion, "RedlineType") == "Delete")
            {
                bool isStart = false;
                bool collapsed = false;
                portion->getPropertyValue(ascii("IsStart")) >>= isStart;
                portion->getPropertyValue(ascii("IsCollapsed")) >>= collapsed;
                if (!collapsed)
                    deletionDepth = std::max(0, deletionDepth + (isStart ? 1 : -1));
            }
            continue;
        }
        const bool isText = type == "Text";
        if (deletionDepth > 0 || (!isText && type != "TextField"))
            continue;
        const OUString shown = range->getString();
        if (shown.isEmpty())
            continue;
        pieces.push_back(TextPiece{text.getLength() - base, shown.getLength(), range, !isText});
        text.append(shown);
    }
}

BodyElement readParagraph(const uno::Reference<text::XTextRange>& paragraph, bool portions)
{
    BodyElement element;
    element.paragraph = paragraph;
    uno::Reference<beans::XPropertySet> properties(paragraph, uno::UNO_QUERY);
    OUString label;
    if (properties.is())
        properties->getPropertyValue(ascii("ListLabelString")) >>= label;
    element.labelLength = label.getLength();
    if (!portions)
    {
        element.text = label + paragraph->getString();
        return element;
    }
    rtl::OUStringBuffer text(label);
    readPortions(paragraph, text, element.pieces);
    element.text = text.makeStringAndClear();
    return element;
}

// Where offset `at` of an element's own text lies: a range to start from and the characters
// to move right from there. `rangeEnd`: the position ends a range (a boundary between two
// pieces belongs to the earlier one, so that text left out between them is not taken in).
std::pair<uno::Reference<text::XTextRange>, sal_Int32> positionOf(const BodyElement& element,
                                                                  sal_Int32 at, bool rangeEnd)
{
    if (element.pieces.empty())
        return {element.paragraph->getStart(),
                codePoints(element.ownText().substr(0, static_cast<std::size_t>(at)))};
    const TextPiece* chosen = &element.pieces.back();
    for (const TextPiece& piece : element.pieces)
        if (rangeEnd ? at <= piece.start + piece.length : at < piece.start + piece.length)
        {
            chosen = &piece;
            break;
        }
    const sal_Int32 inside = std::clamp(at - chosen->start, 0, chosen->length);
    if (chosen->atomic)
    {
        const bool after = inside == chosen->length || (rangeEnd && inside > 0);
        return {after ? chosen->range->getEnd() : chosen->range->getStart(), 0};
    }
    const std::u16string_view pieceText = element.ownText().substr(
        static_cast<std::size_t>(chosen->start), static_cast<std::size_t>(inside));
    return {chosen->range->getStart(), codePoints(pieceText)};
}

} // namespace

std::vector<BodyElement> readBody(const uno::Reference<text::XTextDocument>& document,
                                  const uno::Reference<task::XStatusIndicator>& progress)
{
    if (!document.is())
        throw lang::IllegalArgumentException(ascii("document is null"),
                                             uno::Reference<uno::XInterface>(), 0);
    requireOpen(document, 0);
    const bool portions = needsPortions(document);
    uno::Reference<container::XEnumerationAccess> access(document->getText(), uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    std::vector<BodyElement> body;
    while (elements->hasMoreElements())
    {
        // The body text enumerates paragraphs and tables only; asking for the table interface
        // is much cheaper than comparing service names.
        const uno::Any element = elements->nextElement();
        uno::Reference<text::XTextTable> table(element, uno::UNO_QUERY);
        uno::Reference<text::XTextRange> paragraph(element, uno::UNO_QUERY);
        if (!table.is() && paragraph.is())
            body.push_back(readParagraph(paragraph, portions));
        else
        {
            body.emplace_back();
            body.back().table = table;
        }
        if (progress.is() && body.size() % 256 == 0)
            progress->setValue(static_cast<sal_Int32>(body.size()));
    }
    return body;
}

std::vector<std::u16string_view> paragraphViews(const std::vector<BodyElement>& body)
{
    std::vector<std::u16string_view> views;
    views.reserve(body.size());
    for (const BodyElement& e : body)
        views.push_back(toView(e.text));
    return views;
}

std::vector<std::size_t> labelLengths(const std::vector<BodyElement>& body)
{
    std::vector<std::size_t> lengths;
    lengths.reserve(body.size());
    for (const BodyElement& e : body)
        lengths.push_back(static_cast<std::size_t>(e.labelLength));
    return lengths;
}

uno::Reference<text::XTextCursor>
selectInParagraph(const uno::Reference<text::XTextDocument>& document, const BodyElement& element,
                  sal_Int32 start, sal_Int32 length)
{
    if (!element.paragraph.is())
        throw uno::RuntimeException(ascii("not a paragraph"));
    uno::Reference<text::XText> text = document->getText();
    const auto [from, fromSteps] = positionOf(element, start, false);
    const auto [to, toSteps] = positionOf(element, start + length, true);
    uno::Reference<text::XTextCursor> end = text->createTextCursorByRange(to);
    moveRight(end, toSteps, false);
    uno::Reference<text::XTextCursor> cursor = text->createTextCursorByRange(from);
    moveRight(cursor, fromSteps, false);
    cursor->gotoRange(end->getStart(), true);
    return cursor;
}

} // namespace gongwen::ext
