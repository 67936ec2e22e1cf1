// SPDX-License-Identifier: MPL-2.0
// Where our help is shown. LibreOffice 7.x renders an extension's help pages with its help
// provider (the .xhp pages compiled at install, found by help ID). LibreOffice 25.2 crashes in that
// provider on any extension's page, so from 24 on the extension opens the same pages as HTML
// (packaging/help-html.py writes them into the package's help-html/).
#pragma once

#include <string>
#include <string_view>

namespace gongwen::core
{

enum class HelpViewer
{
    OfficeHelp, ///< vnd.sun.star.help:// pages and help IDs (F1)
    HtmlPages,  ///< help-html/LANGUAGE/PAGE.html, no help IDs
};

/// The viewer for an office of the given major version (7 for 7.4, 25 for 25.2; 0 when unknown).
/// The provider only where it was seen to work (7.0, 7.4); an unknown version gets the HTML pages,
/// which cannot crash the office.
HelpViewer helpViewerFor(int officeMajorVersion);

/// The major version in LibreOffice's "ooSetupVersion" ("25.2" → 25); 0 when it has none.
int majorVersionOf(std::string_view setupVersion);

/// The page (file name without .html) holding help topic `topic`, from help-html/topics.txt
/// ("TOPIC PAGE" a line); empty when the topic is not listed.
std::string helpPageOfTopic(std::string_view topicsText, std::string_view topic);

} // namespace gongwen::core
