// SPDX-License-Identifier: MPL-2.0
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

TEST_CASE(
    "a table's shape is compared column by column; empty Writer headers are filled, not refused")
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

TEST_CASE("figure fields are named by format and indicator and read back", "[figures]")
{
    CHECK(figureFieldName(u"协商活动次数", FigureFormat::AsInCalc) == u"gw_calc_协商活动次数");
    CHECK(figureFieldName(u"a_b", FigureFormat::Wan) == u"gw_wan_a_b");
    for (const FigureFormatInfo& f : figureFormats())
    {
        const auto field = parseFigureFieldName(figureFieldName(u"建议_条数", f.format));
        REQUIRE(field);
        CHECK(field->indicator == u"建议_条数");
        CHECK(field->format == f.format);
    }
    CHECK_FALSE(parseFigureFieldName(u"gw_nonsense_x"));
    CHECK_FALSE(parseFigureFieldName(u"gw_calc_"));
    CHECK_FALSE(parseFigureFieldName(u"gw__x"));
    CHECK_FALSE(parseFigureFieldName(u"User.calc_x"));
    CHECK(looksLikeFigureField(u"gw_calc_x"));
    CHECK_FALSE(looksLikeFigureField(u"Mail"));
}

TEST_CASE("table bindings are stored a line each and rebinding replaces", "[figures]")
{
    CHECK(parseTableBindings(u"").empty());
    const std::u16string one = storeTableBinding(u"", {u"表格1", u"分组统计"});
    CHECK(one == u"表格1\t分组统计\n");
    const std::u16string two = storeTableBinding(one, {u"表格2", u"指标表"});
    CHECK(parseTableBindings(two) ==
          std::vector<TableBinding>{{u"表格1", u"分组统计"}, {u"表格2", u"指标表"}});
    const std::u16string rebound = storeTableBinding(two, {u"表格1", u"新区域"});
    CHECK(parseTableBindings(rebound) ==
          std::vector<TableBinding>{{u"表格2", u"指标表"}, {u"表格1", u"新区域"}});
    CHECK(parseTableBindings(u"no tab here\n\tempty name\nok\trange") ==
          std::vector<TableBinding>{{u"ok", u"range"}});
}

TEST_CASE("a table bound to some columns keeps them, in order, across storing", "[figures]")
{
    const TableBinding some{u"表格1", u"分组统计", {0, 3, 13}};
    const std::u16string stored = storeTableBinding(u"表格2\t指标表\n", some);
    CHECK(stored == u"表格2\t指标表\n表格1\t分组统计\t1,4,14\n");
    CHECK(parseTableBindings(stored) == std::vector<TableBinding>{{u"表格2", u"指标表"}, some});
    // Rebinding to the whole range drops the columns; junk in the list is skipped.
    CHECK(parseTableBindings(storeTableBinding(stored, {u"表格1", u"分组统计"}))
              .back()
              .columns.empty());
    CHECK(parseTableBindings(u"t\tr\t2,x,0,,3").front().columns == std::vector<std::size_t>{1, 2});

    const std::vector<std::vector<int>> rows = {{1, 2, 3, 4}, {5, 6}};
    CHECK(pickColumns(rows, {}) == rows);
    CHECK(pickColumns(rows, {3, 0}) == std::vector<std::vector<int>>{{4, 1}, {0, 5}});
}

TEST_CASE("a table is filled below its header with numbers as figures, numeric columns found",
          "[figures]")
{
    auto number = [](double v) { return SourceCell{true, v, u""}; };
    auto text = [](std::u16string t) { return SourceCell{false, 0, std::move(t)}; };
    const std::vector<std::vector<SourceCell>> source = {
        {text(u"单位"), text(u"次数"), text(u"金额"), text(u"备注")},
        {text(u"第一组"), number(3), number(1.5), text(u"")},
        {text(u"第二组"), number(12345), text(u""), text(u"无")},
    };
    const TableFillPlan plan = planTableFill(source, 4);
    REQUIRE(plan.body.size() == 2);
    CHECK(plan.body[0] == std::vector<std::u16string>{u"第一组", u"3", u"1.5", u""});
    CHECK(plan.body[1] == std::vector<std::u16string>{u"第二组", u"12345", u"", u"无"});
    CHECK(plan.numericColumns == std::vector<bool>{false, true, true, false});
    const TableFillPlan narrow =
        planTableFill(source, 2); // a narrower Writer table takes the first columns
    CHECK(narrow.body[1] == std::vector<std::u16string>{u"第二组", u"12345"});
    CHECK(narrow.numericColumns.size() == 2);
    CHECK(planTableFill({source[0]}, 4).body.empty()); // a header only: no body
}
