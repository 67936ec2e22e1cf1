// SPDX-License-Identifier: MPL-2.0
#include "help_pages.hpp"

namespace gongwen::core
{
namespace
{
// The 7.x line renders extension help; 24.2 and later are taken as 25.2, the one that crashes.
constexpr int kFirstVersionWithoutExtensionHelp = 24;
constexpr int kFirstVersionWithExtensionHelp = 3;

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}
} // namespace

HelpViewer helpViewerFor(int officeMajorVersion)
{
    return officeMajorVersion >= kFirstVersionWithExtensionHelp &&
                   officeMajorVersion < kFirstVersionWithoutExtensionHelp
               ? HelpViewer::OfficeHelp
               : HelpViewer::HtmlPages;
}

int majorVersionOf(std::string_view setupVersion)
{
    int major = 0;
    std::size_t digits = 0;
    for (char c : setupVersion)
    {
        if (c < '0' || c > '9' || digits == 4)
            break;
        major = major * 10 + (c - '0');
        ++digits;
    }
    const bool wellFormed =
        digits > 0 && (digits == setupVersion.size() || setupVersion[digits] == '.');
    return wellFormed ? major : 0;
}

std::string helpPageOfTopic(std::string_view topicsText, std::string_view topic)
{
    while (!topicsText.empty())
    {
        const auto end = topicsText.find('\n');
        const std::string_view line = trimmed(topicsText.substr(0, end));
        topicsText =
            end == std::string_view::npos ? std::string_view() : topicsText.substr(end + 1);
        const auto space = line.find(' ');
        if (space == std::string_view::npos || line.substr(0, space) != topic)
            continue;
        const std::string_view page = trimmed(line.substr(space + 1));
        // A page name is a file name of help-html/LANGUAGE/: never a path.
        if (!page.empty() && page.find_first_of("/\\") == std::string_view::npos &&
            page.find("..") == std::string_view::npos)
            return std::string(page);
    }
    return {};
}

} // namespace gongwen::core
