// SPDX-License-Identifier: MPL-2.0
// The paragraphs of a new 公文 of a kind: its 版头 (from the plan), title, 主送机关, body,
// closing phrase, 纪要 blocks, 落款, date and 附注, with placeholders (××××) where the user
// writes. 一键排版 then gives each its place.
#pragma once

#include <core/doctypes/doctypes.hpp>
#include <core/doctypes/letterhead.hpp>

#include <string>
#include <vector>

namespace gongwen::core
{

inline constexpr std::u16string_view kPlaceholder = u"××××";
inline constexpr std::size_t kMaxSubjectLength = 40; // a title is at most two lines of 二号

struct SkeletonInput
{
    std::vector<std::u16string> organs; // trimmed, non-empty
    std::u16string subject;             // the title's 事由, or empty for a placeholder
    std::u16string addressee;           // 主送机关 (without ：), or empty for a placeholder
    std::u16string date;                // 成文日期: "2026年12月4日"
};

/// The new document's paragraphs, in order.
std::vector<std::u16string> skeletonParagraphs(const DocumentType& type, const LetterheadPlan& plan,
                                               const SkeletonInput& input);

/// A subject too long for a title (more than kMaxSubjectLength characters), or holding a line
/// break: the reason in zh-CN and en-US, else empty texts.
BilingualText subjectProblem(std::u16string_view subject);

} // namespace gongwen::core
