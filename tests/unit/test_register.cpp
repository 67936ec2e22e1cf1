// SPDX-License-Identifier: MPL-2.0
// 口径库 (register.*) and the multi-pattern matcher it runs on.
#include <core/checker/checker.hpp>
#include <core/checker/live.hpp>
#include <core/text/multi_pattern.hpp>
#include <core/text/text.hpp>
#include <core/typo/model.hpp>
#include <core/wording/register.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gongwen::core;
using namespace gongwen::core::wording;

namespace
{

// The fictional 区政协 of the sample report.
const RegisterSheets kSheets{
    u"姓名,职务,排序,起始日期,终止日期\n"
    u"张三,主席,1,2026-01-15,\n"
    u"张三,副主席,2,2021-01-10,2026-01-14\n"
    u"李四,副主席,2,2021-01-10,\n"
    u"王五,副主席,3,2021-01-10,\n"
    u"赵六,秘书长,4,2021-01-10,\n",
    u"全称,规范简称,不规范写法\n"
    u"中国人民政治协商会议某某区委员会,区政协,某某区政协会、区政治协商会\n",
    u"规范表述,不规范表述,说明,起始日期,终止日期\n"
    u"协商议政,协商议事,2025 年起统一,2025-01-01,\n",
    u"词,说明\n"
    u"领导小组长,应写“领导小组组长”\n"};

std::shared_ptr<const Register> sample()
{
    std::vector<RegisterProblem> problems;
    auto reg = Register::read(kSheets, problems);
    REQUIRE(problems.empty());
    return reg;
}

std::vector<Finding> registerFindings(std::u16string_view text, Day day)
{
    CheckOptions options;
    options.wordingRegister = sample();
    options.registerDay = day;
    std::vector<Finding> out;
    for (Finding& f : checkParagraphs({text}, options))
        if (familyOf(f.ruleId) == RuleFamily::Register)
            out.push_back(std::move(f));
    return out;
}

std::u16string covered(std::u16string_view text, const Finding& f)
{
    return std::u16string(text.substr(f.start, f.length));
}

const Day kNow{2026, 11, 29};

// Near names and common words read the typo model, located before any test reads it.
const bool kModelLocated = (typo::setDataDirectory(GONGWEN_TYPO_DATA_DIR), true);
const Day kLastYear{2025, 6, 1};

} // namespace

TEST_CASE("the matcher finds every pattern, overlapping ones too", "[register]")
{
    MultiPattern m;
    m.add(u"政协", 1);
    m.add(u"区政协", 2);
    m.add(u"协商", 3);
    m.add(u"政协委员", 4);
    m.build();
    const auto found = m.findAll(u"区政协委员协商");
    std::vector<std::tuple<std::size_t, std::size_t, std::uint32_t>> got;
    for (const auto& f : found)
        got.emplace_back(f.start, f.end, f.id);
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::tuple<std::size_t, std::size_t, std::uint32_t>>{
                     {0, 3, 2}, {1, 3, 1}, {1, 5, 4}, {5, 7, 3}});
    MultiPattern empty;
    empty.build();
    CHECK(empty.findAll(u"区政协").empty());
}

TEST_CASE("dates are read as YYYY-MM-DD and open at an empty end", "[register]")
{
    CHECK(parseDay(u"2026-03-01")->key() == 20260301);
    CHECK(parseDay(u"2024-02-29").has_value());
    CHECK_FALSE(parseDay(u"2025-02-29").has_value());
    // As people type dates into a cell Calc keeps as text.
    CHECK(parseDay(u"2026年3月1日")->key() == 20260301);
    CHECK(parseDay(u"2026/3/1")->key() == 20260301);
    CHECK(parseDay(u"2026.03.01")->key() == 20260301);
    CHECK_FALSE(parseDay(u"2026年3月").has_value());
    CHECK_FALSE(parseDay(u"三月一日").has_value());
    CHECK_FALSE(parseDay(u"20260301").has_value());
    CHECK_FALSE(parseDay(u"2026-13-01").has_value());
    // Date cells of a workbook: serials as Calc counts them.
    CHECK(isoText(*dayOfSerial(46082)) == u"2026-03-01");
    CHECK(isoText(*dayOfSerial(45351)) == u"2024-02-29");
    CHECK(isoText(*dayOfSerial(25569.75)) == u"1970-01-01");
    CHECK_FALSE(dayOfSerial(0).has_value());
    CHECK_FALSE(dayOfSerial(-3).has_value());
    CHECK(validOn(kNow, Day{}, Day{}));
    CHECK(validOn(kNow, Day{2026, 1, 15}, Day{}));
    CHECK_FALSE(validOn(kLastYear, Day{2026, 1, 15}, Day{}));
}

