// SPDX-License-Identifier: MPL-2.0
// The kinds of 公文 as data and the 版头 planned from the user's fields (core/doctypes), against
// GB/T 9704-2012 §7.2 and §10 and the 条例's 文种.
#include <core/checker/checker.hpp>
#include <core/doctypes/doctypes.hpp>
#include <core/doctypes/letterhead.hpp>
#include <core/doctypes/skeleton.hpp>
#include <core/layout/roles.hpp>
#include <core/text/text.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace gongwen::core;

namespace
{
LetterheadInput input(std::vector<std::u16string> organs, std::vector<std::u16string> signers = {})
{
    LetterheadInput in;
    in.organs = std::move(organs);
    in.number = {u"区政协发", u"2026", u"5"};
    in.signers = std::move(signers);
    return in;
}
bool has(const std::vector<LetterheadProblem>& problems, LetterheadProblem p)
{
    return std::find(problems.begin(), problems.end(), p) != problems.end();
}
} // namespace

TEST_CASE("every kind of document once, with its direction, format and elements", "[doctypes]")
{
    std::set<std::string_view> ids;
    std::set<std::u16string_view> kinds;
    for (const DocumentType& t : documentTypes())
    {
        CHECK(ids.insert(t.id).second);
        CHECK(kinds.insert(t.kind).second);
        CHECK_FALSE(t.name.zh.empty());
        CHECK_FALSE(t.name.en.empty());
        CHECK(findDocumentType(t.id) == &t);
        CHECK(documentTypeOfKind(t.kind) == &t);
        for (std::u16string_view closing : t.closings)
            CHECK(endsWith(closing, u"。"));
    }
    for (const char* id : {"report", "request", "notice", "bulletin", "opinion", "letter",
                           "minutes", "reply", "summary", "situation"})
        CHECK(findDocumentType(id) != nullptr);
    CHECK(findDocumentType("decree") == nullptr);

    const DocumentType& request = *documentTypeOfKind(u"请示");
    CHECK(request.direction == Direction::Upward);
    CHECK(request.signer);
    CHECK(request.contactNote);
    CHECK(request.oneMatter);
    CHECK(request.closings.front() == u"妥否，请批示。");
    CHECK(documentTypeOfKind(u"报告")->signer);
    CHECK_FALSE(documentTypeOfKind(u"报告")->contactNote);
    CHECK(documentTypeOfKind(u"函")->format == HeadFormat::Letter);
    CHECK(documentTypeOfKind(u"函")->direction == Direction::Parallel);
    CHECK(documentTypeOfKind(u"通知")->direction == Direction::Downward);
    CHECK_FALSE(documentTypeOfKind(u"通知")->signer);
    const DocumentType& minutes = *documentTypeOfKind(u"纪要");
    CHECK(minutes.format == HeadFormat::Minutes);
    CHECK(minutes.blocks == std::vector<std::u16string_view>{u"出席", u"请假", u"列席"});
}

TEST_CASE("a 发文字号 made from its parts, as §7.2.5 writes it", "[doctypes]")
{
    CHECK(composeDocumentNumber({u"区政发", u"2026", u"5"}).text == u"区政发〔2026〕5号");
    // Full-width digits, 第, 号 and leading zeros as users type them.
    CHECK(composeDocumentNumber({u" 区政发 ", u"２０２６", u"第005号"}).text ==
          u"区政发〔2026〕5号");
    CHECK(composeDocumentNumber({u"X政办函", u"2026", u"12"}).text == u"X政办函〔2026〕12号");

    const ComposedNumber letters = composeDocumentNumber({u"区政发", u"2O26", u"5"});
    CHECK(letters.text.empty());
    CHECK(letters.problems == std::vector<LetterheadProblem>{LetterheadProblem::YearNotAYear});
    CHECK(has(composeDocumentNumber({u"区政发", u"26", u"5"}).problems,
              LetterheadProblem::YearNotAYear));
    CHECK(has(composeDocumentNumber({u"区政发", u"二〇二六", u"5"}).problems,
              LetterheadProblem::YearNotAYear));
    CHECK(has(composeDocumentNumber({u"区政发", u"2026", u"0"}).problems,
              LetterheadProblem::SerialNotANumber));
    CHECK(has(composeDocumentNumber({u"区政发", u"2026", u"五"}).problems,
              LetterheadProblem::SerialNotANumber));
    CHECK(
        has(composeDocumentNumber({u"", u"2026", u"5"}).problems, LetterheadProblem::NoOrganCode));
    // Every problem has a message in both languages.
    for (LetterheadProblem p :
         {LetterheadProblem::NoOrgan, LetterheadProblem::NoOrganCode,
          LetterheadProblem::YearNotAYear, LetterheadProblem::SerialNotANumber,
          LetterheadProblem::SignerMissing, LetterheadProblem::CopyNumberNotDigits})
    {
        CHECK_FALSE(letterheadProblemText(p).zh.empty());
        CHECK_FALSE(letterheadProblemText(p).en.empty());
    }
}

