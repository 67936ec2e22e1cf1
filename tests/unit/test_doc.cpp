// SPDX-License-Identifier: MPL-2.0
// doc.number, doc.kind, doc.title: the 发文字号 and the title of a 公文.
#include <core/checker/checker.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gongwen::core;

namespace
{

std::vector<Finding> docFindings(std::u16string_view text)
{
    std::vector<Finding> out;
    for (Finding& f : checkText(text))
        if (familyOf(f.ruleId) == RuleFamily::Document)
            out.push_back(std::move(f));
    return out;
}

std::u16string covered(std::u16string_view text, const Finding& f)
{
    return std::u16string(text.substr(f.start, f.length));
}

} // namespace

TEST_CASE("a 发文字号 in the standard's form is quiet", "[doc]")
{
    CHECK(docFindings(u"X政发〔2026〕5号").empty());
    CHECK(docFindings(u"区政协办〔2026〕123号").empty());
    CHECK(docFindings(u"根据《关于加强协商工作的意见》（区委发〔2025〕12号）要求，现通知如下：")
              .empty());
    // Not 发文字号: a year in brackets without an organ code or without 号.
    CHECK(docFindings(u"（2026）年度计划").empty());
    CHECK(docFindings(u"本届（2026）共5项").empty());
    CHECK(docFindings(u"预算（2026）5万元").empty());
    // Spaces after the number (before 签发人) are the line's, not the number's.
    CHECK(docFindings(u"X政发〔2026〕5号　　　　签发人：张三").empty());
    // Two Chinese digits are not a year; a year of Chinese digits needs all four.
    CHECK(docFindings(u"会议（二六）5号").empty());
}

TEST_CASE("each fault of a 发文字号 is named and the whole number rewritten", "[doc]")
{
    struct Case
    {
        std::u16string_view text, written, fixed, namedZh;
    };
    const Case cases[] = {
        {u"X政发[2026]5号", u"[2026]5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发（2026）5号", u"（2026）5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发【2026】5号", u"【2026】5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发〔26〕5号", u"〔26〕5号", u"〔2026〕5号", u"年份写全"},
        {u"X政发〔2026〕第5号", u"〔2026〕第5号", u"〔2026〕5号", u"第"},
        {u"X政发〔2026〕05号", u"〔2026〕05号", u"〔2026〕5号", u"前导零"},
        {u"X政发〔２０２６〕５号", u"〔２０２６〕５号", u"〔2026〕5号", u"阿拉伯数字"},
        {u"X政发(26)第003号", u"(26)第003号", u"〔2026〕3号", u"第"},
        {u"X政发﹝2026﹞5号", u"﹝2026﹞5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发〔2026]5号", u"〔2026]5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发〔2026年〕5号", u"〔2026年〕5号", u"〔2026〕5号", u"不加“年”"},
        {u"X政发〈2026〉5号", u"〈2026〉5号", u"〔2026〕5号", u"六角括号"},
        {u"X政发〔二〇二六〕5号", u"〔二〇二六〕5号", u"〔2026〕5号", u"阿拉伯数字"},
        {u"X政发 〔2026〕 5 号", u" 〔2026〕 5 号", u"〔2026〕5号", u"空格"},
        {u"X政发〔2026〕5　号", u"〔2026〕5　号", u"〔2026〕5号", u"空格"},
    };
    for (const Case& c : cases)
    {
        INFO(std::string(c.text.begin(), c.text.end()).size());
        const auto found = docFindings(c.text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].ruleId == "doc.number");
        CHECK(covered(c.text, found[0]) == c.written);
        CHECK(found[0].suggestions == std::vector<std::u16string>{std::u16string(c.fixed)});
        CHECK(found[0].messageZh.find(c.namedZh) != std::u16string::npos);
        CHECK_FALSE(found[0].messageEn.empty());
    }
}

