// SPDX-License-Identifier: MPL-2.0
#include <core/layout/roles.hpp>

#include <core/checker/document.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace gongwen::core
{
namespace
{

constexpr std::size_t kMaxTitleLength = 60; // a title line is short and has no 。
constexpr std::size_t kMaxTitleLines = 5;   // title, subtitle, date and author lines
constexpr std::size_t kMaxAddresseeLength = 40;
constexpr std::size_t kMaxSignatureLength = 30;
constexpr std::size_t kMaxClosingLength = 24;
constexpr std::size_t kMaxListHeadingLength = 30; // an automatic list item that is a heading
constexpr int kMaxSignatureLines = 4;             // 联合行文: up to four organs above the date
constexpr std::size_t kMaxMarkRowLength = 40;
constexpr std::size_t kCopyNumberDigits = 6;

std::u16string_view trimmed(std::u16string_view text)
{
    std::size_t begin = skipSpaces(text, 0);
    std::size_t end = text.size();
    while (end > begin && isSpace(codePointBefore(text, end)))
        --end;
    return text.substr(begin, end - begin);
}

bool hasSentenceEnd(std::u16string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char16_t c) { return isSentenceEnd(c); });
}

// A lead-in to what follows ("现将有关情况报告如下：", "根据…，现通知如下：") ends in a colon
// too, but names no one.
bool isLeadIn(std::u16string_view text)
{
    static constexpr std::array<std::u16string_view, 6> starts = {u"现将", u"现就", u"根据",
                                                                  u"按照", u"为了", u"经研究"};
    return text.find(u"如下") != std::u16string_view::npos ||
           std::any_of(starts.begin(), starts.end(),
                       [&](std::u16string_view s) { return startsWith(text, s); });
}

bool isAddressee(std::u16string_view text)
{
    return text.size() <= kMaxAddresseeLength && (endsWith(text, u"：") || endsWith(text, u":")) &&
           text.find(u'。') == std::u16string_view::npos && !isLeadIn(text);
}

// "时间：2026年11月29日", "地点：区政协会议室", "主持人：…": a labelled line of a 纪要 or
// notice, not part of a title.
bool isLabelledLine(std::u16string_view text)
{
    const std::size_t colon = std::min(text.find(u'：'), text.find(u':'));
    return colon != std::u16string_view::npos && colon > 0 && colon <= 5 && colon + 1 < text.size();
}

// A 发文字号: 机关代字, the year in brackets, a number and 号 ("X政办发〔2026〕5号").
bool isDocumentNumber(std::u16string_view text)
{
    const std::size_t open = text.find_first_of(u"〔[［(（");
    return open != std::u16string_view::npos && endsWith(text, u"号") &&
           text.size() <= kMaxTitleLength &&
           text.find_first_of(u"〕]］)）", open) != std::u16string_view::npos &&
           !hasSentenceEnd(text);
}

// The 发文字号 line of a 上行文 carries 签发人 on its right ("X政发〔2026〕5号　签发人：张三"),
// and a draft may have that line without a number yet.
bool isDocumentNumberLine(std::u16string_view text)
{
    return isDocumentNumber(text) || (text.find(u"签发人") != std::u16string_view::npos &&
                                      text.size() <= kMaxTitleLength && !hasSentenceEnd(text));
}

// 份号 ("000123"), 密级和保密期限 ("机密★1年"), 紧急程度 ("特急"): GB/T 9704 §7.2.1–7.2.3.
bool isHeadElement(std::u16string_view text)
{
    const bool copyNumber =
        text.size() <= kCopyNumberDigits &&
        std::all_of(text.begin(), text.end(), [](char16_t c) { return isDigit(c); });
    static constexpr std::array<std::u16string_view, 7> starts = {
        u"绝密", u"机密", u"秘密", u"特急", u"加急", u"特提", u"平急"};
    return copyNumber || (text.size() <= kMaxAddresseeLength &&
                          std::any_of(starts.begin(), starts.end(),
                                      [&](std::u16string_view s) { return startsWith(text, s); }));
}

// 附注 under the date: "（联系人：张三，电话：12345678）".
bool isNote(std::u16string_view text)
{
    return startsWith(text, u"（") && endsWith(text, u"）") &&
           (text.find(u"联系人") != std::u16string_view::npos ||
            text.find(u"电话") != std::u16string_view::npos);
}

