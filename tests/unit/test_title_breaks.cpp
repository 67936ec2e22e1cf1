// SPDX-License-Identifier: MPL-2.0
#include <core/layout/title_breaks.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gongwen::core;

namespace
{

std::vector<std::u16string> linesOf(std::u16string_view title,
                                    const std::vector<std::size_t>& breaks)
{
    std::vector<std::u16string> lines;
    std::size_t start = 0;
    for (std::size_t at : breaks)
    {
        lines.emplace_back(title.substr(start, at - start));
        start = at;
    }
    lines.emplace_back(title.substr(start));
    return lines;
}

// No line break falls inside one of these words of the title.
bool keepsWhole(std::u16string_view title, const std::vector<std::size_t>& breaks,
                std::initializer_list<std::u16string_view> words)
{
    for (std::u16string_view word : words)
        for (std::size_t at = title.find(word); at != std::u16string_view::npos;
             at = title.find(word, at + 1))
            for (std::size_t b : breaks)
                if (b > at && b < at + word.size())
                    return false;
    return true;
}

} // namespace

TEST_CASE("a 二号 title holds 20 characters a line in the 156 mm text area", "[title]")
{
    CHECK(titleCharactersPerLine(15600, 22) == 20);
    CHECK(titleCharactersPerLine(15600, 0) == 0);
}

TEST_CASE("a title that fits, or already broken by hand, keeps its lines", "[title]")
{
    CHECK(titleLineBreaks(u"关于2026年度工作情况的报告", 20).empty());
    CHECK(titleLineBreaks(u"关于进一步加强和改进新时代人民政协\n协商民主建设工作的实施意见", 20)
              .empty());
}

TEST_CASE("two lines: even, between words, no line starting with 的", "[title]")
{
    const std::u16string_view title =
        u"关于进一步加强和改进新时代人民政协协商民主建设工作的实施意见";
    const auto breaks = titleLineBreaks(title, 20);
    REQUIRE(breaks.size() == 1);
    const auto lines = linesOf(title, breaks);
    CHECK(lines[0].size() <= 20);
    CHECK(lines[1].size() <= 20);
    CHECK((lines[0].size() > lines[1].size() ? lines[0].size() - lines[1].size()
                                             : lines[1].size() - lines[0].size()) <= 4);
    CHECK_FALSE(startsWithParticle(lines[1]));
    CHECK(keepsWhole(title, breaks,
                     {u"进一步", u"新时代", u"人民", u"政协", u"协商", u"民主", u"建设", u"工作",
                      u"实施", u"意见"}));
}

TEST_CASE("a line never starts with 的 even where it would be the even break", "[title]")
{
    // 13 characters each side of 的: the even break is right before 的.
    const std::u16string_view title = u"区政协关于开展专题协商活动情况的调研报告和下一步工作";
    const auto breaks = titleLineBreaks(title, 20);
    REQUIRE(breaks.size() == 1);
    for (const std::u16string& line : linesOf(title, breaks))
        CHECK_FALSE(startsWithParticle(line));
}

TEST_CASE("three lines are never an hourglass", "[title]")
{
    const std::u16string_view title = u"中国人民政治协商会议某某区委员会关于认真学习贯彻党的二十届"
                                      u"四中全会精神进一步做好新时代政协工作的意见";
    const auto breaks = titleLineBreaks(title, 20);
    REQUIRE(breaks.size() == 2);
    const auto lines = linesOf(title, breaks);
    for (const std::u16string& line : lines)
    {
        CHECK(line.size() <= 20);
        CHECK_FALSE(startsWithParticle(line));
    }
    CHECK_FALSE((lines[1].size() < lines[0].size() && lines[1].size() < lines[2].size()));
    CHECK(keepsWhole(title, breaks,
                     {u"中国", u"人民", u"政治", u"协商", u"会议", u"委员会", u"学习", u"贯彻",
                      u"精神", u"政协", u"工作", u"意见"}));
}

TEST_CASE("a book title stays whole when the words allow", "[title]")
{
    const std::u16string_view title = u"关于印发《某某区政协委员履职考核办法》的通知";
    const auto breaks = titleLineBreaks(title, 12);
    REQUIRE_FALSE(breaks.empty());
    for (const std::u16string& line : linesOf(title, breaks))
    {
        CHECK(line.back() != u'《');
        CHECK(line.front() != u'》');
        CHECK_FALSE(startsWithParticle(line));
    }
}