TEST_CASE(
    "the 版头 of a 文件格式 document: 标志 35 mm under the 版心, red line 4 mm under the number",
    "[doctypes]")
{
    const LetterheadResult notice =
        planLetterhead(*findDocumentType("notice"), input({u"X区政协"}));
    REQUIRE(notice.ok());
    const LetterheadPlan& p = notice.plan;
    CHECK(p.markRows == std::vector<std::u16string>{u"X区政协"});
    CHECK(p.markSuffix == u"文件");
    CHECK_FALSE(p.suffixBeside);
    CHECK(p.markTopMm == 35.0);
    CHECK_FALSE(p.markFromPageTop);
    CHECK(p.documentNumber == u"区政协发〔2026〕5号");
    CHECK_FALSE(p.numberLeft); // a 下行文's number is centred
    CHECK(p.signerLine.empty());
    CHECK(kSeparatorBelowNumberMm == 4.0);
    CHECK(p.separatorWidthMm == 156.0);
    CHECK(p.pageNumberOnFirstPage);
    CHECK(p.markPt <= kMarkLargestPt);
    CHECK(cjkWidthMm(p.markRows.front() + p.markSuffix, p.markPt) <= kTextWidthMm);
}

TEST_CASE("a 上行文 carries 签发人 beside a number on the left", "[doctypes]")
{
    const DocumentType& request = *findDocumentType("request");
    const LetterheadResult signed_ =
        planLetterhead(request, input({u"X区政协"}, {u"张三", u" 李四 "}));
    REQUIRE(signed_.ok());
    CHECK(signed_.plan.numberLeft);
    CHECK(signed_.plan.signerLine == u"签发人：张三\u3000李四");

    const LetterheadResult unsigned_ = planLetterhead(request, input({u"X区政协"}));
    CHECK_FALSE(unsigned_.ok());
    CHECK(has(unsigned_.problems, LetterheadProblem::SignerMissing));
}

TEST_CASE("the 信函格式: 标志 30 mm from the page's top, double lines of 170 mm, no page number "
          "on page 1",
          "[doctypes]")
{
    const LetterheadResult letter =
        planLetterhead(*findDocumentType("letter"), input({u"X区人民政府办公室"}));
    REQUIRE(letter.ok());
    CHECK(letter.plan.markFromPageTop);
    CHECK(letter.plan.markTopMm == 30.0);
    CHECK(letter.plan.markSuffix.empty());
    CHECK(letter.plan.doubleLines);
    CHECK(letter.plan.separatorWidthMm == 170.0);
    CHECK(kLetterBottomLinesAboveMm == 20.0);
    CHECK_FALSE(letter.plan.pageNumberOnFirstPage);
}