// The first line of an attachment after the document ("附件1", "附件 2", "附件"): alone on its
// line, no colon.
bool isAttachmentStart(std::u16string_view text)
{
    if (!startsWith(text, u"附件"))
        return false;
    for (std::size_t k = 2; k < text.size(); ++k)
        if (!(text[k] == u' ' || (text[k] >= u'0' && text[k] <= u'9') ||
              (text[k] >= u'０' && text[k] <= u'９')))
            return false;
    return true;
}

bool isClosing(std::u16string_view text)
{
    static constexpr std::array<std::u16string_view, 6> starts = {
        u"特此", u"妥否", u"以上报告", u"以上请示", u"以上意见", u"当否"};
    return text.size() <= kMaxClosingLength &&
           std::any_of(starts.begin(), starts.end(),
                       [&](std::u16string_view s) { return startsWith(text, s); });
}

bool isAttachment(std::u16string_view text)
{
    return startsWith(text, u"附件：") || startsWith(text, u"附件:");
}

// "2．…" / "2.…": a further attachment under "附件：1．…".
bool isNumberedName(std::u16string_view text)
{
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= u'0' && text[digits] <= u'9')
        ++digits;
    return digits > 0 && digits < text.size() && (text[digits] == u'．' || text[digits] == u'.') &&
           digits + 1 < text.size();
}

bool isDistribution(std::u16string_view text)
{
    // 抄送：… and "XX办公室  2026年11月29日印发".
    return startsWith(text, u"抄送：") || startsWith(text, u"抄送:") || endsWith(text, u"印发");
}

std::optional<int> chineseYear(std::u16string_view digits)
{
    if (digits.size() != 4)
        return std::nullopt;
    int year = 0;
    for (char16_t c : digits)
    {
        const int d = chineseDigitValue(c);
        if (d < 0)
            return std::nullopt;
        year = year * 10 + d;
    }
    return year;
}

std::optional<int> arabic(std::u16string_view digits)
{
    if (digits.empty() || digits.size() > 4)
        return std::nullopt;
    int value = 0;
    for (char16_t c : digits)
    {
        if (c >= u'０' && c <= u'９')
            c = static_cast<char16_t>(u'0' + (c - u'０'));
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

std::optional<int> numberPart(std::u16string_view part, bool year)
{
    if (auto a = arabic(part))
        return a;
    if (year)
        return chineseYear(part);
    return parseChineseNumeral(part);
}

bool isPlaceholderDate(std::u16string_view text)
{
    // XXXX年X月X日 and the like: a date still to be filled in.
    const std::size_t y = text.find(u'年'), m = text.find(u'月');
    if (y == std::u16string_view::npos || m == std::u16string_view::npos ||
        !endsWith(text, u"日") || m < y)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char16_t c)
                       {
                           return c == u'X' || c == u'x' || c == u'Ｘ' || c == u'年' ||
                                  c == u'月' || c == u'日' || (c >= u'0' && c <= u'9');
                       });
}

} // namespace

std::u16string standardDate(std::u16string_view text)
{
    text = trimmed(text);
    const std::size_t y = text.find(u'年'), m = text.find(u'月');
    if (y == std::u16string_view::npos || m == std::u16string_view::npos || m < y ||
        !endsWith(text, u"日"))
        return {};
    const auto year = numberPart(text.substr(0, y), true);
    const auto month = numberPart(text.substr(y + 1, m - y - 1), false);
    const auto day = numberPart(text.substr(m + 1, text.size() - m - 2), false);
    if (!year || !month || !day || *year < 1900 || *year > 2999 || *month < 1 || *month > 12 ||
        *day < 1 || *day > 31)
        return {};
    return decimal(*year) + u"年" + decimal(*month) + u"月" + decimal(*day) + u"日";
}

namespace
{
// The 版头 of a draft: the paragraphs above its 发文字号 line, each a 份号, 密级 or 紧急程度 line
// or a row of the 发文机关标志 (信函: the 标志 first, the elements under its lines). Without a
// 发文字号 line there is no 版头 to recognise: a short first line may as well be the title.
void markHead(const std::vector<std::u16string_view>& text, std::vector<ParagraphRoleInfo>& roles)
{
    const std::size_t limit = std::min(text.size(), kMaxHeadParagraphs + 1);
    std::size_t number = limit;
    for (std::size_t k = 0; k < limit; ++k)
    {
        if (roles[k].role == LayoutRole::Blank)
            continue;
        if (roles[k].role != LayoutRole::Body)
            return;
        if (isDocumentNumberLine(text[k]))
        {
            number = k;
            break;
        }
        if (!isHeadElement(text[k]) &&
            (text[k].size() > kMaxMarkRowLength || hasSentenceEnd(text[k])))
            return;
    }
    if (number == limit)
        return;
    roles[number].role = LayoutRole::DocumentNumber;
    for (std::size_t k = 0; k < number; ++k)
        if (roles[k].role != LayoutRole::Blank)
            roles[k].role = isHeadElement(text[k]) ? LayoutRole::HeadElement : LayoutRole::Mark;
}
} // namespace

