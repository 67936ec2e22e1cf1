#include "DocumentText.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

// Writer cursors move by characters, and a surrogate pair is one character. Count the steps that `units` UTF-16 units of `text` take from `from`.
sal_Int32 cursorSteps(const OUString& text, sal_Int32 from, sal_Int32 units)
{
    sal_Int32 index = from;
    const sal_Int32 end = std::min(from + units, text.getLength());
    sal_Int32 steps = 0;
    while (index < end)
    {
        text.iterateCodePoints(&index);
        ++steps;
    }
    return steps;
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

} // namespace

std::vector<BodyElement> readBody(const uno::Reference<text::XTextDocument>& document,
                                  const uno::Reference<task::XStatusIndicator>& progress)
{
    if (!document.is())
        throw lang::IllegalArgumentException(ascii("document is null"), uno::Reference<uno::XInterface>(), 0);
    uno::Reference<container::XEnumerationAccess> access(document->getText(), uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    std::vector<BodyElement> body;
    while (elements->hasMoreElements())
    {
        uno::Reference<lang::XServiceInfo> info(elements->nextElement(), uno::UNO_QUERY);
        BodyElement element;
        if (info.is() && info->supportsService(ascii("com.sun.star.text.Paragraph")))
        {
            element.paragraph.set(info, uno::UNO_QUERY);
            if (element.paragraph.is())
                element.text = element.paragraph->getString();
        }
        body.push_back(std::move(element));
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

uno::Reference<text::XTextCursor> selectInParagraph(const uno::Reference<text::XTextDocument>& document,
                                                   const BodyElement& element, sal_Int32 start, sal_Int32 length)
{
    if (!element.paragraph.is())
        throw uno::RuntimeException(ascii("not a paragraph"));
    uno::Reference<text::XText> text = document->getText();
    uno::Reference<text::XTextCursor> cursor = text->createTextCursorByRange(element.paragraph->getStart());
    moveRight(cursor, cursorSteps(element.text, 0, start), false);
    moveRight(cursor, cursorSteps(element.text, start, length), true);
    return cursor;
}

} // namespace gongwen::ext
