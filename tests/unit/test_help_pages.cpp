// SPDX-License-Identifier: MPL-2.0
#include <core/common/help_pages.hpp>

#include <catch2/catch.hpp>

using namespace gongwen::core;

TEST_CASE("the office's help provider only on the LibreOffice line it works on", "[help]")
{
    CHECK(helpViewerFor(7) == HelpViewer::OfficeHelp);
    CHECK(helpViewerFor(24) == HelpViewer::HtmlPages);
    CHECK(helpViewerFor(25) == HelpViewer::HtmlPages);
    CHECK(helpViewerFor(26) == HelpViewer::HtmlPages);
    // An office whose version cannot be read gets the pages that cannot crash it.
    CHECK(helpViewerFor(0) == HelpViewer::HtmlPages);
}

TEST_CASE("the major version is read from ooSetupVersion", "[help]")
{
    CHECK(majorVersionOf("7.4") == 7);
    CHECK(majorVersionOf("25.2") == 25);
    CHECK(majorVersionOf("24") == 24);
    CHECK(majorVersionOf("") == 0);
    CHECK(majorVersionOf("x7.4") == 0);
    CHECK(majorVersionOf("7a") == 0);
    CHECK(majorVersionOf("123456.1") == 0);
}

TEST_CASE("a help topic is found on its page", "[help]")
{
    const char* topics = "About index\nCheckResults check\r\nTallyPanel tally\n  keys   index  \n";
    CHECK(helpPageOfTopic(topics, "CheckResults") == "check");
    CHECK(helpPageOfTopic(topics, "TallyPanel") == "tally");
    CHECK(helpPageOfTopic(topics, "keys") == "index");
    CHECK(helpPageOfTopic(topics, "Check").empty());
    CHECK(helpPageOfTopic(topics, "NoSuchTopic").empty());
    CHECK(helpPageOfTopic("", "About").empty());
    // Never a path out of the help folder.
    CHECK(helpPageOfTopic("Evil ../../../etc/passwd\nSlash a/b\n", "Evil").empty());
    CHECK(helpPageOfTopic("Evil ../../../etc/passwd\nSlash a/b\n", "Slash").empty());
}
