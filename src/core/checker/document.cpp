// SPDX-License-Identifier: MPL-2.0
#include <core/checker/document.hpp>

#include <core/common/parallel.hpp>
#include <core/text/text.hpp>

#include <array>

namespace gongwen::core
{
namespace
{

constexpr std::size_t kFamilies = 4;
constexpr std::size_t kNoRun = static_cast<std::size_t>(-1);

struct FamilyState
{
    int last = 0;             // number of the previous item in the current run, 0 = none
    std::size_t run = kNoRun; // index of the current run
};

void assignRuns(DocumentOutline& doc)
{
    std::array<FamilyState, kFamilies> state{};
    doc.runOfItem.resize(doc.paragraphs.size());
    doc.expectedNumber.resize(doc.paragraphs.size());
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        if (doc.outlines[p].heading)
            state.fill(FamilyState{});
        for (std::size_t i = 0; i < doc.outlines[p].items.size(); ++i)
        {
            ItemMarker& item = doc.outlines[p].items[i];
            FamilyState& s = state[static_cast<std::size_t>(item.family)];
            if (item.number == 0) // 最后: the one after the previous item
                item.number = s.last + 1;
            const int expected = s.run == kNoRun ? 1 : s.last + 1;
            if (item.number == 1 || s.run == kNoRun)
            {
                doc.runs.push_back(ItemRun{item.family, {}, true});
                s.run = doc.runs.size() - 1;
            }
            ItemRun& run = doc.runs[s.run];
            run.items.push_back(ItemRef{p, i});
            const int expectedHere = item.number == 1 ? 1 : expected;
            run.inSequence = run.inSequence && item.number == expectedHere;
            doc.runOfItem[p].push_back(s.run);
            doc.expectedNumber[p].push_back(expectedHere);
            // The next item is expected after this one's place in the run, not after its written
            // number: each suggestion is then right as it stands, and applying all of them at
            // once gives a run in order (一是、三是、三是 → 二是 for the second only).
            s.last = expectedHere;
        }
    }
}

bool startsAttachmentList(std::u16string_view text)
{
    const std::size_t p = skipSpaces(text, 0);
    return text.substr(p, 3) == u"附件：" || text.substr(p, 3) == u"附件:";
}

// "附件：1．XXXX" and the lines "2．XXXX" under it list attachments (GB/T 9704 §7.3.6); they are
// not level-3 headings.
void dropAttachmentEntries(DocumentOutline& doc)
{
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        if (!startsAttachmentList(doc.paragraphs[p]))
            continue;
        for (std::size_t q = p + 1; q < doc.paragraphs.size(); ++q)
        {
            auto& heading = doc.outlines[q].heading;
            if (!heading || heading->level != HeadingLevel::Point)
                break;
            heading.reset();
            p = q;
        }
    }
}

// "二．2025年工作总体部署" is a mistyped level-1 heading where 二 is the next level-1 number;
// elsewhere such a line is ordinary text.
void settleTentativeHeadings(DocumentOutline& doc)
{
    int lastChapter = 0;
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        auto& heading = doc.outlines[p].heading;
        if (!heading || heading->level != HeadingLevel::Chapter)
            continue;
        if (heading->tentative)
        {
            if (heading->number != lastChapter + 1)
            {
                doc.outlines[p] = analyseParagraph(doc.paragraphs[p], doc.options, false);
                continue;
            }
            heading->tentative = false;
        }
        lastChapter = heading->number;
    }
}

} // namespace

DocumentOutline readDocument(std::vector<std::u16string_view> paragraphs,
                             const CheckOptions& options)
{
    std::vector<ParagraphOutline> outlines(paragraphs.size());
    forEachChunk(paragraphs.size(),
                 [&](std::size_t, std::size_t begin, std::size_t end)
                 {
                     for (std::size_t p = begin; p < end; ++p)
                         outlines[p] = analyseParagraph(paragraphs[p], options);
                 });
    return documentFromOutlines(std::move(paragraphs), std::move(outlines), options);
}

DocumentOutline documentFromOutlines(std::vector<std::u16string_view> paragraphs,
                                     std::vector<ParagraphOutline> outlines,
                                     const CheckOptions& options)
{
    DocumentOutline doc;
    doc.paragraphs = std::move(paragraphs);
    doc.outlines = std::move(outlines);
    doc.options = options;
    settleTentativeHeadings(doc);
    dropAttachmentEntries(doc);
    assignRuns(doc);
    return doc;
}

} // namespace gongwen::core
