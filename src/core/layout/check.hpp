// 版式检查: what differs from the layout 一键排版 would give, read from the document's state.
#pragma once

#include <core/common/finding.hpp>
#include <core/layout/roles.hpp>
#include <core/layout/styles.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace gongwen::core
{

/// The page style of a document's body, as read from the office (1/100 mm).
struct PageState
{
    int width = 0, height = 0, top = 0, bottom = 0, left = 0, right = 0, footerHeight = 0;
    int gridMode = 0, gridLines = 0;
    bool pageNumbers = false; // a page number in the footers of odd and even pages
};

/// One paragraph as read: its style and whether fonts or sizes were set on it by hand.
struct ParagraphState
{
    std::u16string styleName;
    bool directFormatting = false;
};

/// Findings (rule ids layout.page, layout.grid, layout.pagenumber, layout.style,
/// layout.direct, layout.date); page findings have paragraph kPageFinding.
inline constexpr std::size_t kPageFinding = static_cast<std::size_t>(-1);
std::vector<Finding> checkLayoutState(const LayoutProfile& profile, const PageState& page,
                                      const std::vector<std::u16string_view>& paragraphs,
                                      const std::vector<ParagraphRoleInfo>& roles,
                                      const std::vector<ParagraphState>& states,
                                      const std::function<std::u16string(StyleRole)>& styleName);

} // namespace gongwen::core