TEST_CASE("joint issuance: a name a row, 文件 beside them; thirty organs still fit the 版心",
          "[doctypes]")
{
    const LetterheadResult three =
        planLetterhead(*findDocumentType("notice"),
                       input({u"中共X区委办公室", u"X区人民政府办公室", u"X区政协办公室"}));
    REQUIRE(three.ok());
    CHECK(three.plan.markRows.size() == 3);
    CHECK(three.plan.suffixBeside);
    CHECK(three.plan.markRows[1] == u"X区人民政府办公室");

    std::vector<std::u16string> organs;
    for (int i = 1; i <= 30; ++i)
        organs.push_back(u"X区第" + decimal(i) + u"联络组");
    const LetterheadResult thirty = planLetterhead(*findDocumentType("notice"), input(organs));
    REQUIRE(thirty.ok());
    const LetterheadPlan& p = thirty.plan;
    CHECK(p.markPt >= kMarkSmallestPt);
    const double rowsTall =
        static_cast<double>(p.markRows.size()) * p.markPt * kMarkLineEm * kMillimetresPerPoint;
    CHECK(rowsTall <= kMarkTallestMm + 1e-9);
    for (const std::u16string& row : p.markRows)
        CHECK(cjkWidthMm(row, p.markPt) + cjkWidthMm(u"\u3000文件", p.markPt) <=
              kTextWidthMm + 1e-9);
    // Every organ is in the mark, in order.
    std::u16string all;
    for (const std::u16string& row : p.markRows)
        all += row;
    CHECK(all.find(u"X区第1联络组") < all.find(u"X区第30联络组"));
}

TEST_CASE("a 密级 line read as drafters type it, written as the standard does", "[doctypes]")
{
    struct Case
    {
        std::u16string_view typed, standard;
    };
    for (const Case& c :
         {Case{u"机密★1年", u"机密★1年"}, Case{u"秘密", u"秘密"}, Case{u"绝密★长期", u"绝密★长期"},
          Case{u"机密*1年", u"机密★1年"}, Case{u"机密 一年", u"机密★1年"},
          Case{u"秘密☆6月", u"秘密★6个月"}, Case{u"秘密★六个月", u"秘密★6个月"},
          Case{u"机密★１０年", u"机密★10年"}, Case{u"机密：2年", u"机密★2年"},
          Case{u"秘密★", u"秘密"}, Case{u"机密1年", u"机密★1年"}, Case{u"机密★半年", u""}})
    {
        INFO(c.typed.size());
        const auto read = readSecrecy(c.typed);
        REQUIRE(read.has_value());
        CHECK(read->standard == c.standard);
    }
    // Not 密级 lines.
    CHECK_FALSE(readSecrecy(u"机密文件管理办法").has_value());
    CHECK_FALSE(readSecrecy(u"特急").has_value());
    // A term too long to be one is read as a 密级 line with a term we cannot write.
    const auto tooLong = readSecrecy(u"机密★9999年");
    REQUIRE(tooLong.has_value());
    CHECK(tooLong->standard.empty());
    // 新建公文 writes what the user typed as the standard does.
    LetterheadInput in = input({u"X区政协"});
    in.secrecy = u"机密 1年";
    CHECK(planLetterhead(*findDocumentType("notice"), in).plan.secrecy == u"机密★1年");
    in.secrecy = u"内部资料";
    CHECK(planLetterhead(*findDocumentType("notice"), in).plan.secrecy == u"内部资料");
}

TEST_CASE("bad fields: a clear reason, nothing made", "[doctypes]")
{
    const DocumentType& notice = *findDocumentType("notice");
    CHECK(has(planLetterhead(notice, input({})).problems, LetterheadProblem::NoOrgan));
    CHECK(has(planLetterhead(notice, input({u"  "})).problems, LetterheadProblem::NoOrgan));
    LetterheadInput copy = input({u"X区政协"});
    copy.copyNumber = u"123";
    CHECK(planLetterhead(notice, copy).plan.copyNumber == u"000123");
    copy.copyNumber = u"12a";
    CHECK(has(planLetterhead(notice, copy).problems, LetterheadProblem::CopyNumberNotDigits));
    copy.copyNumber = u"1234567";
    CHECK(has(planLetterhead(notice, copy).problems, LetterheadProblem::CopyNumberNotDigits));
    // Ninety organs: below 三号 rather than off the 版心.
    std::vector<std::u16string> ninety(90, u"X区某某委员会办公室");
    const LetterheadPlan crowded = planLetterhead(notice, input(ninety)).plan;
    CHECK(crowded.markPt > 0);
    CHECK(static_cast<double>(crowded.markRows.size()) * crowded.markPt * kMarkLineEm *
              kMillimetresPerPoint <=
          kMarkTallestMm + 1e-9);
    for (const std::u16string& row : crowded.markRows)
        CHECK(cjkWidthMm(row + u"\u3000文件", crowded.markPt) <= kTextWidthMm + 1e-9);
    // A very long single name gets a smaller mark, never one wider than the 版心.
    const LetterheadResult longName =
        planLetterhead(notice, input({u"中国人民政治协商会议某某省某某市某某区委员会办公室"}));
    REQUIRE(longName.ok());
    CHECK(cjkWidthMm(longName.plan.markRows.front() + u"文件", longName.plan.markPt) <=
          kTextWidthMm);
}

