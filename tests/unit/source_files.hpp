// Files of the source tree the unit tests read (golden files, the sample, the corpus).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

} // namespace gongwen::test
