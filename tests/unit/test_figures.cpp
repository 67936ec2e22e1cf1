#include <core/statistics/figures.hpp>

#include <catch2/catch.hpp>

using namespace gongwen::core;

TEST_CASE("figures in each display format", "[figures]")
{
    CHECK(formatFigure(12345, FigureFormat::AsInCalc, u"12345") == u"12345");
    CHECK(formatFigure(12345, FigureFormat::Thousands, u"") == u"12,345");
    CHECK(formatFigure(1234567.5, FigureFormat::Thousands, u"") == u"1,234,567.5");
    CHECK(formatFigure(12.345, FigureFormat::Fixed1, u"") == u"12.3");
    CHECK(formatFigure(12, FigureFormat::Fixed2, u"") == u"12.00");
    CHECK(formatFigure(3, FigureFormat::Chinese, u"") == u"三");
    CHECK(formatFigure(2, FigureFormat::Chinese, u"") == u"两");
    CHECK(formatFigure(12, FigureFormat::Chinese, u"") == u"十二");
    CHECK(formatFigure(2.5, FigureFormat::Chinese, u"") == u"2.5");
    CHECK(formatFigure(123456, FigureFormat::Wan, u"") == u"12.35万");
    CHECK(formatFigure(250000000, FigureFormat::Yi, u"") == u"2.50亿");
    for (const FigureFormatInfo& f : figureFormats())
        CHECK(figureFormatForKey(f.key) == f.format);
    CHECK_FALSE(figureFormatForKey("nonsense"));
}

TEST_CASE("a linked workbook is found relative to the report", "[figures]")
{
    CHECK(relativePath("/a/b/report.odt", "/a/b/book.ods") == "book.ods");
    CHECK(relativePath("/a/b/report.odt", "/a/data/book.ods") == "../data/book.ods");
    CHECK(relativePath("/a/b/report.odt", "/a/b/c/book.ods") == "c/book.ods");
    CHECK(resolvePath("/x/y/report.odt", "../data/book.ods") == "/x/data/book.ods");
    CHECK(resolvePath("/x/y/report.odt", "book.ods") == "/x/y/book.ods");
    CHECK(resolvePath("/x/y/report.odt", "/abs/book.ods") == "/abs/book.ods");
    // Moving the pair together keeps the reference valid.
    const std::string reference = relativePath("/old/place/report.odt", "/old/place/data/book.ods");
    CHECK(resolvePath("/new/home/report.odt", reference) == "/new/home/data/book.ods");
}

TEST_CASE("header texts match across widths and spacing, not across words")
{
    using gongwen::core::sameHeaderText;
    CHECK(sameHeaderText(u"金额 (万元)", u"金额（万元）"));
    CHECK(sameHeaderText(u" 单位 ", u"单位"));
    CHECK(sameHeaderText(u"２０２５年", u"2025年"));
    CHECK_FALSE(sameHeaderText(u"单位", u"单位/联络组"));
    CHECK_FALSE(sameHeaderText(u"数量", u"金额"));
}

TEST_CASE("a table's shape is compared column by column; empty Writer headers are filled, not refused")
{
    using gongwen::core::compareTableShape;
    const std::vector<std::u16string> source{u"单位/联络组", u"协商活动", u"建议"};
    const auto same = compareTableShape({u"单位/联络组", u"协商活动 ", u"建议"}, source);
    CHECK(same.fits());
    const auto empty = compareTableShape({u"", u"", u""}, source);
    CHECK(empty.fits());
    const auto narrow = compareTableShape({u"单位/联络组", u"协商活动"}, source);
    CHECK_FALSE(narrow.fits());
    CHECK(narrow.writerColumns == 2);
    CHECK(narrow.sourceColumns == 3);
    CHECK(narrow.differingHeaders.empty());
    const auto renamed = compareTableShape({u"单位", u"协商活动", u"提案"}, source);
    CHECK_FALSE(renamed.fits());
    CHECK(renamed.differingHeaders == std::vector<std::size_t>{0, 2});
}