TEST_CASE("a title that does not match the register on the document's date", "[register]")
{
    const std::u16string_view text = u"张三副主席出席会议并讲话。";
    auto found = registerFindings(text, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.title");
    CHECK(covered(text, found[0]) == u"副主席");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"主席"});
    // Last year he was 副主席: right in last year's report.
    CHECK(registerFindings(text, kLastYear).empty());
    // The title before the name.
    const std::u16string_view before = u"副主席张三出席会议。";
    found = registerFindings(before, kNow);
    REQUIRE(found.size() == 1);
    CHECK(covered(before, found[0]) == u"副主席");
    CHECK(registerFindings(u"张三主席、李四副主席出席会议。", kNow).empty());
}

TEST_CASE("a name one character off next to the person's title", "[register]")
{
    const std::u16string_view text = u"秘书长赵陆主持会议。";
    const auto found = registerFindings(text, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.name");
    CHECK(covered(text, found[0]) == u"赵陆");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"赵六"});
    // Quiet where the register knows nothing: another 秘书长 is not a misspelt 赵六 unless one off.
    CHECK(registerFindings(u"秘书长钱七主持会议。", kNow).empty());
}

TEST_CASE("a name written with a character of the same sound or shape, where a name stands",
          "[register]")
{
    // Next to 同志, in a list with register names, next to another person's title.
    const struct
    {
        std::u16string_view text, written, meant;
    } planted[] = {{u"李思同志作了发言。", u"李思", u"李四"},
                   {u"张三、王伍参加调研。", u"王伍", u"王五"},
                   {u"王五、李肆和赵六参加调研。", u"李肆", u"李四"},
                   {u"主席赵柳到会。", u"赵柳", u"赵六"}};
    for (const auto& p : planted)
    {
        INFO(toUtf8(p.text));
        const auto found = registerFindings(p.text, kNow);
        REQUIRE(found.size() >= 1);
        CHECK(found[0].ruleId == "register.name");
        CHECK(covered(p.text, found[0]) == p.written);
        CHECK(found[0].suggestions == std::vector<std::u16string>{std::u16string(p.meant)});
    }
    // Quiet: a different character with no likeness (李明 is not 李四), a word of its own, no
    // anchor at all, the right names.
    for (std::u16string_view quiet : {u"李明同志作了发言。", u"张三、王明参加调研。", u"李思出席。",
                                      u"张三、李四参加调研。", u"张三同志主持会议。"})
    {
        INFO(toUtf8(quiet));
        CHECK(registerFindings(quiet, kNow).empty());
    }
}

TEST_CASE("people listed out of the register's order", "[register]")
{
    const std::u16string_view text = u"王五、李四和赵六参加调研。";
    const auto found = registerFindings(text, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.order");
    CHECK(covered(text, found[0]) == u"王五、李四和赵六");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"李四、王五和赵六"});
    CHECK(registerFindings(u"李四、王五和赵六参加调研。", kNow).empty());
    // With titles: the items move with them.
    const std::u16string_view titled = u"王五副主席、张三主席出席。";
    const auto withTitles = registerFindings(titled, kNow);
    REQUIRE(withTitles.size() == 1);
    CHECK(withTitles[0].suggestions == std::vector<std::u16string>{u"张三主席、王五副主席"});
}

