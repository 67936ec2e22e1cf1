// SPDX-License-Identifier: MPL-2.0
#include <core/layout/title_breaks.hpp>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <limits>
#include <memory>

namespace gongwen::core
{
namespace
{

// Beyond this many lines a title is not a title: no breaks are proposed.
constexpr std::size_t kMaxTitleLines = 4;
// An hourglass (上下长、中间短) is what the standard's 梯形或菱形 rules out.
constexpr double kHourglassCost = 1000.0;
// A line break inside 《…》 splits a name: only when nothing else fits.
constexpr double kInsideBookTitleCost = 50.0;
// The 发文机关 on a line of its own, 关于 starting the next, is how titles are set: worth lines
// a few characters less even.
constexpr double kBeforeAboutBonus = 20.0;

// Characters that may not start a title line: structural particles and conjunctions that bind to
// what comes before them, and closing marks.
constexpr std::u16string_view kNoLineStart = u"的地得之和与及等》”’）〕】、，。";
// Characters a line may not end with: opening marks.
constexpr std::u16string_view kNoLineEnd = u"《“‘（〔【";

// Word boundaries strictly inside the title (UTF-16 offsets), from ICU.
std::vector<std::size_t> wordBoundaries(std::u16string_view title)
{
    std::vector<std::size_t> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status) || !words)
        return out;
    const icu::UnicodeString text(false, title.data(), static_cast<int32_t>(title.size()));
    words->setText(text);
    for (int32_t b = words->next(); b != icu::BreakIterator::DONE; b = words->next())
        if (b > 0 && static_cast<std::size_t>(b) < title.size())
            out.push_back(static_cast<std::size_t>(b));
    return out;
}

bool isAsciiAlnum16(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool breakAllowedAt(std::u16string_view title, std::size_t at)
{
    return !U16_IS_TRAIL(title[at]) && kNoLineStart.find(title[at]) == std::u16string_view::npos &&
           kNoLineEnd.find(title[at - 1]) == std::u16string_view::npos &&
           !isAsciiAlnum16(title[at - 1]); // a number stays with its unit: 2026年
}

bool insideBookTitle(std::u16string_view title, std::size_t at)
{
    int depth = 0;
    for (std::size_t i = 0; i < at; ++i)
        depth += title[i] == u'《' ? 1 : title[i] == u'》' ? -1 : 0;
    return depth > 0;
}

// What a break at `at` adds to or takes from the shape's cost.
double breakCost(std::u16string_view title, std::size_t at)
{
    double cost = 0;
    if (insideBookTitle(title, at))
        cost += kInsideBookTitleCost;
    if (title.substr(at, 2) == u"关于")
        cost -= kBeforeAboutBonus;
    return cost;
}

// The characters (code points) before each UTF-16 offset of the title, its length included: the
// search asks for line lengths many times.
std::vector<std::size_t> charactersBefore(std::u16string_view title)
{
    std::vector<std::size_t> before(title.size() + 1, 0);
    for (std::size_t i = 0; i < title.size(); ++i)
        before[i + 1] = before[i] + (U16_IS_TRAIL(title[i]) ? 0 : 1);
    return before;
}

// How far lines of these lengths are from an even 梯形 or 菱形: the squared differences from
// the mean, and a large cost for an hourglass.
double shapeCost(const std::vector<std::size_t>& lengths)
{
    double mean = 0;
    for (std::size_t n : lengths)
        mean += static_cast<double>(n);
    mean /= static_cast<double>(lengths.size());
    double cost = 0;
    for (std::size_t n : lengths)
        cost += (static_cast<double>(n) - mean) * (static_cast<double>(n) - mean);
    for (std::size_t i = 1; i + 1 < lengths.size(); ++i)
        if (lengths[i] < lengths[i - 1] && lengths[i] < lengths[i + 1])
            cost += kHourglassCost;
    return cost;
}

struct Search
{
    std::u16string_view title;
    const std::vector<std::size_t>& before; // charactersBefore(title)
    const std::vector<std::size_t>& candidates;
    std::size_t perLine = 0;
    std::size_t lines = 0;
    std::vector<std::size_t> chosen, best;
    double bestCost = std::numeric_limits<double>::infinity();

    void from(std::size_t firstCandidate, std::size_t lineStart)
    {
        if (chosen.size() + 1 == lines)
        {
            if (before[title.size()] - before[lineStart] <= perLine)
                consider();
            return;
        }
        for (std::size_t c = firstCandidate; c < candidates.size(); ++c)
        {
            const std::size_t at = candidates[c];
            if (before[at] - before[lineStart] > perLine)
                break;
            chosen.push_back(at);
            from(c + 1, at);
            chosen.pop_back();
        }
    }

    void consider()
    {
        std::vector<std::size_t> lengths;
        std::size_t start = 0;
        for (std::size_t at : chosen)
        {
            lengths.push_back(before[at] - before[start]);
            start = at;
        }
        lengths.push_back(before[title.size()] - before[start]);
        double cost = shapeCost(lengths);
        for (std::size_t at : chosen)
            cost += breakCost(title, at);
        if (cost < bestCost)
        {
            bestCost = cost;
            best = chosen;
        }
    }
};

// The best breaks among `candidates`, in the fewest lines that hold the title; empty if none do.
std::vector<std::size_t> bestBreaks(std::u16string_view title,
                                    const std::vector<std::size_t>& before,
                                    const std::vector<std::size_t>& candidates, std::size_t perLine)
{
    const std::size_t length = before[title.size()];
    for (std::size_t lines = (length + perLine - 1) / perLine; lines <= kMaxTitleLines; ++lines)
    {
        Search search{title, before, candidates, perLine, lines, {}, {}};
        search.from(0, 0);
        if (!search.best.empty())
            return search.best;
    }
    return {};
}

} // namespace

std::size_t titleCharactersPerLine(int textAreaWidthHundredthMm, double titleSizePt)
{
    if (titleSizePt <= 0 || textAreaWidthHundredthMm <= 0)
        return 0;
    const double characterWidth = titleSizePt * kMillimetresPerPoint * 100.0;
    return static_cast<std::size_t>(textAreaWidthHundredthMm / characterWidth);
}

std::size_t titleCharactersPerLine(const LayoutProfile& profile)
{
    return titleCharactersPerLine(profile.page.width - profile.page.left - profile.page.right,
                                  styleSpec(StyleRole::Title).sizePt);
}

std::vector<std::size_t> titleLineBreaks(std::u16string_view title, std::size_t charactersPerLine)
{
    if (charactersPerLine == 0 || title.find(u'\n') != std::u16string_view::npos)
        return {};
    const std::vector<std::size_t> before = charactersBefore(title);
    if (before[title.size()] <= charactersPerLine)
        return {};
    std::vector<std::size_t> words;
    for (std::size_t at : wordBoundaries(title))
        if (breakAllowedAt(title, at))
            words.push_back(at);
    std::vector<std::size_t> breaks = bestBreaks(title, before, words, charactersPerLine);
    if (!breaks.empty())
        return breaks;
    // A word longer than the rest allows (a long name): between any characters then.
    std::vector<std::size_t> characters;
    for (std::size_t at = 1; at < title.size(); ++at)
        if (breakAllowedAt(title, at))
            characters.push_back(at);
    return bestBreaks(title, before, characters, charactersPerLine);
}

bool startsWithParticle(std::u16string_view line)
{
    return !line.empty() && kNoLineStart.find(line.front()) != std::u16string_view::npos;
}

} // namespace gongwen::core
