// SPDX-License-Identifier: MPL-2.0
#include <core/statistics/figures.hpp>

#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace gongwen::core
{
namespace
{

std::vector<std::string_view> split(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size())
    {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return parts;
}

std::string join(const std::vector<std::string_view>& parts, bool absolute)
{
    std::string out = absolute ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? "/" : "") + std::string(parts[i]);
    return out;
}

// ICU decimal formatting with grouping (12,345.67) for `fraction` fixed decimals; -1 = as needed.
// A formatter for each (fraction, grouping) used, made once per thread: creating one costs far
// more than formatting a number, and a refresh formats thousands.
const icu::NumberFormat* decimalFormat(int fraction, bool grouping)
{
    thread_local std::map<std::pair<int, bool>, std::unique_ptr<icu::NumberFormat>> formats;
    auto& format = formats[{fraction, grouping}];
    if (!format)
    {
        UErrorCode status = U_ZERO_ERROR;
        format.reset(icu::NumberFormat::createInstance(icu::Locale("zh", "CN"), status));
        if (U_FAILURE(status) || !format)
        {
            format.reset();
            return nullptr;
        }
        format->setGroupingUsed(grouping);
        format->setMinimumFractionDigits(fraction < 0 ? 0 : fraction);
        format->setMaximumFractionDigits(fraction < 0 ? 6 : fraction);
    }
    return format.get();
}

std::u16string icuDecimal(double value, int fraction, bool grouping)
{
    const icu::NumberFormat* format = decimalFormat(fraction, grouping);
    if (format == nullptr)
        return decimal(static_cast<long long>(std::llround(value)));
    icu::UnicodeString out;
    format->format(value, out);
    return std::u16string(reinterpret_cast<const char16_t*>(out.getBuffer()),
                          static_cast<std::size_t>(out.length()));
}

} // namespace

const std::vector<FigureFormatInfo>& figureFormats()
{
    static const std::vector<FigureFormatInfo> formats = {
        {FigureFormat::AsInCalc, "calc", {u"与 Calc 中相同", u"As in Calc"}},
        {FigureFormat::Thousands, "thousands", {u"千位分隔（12,345）", u"Thousands (12,345)"}},
        {FigureFormat::Fixed1, "fixed1", {u"一位小数（12.3）", u"One decimal (12.3)"}},
        {FigureFormat::Fixed2, "fixed2", {u"两位小数（12.34）", u"Two decimals (12.34)"}},
        {FigureFormat::Chinese, "chinese", {u"中文数字（三）", u"Chinese numeral (三)"}},
        {FigureFormat::Wan, "wan", {u"以万为单位（1.2万）", u"In 万 (1.2万)"}},
        {FigureFormat::Yi, "yi", {u"以亿为单位（1.2亿）", u"In 亿 (1.2亿)"}},
    };
    return formats;
}

std::optional<FigureFormat> figureFormatForKey(std::string_view key)
{
    for (const FigureFormatInfo& f : figureFormats())
        if (f.key == key)
            return f.format;
    return std::nullopt;
}

std::string_view figureFormatKey(FigureFormat format)
{
    for (const FigureFormatInfo& f : figureFormats())
        if (f.format == format)
            return f.key;
    return "calc";
}

std::u16string formatFigure(double value, FigureFormat format, std::u16string_view calcText)
{
    switch (format)
    {
    case FigureFormat::AsInCalc:
        return calcText.empty() ? icuDecimal(value, -1, false) : std::u16string(calcText);
    case FigureFormat::Thousands:
        return icuDecimal(value, std::floor(value) == value ? 0 : -1, true);
    case FigureFormat::Fixed1:
        return icuDecimal(value, 1, false);
    case FigureFormat::Fixed2:
        return icuDecimal(value, 2, false);
    case FigureFormat::Chinese:
        if (value >= 0 && value <= kMaxChineseNumeral && std::floor(value) == value)
            return formatCountNumeral(static_cast<int>(value));
        return icuDecimal(value, -1, false);
    case FigureFormat::Wan:
        return icuDecimal(value / 1e4, 2, false) + u"万";
    case FigureFormat::Yi:
        break;
    }
    return icuDecimal(value / 1e8, 2, false) + u"亿";
}

std::string relativePath(std::string_view fromFile, std::string_view toFile)
{
    auto from = split(fromFile);
    if (!from.empty())
        from.pop_back(); // the folder of fromFile
    const auto to = split(toFile);
    std::size_t common = 0;
    while (common < from.size() && common + 1 < to.size() && from[common] == to[common])
        ++common;
    std::string out;
    for (std::size_t i = common; i < from.size(); ++i)
        out += "../";
    for (std::size_t i = common; i < to.size(); ++i)
        out += std::string(to[i]) + (i + 1 < to.size() ? "/" : "");
    return out;
}

std::string resolvePath(std::string_view fromFile, std::string_view reference)
{
    if (!reference.empty() && reference.front() == '/')
        return std::string(reference);
    auto parts = split(fromFile);
    if (!parts.empty())
        parts.pop_back();
    for (std::string_view p : split(reference))
    {
        if (p == "..")
        {
            if (!parts.empty())
                parts.pop_back();
        }
        else if (p != ".")
            parts.push_back(p);
    }
    return join(parts, true);
}

