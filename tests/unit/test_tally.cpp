// SPDX-License-Identifier: MPL-2.0
#include <core/tally/tally.hpp>

#include <catch2/catch.hpp>

using namespace gongwen::core;
using namespace gongwen::core::tally;

namespace
{
const std::vector<std::u16string> kBuiltIn(categories().begin(), categories().end());

std::vector<Value> record(Value date, std::u16string category, Value quantity, Value amount = 0.0)
{
    return {
        date,   category,        std::u16string(u"第一联络组"), std::u16string(u"事项"), quantity,
        amount, std::u16string()};
}
} // namespace

TEST_CASE("serial dates match LibreOffice's (day 0 = 1899-12-30)", "[tally]")
{
    CHECK(serialDate(1900, 1, 1) == 2);
    CHECK(serialDate(1900, 3, 1) == 61);
    CHECK(serialDate(2025, 1, 1) == 45658);
    CHECK(serialDate(2024, 2, 29) == 45351);
    CHECK_FALSE(serialDate(2025, 2, 29));
    CHECK_FALSE(serialDate(2025, 13, 1));
    for (int y : {1900, 1999, 2000, 2024, 2025, 2100})
    {
        CHECK(yearOfSerial(*serialDate(y, 1, 1)) == y);
        CHECK(yearOfSerial(*serialDate(y, 12, 31)) == y);
    }
}

TEST_CASE("indicator names follow Calc's rules, Chinese allowed", "[tally]")
{
    for (const char16_t* good :
         {u"协商活动次数", u"捐款捐物金额", u"_x", u"Total2025", u"指标.一", u"AB"})
        CHECK_FALSE(nameProblem(good));
    for (const char16_t* bad :
         {u"", u"1abc", u"协商 活动", u"金额(万元)", u"A1", u"xfd100", u"R1C1", u"TRUE",
          u"指标，一", u"“指标”", u"指标.B5", u"x.R1C1", u"台账.true"})
    {
        INFO(std::string(bad, bad + 0));
        CHECK(nameProblem(bad));
    }
    for (const Indicator& i : indicators())
        CHECK_FALSE(nameProblem(i.name));
}

TEST_CASE("indicator formulas aggregate the ledger by category", "[tally]")
{
    const Indicator& count = indicators()[3];
    CHECK(count.name == std::u16string_view(u"协商活动次数"));
    CHECK(indicatorFormula(count) == u"=COUNTIFS($'台账'.$B$2:$B$10001;\"协商活动\")");
    CHECK(indicatorFormula(indicators()[0]) ==
          u"=SUMIFS($'台账'.$E$2:$E$10001;$'台账'.$B$2:$B$10001;\"委员调整\")");
    CHECK(groupCellFormula(3, 2) ==
          u"=COUNTIFS($'台账'.$C$2:$C$10001;$A3;$'台账'.$B$2:$B$10001;C$1)");
}

TEST_CASE("records are validated column by column", "[tally]")
{
    auto ok = readRecord(record(std::u16string(u"2025-03-07"), u"协商活动", 1.0), 2025, kBuiltIn);
    REQUIRE(std::holds_alternative<Record>(ok));
    CHECK(std::get<Record>(ok).date == *serialDate(2025, 3, 7));
    CHECK(std::holds_alternative<Record>(
        readRecord(record(std::u16string(u"2025年3月7日"), u"建议", 3.0), 2025, kBuiltIn)));
    CHECK(
        std::holds_alternative<Record>(readRecord(record(45700.0, u"建议", 3.0), 2025, kBuiltIn)));

    auto column = [](const std::variant<Record, RecordProblem>& r)
    { return std::get<RecordProblem>(r).column; };
    CHECK(column(readRecord(record(std::u16string(u"2024-12-31"), u"建议", 1.0), 2025, kBuiltIn)) ==
          Column::Date);
    CHECK(column(readRecord(record(std::u16string(u"明天"), u"建议", 1.0), 2025, kBuiltIn)) ==
          Column::Date);
    CHECK(column(readRecord(record(std::u16string(u"2025-03-07"), u"喝茶", 1.0), 2025, kBuiltIn)) ==
          Column::Category);
    CHECK(column(readRecord(record(std::u16string(u"2025-03-07"), u"建议", -1.0), 2025,
                            kBuiltIn)) == Column::Quantity);
    CHECK(column(readRecord(record(std::u16string(u"2025-03-07"), u"建议", 1.5), 2025, kBuiltIn)) ==
          Column::Quantity);
    CHECK(column(readRecord(record(std::u16string(u"2025-03-07"), u"建议", 1.0, -2.0), 2025,
                            kBuiltIn)) == Column::Amount);
    CHECK(std::holds_alternative<RecordProblem>(readRecord({}, 2025, kBuiltIn)));
}