// ---- The 版头 as paragraphs ---------------------------------------------------------------

namespace
{
constexpr int kPitch = 1022; // the grid of GB/T 9704's 22 lines
constexpr double kHmmPerPt = 2540.0 / 72.0;

// Where LibreOffice puts a fixed line's em box (baseline at 4/5 of the line): top and foot.
double emTop(double lineTop, int line, double pt)
{
    return lineTop + 0.8 * line - 0.88 * pt * kHmmPerPt;
}
double emFoot(double lineTop, int line, double pt)
{
    return lineTop + 0.8 * line + 0.12 * pt * kHmmPerPt;
}
} // namespace

TEST_CASE("文件格式: 标志 35 mm under the 版心, 发文字号 two lines under it, the red line 4 mm "
          "under the number, the title on the grid two lines under the line",
          "[doctypes]")
{
    for (std::size_t elements : {0, 1, 3})
    {
        INFO(elements << " elements above the 标志");
        std::vector<HeadPart> parts(elements, HeadPart::Element);
        parts.push_back(HeadPart::Mark);
        parts.push_back(HeadPart::Number);
        const double markPt = 42;
        const auto layout = layOutHead(parts, markPt, HeadFormat::File, kPitch);
        REQUIRE(layout.size() == parts.size());
        double y = 0;
        for (std::size_t i = 0; i < elements; ++i)
        {
            CHECK(layout[i].lineHeight == kPitch);
            y += layout[i].spaceAbove + layout[i].lineHeight;
        }
        const HeadParagraphLayout& mark = layout[elements];
        const double markTop = y + mark.spaceAbove;
        CHECK(emTop(markTop, mark.lineHeight, markPt) == Approx(3500).margin(2));
        y = markTop + mark.lineHeight;
        const double markFoot = emFoot(markTop, mark.lineHeight, markPt);
        CHECK_FALSE(mark.redLineBelow);
        const HeadParagraphLayout& number = layout.back();
        const double numberTop = y + number.spaceAbove;
        CHECK(emTop(numberTop, number.lineHeight, kHeadTextPt) - markFoot ==
              Approx(2 * kPitch).margin(2));
        REQUIRE(number.redLineBelow);
        const double lineAt = numberTop + number.lineHeight + number.lineDistance;
        CHECK(lineAt - emFoot(numberTop, number.lineHeight, kHeadTextPt) == Approx(400).margin(2));
        // The title's line starts two blank lines under the red line.
        CHECK(number.spaceBelow == 2 * kPitch);
    }
}

TEST_CASE("信函格式: the 标志 on the first page's top, the double lines 4 mm under it, the "
          "elements and the number under the lines",
          "[doctypes]")
{
    const std::vector<HeadPart> parts = {HeadPart::Mark, HeadPart::Element, HeadPart::Number};
    const auto layout = layOutHead(parts, 36, HeadFormat::Letter, kPitch);
    CHECK(layout[0].spaceAbove == 0); // the page's 30 mm top margin places it
    REQUIRE(layout[0].doubleLineBelow);
    CHECK(layout[0].lineHeight + layout[0].lineDistance -
              (emFoot(0, layout[0].lineHeight, 36) - 0) ==
          Approx(400).margin(2));
    CHECK(layout[1].spaceAbove >= 400);
    CHECK_FALSE(layout[2].redLineBelow);
    CHECK_FALSE(layout[2].doubleLineBelow);
}

