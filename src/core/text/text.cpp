// SPDX-License-Identifier: MPL-2.0
#include <core/text/text.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

namespace gongwen::core
{

char32_t codePointAt(std::u16string_view text, std::size_t pos, std::size_t* units)
{
    const char16_t lead = text[pos];
    char32_t c = lead;
    std::size_t n = 1;
    if (U16_IS_LEAD(lead) && pos + 1 < text.size() && U16_IS_TRAIL(text[pos + 1]))
    {
        c = U16_GET_SUPPLEMENTARY(lead, text[pos + 1]);
        n = 2;
    }
    if (units)
        *units = n;
    return c;
}

std::u32string toCodePoints(std::u16string_view text, std::vector<std::size_t>* offsets)
{
    std::u32string out;
    out.reserve(text.size());
    if (offsets)
    {
        offsets->clear();
        offsets->reserve(text.size() + 1);
    }
    for (std::size_t i = 0; i < text.size();)
    {
        std::size_t units = 1;
        if (offsets)
            offsets->push_back(i);
        out.push_back(codePointAt(text, i, &units));
        i += units;
    }
    if (offsets)
        offsets->push_back(text.size());
    return out;
}

void appendCodePoint(std::u16string& text, char32_t c)
{
    if (U_IS_BMP(c))
        text.push_back(static_cast<char16_t>(c));
    else
    {
        text.push_back(static_cast<char16_t>(U16_LEAD(c)));
        text.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
}

char32_t codePointBefore(std::u16string_view text, std::size_t pos, std::size_t* units)
{
    if (pos == 0)
    {
        if (units)
            *units = 0;
        return 0;
    }
    const char16_t trail = text[pos - 1];
    char32_t c = trail;
    std::size_t n = 1;
    if (U16_IS_TRAIL(trail) && pos >= 2 && U16_IS_LEAD(text[pos - 2]))
    {
        c = U16_GET_SUPPLEMENTARY(text[pos - 2], trail);
        n = 2;
    }
    if (units)
        *units = n;
    return c;
}

bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false; // fast path: no Han below the CJK radicals
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool isSpace(char32_t c)
{
    return c == u' ' || c == u'\t' || c == 0x3000 || u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isDigit(char32_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

bool isChineseContext(char32_t c)
{
    if (isHan(c))
        return true;
    switch (c)
    {
    case u'，':
    case u'。':
    case u'、':
    case u'；':
    case u'：':
    case u'？':
    case u'！':
    case u'“':
    case u'”':
    case u'‘':
    case u'’':
    case u'《':
    case u'》':
    case u'（':
    case u'）':
    case u'【':
    case u'】':
    case u'〔':
    case u'〕':
        return true;
    default:
        return false;
    }
}

bool isSentenceEnd(char16_t c)
{
    return c == u'。' || c == u'！' || c == u'？';
}

bool isItemBoundary(char16_t c)
{
    return isSentenceEnd(c) || c == u'；' || c == u'：' || c == u'，' || c == u';' || c == u':';
}

char32_t previousVisible(std::u16string_view text, std::size_t pos)
{
    while (pos > 0 && isSpace(text[pos - 1]))
        --pos;
    return codePointBefore(text, pos);
}

char32_t nextVisible(std::u16string_view text, std::size_t pos)
{
    pos = skipSpaces(text, pos);
    return pos < text.size() ? codePointAt(text, pos) : 0;
}

std::size_t skipSpaces(std::u16string_view text, std::size_t pos)
{
    while (pos < text.size())
    {
        std::size_t n = 0;
        if (!isSpace(codePointAt(text, pos, &n)))
            break;
        pos += n;
    }
    return pos;
}

bool startsWith(std::u16string_view text, std::u16string_view prefix)
{
    return startsWith(text, 0, prefix);
}

bool startsWith(std::u16string_view text, std::size_t at, std::u16string_view prefix)
{
    return at <= text.size() && text.size() - at >= prefix.size() &&
           text.substr(at, prefix.size()) == prefix;
}

bool endsWith(std::u16string_view text, std::u16string_view suffix)
{
    return endsWith(text, text.size(), suffix);
}

bool endsWith(std::u16string_view text, std::size_t at, std::u16string_view suffix)
{
    return at <= text.size() && at >= suffix.size() &&
           text.substr(at - suffix.size(), suffix.size()) == suffix;
}

std::u16string_view trimSpaces(std::u16string_view text)
{
    std::size_t begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::vector<std::u16string_view> splitParagraphs(std::u16string_view text)
{
    std::vector<std::u16string_view> paragraphs;
    std::size_t begin = 0;
    while (true)
    {
        const std::size_t end = text.find(u'\n', begin);
        std::u16string_view line =
            text.substr(begin, end == std::u16string_view::npos ? end : end - begin);
        if (!line.empty() && line.back() == u'\r')
            line.remove_suffix(1);
        paragraphs.push_back(line);
        if (end == std::u16string_view::npos)
            break;
        begin = end + 1;
    }
    return paragraphs;
}

std::u16string decimal(long long n)
{
    std::u16string out;
    for (char c : std::to_string(n))
        out += static_cast<char16_t>(c);
    return out;
}

std::u16string asciiDigits(std::u16string_view text)
{
    std::u16string out(text);
    for (char16_t& c : out)
        if (c >= u'０' && c <= u'９')
            c = static_cast<char16_t>(c - u'０' + u'0');
    return out;
}

std::u16string fromUtf8(std::string_view utf8)
{
    std::u16string out(utf8.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()),
                         &length, utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr,
                         &status);
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
    return out;
}

std::optional<std::u16string> fromUtf8Strict(std::string_view utf8)
{
    std::u16string out(utf8.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length,
                  utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::string toUtf8(std::u16string_view utf16)
{
    std::string out(utf16.size() * 3 + 1, '\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length,
                       reinterpret_cast<const UChar*>(utf16.data()),
                       static_cast<int32_t>(utf16.size()), 0xFFFD, nullptr, &status);
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
    return out;
}

} // namespace gongwen::core
