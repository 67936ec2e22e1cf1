// The structure checker: every rule over a whole document.
#pragma once

#include "finding.hpp"
#include "outline.hpp"

#include <string_view>
#include <vector>

namespace gongwen::core
{

/// Checks paragraphs in document order; Finding::paragraph indexes `paragraphs`.
/// Findings are sorted by paragraph and position.
std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const CheckOptions& options = {});

/// Checks text whose paragraphs are separated by "\n" (a "\r" before it is ignored).
std::vector<Finding> checkText(std::u16string_view text, const CheckOptions& options = {});

} // namespace gongwen::core