TEST_CASE("text that looks like a formula stays text", "[tally]")
{
    auto values = record(std::u16string(u"2025-03-07"), u"协商活动", 1.0);
    values[3] = std::u16string(u"=HYPERLINK(\"http://x\")");
    values[6] = std::u16string(u"+1-2");
    const auto r = readRecord(values, 2025, kBuiltIn);
    REQUIRE(std::holds_alternative<Record>(r));
    CHECK(std::get<Record>(r).item == u"=HYPERLINK(\"http://x\")");
    CHECK(std::get<Record>(r).note == u"+1-2");
}

TEST_CASE("ledger checks fire on seeded faults only", "[tally]")
{
    const std::vector<std::u16string> allowed(categories().begin(), categories().end());
    auto row = [](std::size_t r, double date, std::u16string category, double quantity) {
        return LedgerRow{r, record(date, std::move(category), quantity)};
    };
    const double d = *serialDate(2025, 5, 1);
    CHECK(
        checkLedger({row(1, d, u"协商活动", 1), row(2, d + 1, u"建议", 3)}, 2025, allowed).empty());
    const auto findings = checkLedger({row(1, d, u"协商活动", 1), row(2, d, u"协商活动", 1),
                                       row(3, d - 400, u"建议", 1), row(4, d, u"喝茶", 1),
                                       row(5, d + 2, u"建议", -2), row(6, d + 3, u"建议", 0.5)},
                                      2025, allowed);
    std::vector<std::pair<std::string, std::size_t>> got;
    for (const Finding& f : findings)
        got.emplace_back(f.ruleId, f.paragraph);
    CHECK(got == std::vector<std::pair<std::string, std::size_t>>{{"tally.duplicate", 2},
                                                                  {"tally.date", 3},
                                                                  {"tally.category", 4},
                                                                  {"tally.count", 5},
                                                                  {"tally.count", 6}});
    // The duplicate names the row it repeats, as Calc numbers it (sheet row 1 is row 2).
    CHECK(findings[0].messageZh.find(u"与第 2 行的记录完全相同") != std::u16string::npos);
    CHECK(findings[0].messageEn.find(u"row 2") != std::u16string::npos);
}

TEST_CASE("charts of counts have whole-number axis steps", "[tally]")
{
    CHECK(countsWholeThings(unitOfIndicator(u"参加人数")));
    CHECK(countsWholeThings(groupTableChart().unit));
    CHECK_FALSE(countsWholeThings(unitOfIndicator(u"经费金额")));
    CHECK_FALSE(countsWholeThings(ChartUnit{}));
    CHECK(wholeNumberAxisStep(0) == 1);
    CHECK(wholeNumberAxisStep(3) == 1); // 0 1 2 3 — never 0.5
    CHECK(wholeNumberAxisStep(8) == 1);
    CHECK(wholeNumberAxisStep(9) == 2);
    CHECK(wholeNumberAxisStep(37) == 5);
    CHECK(wholeNumberAxisStep(80) == 10);
    CHECK(wholeNumberAxisStep(1234) == 200);
    CHECK(wholeNumberAxisStep(-5) == 1);
}

TEST_CASE("indicator checks", "[tally]")
{
    std::vector<IndicatorCell> cells = {
        {u"甲", true, u"$指标.$B$2", 1, 1, CellState::Number, u""},
        {u"乙", false, u"", 0, 0, CellState::Empty, u""},
        {u"丙", true, u"$指标.$B$4", 3, 1, CellState::Error, u"#REF!"},
        {u"丁", true, u"$指标.$B$5", 4, 1, CellState::Empty, u""},
        {u"戊", true, u"$指标.$B$6", 5, 1, CellState::Text, u""},
    };
    const auto findings = checkIndicators(cells);
    REQUIRE(findings.size() == 4);
    CHECK(findings[0].ruleId == "tally.indicator");
    CHECK(findings[1].ruleId == "tally.error");
    CHECK(findings[1].messageZh.find(u"#REF!") != std::u16string::npos);
    CHECK(findings[2].ruleId == "tally.indicator");
    CHECK(findings[3].ruleId == "tally.indicator");
}

TEST_CASE("records take their categories from the book and say which year they belong to",
          "[tally]")
{
    const std::vector<std::u16string> ownList{u"协商活动", u"专题调研"}; // the user added 专题调研
    CHECK(std::holds_alternative<Record>(
        readRecord(record(std::u16string(u"2025-03-07"), u"专题调研", 1.0), 2025, ownList)));
    const auto removed =
        readRecord(record(std::u16string(u"2025-03-07"), u"建议", 1.0), 2025, ownList);
    REQUIRE(std::holds_alternative<RecordProblem>(removed));
    CHECK(std::get<RecordProblem>(removed).column == Column::Category);
    const auto late =
        readRecord(record(std::u16string(u"2026-01-02"), u"协商活动", 1.0), 2025, ownList);
    REQUIRE(std::holds_alternative<RecordProblem>(late));
    const RecordProblem& p = std::get<RecordProblem>(late);
    CHECK(p.column == Column::Date);
    CHECK(p.text(Language::ChineseSimplified).find(u"2025") != std::u16string_view::npos);
    CHECK(p.text(Language::ChineseSimplified).find(u"参数") != std::u16string_view::npos);
    CHECK(p.text(Language::ChineseSimplified).find(u"B1") != std::u16string_view::npos);
    CHECK(p.text(Language::English).find(u"2025") != std::u16string_view::npos);
}

