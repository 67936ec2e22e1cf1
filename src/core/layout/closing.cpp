// SPDX-License-Identifier: MPL-2.0
#include <core/layout/closing.hpp>

#include <core/text/text.hpp>

#include <unicode/uchar.h>

#include <algorithm>

namespace gongwen::core
{
namespace
{

constexpr double kSealedDateIndent = 4.0;  // 右空四字
constexpr double kUnsealedIndent = 2.0;    // 署名 右空二字; a long date too
constexpr double kUnsealedDateShift = 2.0; // the date starts two characters further right

bool isFullWidth(char32_t c)
{
    const auto width = static_cast<UEastAsianWidth>(
        u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_FULLWIDTH || width == U_EA_WIDE;
}

} // namespace

double widthInCharacters(std::u16string_view text)
{
    double width = 0;
    for (char32_t c : toCodePoints(text))
        width += isFullWidth(c) ? 1.0 : 0.5;
    return width;
}

ClosingIndents placeClosing(std::u16string_view signature, std::u16string_view date, bool sealed)
{
    const double signatureWidth = widthInCharacters(signature);
    const double dateWidth = widthInCharacters(date);
    ClosingIndents indents;
    if (sealed)
    {
        indents.date = kSealedDateIndent;
        // Centred over the date; a name wider than the date and its indent ends at the margin.
        indents.signature = std::max(0.0, kSealedDateIndent + (dateWidth - signatureWidth) / 2);
        return indents;
    }
    // Measured from the right margin, the date's first character sits kUnsealedDateShift right
    // of the 署名's: date + dateWidth == signature + signatureWidth - shift.
    indents.signature = kUnsealedIndent;
    indents.date = indents.signature + signatureWidth - kUnsealedDateShift - dateWidth;
    if (indents.date < kUnsealedIndent)
    {
        indents.date = kUnsealedIndent;
        indents.signature = indents.date + dateWidth + kUnsealedDateShift - signatureWidth;
    }
    return indents;
}

std::vector<std::size_t> keptWithNext(const std::vector<ParagraphRoleInfo>& roles)
{
    std::size_t first = roles.size();
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (roles[i].role == LayoutRole::Signature)
        {
            first = i;
            break;
        }
    std::size_t last = first;
    while (last < roles.size() && roles[last].role == LayoutRole::Signature)
        ++last;
    if (first == roles.size() || last == roles.size() || roles[last].role != LayoutRole::Date)
        return {};
    std::size_t from = first;
    while (from > 0 && roles[from - 1].role == LayoutRole::Blank)
        --from;
    if (from > 0 && roles[from - 1].role != LayoutRole::Table)
        --from; // the last line of text before: 落款 is never alone on a page
    std::vector<std::size_t> kept;
    for (std::size_t i = from; i < last; ++i)
        kept.push_back(i);
    return kept;
}

} // namespace gongwen::core
