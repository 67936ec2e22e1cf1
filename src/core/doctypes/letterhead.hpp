// SPDX-License-Identifier: MPL-2.0
// The 版头 of a 公文 planned from the user's fields (GB/T 9704-2012 §7.2, §10): what goes on
// which line, where (in mm), and the reasons it cannot be made. The office side only draws it.
#pragma once

#include <core/common/language.hpp>
#include <core/doctypes/doctypes.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gongwen::core
{

// Positions by the standard, in millimetres.
inline constexpr double kTextWidthMm = 156.0;       // the 版心: 210 − 28 − 26
inline constexpr double kMarkBelowTextTopMm = 35.0; // 文件格式/纪要: 标志's top edge (§7.2.4)
inline constexpr double kLetterMarkBelowPageTopMm = 30.0; // 信函格式 (§10.1)
inline constexpr double kSeparatorBelowNumberMm = 4.0; // 版头分隔线 under the 发文字号 (§7.2.6)
inline constexpr double kLetterLinesMm = 170.0;        // 信函's double lines (§10.1)
inline constexpr double kLetterBottomLinesAboveMm = 20.0; // … the lower pair above the page's foot
// The 标志's size: the standard asks for a mark 醒目、美观、庄重, not a size; these bound it.
inline constexpr double kMarkLargestPt = 42.0;
inline constexpr double kMarkSmallestPt = 16.0; // 三号
inline constexpr double kMarkTallestMm = 120.0; // many organs of a joint issuance
inline constexpr double kMillimetresPerPoint = 25.4 / 72.0;

/// A 发文字号's parts as the user types them: 机关代字, year, serial number.
struct DocumentNumberParts
{
    std::u16string organCode; // 区政发
    std::u16string year;      // 2026 (full-width digits too)
    std::u16string serial;    // 5 (第5号, 005 are read as 5)
};

enum class LetterheadProblem
{
    NoOrgan,             // no 发文机关, or an empty name
    NoOrganCode,         // no 机关代字
    YearNotAYear,        // not four digits (2O26, 26, 二〇二六)
    SerialNotANumber,    // not a positive whole number
    SignerMissing,       // a 上行文 without 签发人
    CopyNumberNotDigits, // 份号 of other than up to six digits
};

/// What the user reads for a problem, in zh-CN and en-US.
BilingualText letterheadProblemText(LetterheadProblem problem);

/// "区政发〔2026〕5号": full-width 〔〕, the full year, no 第, no leading zeros (§7.2.5); the
/// problems when the parts make none (and then an empty text).
struct ComposedNumber
{
    std::u16string text;
    std::vector<LetterheadProblem> problems;
};
ComposedNumber composeDocumentNumber(const DocumentNumberParts& parts);

struct LetterheadInput
{
    std::vector<std::u16string> organs; // 发文机关, the host first (joint issuance: several)
    DocumentNumberParts number;
    std::vector<std::u16string> signers; // 签发人 (上行文), in order
    std::u16string copyNumber;           // 份号 (optional)
    std::u16string secrecy;              // 密级和保密期限 (optional)
    std::u16string urgency;              // 紧急程度 (optional)
};

struct LetterheadPlan
{
    HeadFormat format = HeadFormat::File;
    std::u16string copyNumber; // six digits, or empty
    std::u16string secrecy;
    std::u16string urgency;
    std::vector<std::u16string> markRows; // the 标志's organ names, a row each
    std::u16string markSuffix; // "文件" (文件格式), "纪要" (纪要格式) or nothing (信函)
    bool suffixBeside = false;      // joint issuance: the suffix right of the rows, centred
    double markPt = kMarkLargestPt; // the 标志's size
    double markTopMm = kMarkBelowTextTopMm;
    bool markFromPageTop = false; // 信函: measured from the page's top, not the 版心's
    std::u16string documentNumber;
    bool numberLeft = false;   // 上行文: the number left, 签发人 right
    std::u16string signerLine; // "签发人：张三　李四"
    double separatorWidthMm = kTextWidthMm;
    bool doubleLines = false; // 信函: thick over thin under the 标志, thin over thick below
    bool pageNumberOnFirstPage = true; // 信函: none
};

struct LetterheadResult
{
    LetterheadPlan plan;
    std::vector<LetterheadProblem> problems; // nothing is made while there are any
    bool ok() const { return problems.empty(); }
};

/// A 份号 (GB/T 9704 §7.2.1) as the standard writes it, six ASCII digits ("12", "１２" →
/// "000012"); empty when `digits` is not one to six digits.
std::u16string standardCopyNumber(std::u16string_view digits);

/// A 密级 line (GB/T 9704 §7.2.2) as a drafter typed it: "机密★1年", "秘密★6个月", "绝密★长期",
/// "秘密", or with a space, *, ☆ or a colon for the star and the term in Chinese numerals or
/// full-width digits ("机密 一年", "秘密☆6月").
struct SecrecyLine
{
    std::u16string standard; // as the standard writes it; empty when the term cannot be read
};
/// The 密级 line `text` is, or nullopt when it is none (no 绝密/机密/秘密 first, or words after
/// it that are no term: "机密文件").
std::optional<SecrecyLine> readSecrecy(std::u16string_view text);

/// The 版头 of a document of `type` with the user's fields.
LetterheadResult planLetterhead(const DocumentType& type, const LetterheadInput& input);

// ---- The 版头 as paragraphs: how 新建公文 and 一键排版 set it -------------------------------

/// The 版头's red. GB/T 9704 says red, not which: the office's plain Red.
inline constexpr int kHeadRed = 0xFF0000;
/// LibreOffice sets a line of fixed height with its baseline at four fifths of the height; a CJK
/// character's em box reaches 0.88 em above its baseline and 0.12 em below. The 版头's positions
/// are the em box's edges (the standard's 上边缘), so a 标志 row is 1.1 em high: its em box's
/// top is then the line's top.
inline constexpr double kFixedLineBaseline = 0.8;
inline constexpr double kEmAboveBaseline = 0.88;
inline constexpr double kEmBelowBaseline = 0.12;
inline constexpr double kMarkLineEm = kEmAboveBaseline / kFixedLineBaseline;
inline constexpr int kSeparatorLineWidth = 50; // 1/100 mm; the standard gives no width
// 信函's 170 mm lines reach this far past each side of the 156 mm 版心 (1/100 mm).
inline constexpr int kLetterLinesOverhang =
    static_cast<int>((kLetterLinesMm - kTextWidthMm) / 2 * 100);
inline constexpr int kLetterLinesWidth = 150; // 信函's pair: thick, gap and thin together
inline constexpr double kHeadTextPt = 16.0; // 三号: 份号, 密级, 紧急程度, 发文字号, 签发人

/// What a 版头 paragraph is.
enum class HeadPart
{
    Element, // 份号, 密级和保密期限, 紧急程度
    Mark,    // a row of the 发文机关标志
    Number,  // the 发文字号 line (上行文: with 签发人)
};

/// How one 版头 paragraph is set, in 1/100 mm. Each line has a fixed height, off the page's line
/// grid, so that the positions are the standard's whatever fonts draw them.
struct HeadParagraphLayout
{
    int lineHeight = 0;
    int spaceAbove = 0;
    int spaceBelow = 0;
    bool redLineBelow = false;    // the 版头分隔线 (文件格式) under the 发文字号
    bool doubleLineBelow = false; // 信函: the thick-over-thin pair under the 标志
    int lineDistance = 0;         // from the line's foot to the red line
};

/// The 版头's paragraphs laid out for `format`: the 标志's top edge 35 mm under the 版心's top
/// (信函: at the top of a first page whose top margin is 30 mm), the 发文字号 two lines under the
/// 标志, the red line 4 mm under the 发文字号's characters (信函: the double lines 4 mm under the
/// 标志), and the title's line two lines (of `pitch`, the page grid's) under the red line.
std::vector<HeadParagraphLayout> layOutHead(const std::vector<HeadPart>& parts, double markPt,
                                            HeadFormat format, int pitch);

/// A 发文字号 line as written: the number and, on a 上行文's line, the 签发人 after it.
struct NumberLine
{
    std::u16string number;  // "X政发〔2026〕5号" as written
    bool signer = false;    // "签发人" is on the line
    std::u16string signers; // the names after "签发人：", as written
};
NumberLine readNumberLine(std::u16string_view text);
/// The line as 一键排版 sets it: the number, a tab to the right side and "签发人：" with the names
/// (the number alone when no 签发人).
std::u16string numberLineText(const NumberLine& line);
/// Where the names start in numberLineText(line), in UTF-16 units.
std::size_t signerNamesStart(const NumberLine& line);

/// The format a draft's 版头 is in, read from its 标志: "…文件" 文件格式, "…纪要" 纪要格式, the
/// organ's name alone 信函格式.
HeadFormat headFormatOfMark(const std::vector<std::u16string_view>& rows);

/// The 标志's size for these rows (the names as written, the suffix included), or with the
/// suffix of `besideChars` characters beside them (a joint issuance's 文件, one character apart).
double markSizeFor(const std::vector<std::u16string>& rows, std::size_t besideChars = 0);

/// A joint issuance's 标志 (GB/T 9704 §7.2.4): the names, a row each, spread to the widest one's
/// width, and 文件 right of them, one character apart and centred on the rows; the whole centred
/// in the 版心. In 1/100 mm from the 版心's left edge and from the first row's top.
struct JointMarkLayout
{
    int rowsLeft = 0, rowsWidth = 0; // the names' block
    int suffixLeft = 0, suffixWidth = 0;
    int suffixTop = 0; // the suffix's line under the first row's top
};
JointMarkLayout layOutJointMark(const std::vector<std::u16string>& rows, std::u16string_view suffix,
                                double markPt, int textWidth);

/// Whether these 标志 rows are a joint issuance's names with the suffix set beside them (several
/// rows, none ending in 文件 or 纪要).
bool suffixBesideRows(const std::vector<std::u16string_view>& rows);
inline constexpr std::u16string_view kFileSuffix = u"文件";

/// The width in mm of `text` set in CJK characters of `pt` points (a character as wide as high).
double cjkWidthMm(std::u16string_view text, double pt);

} // namespace gongwen::core
