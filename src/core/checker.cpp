#include "checker.hpp"

#include "document.hpp"
#include "rules.hpp"
#include "text.hpp"

#include <algorithm>

namespace gongwen::core
{
namespace
{

using DocumentRule = void (*)(const DocumentOutline&, Findings&);
using ParagraphRule = void (*)(std::size_t, std::u16string_view, Findings&);

constexpr DocumentRule kDocumentRules[] = {
    checkHeadingForms,
    checkHeadingSequence,
    checkItemSequence,
    checkItemCounts,
};

constexpr ParagraphRule kParagraphRules[] = {
    checkPlaceholders,
    checkHalfwidthPunctuation,
    checkPairedPunctuation,
};

} // namespace

std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const CheckOptions& options)
{
    Findings findings;
    const DocumentOutline doc = readDocument(paragraphs, options);
    for (DocumentRule rule : kDocumentRules)
        rule(doc, findings);
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
        for (ParagraphRule rule : kParagraphRules)
            rule(p, paragraphs[p], findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
    });
    return findings;
}

std::vector<Finding> checkText(std::u16string_view text, const CheckOptions& options)
{
    return checkParagraphs(splitParagraphs(text), options);
}

} // namespace gongwen::core