std::vector<ParagraphRoleInfo>
classifyParagraphs(const std::vector<std::u16string_view>& paragraphs,
                   const std::vector<bool>& tables, const std::vector<std::size_t>& labelLengths)
{
    const std::size_t n = paragraphs.size();
    std::vector<ParagraphRoleInfo> roles(n);
    const DocumentOutline outline = readDocument(paragraphs, CheckOptions{});
    auto isTable = [&](std::size_t i) { return i < tables.size() && tables[i]; };
    std::vector<std::u16string_view> text(n);
    auto isListItem = [&](std::size_t i) { return i < labelLengths.size() && labelLengths[i] > 0; };
    int lastHeadingLevel = 0; // of the headings so far
    // An automatic list item is a heading only when it reads as one: short, no full stop, and
    // one level below the heading above it at most.
    auto readsAsListHeading = [&](std::size_t i, const Heading& heading)
    {
        const int level = static_cast<int>(heading.level);
        return text[i].size() <= kMaxListHeadingLength + labelLengths[i] &&
               !hasSentenceEnd(text[i]) && (level == 1 || lastHeadingLevel >= level - 1);
    };
    for (std::size_t i = 0; i < n; ++i)
    {
        text[i] = trimmed(paragraphs[i]);
        if (isTable(i))
            roles[i].role = LayoutRole::Table;
        else if (text[i].empty())
            roles[i].role = LayoutRole::Blank;
        else if (const auto& heading = outline.outlines[i].heading;
                 heading && (!isListItem(i) || readsAsListHeading(i, *heading)))
        {
            roles[i].role = LayoutRole::Heading;
            roles[i].headingLevel = static_cast<int>(heading->level);
            const std::size_t sentenceEnd =
                std::min(heading->titleEnd + 1, paragraphs[i].size()); // with its 。
            if (!trimmed(paragraphs[i].substr(sentenceEnd)).empty())
                roles[i].runInEnd = sentenceEnd;
            lastHeadingLevel = roles[i].headingLevel;
        }
        else if (isAttachment(text[i]))
            roles[i].role = LayoutRole::Attachment;
        else if (isClosing(text[i]))
            roles[i].role = LayoutRole::Closing;
        else if (isDistribution(text[i]))
            roles[i].role = LayoutRole::Distribution;
    }
    // Numbered lines under "附件：1．…" are further attachments, not level-3 headings.
    for (std::size_t i = 1; i < n; ++i)
        if ((roles[i - 1].role == LayoutRole::Attachment ||
             roles[i - 1].role == LayoutRole::AttachmentMore) &&
            isNumberedName(text[i]))
        {
            roles[i] = ParagraphRoleInfo{};
            roles[i].role = LayoutRole::AttachmentMore;
        }
    markHead(text, roles);
    // The opening: title lines, then perhaps 主送机关, before the first heading or body text. A
    // 发文字号 above the title is not part of it.
    std::size_t i = 0;
    while (i < n && (roles[i].role == LayoutRole::Blank || isHeadRole(roles[i].role) ||
                     (roles[i].role == LayoutRole::Body && isDocumentNumber(text[i]))))
        ++i;
    std::size_t titleLines = 0;
    for (std::size_t j = i; j < n && titleLines < kMaxTitleLines; ++j)
    {
        if (roles[j].role == LayoutRole::Blank)
            break;
        if (roles[j].role != LayoutRole::Body || text[j].size() > kMaxTitleLength ||
            hasSentenceEnd(text[j]) || isAddressee(text[j]) || isLabelledLine(text[j]) ||
            isLeadIn(text[j]))
            break;
        ++titleLines;
    }
    // Title lines are only title lines when body text (or 主送机关) follows them, not when the
    // draft opens with a short body line.
    std::size_t next = i + titleLines;
    while (next < n && roles[next].role == LayoutRole::Blank)
        ++next;
    const bool titleFollowedByText =
        titleLines > 0 && next < n && roles[next].role != LayoutRole::Table;
    if (titleFollowedByText)
        for (std::size_t j = i; j < i + titleLines; ++j)
            roles[j].role = LayoutRole::Title;
    const std::size_t afterTitle = titleFollowedByText ? next : i;
    if (afterTitle < n && roles[afterTitle].role == LayoutRole::Body &&
        isAddressee(text[afterTitle]))
        roles[afterTitle].role = LayoutRole::Addressee;
    // A line ending in 印发 is 版记 only in the block that ends the document.
    bool inEndBlock = true;
    for (std::size_t k = n; k-- > 0;)
    {
        if (roles[k].role == LayoutRole::Blank)
            continue;
        if (roles[k].role != LayoutRole::Distribution)
            inEndBlock = false;
        else if (!inEndBlock && !startsWith(text[k], u"抄送"))
            roles[k].role = LayoutRole::Body;
    }
    // The end of the document proper: attachments after it start with a line "附件1".
    std::size_t end = n;
    for (std::size_t k = afterTitle; k < n; ++k)
        if (roles[k].role == LayoutRole::Body && isAttachmentStart(text[k]))
        {
            end = k;
            break;
        }
    // The end: 成文日期 as the last text before any 版记, 附注 or attachment, 落款 just above it.
    std::size_t last = end;
    while (last > 0 && (roles[last - 1].role == LayoutRole::Blank ||
                        roles[last - 1].role == LayoutRole::Distribution ||
                        (roles[last - 1].role == LayoutRole::Body && isNote(text[last - 1]))))
        --last;
    if (last > 0 && roles[last - 1].role == LayoutRole::Body &&
        (!standardDate(text[last - 1]).empty() || isPlaceholderDate(text[last - 1])))
    {
        roles[last - 1].role = LayoutRole::Date;
        std::size_t above = last - 1;
        for (int lines = 0; above > 0 && lines < kMaxSignatureLines; ++lines)
        {
            const std::size_t k = above - 1;
            if (roles[k].role != LayoutRole::Body || text[k].size() > kMaxSignatureLength ||
                hasSentenceEnd(text[k]))
                break;
            roles[k].role = LayoutRole::Signature;
            above = k;
        }
    }
    return roles;
}