namespace
{

// The header text as compared: NFKC (full-width brackets and digits as ASCII), no white space.
std::u16string headerKey(std::u16string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    const icu::UnicodeString source(false, reinterpret_cast<const UChar*>(text.data()),
                                    static_cast<int32_t>(text.size()));
    icu::UnicodeString normal = U_SUCCESS(status) ? nfkc->normalize(source, status) : source;
    if (U_FAILURE(status))
        normal = source;
    std::u16string key;
    for (int32_t i = 0; i < normal.length(); i += U16_LENGTH(normal.char32At(i)))
    {
        const UChar32 c = normal.char32At(i);
        if (isSpace(static_cast<char32_t>(c)))
            continue;
        if (U_IS_BMP(c))
            key.push_back(static_cast<char16_t>(c));
        else
        {
            key.push_back(static_cast<char16_t>(U16_LEAD(c)));
            key.push_back(static_cast<char16_t>(U16_TRAIL(c)));
        }
    }
    return key;
}

} // namespace

bool sameHeaderText(std::u16string_view a, std::u16string_view b)
{
    return headerKey(a) == headerKey(b);
}

TableShape compareTableShape(const std::vector<std::u16string>& writerHeader,
                             const std::vector<std::u16string>& sourceHeader)
{
    TableShape shape;
    shape.writerColumns = writerHeader.size();
    shape.sourceColumns = sourceHeader.size();
    for (std::size_t c = 0; c < std::min(writerHeader.size(), sourceHeader.size()); ++c)
        if (!headerKey(writerHeader[c]).empty() &&
            !sameHeaderText(writerHeader[c], sourceHeader[c]))
            shape.differingHeaders.push_back(c);
    return shape;
}

namespace
{
constexpr std::u16string_view kFigurePrefix = u"gw_";
}

std::u16string figureFieldName(std::u16string_view indicator, FigureFormat format)
{
    const std::string_view key = figureFormatKey(format);
    return std::u16string(kFigurePrefix) + std::u16string(key.begin(), key.end()) + u"_" +
           std::u16string(indicator);
}

bool looksLikeFigureField(std::u16string_view name)
{
    return name.substr(0, kFigurePrefix.size()) == kFigurePrefix;
}

std::optional<FigureField> parseFigureFieldName(std::u16string_view name)
{
    if (!looksLikeFigureField(name))
        return std::nullopt;
    const std::u16string_view rest = name.substr(kFigurePrefix.size());
    const std::size_t underscore = rest.find(u'_');
    if (underscore == std::u16string_view::npos || underscore == 0 || underscore + 1 == rest.size())
        return std::nullopt;
    std::string key;
    for (char16_t c : rest.substr(0, underscore))
    {
        if (c >= 0x80)
            return std::nullopt;
        key.push_back(static_cast<char>(c));
    }
    const auto format = figureFormatForKey(key);
    if (!format)
        return std::nullopt;
    return FigureField{std::u16string(rest.substr(underscore + 1)), *format};
}

namespace
{
// "1,3,5" → {0, 2, 4}; anything that is not a positive number is skipped.
std::vector<std::size_t> parseColumnList(std::u16string_view text)
{
    std::vector<std::size_t> columns;
    std::size_t value = 0;
    bool digits = false;
    for (std::size_t k = 0; k <= text.size(); ++k)
    {
        if (k < text.size() && text[k] >= u'0' && text[k] <= u'9' && value < 100000)
        {
            value = value * 10 + static_cast<std::size_t>(text[k] - u'0');
            digits = true;
            continue;
        }
        if (digits && value > 0)
            columns.push_back(value - 1);
        value = 0;
        digits = false;
    }
    return columns;
}
} // namespace

std::vector<TableBinding> parseTableBindings(std::u16string_view stored)
{
    std::vector<TableBinding> bindings;
    while (!stored.empty())
    {
        const std::size_t end = std::min(stored.find(u'\n'), stored.size());
        const std::u16string_view line = stored.substr(0, end);
        const std::size_t tab = line.find(u'\t');
        if (tab != std::u16string_view::npos && tab > 0)
        {
            const std::size_t second = line.find(u'\t', tab + 1);
            TableBinding& b = bindings.emplace_back();
            b.writerTable = std::u16string(line.substr(0, tab));
            b.rangeName = std::u16string(line.substr(tab + 1, second == std::u16string_view::npos
                                                                  ? std::u16string_view::npos
                                                                  : second - tab - 1));
            if (second != std::u16string_view::npos)
                b.columns = parseColumnList(line.substr(second + 1));
        }
        stored.remove_prefix(std::min(end + 1, stored.size()));
    }
    return bindings;
}

std::u16string storeTableBinding(std::u16string_view stored, const TableBinding& binding)
{
    auto line = [](const TableBinding& b)
    {
        std::u16string text = b.writerTable + u"\t" + b.rangeName;
        for (std::size_t k = 0; k < b.columns.size(); ++k)
            text += (k ? u"," : u"\t") + decimal(static_cast<long long>(b.columns[k] + 1));
        return text + u"\n";
    };
    std::u16string all;
    for (const TableBinding& b : parseTableBindings(stored))
        if (b.writerTable != binding.writerTable)
            all += line(b);
    return all + line(binding);
}

TableFillPlan planTableFill(const std::vector<std::vector<SourceCell>>& source, std::size_t columns)
{
    TableFillPlan plan;
    const std::size_t sourceColumns = source.empty() ? 0 : source.front().size();
    const std::size_t common = std::min(columns, sourceColumns);
    plan.numericColumns.assign(common, true);
    for (std::size_t r = 1; r < source.size(); ++r)
    {
        std::vector<std::u16string> row;
        for (std::size_t c = 0; c < common; ++c)
        {
            const SourceCell& cell = c < source[r].size() ? source[r][c] : SourceCell{};
            if (cell.isNumber)
                row.push_back(formatFigure(cell.number, FigureFormat::AsInCalc, u""));
            else
            {
                row.push_back(cell.text);
                plan.numericColumns[c] = plan.numericColumns[c] && cell.text.empty();
            }
        }
        plan.body.push_back(std::move(row));
    }
    return plan;
}

} // namespace gongwen::core
