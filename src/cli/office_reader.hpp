// SPDX-License-Identifier: MPL-2.0
// Reading .odt/.docx/.doc through a headless LibreOffice that is started and stopped here and
// driven over UNO: the text as Writer shows it, read the way the extension's checkDocument
// reads it (automatic list labels included, tracked deletions left out).
#pragma once

#include <core/wording/register.hpp>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace gongwen::cli
{

struct OfficeError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// One entry per top-level element of the body (a table is an empty entry), as checkDocument
/// numbers paragraphs; paragraph p begins with labelLengths[p] units of an automatic list label.
struct OfficeText
{
    std::vector<std::u16string> paragraphs;
    std::vector<std::size_t> labelLengths;
};

/// Whether this build can read office documents (it was built with the LibreOffice SDK).
bool canReadOfficeDocuments();

/// Opens `path` hidden and read-only, macros never run, in an office on a throw-away profile
/// in its own process group, killed by PID if it exceeds `timeout`. Throws OfficeError with a
/// message for the user.
OfficeText readThroughOffice(const std::string& path, std::chrono::seconds timeout);

/// The cells of a register workbook (.ods, .xlsx: --register FILE) read the same way. Throws
/// OfficeError when it cannot be read or has none of the register's sheets.
core::wording::RegisterTables readRegisterThroughOffice(const std::string& path,
                                                        std::chrono::seconds timeout);

} // namespace gongwen::cli