TEST_CASE("a 发文字号 whose year has three or five digits: named, no guess", "[doc]")
{
    for (std::u16string_view text : {u"X政发〔206〕5号", u"X政发〔20206〕5号"})
    {
        const auto found = docFindings(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].ruleId == "doc.number");
        CHECK(found[0].suggestions.empty());
        CHECK(found[0].messageZh.find(u"四位") != std::u16string::npos);
    }
    CHECK(docFindings(u"X政发〔6〕5号").empty()); // one digit: not read as a year
    // A serial in Chinese numerals reads as an ordinal as often as a 字号: not read.
    CHECK(docFindings(u"【重要】事项〔2025〕第一号").empty());
}

TEST_CASE("a 发文字号 cited in the body is checked too", "[doc]")
{
    const std::u16string_view text = u"按照区委办〔2026〕第8号文件精神。";
    const auto found = docFindings(text);
    REQUIRE(found.size() == 1);
    CHECK(covered(text, found[0]) == u"〔2026〕第8号");
}

TEST_CASE("stacked 文种 in a title", "[doc]")
{
    const std::u16string_view request = u"关于申请办公经费的请示报告";
    auto found = docFindings(request);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.kind");
    CHECK(covered(request, found[0]) == u"请示报告");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"请示", u"报告"});

    const std::u16string_view apply = u"区政协办公室关于购置设备的申请报告";
    found = docFindings(apply);
    REQUIRE(found.size() == 1);
    CHECK(covered(apply, found[0]) == u"申请报告");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"请示", u"报告"});

    const std::u16string_view notice = u"关于开展专项检查的意见通知";
    found = docFindings(notice);
    REQUIRE(found.size() == 1);
    CHECK(covered(notice, found[0]) == u"意见通知");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"意见", u"通知"});
}

TEST_CASE("a 文种 nested in another by 的", "[doc]")
{
    const std::u16string_view reply = u"关于XX问题的批复的请示";
    auto found = docFindings(reply);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.kind");
    CHECK(covered(reply, found[0]) == u"批复的");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u""});
    // With 关于对 as well: both faults, each its own finding.
    found = docFindings(u"关于对XX问题的批复的请示");
    CHECK(found.size() == 2);
    CHECK(docFindings(u"关于召开主席会议的通知的通知").size() == 1);
    // Passing a document on names it: right.
    for (std::u16string_view title :
         {u"关于转发X市关于做好防汛工作的通知的通知", u"关于印发X区协商工作规则的通知",
          u"关于批转区发展改革委关于2027年计划的报告的通知", u"关于转发《X市办法》的通知"})
    {
        INFO(title.size());
        CHECK(docFindings(title).empty());
    }
}

TEST_CASE("titles with one 文种 are quiet", "[doc]")
{
    for (std::u16string_view title :
         {u"关于申请办公经费的请示", u"区政协关于2026年度工作情况的报告", u"关于开展专项检查的通知",
          u"关于同意设立协商议事室的批复", u"关于商请支持调研工作的函",
          u"关于印发《协商工作规则》的通知", u"关于做好“两会”筹备工作的紧急通知",
          u"关于加强和改进委员履职工作的实施意见", u"关于对口支援工作的报告",
          u"关于对外交流合作情况的报告"})
    {
        INFO(title.size());
        CHECK(docFindings(title).empty());
    }
}

TEST_CASE("关于对 in a title", "[doc]")
{
    const std::u16string_view reply = u"关于对区文联请示事项的批复";
    const auto found = docFindings(reply);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.title");
    CHECK(covered(reply, found[0]) == u"关于对");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"关于"});
}

TEST_CASE("punctuation in a title", "[doc]")
{
    const std::u16string_view comma = u"关于加强监督，提高质量的意见";
    auto found = docFindings(comma);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.title");
    CHECK(covered(comma, found[0]) == u"，");
    CHECK(found[0].suggestions.empty());

    const std::u16string_view stop = u"关于召开全体会议的通知。";
    found = docFindings(stop);
    REQUIRE(found.size() == 1);
    CHECK(covered(stop, found[0]) == u"。");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u""});
}