TEST_CASE("organ names, approved wording and banned words", "[register]")
{
    const std::u16string_view organ = u"某某区政协会召开常委会议。";
    auto found = registerFindings(organ, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.organ");
    CHECK(covered(organ, found[0]) == u"某某区政协会");
    CHECK(found[0].suggestions ==
          std::vector<std::u16string>{u"区政协", u"中国人民政治协商会议某某区委员会"});
    CHECK(registerFindings(u"区政协召开常委会议。", kNow).empty());

    const std::u16string_view phrase = u"围绕中心工作开展协商议事。";
    found = registerFindings(phrase, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.phrase");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"协商议政"});
    CHECK(registerFindings(phrase, Day{2024, 6, 1}).empty()); // before the rule began

    const std::u16string_view banned = u"领导小组长由主席担任。";
    found = registerFindings(banned, kNow);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.forbidden");
    CHECK(found[0].suggestions.empty());
    CHECK(found[0].messageZh.find(u"领导小组组长") != std::u16string::npos);
}

TEST_CASE("the document's 成文日期 decides, else today", "[register]")
{
    CheckOptions options;
    options.wordingRegister = sample();
    const std::vector<std::u16string_view> lastYear = {u"张三副主席出席会议。", u"区政协办公室",
                                                       u"2025年6月1日"};
    CHECK(checkParagraphs(lastYear, options).empty());
    const std::vector<std::u16string_view> thisYear = {u"张三副主席出席会议。", u"区政协办公室",
                                                       u"2026年11月29日"};
    const auto found = checkParagraphs(thisYear, options);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "register.title");
    CHECK(documentDay({u"正文", u"2026年3月9日"})->key() == 20260309);
    CHECK_FALSE(documentDay({u"正文。"}).has_value());
}

TEST_CASE("a list a line each, out of the register's order", "[register]")
{
    CheckOptions options;
    options.wordingRegister = sample();
    options.registerDay = kNow;
    auto orderFindings = [&](std::vector<std::u16string_view> lines)
    {
        std::vector<Finding> out;
        for (Finding& f : checkParagraphs(lines, options))
            if (f.ruleId == "register.order")
                out.push_back(std::move(f));
        return out;
    };
    const auto found = orderFindings(
        {u"出席：", u"王五　区政协副主席", u"李四 副主席", u"张三主席", u"列席：", u"赵六"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == 1);
    CHECK(found[0].start == 0);
    CHECK(found[0].length == 2);
    CHECK(found[0].messageZh.find(u"张三、李四、王五") != std::u16string::npos);
    // In order; a line that only starts like a name (张三丰); sentences are not list lines.
    CHECK(orderFindings({u"出席：", u"张三 主席", u"李四 副主席", u"王五 副主席"}).empty());
    CHECK(orderFindings({u"王五 副主席", u"张三丰来访"}).empty());
    CHECK(orderFindings({u"王五副主席主持召开专题协商会，听取各方面意见建议并作总结讲话。",
                         u"张三主席出席会议并讲话，对下一步工作提出明确要求，强调要抓好落实。"})
              .empty());
}

TEST_CASE("live marks read the register on the document's date, and follow a new date line",
          "[register]")
{
    CheckOptions options;
    options.wordingRegister = sample();
    LiveDocument live(options);
    live.update({u"张三副主席出席会议。", u"2025年6月1日"});
    auto titles = [&]
    {
        std::size_t n = 0;
        for (const Finding& f : live.findingsOf(0))
            n += f.ruleId == "register.title";
        return n;
    };
    CHECK(titles() == 0); // in 2025 he was 副主席
    const auto changed = live.setParagraph(1, u"2026年11月29日");
    CHECK(changed == std::vector<std::size_t>{0, 1}); // the title's paragraph is marked again
    CHECK(titles() == 1);
    // Typing elsewhere keeps the day: only that paragraph changes.
    CHECK(live.setParagraph(0, u"张三副主席出席会议并讲话。") == std::vector<std::size_t>{0});
}

TEST_CASE("bad registers are read as far as they go, naming sheet and row", "[register]")
{
    std::vector<RegisterProblem> problems;
    const RegisterSheets sheets{
        u"姓名,职务,排序,起始日期,终止日期\n张三,主席,一,,\n李四,副主席,2,2026/3/1x,\n"
        u"王五,副主席,3,2026-05-01,2026-01-01\n赵六,秘书长,4,,\n",
        u"名称,简称\n某某,某\n", std::nullopt, u"词,说明\n,空\n"};
    const auto reg = Register::read(sheets, problems);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].sheet == u"人员");
    CHECK(problems[0].row == 2);
    CHECK(problems[1].row == 3);
    CHECK(problems[2].row == 4);
    CHECK(problems[3].sheet == u"机构");
    CHECK(problems[3].row == 1);
    CHECK(problems[4].sheet == u"禁用词");
    REQUIRE(reg->people().size() == 1);
    CHECK(reg->people()[0].name == u"赵六");
    for (const RegisterProblem& p : problems)
        CHECK((!p.messageZh.empty() && !p.messageEn.empty()));
}

