#include "report_format.hpp"

#include <text.hpp>

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
    return core::toUtf8(language == core::Language::ChineseSimplified ? f.messageZh : f.messageEn);
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
            out << r.file << ':' << f.paragraph + 1 << ':' << f.start + 1 << ": " << severityName(f.severity)
                << " [" << f.ruleId << "] " << message(f, language) << '\n';
}

void writeJson(std::ostream& out, const std::vector<FileFindings>& results, core::Language language)
{
    out << "[";
    bool first = true;
    for (const FileFindings& r : results)
        for (const core::Finding& f : r.findings)
        {
            out << (first ? "\n  " : ",\n  ");
            first = false;
            out << "{\"file\": " << jsonString(r.file) << ", \"ruleId\": " << jsonString(f.ruleId)
                << ", \"severity\": " << static_cast<int>(f.severity) << ", \"paragraph\": " << f.paragraph
                << ", \"start\": " << f.start << ", \"length\": " << f.length
                << ", \"message\": " << jsonString(message(f, language)) << ", \"suggestions\": [";
            for (std::size_t i = 0; i < f.suggestions.size(); ++i)
                out << (i ? ", " : "") << jsonString(core::toUtf8(f.suggestions[i]));
            out << "]}";
        }
    out << (first ? "]\n" : "\n]\n");
}

} // namespace gongwen::cli