TEST_CASE("marks inside 《》 and quotes, and a list's label, are not the title's", "[doc]")
{
    for (std::u16string_view quiet :
         {u"关于印发《关于加快发展，推动转型的若干措施》的通知", u"关于开展“学习，践行”活动的通知",
          u"附件：关于2025年度提案办理情况的报告", u"附件2：关于2025年度提案办理情况的报告",
          u"1.关于做好防汛抗旱工作的通知", u"2. 关于印发《防汛应急预案》的通知",
          u"三、关于下一步工作的意见", u"（一）关于提案办理工作的报告"})
    {
        INFO(quiet.size());
        CHECK(docFindings(quiet).empty());
    }
    // A mark outside the name still counts; so does one after a label.
    CHECK(docFindings(u"关于印发《若干措施》，推动转型的通知").size() == 1);
    CHECK(docFindings(u"附件：关于加强监督，提高质量的意见").size() == 1);
    // An organ's name is not a label: its comma is the title's.
    CHECK(docFindings(u"区政府，关于加强监督的意见").size() == 1);
}

TEST_CASE("body sentences that mention a 文种 are not titles", "[doc]")
{
    for (std::u16string_view sentence :
         {u"根据《关于加强协商工作的意见》要求，结合实际，现将有关事项通知如下：",
          u"会议传达学习了区委关于做好年度工作的通知。现将有关情况报告如下。",
          u"以上请示，妥否，请批示。", u"特此报告。", u"关于这个问题，我们已向区委作了专题报告",
          u"现就有关工作提出如下意见。关于这项工作的意见"})
    {
        INFO(sentence.size());
        CHECK(docFindings(sentence).empty());
    }
}

TEST_CASE("a 请示 names a contact under its date", "[doc]")
{
    const std::u16string_view without =
        u"关于增设协商议事室的请示\n区委：\n为推进协商议事工作，拟增设协商议事室一间。\n妥否，请批"
        u"示。\n区政协办公室\n2026年11月29日";
    auto found = docFindings(without);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].paragraph == 0);
    CHECK(found[0].messageZh.find(u"联系人") != std::u16string::npos);

    const std::u16string with = std::u16string(without) + u"\n（联系人：张三，电话：12345678）";
    CHECK(docFindings(with).empty());
    // A draft without its 成文日期 yet is not finished: its 附注 is not asked for.
    CHECK(
        docFindings(u"关于增设协商议事室的请示\n区委：\n为推进协商议事工作，拟增设协商议事室一间。")
            .empty());
}

TEST_CASE("a 请示 asks for one thing", "[doc]")
{
    const std::u16string_view two =
        u"关于申请办公经费和增加编制的请示\n区委：\n……\n（联系人：张三，电话：12345678）";
    const auto found = docFindings(two);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].messageZh.find(u"一文一事") != std::u16string::npos);
    // One request with two objects is one request.
    CHECK(docFindings(u"关于申请购买电脑和打印机经费的请示\n（联系人：张三，电话：1）").empty());
}

TEST_CASE("a 请示 goes to one 主送机关", "[doc]")
{
    const std::u16string_view two = u"关于增设协商议事室的请示\n区委、区政府：\n拟增设协商议事室一"
                                    u"间。\n妥否，请批示。\n区政协办公室\n"
                                    u"2026年11月29日\n（联系人：张三，电话：12345678）";
    const auto found = docFindings(two);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].paragraph == 1);
    CHECK(found[0].messageZh.find(u"一个主送机关") != std::u16string::npos);
    std::u16string one(two);
    one.replace(one.find(u"区委、区政府"), 6, u"区委");
    CHECK(docFindings(one).empty());
    // A 通知 goes to many.
    CHECK(docFindings(u"关于开展专题调研的通知\n各专委会、各界别：\n……").empty());
}

TEST_CASE("a 请示 closes by asking, not by reporting", "[doc]")
{
    const std::u16string_view closing =
        u"关于增设协商议事室的请示\n区委：\n拟增设协商议事室一间。\n特此报告。\n区政协办公室\n"
        u"2026年11月29日\n（联系人：张三，电话：12345678）";
    const auto found = docFindings(closing);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].paragraph == 3);
    CHECK(covered(u"特此报告。", found[0]) == u"特此报告");
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"妥否，请批示"});
    // A 报告 closes so.
    CHECK(docFindings(u"关于协商议事工作的报告\n区委：\n……\n特此报告。").empty());
}