TEST_CASE("a workbook's cells are read like the CSV sheets", "[register]")
{
    RegisterTables tables;
    tables.people = SheetRows{{u"排序", u"姓名", u"职务"},
                              {u"1", u" 张三 ", u"主席"},
                              {},
                              {u"", u"", u""},
                              {u"2", u"李四"}};
    tables.bannedWords = SheetRows{{u"词"}, {u"领导小组长"}};
    std::vector<RegisterProblem> problems;
    const auto reg = Register::read(tables, problems);
    CHECK(problems.empty());
    REQUIRE(reg->people().size() == 2);
    CHECK(reg->people()[0].name == u"张三");
    CHECK(reg->people()[0].order == 1);
    CHECK(reg->people()[1].title.empty());
    CHECK(reg->people()[1].row == 5); // blank rows still count
    REQUIRE(reg->bannedWords().size() == 1);
    CHECK(reg->organs().empty());
}

TEST_CASE("检查口径库 finds what reads well but would mislead", "[register]")
{
    std::vector<RegisterProblem> problems;
    const RegisterSheets sheets{
        u"姓名,职务,排序,起始日期,终止日期\n"
        u"张三,主席,1,2026-01-15,\n"
        u"张三,副主席,2,2021-01-10,2026-01-31\n"  // overlaps row 2 by 17 days
        u"李四,,2,,\n"                            // no title
        u"黎明,委员,5,2021-01-01,\n"              // a common word
        u"黎明,副主任,6,2020-01-01,2020-12-31\n", // … said once
        u"全称,规范简称,不规范写法\n"
        u"中国人民政治协商会议某某区委员会,区政协,区政协会\n"
        u"某某区人民政府,区政府,区政协会\n", // listed twice
        u"规范表述,不规范表述,说明,起始日期,终止日期\n协商议政,区政府,,,\n",
        u"词,说明\n区政协,不用\n"};
    const auto reg = Register::read(sheets, problems);
    REQUIRE(problems.empty());
    const auto found = auditRegister(*reg, [](std::u16string_view w) { return w == u"黎明"; });
    std::vector<std::pair<std::u16string, std::size_t>> where;
    for (const RegisterProblem& p : found)
    {
        where.emplace_back(p.sheet, p.row);
        CHECK((!p.messageZh.empty() && !p.messageEn.empty()));
    }
    const std::vector<std::pair<std::u16string, std::size_t>> expected{
        {u"人员", 3}, {u"人员", 4}, {u"人员", 5}, {u"机构", 3}, {u"提法", 2}, {u"禁用词", 2}};
    CHECK(where == expected);
    CHECK(found[0].messageZh.find(u"第 2 行") != std::u16string::npos);
    // The sample register is clean.
    CHECK(auditRegister(*sample(), [](std::u16string_view) { return false; }).empty());
    // The typo model's lexicon tells common words from names.
    CHECK(registerNameIsCommonWord(u"黎明"));
    CHECK(registerNameIsCommonWord(u"发展"));
    CHECK_FALSE(registerNameIsCommonWord(u"李明"));
    CHECK_FALSE(registerNameIsCommonWord(u"赵六"));
}

TEST_CASE("加入口径库: the sheet a selection goes to, the new row's check, its CSV line",
          "[register]")
{
    CHECK(likelySheetFor(u"区发展和改革委员会") == u"机构");
    CHECK(likelySheetFor(u"区政府办公室") == u"机构");
    CHECK(likelySheetFor(u" 钱七 ") == u"人员");
    CHECK(likelySheetFor(u"欧阳晓明") == u"人员");
    CHECK(likelySheetFor(u"高质量发展") == u"提法");
    CHECK(likelySheetFor(u"Zhang San") == u"提法");
    CHECK(columnsOf(u"人员").size() == 5);
    CHECK(columnsOf(u"禁用词") == std::vector<std::u16string_view>{u"词", u"说明"});
    CHECK(columnsOf(u"别的").empty());
    CHECK_FALSE(problemOfNewRow(u"人员", {u"钱七", u"委员", u"5", u"2026-01-01", u""}).has_value());
    const auto badOrder = problemOfNewRow(u"人员", {u"钱七", u"委员", u"五", u"", u""});
    REQUIRE(badOrder.has_value());
    CHECK(badOrder->messageZh.find(u"整数") != std::u16string::npos);
    CHECK(problemOfNewRow(u"人员", {u"钱七", u"委员", u"", u"2026-02-30", u""}).has_value());
    CHECK(problemOfNewRow(u"提法", {u"协商议政", u"", u"", u"", u""}).has_value()); // no wrong form
    CHECK(problemOfNewRow(u"机构", {u"", u"", u""}).has_value());
    CHECK_FALSE(problemOfNewRow(u"禁用词", {u"领导小组长", u""}).has_value());
    CHECK(csvLine({u"钱七", u"委员", u"5"}) == u"钱七,委员,5");
    CHECK(csvLine({u"a,b", u"say \"hi\"", u"x\ny"}) == u"\"a,b\",\"say \"\"hi\"\"\",\"x y\"");
    // What csvLine writes reads back as the same cells.
    const RegisterSheets sheets{
        std::nullopt, std::nullopt, std::nullopt,
        u"词,说明\n" + csvLine({u"领导小组长", u"应写“领导小组组长”, 见通知"}) + u"\n"};
    std::vector<RegisterProblem> problems;
    const auto reg = Register::read(sheets, problems);
    REQUIRE(reg->bannedWords().size() == 1);
    CHECK(reg->bannedWords()[0].note == u"应写“领导小组组长”, 见通知");
}

