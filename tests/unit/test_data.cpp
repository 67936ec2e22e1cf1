// SPDX-License-Identifier: MPL-2.0
// The figure reader and the data.* rules (core/data): values, precision intervals, each
// relation with an error and its consistent twin, tables, the workbook, bad input, and the real
// reports with their 从A增长到B flipped.
#include <core/checker/checker.hpp>
#include <core/data/consistency.hpp>
#include <core/data/quantities.hpp>
#include <core/text/text.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gongwen::core;
using namespace gongwen::core::data;

namespace
{

std::vector<Quantity> read(const char16_t* text)
{
    return readQuantities(text);
}

std::vector<Finding> dataFindings(std::u16string_view text)
{
    CheckOptions options;
    for (RuleFamily family : kCheckedFamilies)
        if (family != RuleFamily::Data)
            options.disable(family);
    return checkText(text, options);
}

} // namespace

TEST_CASE("figures are read with their scale, unit and exact value", "[data]")
{
    auto qs =
        read(u"共开展视察调研18次，投入1.2万元，两千多万人，百分之十点二，4.5个百分点，增长1.5倍");
    REQUIRE(qs.size() == 6);
    CHECK(qs[0].value == 18);
    CHECK(qs[0].unit == u"次");
    CHECK(qs[0].exactInteger());
    CHECK(qs[1].value == 12000);
    CHECK(qs[1].unit == u"元");
    CHECK(qs[1].scaled);
    CHECK(qs[2].approximate);
    CHECK(qs[2].low == Exact(20000000));
    CHECK(qs[2].high == Exact(30000000));
    CHECK(qs[3].measure == Measure::Percent);
    CHECK(qs[3].value == Exact(102) / 10);
    CHECK(qs[3].low == Exact(1015) / 100);
    CHECK(qs[4].measure == Measure::Points);
    CHECK(qs[5].measure == Measure::Times);
}

TEST_CASE("Chinese numerals with 万 and 亿 sections", "[data]")
{
    CHECK(read(u"五十四万亿元")[0].value == Exact(54) * powerOfTen(12));
    CHECK(read(u"二万八千亿元")[0].value == Exact(28) * powerOfTen(11));
    CHECK(read(u"三万五千一百元")[0].value == 35100);
    CHECK(read(u"一百一十四万亿元")[0].value == Exact(114) * powerOfTen(12));
    CHECK(read(u"两亿五千多万")[0].low == Exact(250000000));
    CHECK(read(u"两亿五千多万")[0].high == Exact(260000000));
    CHECK(read(u"三百二十人")[0].value == 320);
    CHECK(read(u"1,234,567元")[0].value == 1234567);
    CHECK(read(u"１２件")[0].value == 12); // full-width digits
}

TEST_CASE("what is not a figure: years, dates, ordinals, serials, names, codes", "[data]")
{
    CHECK(read(u"2026年3月5日").empty());
    CHECK(read(u"第三次会议").empty());
    CHECK(read(u"十四五规划").empty());
    CHECK(read(u"一些同志").empty());
    CHECK(read(u"5G基站").empty());
    CHECK(read(u"〔2026〕3号").empty());
    CHECK(read(u"1.加强学习").empty());
    CHECK(read(u"星期三").empty());
    // durations are figures
    CHECK(read(u"为期三天")[0].value == 3);
    CHECK(read(u"用了5年")[0].unit == u"年");
}

TEST_CASE("approximations and ranges give intervals, never equations", "[data]")
{
    auto about = read(u"约200件");
    CHECK(about[0].approximate);
    CHECK(about[0].start == 0);
    CHECK(read(u"300余条")[0].approximate);
    CHECK(read(u"95%以上")[0].approximate);
    auto range = read(u"3～5人");
    REQUIRE(range.size() == 2);
    CHECK(range[0].approximate);
    CHECK(range[1].approximate);
}

TEST_CASE("exact arithmetic and rounding as written", "[data]")
{
    CHECK(formatExact(Exact(188) / 193 * 100, 1) == u"97.4");
    CHECK(formatExact(Exact(25), 1) == u"25.0");
    CHECK(formatExact(Exact(-3), 0) == u"-3");
    CHECK(formatExact(Exact(5) / 100, 1) == u"0.1"); // half away from zero
    CHECK(*exactFromDouble(0.1) == Exact(1) / 10);   // not the binary 0.1000000000000000055…
    CHECK(!exactFromDouble(1e308));
    CHECK(weekdayOf(2026, 3, 2) == 1);
    CHECK(weekdayOf(2026, 12, 3) == 4);
    CHECK(!validDate(2026, 2, 30));
    CHECK(validDate(2024, 2, 29));
}

