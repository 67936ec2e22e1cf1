// SPDX-License-Identifier: MPL-2.0
#include <core/doctypes/letterhead.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace gongwen::core
{
namespace
{

constexpr std::size_t kYearDigits = 4;
constexpr std::size_t kCopyNumberDigits = 6;
constexpr std::u16string_view kWideSpace = u"\u3000";

// `text` without spaces as ASCII digits, or nothing when anything else is in it.
std::u16string digitsOnly(std::u16string_view text)
{
    const std::u32string chars = toCodePoints(trimSpaces(text));
    if (!std::all_of(chars.begin(), chars.end(), [](char32_t c) { return isDigit(c); }))
        return {};
    return asciiDigits(trimSpaces(text));
}

// A 保密期限 as the standard writes it: "1年", "6个月" (ASCII digits) or "长期"; empty when
// `term` is none.
std::u16string secrecyTerm(std::u16string_view term)
{
    if (term == u"长期")
        return std::u16string(term);
    std::size_t unit = 0;
    while (unit < term.size() && (isDigit(term[unit]) || isChineseNumeralChar(term[unit])))
        ++unit;
    const std::u16string_view number = term.substr(0, unit);
    const std::u16string_view rest = term.substr(unit);
    constexpr std::size_t kMaxTermDigits = 3;
    if (number.empty() || number.size() > kMaxTermDigits ||
        (rest != u"年" && rest != u"个月" && rest != u"月"))
        return {};
    const std::u16string digits = digitsOnly(number);
    const std::optional<int> value = digits.empty() ? parseChineseNumeral(number)
                                                    : std::optional<int>(std::stoi(toUtf8(digits)));
    if (!value || *value <= 0)
        return {};
    return fromUtf8(std::to_string(*value)) + (rest == u"年" ? u"年" : u"个月");
}

// 5 from "第005号", "５", "5".
std::u16string serialNumber(std::u16string_view text)
{
    text = trimSpaces(text);
    if (startsWith(text, u"第"))
        text.remove_prefix(1);
    if (endsWith(text, u"号"))
        text.remove_suffix(1);
    std::u16string digits = digitsOnly(text);
    const std::size_t first = digits.find_first_not_of(u'0');
    return first == std::u16string::npos ? std::u16string() : digits.substr(first);
}

std::vector<std::u16string> namedOrgans(const std::vector<std::u16string>& organs)
{
    std::vector<std::u16string> names;
    for (const std::u16string& organ : organs)
        names.emplace_back(trimSpaces(organ));
    return names;
}

// The rows of a joint issuance's 标志 and their size: a name a row at the largest size that
// fits the 版心's width beside the suffix, smaller when the rows grow too tall, and two or three
// names a row when even 三号 is too tall (30 organs). Whatever the names, the mark fits the 版心:
// past three names a row the size shrinks below 三号 rather than leave it.
void fitMark(LetterheadPlan& plan, const std::vector<std::u16string>& names)
{
    const std::size_t suffixChars = toCodePoints(plan.markSuffix).size();
    for (std::size_t perRow : {std::size_t{1}, std::size_t{2}, std::size_t{3}})
    {
        plan.markRows.clear();
        std::size_t widest = 0;
        for (std::size_t i = 0; i < names.size(); i += perRow)
        {
            std::u16string row;
            for (std::size_t j = i; j < std::min(names.size(), i + perRow); ++j)
            {
                if (j != i)
                    row += kWideSpace;
                row += names[j];
            }
            widest = std::max(widest, toCodePoints(row).size());
            plan.markRows.push_back(row);
        }
        // Beside the rows: a gap of one character and the suffix; under a single name: after it.
        const std::size_t chars =
            widest + (suffixChars == 0 ? 0 : suffixChars + (plan.suffixBeside ? 1 : 0));
        const double widthPt = kTextWidthMm / kMillimetresPerPoint / static_cast<double>(chars);
        const double heightPt = kMarkTallestMm / kMillimetresPerPoint /
                                (static_cast<double>(plan.markRows.size()) * kMarkLineEm);
        plan.markPt = std::floor(std::min({kMarkLargestPt, widthPt, heightPt}));
        if (plan.markPt >= kMarkSmallestPt)
            return;
    }
}

} // namespace

BilingualText letterheadProblemText(LetterheadProblem problem)
{
    switch (problem)
    {
    case LetterheadProblem::NoOrgan:
        return {u"请填写发文机关名称。", u"Enter the name of the issuing organ."};
    case LetterheadProblem::NoOrganCode:
        return {u"请填写发文字号中的机关代字（如“区政发”）。",
                u"Enter the organ's code of the document number (such as 区政发)."};
    case LetterheadProblem::YearNotAYear:
        return {u"发文字号的年份应为四位数字（如 2026），不能含字母或汉字。",
                u"The year of the document number must be four digits (such as 2026)."};
    case LetterheadProblem::SerialNotANumber:
        return {u"发文字号的序号应为正整数（如 5），不加“第”，不编虚位。",
                u"The serial of the document number must be a positive whole number (such as 5)."};
    case LetterheadProblem::SignerMissing:
        return {u"上行文应标注签发人，请填写签发人姓名。",
                u"A document to a higher body names its signer: enter the signer."};
    case LetterheadProblem::CopyNumberNotDigits:
        return {u"份号应为不超过六位的数字。", u"The copy number is at most six digits."};
    }
    return {u"", u""};
}

ComposedNumber composeDocumentNumber(const DocumentNumberParts& parts)
{
    ComposedNumber out;
    const std::u16string_view code = trimSpaces(parts.organCode);
    const std::u16string year = digitsOnly(parts.year);
    const std::u16string serial = serialNumber(parts.serial);
    if (code.empty())
        out.problems.push_back(LetterheadProblem::NoOrganCode);
    if (year.size() != kYearDigits)
        out.problems.push_back(LetterheadProblem::YearNotAYear);
    if (serial.empty())
        out.problems.push_back(LetterheadProblem::SerialNotANumber);
    if (out.problems.empty())
        out.text = std::u16string(code) + u"〔" + year + u"〕" + serial + u"号";
    return out;
}

double cjkWidthMm(std::u16string_view text, double pt)
{
    return static_cast<double>(toCodePoints(text).size()) * pt * kMillimetresPerPoint;
}

namespace
{
int hundredths(double pt)
{
    return static_cast<int>(std::lround(pt * kMillimetresPerPoint * 100.0));
}

// How far a line's em box lies under its top and above its foot, for characters of `pt` in a
// line of fixed `height` (1/100 mm).
int emTopInLine(int height, double pt)
{
    return static_cast<int>(std::lround(height * kFixedLineBaseline)) -
           hundredths(pt * kEmAboveBaseline);
}
int emFootAboveLineFoot(int height, double pt)
{
    return height - static_cast<int>(std::lround(height * kFixedLineBaseline)) -
           hundredths(pt * kEmBelowBaseline);
}
} // namespace

std::vector<HeadParagraphLayout> layOutHead(const std::vector<HeadPart>& parts, double markPt,
                                            HeadFormat format, int pitch)
{
    const int markTop = format == HeadFormat::Letter
                            ? 0 // the first page's top margin is the 30 mm
                            : static_cast<int>(std::lround(kMarkBelowTextTopMm * 100.0));
    const int lineBelow = static_cast<int>(std::lround(kSeparatorBelowNumberMm * 100.0));
    const int markLine = hundredths(markPt * kMarkLineEm);
    std::vector<HeadParagraphLayout> out(parts.size());
    int y = 0;               // where the next paragraph starts, from the 版心's top
    int markFoot = -1;       // the last 标志 row's em box foot
    bool afterLines = false; // 信函: the next paragraph is the first under the double lines
    for (std::size_t i = 0; i < parts.size(); ++i)
    {
        HeadParagraphLayout& p = out[i];
        const bool lastMarkRow =
            parts[i] == HeadPart::Mark && (i + 1 == parts.size() || parts[i + 1] != HeadPart::Mark);
        switch (parts[i])
        {
        case HeadPart::Element:
            p.lineHeight = pitch;
            break;
        case HeadPart::Mark:
            p.lineHeight = markLine;
            if (i == 0 || parts[i - 1] != HeadPart::Mark)
                p.spaceAbove = std::max(0, markTop - y);
            break;
        case HeadPart::Number:
            p.lineHeight = pitch;
            if (format != HeadFormat::Letter && markFoot >= 0)
                // two blank lines between the 标志's foot and the 发文字号's em box
                p.spaceAbove =
                    std::max(0, markFoot + 2 * pitch - y - emTopInLine(pitch, kHeadTextPt));
            if (format != HeadFormat::Letter)
            {
                p.redLineBelow = true;
                p.lineDistance = lineBelow - emFootAboveLineFoot(pitch, kHeadTextPt);
            }
            break;
        }
        if (afterLines)
        {
            p.spaceAbove = std::max(p.spaceAbove, lineBelow);
            afterLines = false;
        }
        y += p.spaceAbove + p.lineHeight;
        if (parts[i] == HeadPart::Mark)
            markFoot = y - (markLine - hundredths(markPt)); // the em box is 1 em from the top
        if (lastMarkRow && format == HeadFormat::Letter)
        {
            p.doubleLineBelow = true;
            p.lineDistance = lineBelow - (markLine - hundredths(markPt));
            y += p.lineDistance + kLetterLinesWidth;
            afterLines = true;
        }
        if (p.redLineBelow)
            y += p.lineDistance + kSeparatorLineWidth;
    }
    // The title two blank lines under the last part: its line starts two lines further down (the
    // office side takes it off the page's grid, which would move it to the grid's next line).
    if (!out.empty())
        out.back().spaceBelow = 2 * pitch;
    return out;
}

NumberLine readNumberLine(std::u16string_view text)
{
    NumberLine line;
    const std::size_t signer = text.find(u"签发人");
    line.signer = signer != std::u16string_view::npos;
    line.number = std::u16string(trimSpaces(text.substr(0, signer)));
    if (line.signer)
    {
        std::u16string_view names = text.substr(signer + 3);
        if (startsWith(names, u"：") || startsWith(names, u":"))
            names.remove_prefix(1);
        line.signers = std::u16string(trimSpaces(names));
    }
    return line;
}

std::u16string numberLineText(const NumberLine& line)
{
    if (!line.signer)
        return line.number;
    return line.number + u"\t签发人：" + line.signers;
}

std::size_t signerNamesStart(const NumberLine& line)
{
    return line.signer ? line.number.size() + 5 : line.number.size();
}

HeadFormat headFormatOfMark(const std::vector<std::u16string_view>& rows)
{
    std::u16string_view last;
    for (std::u16string_view row : rows)
        if (!trimSpaces(row).empty())
            last = trimSpaces(row);
    if (endsWith(last, u"纪要"))
        return HeadFormat::Minutes;
    // Joint issuance: "文件" may stand in a row of its own, right of the names.
    if (endsWith(last, u"文件") || rows.size() > 1)
        return HeadFormat::File;
    return HeadFormat::Letter;
}

bool suffixBesideRows(const std::vector<std::u16string_view>& rows)
{
    if (rows.size() < 2)
        return false;
    return std::none_of(rows.begin(), rows.end(),
                        [](std::u16string_view row)
                        {
                            row = trimSpaces(row);
                            return endsWith(row, u"文件") || endsWith(row, u"纪要");
                        });
}

JointMarkLayout layOutJointMark(const std::vector<std::u16string>& rows, std::u16string_view suffix,
                                double markPt, int textWidth)
{
    std::size_t widest = 1;
    for (const std::u16string& row : rows)
        widest = std::max(widest, toCodePoints(row).size());
    const int character = hundredths(markPt);
    JointMarkLayout out;
    // Half a character more than the widest name: the office adds a little space between Chinese
    // and Latin characters (X区), which must not wrap the widest row.
    out.rowsWidth = static_cast<int>(widest) * character + character / 2;
    out.suffixWidth = static_cast<int>(toCodePoints(suffix).size()) * character;
    const int whole = out.rowsWidth + character + out.suffixWidth;
    out.rowsLeft = std::max(0, (textWidth - whole) / 2);
    out.suffixLeft = out.rowsLeft + out.rowsWidth + character;
    const int line = hundredths(markPt * kMarkLineEm);
    out.suffixTop = (static_cast<int>(rows.size()) - 1) * line / 2;
    return out;
}

double markSizeFor(const std::vector<std::u16string>& rows, std::size_t besideChars)
{
    std::size_t widest = 1;
    for (const std::u16string& row : rows)
        widest = std::max(widest, toCodePoints(row).size());
    if (besideChars > 0)
        widest += besideChars + 1;
    const double widthPt = kTextWidthMm / kMillimetresPerPoint / static_cast<double>(widest);
    const double heightPt =
        kMarkTallestMm / kMillimetresPerPoint /
        (static_cast<double>(std::max<std::size_t>(rows.size(), 1)) * kMarkLineEm);
    return std::max(1.0, std::floor(std::min({kMarkLargestPt, widthPt, heightPt})));
}

LetterheadResult planLetterhead(const DocumentType& type, const LetterheadInput& input)
{
    LetterheadResult result;
    LetterheadPlan& plan = result.plan;
    plan.format = type.format;

    const std::vector<std::u16string> names = namedOrgans(input.organs);
    if (names.empty() ||
        std::any_of(names.begin(), names.end(), [](const std::u16string& n) { return n.empty(); }))
        result.problems.push_back(LetterheadProblem::NoOrgan);
    const ComposedNumber number = composeDocumentNumber(input.number);
    result.problems.insert(result.problems.end(), number.problems.begin(), number.problems.end());
    plan.documentNumber = number.text;

    std::u16string signers;
    for (const std::u16string& signer : input.signers)
        if (const std::u16string_view name = trimSpaces(signer); !name.empty())
        {
            if (!signers.empty())
                signers += kWideSpace;
            signers += name;
        }
    if (type.signer && signers.empty())
        result.problems.push_back(LetterheadProblem::SignerMissing);
    if (type.signer)
    {
        plan.numberLeft = true;
        plan.signerLine = u"签发人：" + signers;
    }

    if (const std::u16string_view copy = trimSpaces(input.copyNumber); !copy.empty())
    {
        plan.copyNumber = standardCopyNumber(copy);
        if (plan.copyNumber.empty())
            result.problems.push_back(LetterheadProblem::CopyNumberNotDigits);
    }
    // "机密 1年" as the standard writes it (机密★1年); what cannot be read stays as typed.
    const std::optional<SecrecyLine> secrecy = readSecrecy(input.secrecy);
    plan.secrecy = secrecy && !secrecy->standard.empty()
                       ? secrecy->standard
                       : std::u16string(trimSpaces(input.secrecy));
    plan.urgency = std::u16string(trimSpaces(input.urgency));

    switch (type.format)
    {
    case HeadFormat::File:
        plan.markSuffix = u"文件";
        plan.suffixBeside = names.size() > 1;
        break;
    case HeadFormat::Minutes:
        plan.markSuffix = u"纪要";
        break;
    case HeadFormat::Letter:
        plan.markTopMm = kLetterMarkBelowPageTopMm;
        plan.markFromPageTop = true;
        plan.separatorWidthMm = kLetterLinesMm;
        plan.doubleLines = true;
        plan.pageNumberOnFirstPage = false;
        break;
    }
    if (!names.empty())
        fitMark(plan, names);
    return result;
}

std::u16string standardCopyNumber(std::u16string_view digits)
{
    const std::u16string ascii = digitsOnly(digits);
    if (ascii.empty() || ascii.size() > kCopyNumberDigits)
        return {};
    return std::u16string(kCopyNumberDigits - ascii.size(), u'0') + ascii;
}

std::optional<SecrecyLine> readSecrecy(std::u16string_view text)
{
    static constexpr std::array<std::u16string_view, 3> kLevels = {u"绝密", u"机密", u"秘密"};
    const std::u16string_view line = trimSpaces(text);
    std::u16string_view level;
    for (std::u16string_view l : kLevels)
        if (startsWith(line, l))
            level = l;
    if (level.empty())
        return std::nullopt;
    static constexpr std::u16string_view kStarLike = u"★☆*＊·•：:、-—";
    std::size_t i = level.size();
    while (i < line.size() && (isSpace(line[i]) || kStarLike.find(line[i]) != std::u16string::npos))
        ++i;
    const bool separated = i > level.size();
    const std::u16string_view term = line.substr(i);
    if (term.empty())
        return SecrecyLine{std::u16string(level)};
    const std::u16string standardTerm = secrecyTerm(term);
    if (!separated && standardTerm.empty())
        return std::nullopt; // 机密文件…: not a 密级 line
    return SecrecyLine{standardTerm.empty() ? std::u16string()
                                            : std::u16string(level) + u"★" + standardTerm};
}

} // namespace gongwen::core
