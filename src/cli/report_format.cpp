// SPDX-License-Identifier: MPL-2.0
#include "report_format.hpp"

#include <core/text/text.hpp>

#include <cstdio>

namespace gongwen::cli
{
namespace
{

const char* severityName(core::Severity s)
{
    switch (s)
    {
    case core::Severity::Hint:
        return "hint";
    case core::Severity::Warning:
        return "warning";
    case core::Severity::Error:
        break;
    }
    return "error";
}

std::string message(const core::Finding& f, core::Language language)
{
    return core::toUtf8(f.message(language));
}

} // namespace

std::string jsonString(const std::string& utf8)
{
    std::string out = "\"";
    for (unsigned char c : utf8)
    {
        switch (c)
        {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20)
            {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            }
            else
                out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

void writeText(std::ostream& out, const std::vector<FileFindings>& results, core::Language language)
{
    for (const FileFindings& r : results)
        for (const core::Finding& f : r.findings)
            out << r.file << ':' << f.paragraph + 1 << ':' << f.start + 1 << ": "
                << severityName(f.severity) << " [" << f.ruleId << "] " << message(f, language)
                << '\n';
}

void writeJson(std::ostream& out, const std::vector<FileFindings>& results, core::Language language)
{
    out << "[";
    for (std::size_t r = 0; r < results.size(); ++r)
    {
        const FileFindings& file = results[r];
        out << (r ? ",\n " : "\n ") << "{\"file\": " << jsonString(file.file)
            << ", \"encoding\": " << (file.encoding.empty() ? "null" : jsonString(file.encoding))
            << ", \"findings\": [";
        for (std::size_t i = 0; i < file.findings.size(); ++i)
        {
            const core::Finding& f = file.findings[i];
            out << (i ? ",\n  " : "\n  ") << "{\"ruleId\": " << jsonString(f.ruleId)
                << ", \"severity\": " << static_cast<int>(f.severity)
                << ", \"paragraph\": " << f.paragraph << ", \"start\": " << f.start
                << ", \"length\": " << f.length
                << ", \"message\": " << jsonString(message(f, language)) << ", \"suggestions\": [";
            for (std::size_t k = 0; k < f.suggestions.size(); ++k)
                out << (k ? ", " : "") << jsonString(core::toUtf8(f.suggestions[k]));
            out << "]}";
        }
        out << (file.findings.empty() ? "]}" : "\n ]}");
    }
    out << (results.empty() ? "]\n" : "\n]\n");
}

} // namespace gongwen::cli