TEST_CASE("a 报告 asks for no approval", "[doc]")
{
    const std::u16string_view report =
        u"区政协关于2026年度工作情况的报告\n区委：\n今年以来……\n以上报告，妥否，请批示。";
    const auto found = docFindings(report);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.report");
    CHECK(found[0].paragraph == 3);
    CHECK(covered(u"以上报告，妥否，请批示。", found[0]) == u"妥否");
    CHECK(docFindings(u"区政协关于2026年度工作情况的报告\n区委：\n今年以来……\n特此报告。").empty());
    // Without a title of that shape the document's kind is unknown: quiet.
    CHECK(docFindings(u"2026年度工作总结\n今年以来……\n妥否，请批示。").empty());
}

TEST_CASE("a 请示 or 报告 with a 发文字号 names its 签发人", "[doc]")
{
    const std::u16string_view without =
        u"区政协办〔2026〕5号\n关于增设协商议事室的请示\n区委：\n……";
    const auto found = docFindings(without);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.signer");
    CHECK(found[0].paragraph == 0);
    CHECK(found[0].messageZh.find(u"签发人") != std::u16string::npos);
    CHECK(docFindings(
              u"区政协办〔2026〕5号　　　　签发人：张三\n关于增设协商议事室的请示\n区委：\n……")
              .empty());
    // A 下行文 (通知) carries no 签发人; a 请示 without a 版头 has no line to put it on.
    CHECK(docFindings(u"区政协办〔2026〕5号\n关于开展专题调研的通知\n各专委会：\n……").empty());
    CHECK(docFindings(u"关于增设协商议事室的请示\n区委：\n……").empty());
}

TEST_CASE("under a 版头 the title ends with its 文种", "[doc]")
{
    const std::u16string_view arrangement = u"X区人民政府文件\nX政发〔2026〕5号\n\n关于2027年重点工"
                                            u"作的安排\n各街道办事处：\n现将有关事项通知如下。";
    auto found = docFindings(arrangement);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.title");
    CHECK(found[0].paragraph == 3);
    CHECK(found[0].length == 14); // 关于2027年重点工作的安排
    // Right: a 文种 at the end, a note in brackets after it, a title over two lines, 工作总结.
    for (std::u16string_view good :
         {u"X区人民政府文件\nX政发〔2026〕5号\n关于2027年重点工作安排的通知\n各街道办事处：",
          u"X政发〔2026〕5号\n关于进一步加强委员履职工作的意见（征求意见稿）\n各委员：",
          u"X区政协文件\nX政协〔2026〕3号　　签发人：张三\n关于进一步加强和改进\n委员履职工作情况的"
          u"报告\n区委：",
          u"X区政协文件\nX政协〔2026〕3号\n关于××××的工作总结\n××××："})
    {
        INFO(good.size());
        CHECK(docFindings(good).empty());
    }
    // Without a 版头 a report is titled freely.
    CHECK(docFindings(u"X区政协2026年工作总结\n今年以来，区政协认真履职。").empty());
    // A 版头 with 份号, 密级 and blank lines puts the title further down; the 请示's checks still
    // find it.
    const std::u16string_view request =
        u"000123\n机密★1年\n特急\nX区政协文件\n\nX政协〔2026〕3号　签发人：张三\n\n\n关于增设协商议"
        u"事室的请示\n"
        u"区委：\n拟增设协商议事室一间。\n妥否，请批示。\n区政协\n2026年11月29日";
    found = docFindings(request);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].paragraph == 8);
}

