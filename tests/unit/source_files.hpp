// SPDX-License-Identifier: MPL-2.0
// Files of the source tree the unit tests read (golden files, the sample, the corpus), and
// small helpers the tests share.
#pragma once

#include <core/common/finding.hpp>
#include <core/text/text.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gongwen::test
{

inline const std::filesystem::path kSource = GONGWEN_SOURCE_DIR;

/// The bytes of `path` ("" when it cannot be read: the comparison that follows then fails).
inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The lines of a UTF-8 text file, without the file's final newline.
inline std::vector<std::u16string> linesOfFile(const std::filesystem::path& path)
{
    const std::u16string text = core::fromUtf8(readFile(path));
    std::vector<std::u16string> lines;
    for (std::u16string_view p : core::splitParagraphs(text))
        lines.emplace_back(p);
    if (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

/// The rule ids of `findings`, in order.
inline std::vector<std::string> ruleIds(const std::vector<core::Finding>& findings)
{
    std::vector<std::string> ids;
    for (const core::Finding& f : findings)
        ids.push_back(f.ruleId);
    return ids;
}

} // namespace gongwen::test
