// SPDX-License-Identifier: MPL-2.0
// Printing findings as text or JSON.
#pragma once

#include <core/common/finding.hpp>
#include <core/common/language.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace gongwen::cli
{

struct FileFindings
{
    std::string file;
    std::string encoding; // of a text file; empty for documents read through LibreOffice
    std::vector<core::Finding> findings;
};

/// file:line:column: severity [rule] message — line and column count from 1.
void writeText(std::ostream& out, const std::vector<FileFindings>& results,
               core::Language language);

/// [{"file", "encoding", "findings": [{"ruleId", "severity", "paragraph", "start", "length",
/// "message", "suggestions"}]}], one object per file in the order given; paragraph/start/length
/// as in the API (from 0, UTF-16 units); "encoding" is null for documents read by LibreOffice.
void writeJson(std::ostream& out, const std::vector<FileFindings>& results,
               core::Language language);

/// A JSON string literal for UTF-8 text.
std::string jsonString(const std::string& utf8);

} // namespace gongwen::cli