TEST_CASE("each relation: the error is found, its consistent twin is not", "[data]")
{
    const std::pair<const char16_t*, const char16_t*> pairs[] = {
        {u"共开展视察调研18次，其中重点视察25次。", u"共开展视察调研18次，其中重点视察15次。"},
        {u"从5200万人增加到860万人。", u"从5200万人减少到860万人。"},
        {u"参保率从88.1%提高到92.6%，提高了4.5%。",
         u"参保率从88.1%提高到92.6%，提高了4.5个百分点。"},
        {u"由80亿元增加到100亿元，增长20%。", u"由80亿元增加到100亿元，增长25%。"},
        {u"收到提案193件，办结188件，办结率99.0%。", u"收到提案193件，办结188件，办结率97.4%。"},
        {u"2026年3月2日（星期二）开会。", u"2026年3月2日（星期一）开会。"},
        {u"2026年2月10日至2月16日，共6天。", u"2026年2月10日至2月16日，共7天。"},
    };
    for (const auto& [wrong, right] : pairs)
    {
        INFO(toUtf8(wrong));
        CHECK(dataFindings(wrong).size() == 1);
        CHECK(dataFindings(right).empty());
    }
}

TEST_CASE("the message shows the computation", "[data]")
{
    auto f = dataFindings(u"收到提案193件，办结188件，办结率99.0%。");
    REQUIRE(f.size() == 1);
    CHECK(f[0].ruleId == rule::kDataShare);
    CHECK(f[0].messageZh == u"188 ÷ 193 = 97.4%，文中为 99.0%");
    CHECK(f[0].suggestions == std::vector<std::u16string>{u"97.4%"});
    CHECK(f[0].severity == Severity::Warning);
}

TEST_CASE("a date without a year takes the document's 成文日期", "[data]")
{
    const std::u16string doc =
        u"关于召开全体会议的通知\n会议定于3月2日（星期二）召开。\n区政协办公室\n2026年2月20日";
    auto f = dataFindings(doc);
    REQUIRE(f.size() == 1);
    CHECK(f[0].ruleId == rule::kDataWeekday);
    CHECK(f[0].paragraph == 1);
    CHECK(f[0].suggestions[0] == u"一");
    // Dated 2027: 2027-03-02 is a Tuesday.
    CHECK(dataFindings(u"关于召开全体会议的通知\n会议定于3月2日（星期二）召开。\n2027年2月20日")
              .empty());
    // No date anywhere: nothing to go on.
    CHECK(dataFindings(u"通知\n会议定于3月2日（星期二）召开。").empty());
}

TEST_CASE("bad input: absurd numbers, zero totals, impossible dates", "[data]")
{
    const char16_t* inputs[] = {
        u"共1000000000000000000000000000000000000000次，其中5次。",
        u"从0人增加到5人，增长20%。",
        u"共0件，办结0件，办结率100%。",
        u"共0人，其中女性0人，占50%。",
        u"2026年2月30日（星期一）至3月40日，共3天。",
        u"从1e308元增加到2e308元，增长100%。",
        u"从１２０人增加到１５０人，增长３０％。",
    };
    for (const char16_t* text : inputs)
    {
        INFO(toUtf8(text));
        for (const Finding& f : dataFindings(text))
            CHECK(f.ruleId != rule::kDataParts); // no finding built on an impossible value
    }
    // Full-width digits are figures like any other: 30 ÷ 120 = 25%.
    auto wide = dataFindings(u"从１２０人增加到１５０人，增长３０％。");
    REQUIRE(wide.size() == 1);
    CHECK(wide[0].ruleId == rule::kDataGrowth);
    // A long paragraph is read in bounded time and without a crash.
    std::u16string big;
    for (int i = 0; i < 20000; ++i)
        big += u"共9次，其中3次；从1人增加到2人，";
    CHECK(dataFindings(big).empty());
    std::u16string surrogates = u"共18次，其中";
    surrogates += char16_t(0xD800);
    surrogates += u"25次。";
    CHECK(dataFindings(surrogates).size() == 1);
}

