// Reading .odt/.docx/.doc through a headless LibreOffice that is started and stopped here.
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>

namespace gongwen::cli
{

struct ConversionError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// The document's text as UTF-8, one paragraph per line. The office runs on a throw-away
/// profile, in its own process group, and is killed by PID if it exceeds `timeout`.
std::string documentTextViaOffice(const std::string& path, std::chrono::seconds timeout);

} // namespace gongwen::cli
