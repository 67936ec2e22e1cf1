// SPDX-License-Identifier: MPL-2.0
#include "indicators.hpp"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <tuple>

namespace gongwen::core
{
namespace
{

icu::UnicodeString unicode(std::u16string_view s)
{
    return icu::UnicodeString(s.data(), static_cast<int32_t>(s.size()));
}

// NFKC with case folding: full-width and half-width forms, upper and lower case compare equal.
icu::UnicodeString folded(std::u16string_view s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkcFold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status))
        return unicode(s);
    icu::UnicodeString out = nfkcFold->normalize(unicode(s), status);
    return U_SUCCESS(status) ? out : unicode(s);
}

std::vector<icu::UnicodeString> terms(std::u16string_view query)
{
    std::vector<icu::UnicodeString> out;
    const icu::UnicodeString all = folded(query);
    int32_t start = 0;
    while (start < all.length())
    {
        int32_t end = start;
        while (end < all.length() && !u_isUWhiteSpace(all.char32At(end)))
            end = all.moveIndex32(end, 1);
        if (end > start)
            out.push_back(icu::UnicodeString(all, start, end - start));
        start = end < all.length() ? all.moveIndex32(end, 1) : end;
    }
    return out;
}

void sortByName(std::vector<IndicatorEntry>& entries)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !collator)
    {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto& a, const auto& b) { return a.name < b.name; });
        return;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const auto& a, const auto& b)
                     {
                         UErrorCode compareStatus = U_ZERO_ERROR;
                         return collator->compare(unicode(a.name), unicode(b.name),
                                                  compareStatus) == UCOL_LESS;
                     });
}

} // namespace

void sortIndicators(std::vector<IndicatorEntry>& entries, IndicatorOrder order)
{
    if (order == IndicatorOrder::ByName)
        return sortByName(entries);
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const auto& a, const auto& b)
        { return std::tie(a.sheet, a.row, a.column) < std::tie(b.sheet, b.row, b.column); });
}

std::vector<std::size_t> findIndicators(const std::vector<IndicatorEntry>& entries,
                                        std::u16string_view query)
{
    const std::vector<icu::UnicodeString> wanted = terms(query);
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < entries.size(); ++i)
    {
        const IndicatorEntry& e = entries[i];
        const icu::UnicodeString haystack =
            folded(e.name) + u'\n' + folded(e.value) + u'\n' + folded(e.cell);
        const bool all = std::all_of(wanted.begin(), wanted.end(),
                                     [&](const auto& term) { return haystack.indexOf(term) >= 0; });
        if (all)
            found.push_back(i);
    }
    return found;
}

} // namespace gongwen::core