TEST_CASE("tables: totals that do not add up and shares that do not follow", "[data]")
{
    TableText table = {
        {u"单位", u"视察", u"调研", u"合计", u"占比"}, {u"第一联络组", u"3", u"5", u"8", u"40%"},
        {u"第二联络组", u"4", u"2", u"6", u"30%"},     {u"第三联络组", u"2", u"3", u"5", u"25%"},
        {u"合计", u"9", u"10", u"20", u"100%"},
    };
    auto findings = checkTable(table);
    // 合计 row: 3 + 4 + 2 = 9 ✓, 5 + 2 + 3 = 10 ✓, 8 + 6 + 5 = 19 ≠ 20; row 4: 2 + 3 = 5 ✓;
    // shares: 8/20 = 40% ✓, 6/20 = 30% ✓, 5/20 = 25% ✓ (of the stated 20, itself wrong).
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].row == 4);
    CHECK(findings[0].column == 3);
    CHECK(findings[0].suggestion == u"19");
    CHECK(findings[0].messageZh == u"第 5 行第 4 列：上面各行之和为 19，表中为 20");

    table[4][3] = u"19";
    table[1][4] = u"42.1%"; // 8/19 = 42.1
    table[2][4] = u"31.6%";
    table[3][4] = u"25.0%"; // 5/19 = 26.3
    findings = checkTable(table);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].row == 3);
    CHECK(findings[0].column == 4);
    CHECK(findings[0].suggestion == u"26.3%");

    TableText rowTotals = {
        {u"单位", u"男", u"女", u"合计"}, {u"甲", u"3", u"4", u"7"}, {u"乙", u"5", u"6", u"12"}};
    findings = checkTable(rowTotals);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].row == 2);
    CHECK(findings[0].suggestion == u"11");

    TableText fine = {{u"单位", u"人数"}, {u"甲", u"1,200"}, {u"乙", u"800"}, {u"合计", u"2,000"}};
    CHECK(checkTable(fine).empty());
    TableText text = {{u"事项", u"说明"}, {u"合计", u"见附件"}};
    CHECK(checkTable(text).empty());
}

TEST_CASE("a plain figure that contradicts the linked workbook", "[data]")
{
    const std::vector<IndicatorValue> indicators = {
        {u"视察调研次数", 18, u"指标.B5"},
        {u"捐款捐物金额", 12.5, u"指标.B9"},
        {u"委员调整人数", 3, u"指标.B2"},
    };
    std::vector<Finding> out;
    checkAgainstIndicators(0, u"全年开展视察调研20次，捐款捐物12.5万元，调整委员3名。", indicators,
                           out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].ruleId == rule::kDataWorkbook);
    CHECK(out[0].suggestions[0] == u"18");
    CHECK(out[0].messageZh ==
          u"统计表中指标“视察调研次数”（指标.B5）为 18，文中为 20次：建议插入统计数字");
    out.clear();
    checkAgainstIndicators(0, u"全年开展视察调研18次，捐款捐物15万元，调整委员4名。", indicators,
                           out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].suggestions[0] == u"12.5"); // in place of "15" before 万元
    CHECK(out[0].length == 2);
    CHECK(out[0].indicator == u"捐款捐物金额");
    CHECK(out[0].messageZh ==
          u"统计表中指标“捐款捐物金额”（指标.B9）为 12.5万元，文中为 15万元：建议插入统计数字");
    CHECK(out[1].suggestions[0] == u"3");
    out.clear();
    // Approximations that hold, other units, no indicator named: quiet.
    checkAgainstIndicators(0, u"开展视察调研10余次，视察调研18人次，开展调研20次。", indicators,
                           out);
    CHECK(out.empty());
}

namespace
{

std::vector<std::u16string> corpusReports()
{
    std::vector<std::u16string> out;
    const auto dir = std::filesystem::path(GONGWEN_SOURCE_DIR) / "tests" / "corpus";
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".txt")
        {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            out.push_back(fromUtf8(s.str()));
        }
    return out;
}

} // namespace

TEST_CASE("real reports: quiet as written, caught at the verb when 从A增长到B is flipped",
          "[data][corpus]")
{
    const std::pair<std::u16string_view, std::u16string_view> opposites[] = {
        {u"增长到", u"下降到"}, {u"增加到", u"减少到"}, {u"减少到", u"增加到"},
        {u"下降到", u"上升到"}, {u"提高到", u"降低到"},
    };
    int flipped = 0;
    for (const std::u16string& report : corpusReports())
    {
        CHECK(dataFindings(report).empty());
        for (const auto& [from, to] : opposites)
            for (std::size_t at = report.find(from); at != std::u16string::npos;
                 at = report.find(from, at + 1))
            {
                // Only where the sentence states a change between two figures: 从 … 增长到 ….
                const std::size_t lineStart = report.rfind(u'\n', at) == std::u16string::npos
                                                  ? 0
                                                  : report.rfind(u'\n', at) + 1;
                const std::size_t open = report.rfind(u'从', at);
                if (open == std::u16string::npos || open < lineStart || at - open > 16 ||
                    report.substr(open, at - open).find_first_of(u"，。；、") !=
                        std::u16string::npos)
                    continue;
                std::u16string changed = report;
                changed.replace(at, from.size(), to);
                const auto paragraphs = splitParagraphs(changed);
                bool caught = false;
                for (const Finding& f : dataFindings(changed))
                    caught = caught || f.ruleId == rule::kDataDirection;
                INFO(toUtf8(report.substr(open, 30)));
                CHECK(caught);
                ++flipped;
            }
    }
    CHECK(flipped >= 6);
}
