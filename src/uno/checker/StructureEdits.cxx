// SPDX-License-Identifier: MPL-2.0
#include "StructureEdits.hxx"
#include "../statistics/DataChecks.hxx"
#include "../statistics/StatisticsFill.hxx"

#include <core/text/text.hpp>

#include "../common/ApiGuard.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/UiStrings.hxx"

#include <core/checker/checker.hpp>

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

std::vector<BodyElement> currentBody(const uno::Reference<text::XTextDocument>& document,
                                     core::Language language)
{
    requireEditable(document, language); // before reading: a read-only document is never touched
    return readBody(document, uno::Reference<task::XStatusIndicator>());
}

bool sameFinding(const core::Finding& found, const FindingFix& fix)
{
    return found.ruleId == fix.ruleId &&
           found.paragraph == static_cast<std::size_t>(fix.paragraph) &&
           found.start == static_cast<std::size_t>(fix.start) &&
           found.length == static_cast<std::size_t>(fix.length) &&
           std::find(found.suggestions.begin(), found.suggestions.end(), toView(fix.replacement)) !=
               found.suggestions.end();
}

} // namespace

sal_Int32 renumberDocument(const uno::Reference<text::XTextDocument>& document,
                           const core::CheckOptions& options, core::Language language)
{
    const std::vector<BodyElement> body = currentBody(document, language);
    const auto edits = core::renumberingEdits(paragraphViews(body), labelLengths(body), options);
    if (edits.empty())
        return 0;
    for (const core::TextEdit& e : edits) // all or nothing: no renumbering around protected text
        requireUnprotected(body[e.paragraph].paragraph, language);
    DocumentEdit edit(document, uiText(language, UiText::UndoRenumber), language);
    for (const core::TextEdit& e : edits) // each paragraph from its end: offsets stay valid
    {
        writePoint();
        selectInParagraph(document, body[e.paragraph], static_cast<sal_Int32>(e.start),
                          static_cast<sal_Int32>(e.length))
            ->setString(toOUString(e.replacement));
    }
    return static_cast<sal_Int32>(edits.size());
}

void applyFix(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<text::XTextDocument>& document, const FindingFix& fix,
              const core::CheckOptions& options, core::Language language)
{
    const std::vector<BodyElement> body = currentBody(document, language);
    auto findings = core::checkParagraphs(paragraphViews(body), labelLengths(body), options);
    if (fix.ruleId == core::rule::kDataWorkbook)
        addOfficeDataFindings(context, document, body, options, language, findings);
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const core::Finding& f) { return sameFinding(f, fix); });
    if (found == findings.end())
        refuse(uiText(language, UiText::EditStale), 1);
    const uno::Reference<text::XTextRange> target(
        selectInParagraph(document, body[static_cast<std::size_t>(fix.paragraph)], fix.start,
                          fix.length),
        uno::UNO_QUERY_THROW);
    // A figure that contradicts the linked workbook becomes the workbook's figure field, kept
    // up to date by 更新统计数据 from then on (one undo step, like 插入统计数字).
    if (!found->indicator.empty())
    {
        const OUString writtenText = target->getString();
        const std::u16string_view written = toView(writtenText);
        const bool chinese = std::none_of(written.begin(), written.end(),
                                          [](char16_t c) { return core::isDigit(c); });
        insertFigureField(context, document, target, toOUString(found->indicator),
                          chinese ? core::FigureFormat::Chinese : core::FigureFormat::AsInCalc,
                          language);
        return;
    }
    requireUnprotected(target, language);
    DocumentEdit edit(document, uiText(language, UiText::UndoFix), language);
    writePoint();
    target->setString(fix.replacement);
}

} // namespace gongwen::ext