TEST_CASE("the 标志's size fits the 版心 and the rows", "[doctypes]")
{
    CHECK(markSizeFor({u"X区人民政府文件"}) == kMarkLargestPt);
    // 21 characters: 156 mm / 21 = 7.43 mm = 21.06 pt.
    const std::u16string wide = u"中国人民政治协商会议X省X市X区委员会文件";
    CHECK(toCodePoints(wide).size() == 21);
    CHECK(markSizeFor({wide}) == 21);
    const std::vector<std::u16string> many(12, u"X区发展和改革委员会");
    const double pt = markSizeFor(many);
    CHECK(12 * pt * kMarkLineEm * kMillimetresPerPoint <= kMarkTallestMm + 0.01);
}

TEST_CASE("a 发文字号 line read and set with its 签发人", "[doctypes]")
{
    const NumberLine line = readNumberLine(u"X政协〔2026〕12号　　　签发人：张三　李四");
    CHECK(line.number == u"X政协〔2026〕12号");
    CHECK(line.signer);
    CHECK(line.signers == u"张三　李四");
    CHECK(numberLineText(line) == u"X政协〔2026〕12号\t签发人：张三　李四");
    CHECK(numberLineText(line).substr(signerNamesStart(line)) == u"张三　李四");
    const NumberLine plain = readNumberLine(u"X政发〔2026〕5号");
    CHECK_FALSE(plain.signer);
    CHECK(numberLineText(plain) == u"X政发〔2026〕5号");
}

TEST_CASE("the 版头's format read from its 标志", "[doctypes]")
{
    CHECK(headFormatOfMark({u"X区人民政府文件"}) == HeadFormat::File);
    CHECK(headFormatOfMark({u"X区政协主席会议纪要"}) == HeadFormat::Minutes);
    CHECK(headFormatOfMark({u"X区人民政府办公室"}) == HeadFormat::Letter);
    CHECK(headFormatOfMark({u"X区人民政府", u"X区政协", u"文件"}) == HeadFormat::File);
}

TEST_CASE("a new document's paragraphs read back with the roles 一键排版 gives them", "[doctypes]")
{
    const DocumentType& request = *findDocumentType("request");
    LetterheadInput in = input({u"X区政协"}, {u"张三"});
    in.copyNumber = u"12";
    const LetterheadResult head = planLetterhead(request, in);
    REQUIRE(head.ok());
    SkeletonInput skeleton;
    skeleton.organs = {u"X区政协"};
    skeleton.subject = u"申请2027年度履职经费";
    skeleton.addressee = u"区人民政府";
    skeleton.date = u"2026年12月4日";
    const auto paragraphs = skeletonParagraphs(request, head.plan, skeleton);
    const std::vector<std::u16string> expected = {u"000012",
                                                  u"X区政协文件",
                                                  u"区政协发〔2026〕5号\t签发人：张三",
                                                  u"关于申请2027年度履职经费的请示",
                                                  u"区人民政府：",
                                                  u"××××××××。",
                                                  u"妥否，请批示。",
                                                  u"",
                                                  u"X区政协",
                                                  u"2026年12月4日",
                                                  u"（联系人：××××，电话：××××）"};
    CHECK(paragraphs == expected);
    const std::vector<std::u16string_view> views(paragraphs.begin(), paragraphs.end());
    const auto roles = classifyParagraphs(views, {});
    const std::vector<LayoutRole> wanted = {
        LayoutRole::HeadElement, LayoutRole::Mark,      LayoutRole::DocumentNumber,
        LayoutRole::Title,       LayoutRole::Addressee, LayoutRole::Body,
        LayoutRole::Closing,     LayoutRole::Blank,     LayoutRole::Signature,
        LayoutRole::Date,        LayoutRole::Body};
    REQUIRE(roles.size() == wanted.size());
    for (std::size_t i = 0; i < roles.size(); ++i)
    {
        INFO(i);
        CHECK(roles[i].role == wanted[i]);
    }
}

