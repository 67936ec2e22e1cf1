#include "StructureEdits.hxx"

#include "../common/UiStrings.hxx"
#include "../common/UndoContext.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

using namespace css;

namespace gongwen::ext
{

sal_Int32 renumberDocument(const uno::Reference<text::XTextDocument>& document, core::Language language)
{
    const std::vector<BodyElement> body = readBody(document, uno::Reference<task::XStatusIndicator>());
    const auto edits = core::renumberingEdits(paragraphViews(body), labelLengths(body));
    if (edits.empty())
        return 0;
    UndoContext undo(document, uiText(language, UiText::UndoRenumber));
    for (const core::TextEdit& e : edits) // each paragraph from its end: offsets stay valid
        selectInParagraph(document, body[e.paragraph], static_cast<sal_Int32>(e.start),
                          static_cast<sal_Int32>(e.length))
            ->setString(toOUString(e.replacement));
    return static_cast<sal_Int32>(edits.size());
}

void replaceInParagraph(const uno::Reference<text::XTextDocument>& document, const std::vector<BodyElement>& body,
                        sal_Int32 paragraph, sal_Int32 start, sal_Int32 length, const OUString& replacement,
                        core::Language language)
{
    const bool fits = paragraph >= 0 && static_cast<std::size_t>(paragraph) < body.size() &&
                      body[static_cast<std::size_t>(paragraph)].paragraph.is() && start >= 0 && length >= 0 &&
                      static_cast<std::size_t>(start) + static_cast<std::size_t>(length) <=
                          body[static_cast<std::size_t>(paragraph)].ownText().size();
    if (!fits)
        throw lang::IllegalArgumentException(ascii("the finding does not fit the document (check it again)"),
                                             uno::Reference<uno::XInterface>(), 1);
    UndoContext undo(document, uiText(language, UiText::UndoFix));
    selectInParagraph(document, body[static_cast<std::size_t>(paragraph)], start, length)->setString(replacement);
}

} // namespace gongwen::ext
