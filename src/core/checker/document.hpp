// SPDX-License-Identifier: MPL-2.0
// A whole document read once: each paragraph's outline, and the item runs across paragraphs.
#pragma once

#include <core/checker/outline.hpp>

#include <string_view>
#include <vector>

namespace gongwen::core
{

/// One item: paragraph index and index into that paragraph's ParagraphOutline::items.
struct ItemRef
{
    std::size_t paragraph = 0;
    std::size_t index = 0;
};

/// Consecutive items of one family: 一是…四是. A run ends at any heading or when its family
/// starts again at 1.
struct ItemRun
{
    ItemFamily family = ItemFamily::Shi;
    std::vector<ItemRef> items; // how many points the run makes: what a count word must match
    bool inSequence = true;     // every item carries the number expected there
};

struct DocumentOutline
{
    std::vector<std::u16string_view> paragraphs;
    std::vector<ParagraphOutline> outlines;
    std::vector<ItemRun> runs;
    /// For each paragraph, for each of its items: the run it belongs to and the number the run
    /// expected there (1 for the first item of a run).
    std::vector<std::vector<std::size_t>> runOfItem;
    std::vector<std::vector<int>> expectedNumber;
    CheckOptions options;

    const ItemMarker& item(ItemRef ref) const { return outlines[ref.paragraph].items[ref.index]; }
};

DocumentOutline readDocument(std::vector<std::u16string_view> paragraphs,
                             const CheckOptions& options);

/// The same from outlines analysed before (analyseParagraph of each paragraph, in order): what
/// needs the whole document (tentative headings, attachment lists, item runs) is settled here.
DocumentOutline documentFromOutlines(std::vector<std::u16string_view> paragraphs,
                                     std::vector<ParagraphOutline> outlines,
                                     const CheckOptions& options);

} // namespace gongwen::core
