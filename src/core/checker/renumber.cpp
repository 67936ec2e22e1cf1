// SPDX-License-Identifier: MPL-2.0
#include <core/checker/renumber.hpp>

#include <core/checker/document.hpp>
#include <core/text/numerals.hpp>

#include <algorithm>
#include <array>

namespace gongwen::core
{
namespace
{

void renumberHeadings(const DocumentOutline& doc, std::vector<TextEdit>& edits)
{
    std::array<int, 4> count{};
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        const auto& h = doc.outlines[p].heading;
        if (!h)
            continue;
        const std::size_t level = static_cast<std::size_t>(h->level) - 1;
        const int number = ++count[level];
        for (std::size_t k = level + 1; k < count.size(); ++k)
            count[k] = 0;
        if (number > kMaxChineseNumeral)
            continue; // beyond what Chinese numerals here can spell: leave it as written
        std::u16string marker = headingMarker(h->level, number, doc.options);
        if (doc.paragraphs[p].substr(h->markerStart, h->markerLength) != marker)
            edits.push_back(TextEdit{p, h->markerStart, h->markerLength, std::move(marker)});
    }
}

void renumberItems(const DocumentOutline& doc, std::vector<TextEdit>& edits)
{
    for (const ItemRun& run : doc.runs)
    {
        if (run.family == ItemFamily::Sequence)
            continue; // 首先/其次/最后 are words, not numbers
        int number = 0;
        for (const ItemRef& ref : run.items)
        {
            const ItemMarker& item = doc.item(ref);
            if (++number > kMaxChineseNumeral)
                break;
            std::u16string numeral = formatChineseNumeral(number);
            if (doc.paragraphs[ref.paragraph].substr(item.numberStart, item.numberLength) !=
                numeral)
                edits.push_back(TextEdit{ref.paragraph, item.numberStart, item.numberLength,
                                         std::move(numeral)});
        }
    }
}

} // namespace

std::vector<TextEdit> renumberingEdits(const std::vector<std::u16string_view>& paragraphs,
                                       const CheckOptions& options)
{
    const DocumentOutline doc = readDocument(paragraphs, options);
    std::vector<TextEdit> edits;
    renumberHeadings(doc, edits);
    renumberItems(doc, edits);
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit& a, const TextEdit& b) {
                  return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start > b.start;
              });
    return edits;
}

std::vector<TextEdit> editsOutsideLabels(std::vector<TextEdit> edits,
                                         const std::vector<std::size_t>& labelLengths)
{
    std::vector<TextEdit> kept;
    kept.reserve(edits.size());
    for (TextEdit& e : edits)
    {
        const std::size_t label = labelLengthOf(labelLengths, e.paragraph);
        if (e.start < label)
            continue;
        e.start -= label;
        kept.push_back(std::move(e));
    }
    return kept;
}

std::vector<TextEdit> renumberingEdits(const std::vector<std::u16string_view>& paragraphs,
                                       const std::vector<std::size_t>& labelLengths,
                                       const CheckOptions& options)
{
    return editsOutsideLabels(renumberingEdits(paragraphs, options), labelLengths);
}

void applyEdits(std::vector<std::u16string>& paragraphs, const std::vector<TextEdit>& edits)
{
    for (const TextEdit& e : edits)
        paragraphs.at(e.paragraph).replace(e.start, e.length, e.replacement);
}

} // namespace gongwen::core
