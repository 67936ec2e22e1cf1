// SPDX-License-Identifier: MPL-2.0
#include "SectionInserter.hxx"
#include "../common/ApiGuard.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/beans/XMultiPropertyStates.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <stdexcept>

using namespace css;

namespace gongwen::ext
{
namespace
{

// The index of the body paragraph that contains `at`, and whether `at` is at its start.
std::pair<std::size_t, bool> locate(const uno::Reference<text::XTextDocument>& document,
                                    const std::vector<BodyElement>& body,
                                    const uno::Reference<text::XTextRange>& at,
                                    core::Language language)
{
    uno::Reference<text::XTextRangeCompare> compare(document->getText(), uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i < body.size(); ++i)
    {
        if (!body[i].paragraph.is())
            continue;
        try
        {
            const auto start = body[i].paragraph->getStart(), end = body[i].paragraph->getEnd();
            if (compare->compareRegionStarts(start, at) >= 0 &&
                compare->compareRegionStarts(at, end) >= 0)
                return {i, compare->compareRegionStarts(at, start) == 0};
        }
        catch (const lang::IllegalArgumentException&)
        {
            break; // `at` is in another text: a table cell, frame, header …
        }
    }
    refuse(uiText(language, UiText::SectionsOutsideBody), 1);
}

// Gives a just-inserted paragraph (selected by `range`) its style and nothing else.
void styleParagraph(const uno::Reference<text::XTextCursor>& range,
                    const core::PlannedParagraph& paragraph)
{
    uno::Reference<beans::XMultiPropertyStates>(range, uno::UNO_QUERY_THROW)
        ->setAllPropertiesToDefault();
    uno::Reference<beans::XPropertySet> props(range, uno::UNO_QUERY_THROW);
    props->setPropertyValue(
        ascii("ParaStyleName"),
        uno::Any(officialStyleName(core::styleRoleFor(paragraph.role, paragraph.headingLevel))));
}

// The 7.4 SDK's Reference has no implicit up-cast: go through the raw pointer.
uno::Reference<text::XTextRange> asRange(const uno::Reference<text::XParagraphCursor>& c)
{
    return c.get();
}
uno::Reference<text::XTextCursor> asCursor(const uno::Reference<text::XParagraphCursor>& c)
{
    return c.get();
}

uno::Reference<text::XParagraphCursor> cursorAt(const uno::Reference<text::XText>& text,
                                                const uno::Reference<text::XTextRange>& position)
{
    return uno::Reference<text::XParagraphCursor>(text->createTextCursorByRange(position),
                                                  uno::UNO_QUERY_THROW);
}

// New paragraphs in front of `next`: each is typed at its start and split off.
void insertBefore(const uno::Reference<text::XText>& text, const BodyElement& next,
                  const std::vector<core::PlannedParagraph>& paragraphs, bool fillNext)
{
    auto cursor = cursorAt(text, next.paragraph->getStart());
    for (std::size_t j = 0; j < paragraphs.size(); ++j)
    {
        writePoint();
        text->insertString(asRange(cursor), toOUString(paragraphs[j].text), false);
        const bool last = j + 1 == paragraphs.size();
        if (last && fillNext)
        {
            auto range = cursorAt(text, asRange(cursor));
            range->gotoStartOfParagraph(false);
            range->gotoEndOfParagraph(true);
            styleParagraph(asCursor(range), paragraphs[j]);
            return;
        }
        text->insertControlCharacter(asRange(cursor), text::ControlCharacter::PARAGRAPH_BREAK,
                                     false);
        auto range = cursorAt(text, asRange(cursor));
        range->gotoPreviousParagraph(false);
        range->gotoEndOfParagraph(true);
        styleParagraph(asCursor(range), paragraphs[j]);
    }
}

// New paragraphs after `previous`: each is split off its end and typed.
void insertAfter(const uno::Reference<text::XText>& text, const BodyElement& previous,
                 const std::vector<core::PlannedParagraph>& paragraphs)
{
    auto cursor = cursorAt(text, previous.paragraph->getEnd());
    for (const core::PlannedParagraph& p : paragraphs)
    {
        writePoint();
        text->insertControlCharacter(asRange(cursor), text::ControlCharacter::PARAGRAPH_BREAK,
                                     false);
        text->insertString(asRange(cursor), toOUString(p.text), false);
        auto range = cursorAt(text, asRange(cursor));
        range->gotoStartOfParagraph(true);
        styleParagraph(asCursor(range), p);
    }
}

} // namespace

InsertionTarget planSectionInsertion(const uno::Reference<text::XTextDocument>& document,
                                     const uno::Reference<text::XTextRange>& at,
                                     const core::SectionTemplate& tpl, int level, int itemCount,
                                     const core::CheckOptions& options, core::Language language)
{
    if (!at.is())
        refuse(uiText(language, UiText::SectionsOutsideBody), 1);
    InsertionTarget target;
    target.body = readBody(document, uno::Reference<task::XStatusIndicator>());
    const auto [paragraph, atStart] = locate(document, target.body, at, language);
    const bool empty = target.body[paragraph].text.isEmpty();
    const std::size_t insertAt = atStart || empty ? paragraph : paragraph + 1;
    try
    {
        target.plan = core::planInsertion(paragraphViews(target.body), insertAt, tpl, level,
                                          itemCount, options);
        target.plan.existingEdits = core::editsOutsideLabels(std::move(target.plan.existingEdits),
                                                             labelLengths(target.body));
    }
    catch (const std::invalid_argument&)
    {
        refuse(uiText(language, UiText::SectionsBadCount), 3);
    }
    target.fillEmptyParagraph = empty && target.plan.insertAt == paragraph;
    return target;
}

std::vector<FontSubstitution> insertSection(const uno::Reference<uno::XComponentContext>& context,
                                            const uno::Reference<text::XTextDocument>& document,
                                            const InsertionTarget& target, core::Language language)
{
    const auto& body = target.body;
    const std::size_t k = target.plan.insertAt;
    const bool before = k < body.size() && body[k].paragraph.is();
    if (!before && (k == 0 || !body[k - 1].paragraph.is()))
        refuse(uiText(language, UiText::SectionsOutsideBody), 1); // between two tables
    requireUnprotected(before ? body[k].paragraph : body[k - 1].paragraph, language);
    for (const core::TextEdit& e : target.plan.existingEdits)
        requireUnprotected(body[e.paragraph].paragraph, language);
    DocumentEdit edit(document, uiText(language, UiText::UndoInsertSection), language);
    auto substitutions = ensureOfficialStyles(context, document, language);
    for (const core::TextEdit& e : target.plan.existingEdits)
    {
        writePoint();
        selectInParagraph(document, body[e.paragraph], static_cast<sal_Int32>(e.start),
                          static_cast<sal_Int32>(e.length))
            ->setString(toOUString(e.replacement));
    }
    const uno::Reference<text::XText> text = document->getText();
    if (before)
        insertBefore(text, body[k], target.plan.paragraphs, target.fillEmptyParagraph);
    else
        insertAfter(text, body[k - 1], target.plan.paragraphs);
    return substitutions;
}

} // namespace gongwen::ext