TEST_CASE("the 版头's 份号, 密级, 紧急程度 and 签发人 in the standard's form", "[doc]")
{
    const std::u16string body =
        u"青州市人民政府文件\n青政发〔2026〕3号\n关于加强防汛工作的通知\n各区县人"
        u"民政府：\n现将有关事项通知如下。";
    CHECK(docFindings(u"000012\n机密★1年\n特急\n" + body).empty());
    CHECK(docFindings(u"秘密★6个月\n加急\n" + body).empty());
    CHECK(docFindings(u"绝密★长期\n" + body).empty());
    struct Case
    {
        std::u16string_view line, fixed, namedZh;
    };
    for (const Case& c : {Case{u"12", u"000012", u"6位"}, Case{u"份号：000012", u"000012", u"6位"},
                          Case{u"No.12", u"000012", u"6位"}, Case{u"机密*1年", u"机密★1年", u"★"},
                          Case{u"机密★一年", u"机密★1年", u"阿拉伯数字"},
                          Case{u"秘密 6个月", u"秘密★6个月", u"★"}, Case{u"紧急", u"特急", u"特急"},
                          Case{u"急件", u"加急", u"加急"}, Case{u"特急件", u"特急", u"特急"}})
    {
        INFO(c.line.size());
        const std::u16string text = std::u16string(c.line) + u"\n" + body;
        const auto found = docFindings(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].ruleId == "doc.head");
        CHECK(found[0].paragraph == 0);
        CHECK(found[0].length == c.line.size());
        REQUIRE_FALSE(found[0].suggestions.empty());
        CHECK(found[0].suggestions.front() == c.fixed);
        CHECK(found[0].messageZh.find(c.namedZh) != std::u16string::npos);
        CHECK_FALSE(found[0].messageEn.empty());
    }
    // Without a 发文字号 line there is no 版头: a "12" or "紧急" line is something else.
    CHECK(docFindings(u"12\n紧急\n关于加强防汛工作的通知\n各区县人民政府：").empty());
}

TEST_CASE("签发人 with a full-width colon and a name", "[doc]")
{
    const std::u16string_view tail =
        u"\n关于防汛工作情况的报告\n区委：\n今年汛期，我区未发生重大险情。\n特此报告。";
    CHECK(docFindings(u"临应急〔2026〕11号　　　　签发人：赵强　孙丽" + std::u16string(tail))
              .empty());
    for (std::u16string_view line :
         {u"临应急〔2026〕11号　　　　签发人:赵强", u"临应急〔2026〕11号　　　　签发：赵强",
          u"临应急〔2026〕11号　　　　签发人 赵强"})
    {
        INFO(line.size());
        const std::u16string text = std::u16string(line) + std::u16string(tail);
        const auto found = docFindings(text);
        REQUIRE(found.size() == 1); // not doc.signer as well: the 签发人 is there, written wrong
        CHECK(found[0].ruleId == "doc.head");
        CHECK(found[0].suggestions == std::vector<std::u16string>{u"签发人："});
        std::u16string fixed = text;
        fixed.replace(found[0].start, found[0].length, found[0].suggestions.front());
        CHECK(docFindings(fixed).empty());
    }
    const auto empty = docFindings(u"临应急〔2026〕11号　　　　签发人：" + std::u16string(tail));
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].ruleId == "doc.head");
    CHECK(empty[0].suggestions.empty());
}

TEST_CASE("a 报告 titled as a request is a 请示", "[doc]")
{
    const std::u16string_view title = u"关于申请拨付2026年度防汛经费的报告";
    const auto found = docFindings(title);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.report");
    CHECK(covered(title, found[0]) == u"申请");
    CHECK(found[0].messageZh.find(u"请示") != std::u16string::npos);
    // A 报告 on how requests were handled reports.
    CHECK(docFindings(u"关于2025年度申请事项办理情况的报告").empty());
    CHECK(docFindings(u"关于申请拨付2026年度防汛经费的请示\n（联系人：张三，电话：1）").empty());
}

TEST_CASE("a 请示 closing with 以上报告 asks as a 请示", "[doc]")
{
    const std::u16string_view text =
        u"关于新建临江第二小学的请示\n区政府：\n拟新建小学一所。\n以上报告妥否，请批"
        u"示。\n临江区教育局\n2026年5月6日\n（联系人：周敏，电话：0536-7654321）";
    const auto found = docFindings(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].ruleId == "doc.request");
    CHECK(found[0].paragraph == 3);
    CHECK(found[0].suggestions == std::vector<std::u16string>{u"以上请示"});
}