std::string roleName(const ParagraphRoleInfo& info)
{
    switch (info.role)
    {
    case LayoutRole::Blank:
        return "blank";
    case LayoutRole::Table:
        return "table";
    case LayoutRole::Title:
        return "title";
    case LayoutRole::Addressee:
        return "addressee";
    case LayoutRole::Heading:
        return "heading" + std::to_string(info.headingLevel) + (info.runInEnd ? "+run-in" : "");
    case LayoutRole::Body:
        return "body";
    case LayoutRole::Closing:
        return "closing";
    case LayoutRole::Attachment:
        return "attachment";
    case LayoutRole::AttachmentMore:
        return "attachment-more";
    case LayoutRole::Signature:
        return "signature";
    case LayoutRole::Date:
        return "date";
    case LayoutRole::Distribution:
        return "distribution";
    case LayoutRole::HeadElement:
        return "head-element";
    case LayoutRole::Mark:
        return "mark";
    case LayoutRole::DocumentNumber:
        return "document-number";
    }
    return "body";
}

bool isHeadRole(LayoutRole role)
{
    return role == LayoutRole::HeadElement || role == LayoutRole::Mark ||
           role == LayoutRole::DocumentNumber;
}

DocumentHead documentHead(const std::vector<ParagraphRoleInfo>& roles,
                          const std::vector<std::u16string_view>& texts)
{
    DocumentHead head;
    for (std::size_t i = 0; i < roles.size() && i < texts.size(); ++i)
        switch (roles[i].role)
        {
        case LayoutRole::HeadElement:
            head.paragraphs.push_back(i);
            head.parts.push_back(HeadPart::Element);
            break;
        case LayoutRole::Mark:
            head.paragraphs.push_back(i);
            head.parts.push_back(HeadPart::Mark);
            head.markRows.push_back(texts[i]);
            break;
        case LayoutRole::DocumentNumber:
            head.paragraphs.push_back(i);
            head.parts.push_back(HeadPart::Number);
            break;
        default:
            break;
        }
    if (!head.markRows.empty())
    {
        head.format = headFormatOfMark(head.markRows);
        head.suffixBeside = suffixBesideRows(head.markRows);
    }
    return head;
}

bool isSingleTitle(const std::vector<ParagraphRoleInfo>& roles, std::size_t i)
{
    auto isTitle = [&](std::size_t j)
    { return j < roles.size() && roles[j].role == LayoutRole::Title; };
    return isTitle(i) && !(i > 0 && isTitle(i - 1)) && !isTitle(i + 1);
}

} // namespace gongwen::core