TEST_CASE("a name with a dot is fine unless Calc reads it as sheet and cell", "[tally]")
{
    CHECK_FALSE(nameProblem(u"指标.合计"));
    CHECK_FALSE(nameProblem(u"年度.协商次数"));
    CHECK(nameProblem(u"指标.B5"));
    CHECK(nameProblem(u"指标.b5"));
}

TEST_CASE("column letters go past Z", "[tally]")
{
    CHECK(columnLetters(0) == u"A");
    CHECK(columnLetters(25) == u"Z");
    CHECK(columnLetters(26) == u"AA");
    CHECK(columnLetters(13) == u"N");
    CHECK(columnLetters(16383) == u"XFD");
}

TEST_CASE("error values inside a table range are findings at their cells", "[tally]")
{
    const auto findings = checkTableErrors({{u"分组统计", u"分组统计", 2, 3, u"#DIV/0!"}});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleId == gongwen::core::tally::rule::kError);
    CHECK(findings[0].paragraph == 2);
    CHECK(findings[0].start == 3);
    CHECK(findings[0].length == 1);
    CHECK(findings[0].messageZh.find(u"分组统计.D3") != std::u16string::npos);
    CHECK(findings[0].messageZh.find(u"#DIV/0!") != std::u16string::npos);
    CHECK(checkTableErrors({}).empty());
}

TEST_CASE("a row label becomes a proposed name", "[tally]")
{
    CHECK(proposeName(u"协商活动次数") == u"协商活动次数");
    CHECK(proposeName(u"金额（万元）") == u"金额万元");
    CHECK(proposeName(u" 提案 数量 ") == u"提案数量");
    CHECK(proposeName(u"1. 调研次数") == u"调研次数");
    CHECK(proposeName(u"（）、。") == u"");
    CHECK(proposeName(u"A1") == u""); // Calc would read it as a cell
    for (const Indicator& i : indicators())
        CHECK(proposeName(i.name) == i.name);
}

TEST_CASE("charts never mix units on one axis", "[tally]")
{
    CHECK(unitOfIndicator(u"协商活动次数").zh == u"次");
    CHECK(unitOfIndicator(u"捐款捐物金额").zh == u"万元");
    CHECK(unitOfIndicator(u"委员调整人数").zh == u"人");
    CHECK(unitOfIndicator(u"合计").zh.empty());
    std::vector<std::u16string> names;
    for (const Indicator& i : indicators())
        names.emplace_back(i.name);
    names.emplace_back(u"新增调研次数"); // defined by the user: charted with the other 次
    const auto charts = planIndicatorCharts(names);
    std::size_t charted = 0;
    for (const ChartPlan& c : charts)
    {
        charted += c.members.size();
        for (std::size_t m : c.members)
            CHECK(unitOfIndicator(names[m]) == c.unit);
        CHECK(c.titleZh.find(c.unit.zh) != std::u16string::npos);
        CHECK(c.axisZh.find(c.unit.zh) != std::u16string::npos);
    }
    CHECK(charted == names.size());
    const auto times = std::find_if(charts.begin(), charts.end(),
                                    [](const ChartPlan& c) { return c.unit.zh == u"次"; });
    REQUIRE(times != charts.end());
    CHECK(times->members.back() == names.size() - 1);
    const auto money = std::find_if(charts.begin(), charts.end(),
                                    [](const ChartPlan& c) { return c.unit.zh == u"万元"; });
    REQUIRE(money != charts.end());
    CHECK(money->axisZh == u"金额（万元）");
    CHECK(money->members.size() == 1);
}

TEST_CASE("the ledger layout covers every column once, in sheet order", "[tally]")
{
    const auto& layout = ledgerLayout();
    REQUIRE(layout.size() == static_cast<std::size_t>(kColumns));
    for (std::size_t i = 0; i < layout.size(); ++i)
    {
        CHECK(static_cast<std::size_t>(layout[i].column) == i);
        CHECK(layout[i].width > 0);
        CHECK_FALSE(layout[i].message.empty());
    }
    CHECK(layout[static_cast<std::size_t>(Column::Date)].rule == CellRule::DateInYear);
    CHECK(layout[static_cast<std::size_t>(Column::Category)].rule == CellRule::CategoryFromList);
    CHECK(layout[static_cast<std::size_t>(Column::Quantity)].rule == CellRule::WholeNumber);
}