TEST_CASE("信函 and 纪要 skeletons: elements under the 标志, 纪要 blocks instead of 落款",
          "[doctypes]")
{
    LetterheadInput in = input({u"X区人民政府办公室"});
    in.urgency = u"特急";
    const auto letter = planLetterhead(*findDocumentType("letter"), in);
    REQUIRE(letter.ok());
    SkeletonInput s;
    s.organs = {u"X区人民政府办公室"};
    s.date = u"2026年12月4日";
    const auto paragraphs = skeletonParagraphs(*findDocumentType("letter"), letter.plan, s);
    REQUIRE(paragraphs.size() > 4);
    CHECK(paragraphs[0] == u"X区人民政府办公室");
    CHECK(paragraphs[1] == u"特急");
    CHECK(paragraphs[2] == u"区政协发〔2026〕5号");
    CHECK(paragraphs[3] == u"关于××××的函");
    const auto minutes = planLetterhead(*findDocumentType("minutes"), input({u"X区政协主席会议"}));
    const auto m = skeletonParagraphs(*findDocumentType("minutes"), minutes.plan, s);
    CHECK(m[0] == u"X区政协主席会议纪要");
    CHECK(std::find(m.begin(), m.end(), u"出席：××××") != m.end());
    CHECK(std::find(m.begin(), m.end(), u"2026年12月4日") == m.end());
}

TEST_CASE("a subject too long for a title is refused with a reason", "[doctypes]")
{
    CHECK(subjectProblem(std::u16string(40, u'字')).zh.empty());
    CHECK_FALSE(subjectProblem(std::u16string(41, u'字')).zh.empty());
    CHECK_FALSE(subjectProblem(std::u16string(200, u'字')).en.empty());
    CHECK_FALSE(subjectProblem(u"第一行\n第二行").zh.empty());
}

TEST_CASE("联合行文: the names spread to one width, 文件 beside them centred on the rows",
          "[doctypes]")
{
    const std::vector<std::u16string> names = {u"X区人民政府", u"X区政协", u"中共X区委员会"};
    CHECK(suffixBesideRows({u"X区人民政府", u"X区政协"}));
    CHECK_FALSE(suffixBesideRows({u"X区人民政府文件"}));
    CHECK_FALSE(suffixBesideRows({u"X区人民政府", u"X区政协文件"}));
    const double pt = markSizeFor(names, kFileSuffix.size());
    CHECK(pt == kMarkLargestPt); // 7 + 1 + 2 characters of 42 pt fit 156 mm
    const int width = 15600;
    const JointMarkLayout joint = layOutJointMark(names, kFileSuffix, pt, width);
    const double character = pt * kMillimetresPerPoint * 100;
    CHECK(joint.rowsWidth >= 7 * character);
    CHECK(joint.suffixLeft - (joint.rowsLeft + joint.rowsWidth) == Approx(character).margin(1));
    CHECK(joint.suffixWidth == Approx(2 * character).margin(1));
    // Centred in the 版心: as much room left of the names as right of 文件 (within the slack).
    const int right = width - (joint.suffixLeft + joint.suffixWidth);
    CHECK(std::abs(joint.rowsLeft - right) <= character);
    // 文件's line in the middle of three rows: one row down.
    CHECK(joint.suffixTop == Approx(pt * kMarkLineEm * kMillimetresPerPoint * 100).margin(1));
    // The skeleton has no row of its own for 文件.
    const auto plan =
        planLetterhead(*findDocumentType("notice"), input({names[0], names[1], names[2]}));
    REQUIRE(plan.ok());
    SkeletonInput s;
    s.organs = names;
    s.date = u"2026年12月4日";
    const auto paragraphs = skeletonParagraphs(*findDocumentType("notice"), plan.plan, s);
    CHECK(paragraphs[0] == u"X区人民政府");
    CHECK(paragraphs[2] == u"中共X区委员会");
    CHECK(paragraphs[3] == u"区政协发〔2026〕5号");
}
