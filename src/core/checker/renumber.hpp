// SPDX-License-Identifier: MPL-2.0
// 全部重新编号: the edits that make every heading and item run number consecutively.
#pragma once

#include <core/checker/outline.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// Replace paragraph[start, start + length) with `replacement`.
struct TextEdit
{
    std::size_t paragraph = 0;
    std::size_t start = 0;
    std::size_t length = 0;
    std::u16string replacement;
};

/// Headings are numbered 1, 2, 3 … within each parent (and get the standard marker form);
/// items are numbered 1, 2, 3 … within each run. Sorted by paragraph, then from the END of
/// each paragraph backwards, so applying them in order keeps later offsets valid.
std::vector<TextEdit> renumberingEdits(const std::vector<std::u16string_view>& paragraphs,
                                       const CheckOptions& options = {});

/// The same for paragraphs that begin with automatic list labels (see checkParagraphs): labels
/// count in the numbering but are never edited; other edits are relative to the text after
/// the label.
std::vector<TextEdit> renumberingEdits(const std::vector<std::u16string_view>& paragraphs,
                                       const std::vector<std::size_t>& labelLengths,
                                       const CheckOptions& options = {});

/// Edits made on paragraphs that begin with automatic list labels, made relative to the text
/// after each label; edits inside a label are dropped (a label cannot be edited in place).
std::vector<TextEdit> editsOutsideLabels(std::vector<TextEdit> edits,
                                         const std::vector<std::size_t>& labelLengths);

/// Applies edits (as returned above) to plain paragraphs; for tests and the CLI.
void applyEdits(std::vector<std::u16string>& paragraphs, const std::vector<TextEdit>& edits);

} // namespace gongwen::core