TEST_CASE("planted errors and their correct twins, in sentences as reports write them", "[register]")
{
    // Each planted sentence has exactly one register finding, of that rule, with that
    // suggestion; its twin, written right, has none.
    const struct
    {
        std::u16string_view planted, twin;
        const char* rule;
        std::u16string_view suggestion; // empty: a finding without one (禁用词)
    } cases[] = {
        {u"会议由张三副主席主持。", u"会议由张三主席主持。", "register.title", u"主席"},
        {u"区政协副主席张三出席。", u"区政协主席张三出席。", "register.title", u"主席"},
        {u"赵六副主席作总结讲话。", u"赵六秘书长作总结讲话。", "register.title", u"秘书长"},
        {u"秘书长赵陆主持会议。", u"秘书长赵六主持会议。", "register.name", u"赵六"},
        {u"李思同志参加调研。", u"李四同志参加调研。", "register.name", u"李四"},
        {u"张三、王伍参加调研。", u"张三、王五参加调研。", "register.name", u"王五"},
        {u"副主席李肆出席会议。", u"副主席李四出席会议。", "register.name", u"李四"},
        {u"王五、李四、赵六参加。", u"李四、王五、赵六参加。", "register.order", u"李四、王五、赵六"},
        {u"赵六和张三出席。", u"张三和赵六出席。", "register.order", u"张三和赵六"},
        {u"区政治协商会召开常委会议。", u"区政协召开常委会议。", "register.organ", u"区政协"},
        {u"某某区政协会组织委员视察。", u"某某区政协组织委员视察。", "register.organ", u"区政协"},
        {u"各界对区政治协商会的工作给予肯定。", u"各界对区政协的工作给予肯定。", "register.organ",
         u"区政协"},
        {u"围绕中心开展协商议事活动。", u"围绕中心开展协商议政活动。", "register.phrase", u"协商议政"},
        {u"由主席担任领导小组长。", u"由主席担任领导小组组长。", "register.forbidden", u""},
    };
    std::size_t found = 0, right = 0, falseAlarms = 0;
    for (const auto& c : cases)
    {
        INFO(toUtf8(c.planted));
        const auto planted = registerFindings(c.planted, kNow);
        if (planted.size() == 1 && planted[0].ruleId == c.rule &&
            (c.suggestion.empty() ? planted[0].suggestions.empty()
                                  : planted[0].suggestions.front() == c.suggestion))
            ++found;
        else
            for (const Finding& f : planted)
                UNSCOPED_INFO(f.ruleId << " " << toUtf8(covered(c.planted, f)));
        CHECK(planted.size() == 1);
        const auto twin = registerFindings(c.twin, kNow);
        falseAlarms += twin.size();
        right += twin.empty();
        CHECK(twin.empty());
    }
    // The figures for the README: found with the right suggestion, twins left alone.
    WARN("register eval: " << found << "/" << std::size(cases) << " planted found, " << right << "/"
                           << std::size(cases) << " twins quiet, " << falseAlarms
                           << " false alarms");
    CHECK(found == std::size(cases));
}

TEST_CASE("without a register nothing is reported", "[register]")
{
    CHECK(checkParagraphs({u"张三副主席出席会议。"}, CheckOptions{}).empty());
}
