// SPDX-License-Identifier: MPL-2.0
#include <core/checker/outline.hpp>

#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <array>

namespace gongwen::core
{
namespace
{

constexpr std::size_t kMaxHeadingDigits = 3; // 2021. is a year, not heading 2021

bool isOpeningBracket(char16_t c)
{
    return c == u'（' || c == u'(';
}
bool isClosingBracket(char16_t c)
{
    return c == u'）' || c == u')';
}
bool isOpeningQuote(char16_t c)
{
    return c == u'“' || c == u'《' || c == u'‘' || c == u'「' || c == u'『' || c == u'〈';
}
bool isClosingQuote(char16_t c)
{
    return c == u'”' || c == u'》' || c == u'’' || c == u'」' || c == u'』' || c == u'〉';
}
bool isAsciiDigitsOnly(std::u16string_view s)
{
    for (char16_t c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

std::size_t findTitleEnd(std::u16string_view text, std::size_t from)
{
    for (std::size_t i = from; i < text.size(); ++i)
        if (isSentenceEnd(text[i]))
            return i;
    return text.size();
}

// （一） （1） and their half-width or over-punctuated variants.
std::optional<Heading> parseBracketHeading(std::u16string_view text, std::size_t p)
{
    const std::size_t q = p + 1;
    Heading h;
    std::size_t numberLength = 0;
    if (auto chinese = matchChineseNumeral(text.substr(q)))
    {
        h.level = HeadingLevel::Section;
        h.number = chinese->value;
        numberLength = chinese->length;
    }
    else if (auto arabic = matchArabicNumber(text.substr(q));
             arabic && arabic->length <= kMaxHeadingDigits)
    {
        h.level = HeadingLevel::SubPoint;
        h.number = arabic->value;
        numberLength = arabic->length;
    }
    else
        return std::nullopt;
    const std::size_t close = q + numberLength;
    if (close >= text.size() || !isClosingBracket(text[close]))
        return std::nullopt;
    h.wellFormed =
        text[p] == u'（' && text[close] == u'）' &&
        (h.level == HeadingLevel::Section || isAsciiDigitsOnly(text.substr(q, numberLength)));
    std::size_t end = close + 1;
    if (end < text.size() && (text[end] == u'、' || text[end] == u'，' || text[end] == u'.' ||
                              text[end] == u'．' || text[end] == u','))
    {
        h.wellFormed = false; // nothing follows （一）
        ++end;
    }
    h.markerStart = p;
    h.markerLength = end - p;
    h.numberStart = q;
    h.numberLength = numberLength;
    return h;
}

// 一、 and its wrong variants 一. 一． 一， 一 (space).
std::optional<Heading> parseChineseHeading(std::u16string_view text, std::size_t p)
{
    const auto numeral = matchChineseNumeral(text.substr(p));
    if (!numeral)
        return std::nullopt;
    std::size_t sep = p + numeral->length;
    if (sep >= text.size())
        return std::nullopt;
    Heading h;
    const char16_t c = text[sep];
    std::size_t end = sep + 1;
    if (c == u'、')
        h.wellFormed = true;
    else if (c == u'．' || c == u'.' || c == u'，' || c == u',')
    {
        h.wellFormed = false;
        h.tentative = end < text.size() && isDigit(text[end]); // 二．2025年 (or 一.5)
    }
    else if (c == u' ' || c == u'\u3000')
    {
        end = skipSpaces(text, sep);
        if (end >= text.size())
            return std::nullopt;
        h.wellFormed = false;
        h.tentative = !isHan(codePointAt(text, end)); // 一 2018年
    }
    else
        return std::nullopt;
    h.level = HeadingLevel::Chapter;
    h.number = numeral->value;
    h.markerStart = p;
    h.markerLength = end - p;
    h.numberStart = p;
    h.numberLength = numeral->length;
    return h;
}

// 1. and its wrong variants 1、 1， and 1． (unless that is the configured form).
std::optional<Heading> parseArabicHeading(std::u16string_view text, std::size_t p,
                                          const CheckOptions& options)
{
    const auto number = matchArabicNumber(text.substr(p));
    if (!number || number->length > kMaxHeadingDigits)
        return std::nullopt;
    const std::size_t sep = p + number->length;
    if (sep >= text.size())
        return std::nullopt;
    const char16_t c = text[sep];
    const bool nextIsDigit = sep + 1 < text.size() && isDigit(text[sep + 1]);
    Heading h;
    if (c == u'.' || c == u'．')
    {
        if (nextIsDigit) // 1.5亿元
            return std::nullopt;
        h.wellFormed = (c == u'．') == options.fullWidthArabicDot;
    }
    else if (c == u'、' || c == u'，' || c == u',')
        h.wellFormed = false;
    else
        return std::nullopt;
    if (!isAsciiDigitsOnly(text.substr(p, number->length)))
        h.wellFormed = false;
    h.level = HeadingLevel::Point;
    h.number = number->value;
    h.markerStart = p;
    h.markerLength = sep + 1 - p;
    h.numberStart = p;
    h.numberLength = number->length;
    return h;
}

std::optional<Heading> parseHeading(std::u16string_view text, const CheckOptions& options)
{
    const std::size_t p = skipSpaces(text, 0);
    if (p >= text.size())
        return std::nullopt;
    std::optional<Heading> h;
    if (isOpeningBracket(text[p]))
        h = parseBracketHeading(text, p);
    else if (isChineseNumeralChar(text[p]))
        h = parseChineseHeading(text, p);
    else if (isDigit(text[p]))
        h = parseArabicHeading(text, p, options);
    if (h)
        h->titleEnd = findTitleEnd(text, h->markerStart + h->markerLength);
    return h;
}

// Where an item may begin: at the start of the text (after spaces and a heading marker) or
// right after punctuation.
bool itemMayStartAt(std::u16string_view text, std::size_t pos, std::size_t contentStart)
{
    if (pos <= contentStart)
        return true;
    const char16_t before = text[pos - 1];
    return isItemBoundary(before) || before == u'、' || isSpace(before);
}

bool isItemPunctuation(char16_t c)
{
    return c == u'，' || c == u'、' || c == u'：' || c == u',' || c == u':';
}

// 一是 … : `shi` is the position of 是.
std::optional<ItemMarker> itemEndingInShi(std::u16string_view text, std::size_t shi,
                                          std::size_t contentStart)
{
    std::size_t runStart = shi;
    while (runStart > contentStart && shi - runStart < 8 &&
           isChineseNumeralChar(text[runStart - 1]))
        --runStart;
    for (std::size_t s = runStart; s < shi; ++s)
    {
        const auto value = parseChineseNumeral(text.substr(s, shi - s));
        if (!value || *value < 1 || !itemMayStartAt(text, s, contentStart))
            continue;
        const std::u16string_view numeral = text.substr(s, shi - s);
        const std::size_t after = shi + 1;
        if (after < text.size() && text[after] == u'否') // 是否
            return std::nullopt;
        if (startsWith(text, after, numeral)) // 一是一，二是二 (an idiom, not an item)
            return std::nullopt;
        ItemMarker m;
        m.family = ItemFamily::Shi;
        m.number = *value;
        m.start = s;
        m.length = shi + 1 - s;
        m.numberStart = s;
        m.numberLength = shi - s;
        return m;
    }
    return std::nullopt;
}

// 第一， and 其一，: a prefix character, a numeral, then a comma-like mark. Inside a sentence
// "第一、第二、第三产业" lists ordinals, not items: there 、 neither precedes nor follows an item.
std::optional<ItemMarker> prefixedItem(std::u16string_view text, std::size_t pos, ItemFamily family,
                                       std::size_t contentStart)
{
    const auto numeral = matchChineseNumeral(text.substr(pos + 1));
    if (!numeral || numeral->value < 1)
        return std::nullopt;
    const std::size_t after = pos + 1 + numeral->length;
    if (after >= text.size() || !isItemPunctuation(text[after]))
        return std::nullopt;
    const bool atStart = pos <= contentStart;
    if (!atStart && (text[pos - 1] == u'、' || text[after] == u'、'))
        return std::nullopt;
    if (family == ItemFamily::Qi && numeral->value > 10)
        return std::nullopt;
    ItemMarker m;
    m.family = family;
    m.number = numeral->value;
    m.start = pos;
    m.length = 1 + numeral->length;
    m.numberStart = pos + 1;
    m.numberLength = numeral->length;
    return m;
}

struct SequenceWord
{
    std::u16string_view word;
    int number; // 0: one after the previous item
};
constexpr std::array<SequenceWord, 4> kSequenceWords = {
    {{u"首先", 1}, {u"其次", 2}, {u"再次", 3}, {u"最后", 0}}};

std::optional<ItemMarker> sequenceWordItem(std::u16string_view text, std::size_t pos)
{
    for (const SequenceWord& w : kSequenceWords)
    {
        const std::size_t after = pos + w.word.size();
        if (startsWith(text, pos, w.word) && after < text.size() && isItemPunctuation(text[after]))
        {
            ItemMarker m;
            m.family = ItemFamily::Sequence;
            m.number = w.number;
            m.start = pos;
            m.length = w.word.size();
            m.numberStart = pos;
            return m;
        }
    }
    return std::nullopt;
}

std::vector<ItemMarker> findItems(std::u16string_view text, std::size_t contentStart)
{
    std::vector<ItemMarker> items;
    for (std::size_t i = contentStart; i < text.size(); ++i)
    {
        std::optional<ItemMarker> item;
        const char16_t c = text[i];
        if (c != u'是' && c != u'第' && c != u'其' && c != u'首' && c != u'再' && c != u'最')
            continue;
        if (c == u'是')
            item = itemEndingInShi(text, i, contentStart);
        else if (!itemMayStartAt(text, i, contentStart))
            continue;
        else if (c == u'第')
            item = prefixedItem(text, i, ItemFamily::Di, contentStart);
        else if (c == u'其')
        {
            item = prefixedItem(text, i, ItemFamily::Qi, contentStart);
            if (!item)
                item = sequenceWordItem(text, i);
        }
        else if (c == u'首' || c == u'再' || c == u'最')
            item = sequenceWordItem(text, i);
        if (item)
        {
            items.push_back(*item);
            i = item->start + item->length - 1;
        }
    }
    return items;
}

// Measure words that make a numeral announce a number of points (四项举措, 三个方面).
constexpr std::array<std::u16string_view, 15> kMeasureWords = {
    u"方面", u"项", u"个", u"点", u"条", u"大", u"种",  u"类",
    u"件",   u"次", u"批", u"位", u"支", u"轮", u"环节"};

std::size_t measureWordAt(std::u16string_view text, std::size_t pos, std::size_t end)
{
    for (std::u16string_view w : kMeasureWords)
        if (pos + w.size() <= end && text.substr(pos, w.size()) == w)
            return w.size();
    return 0;
}

// Measure words with which a sentence-final count word announces the points that follow
// ("采取四项举措。一是"); 次, 批, 位 … count events and people, not points.
constexpr std::array<std::u16string_view, 9> kAnnouncingMeasureWords = {
    u"方面", u"项", u"个", u"点", u"条", u"大", u"种", u"类", u"环节"};

// The most Han characters a noun may take between a count word and the end of its clause
// ("四项|举措。", "三个方面|的工作；").
constexpr std::size_t kMaxNounAfterCount = 6;

// The count word that ends text[clauseStart, end): the clause's last count word, with an
// announcing measure word and nothing but a short Han noun after it.
std::optional<CountWord> clauseEndingCountWord(std::u16string_view text, std::size_t clauseStart,
                                               std::size_t end)
{
    const auto words = findCountWords(text, clauseStart, end);
    if (words.empty())
        return std::nullopt;
    const CountWord& word = words.back();
    const std::u16string_view measure =
        text.substr(word.start + word.numberLength, word.length - word.numberLength);
    if (std::find(kAnnouncingMeasureWords.begin(), kAnnouncingMeasureWords.end(), measure) ==
        kAnnouncingMeasureWords.end())
        return std::nullopt;
    const std::size_t tail = word.start + word.length;
    if (end - tail > kMaxNounAfterCount)
        return std::nullopt;
    for (std::size_t k = tail; k < end; ++k)
        if (!isHan(text[k]))
            return std::nullopt;
    return word;
}

std::vector<LeadColon> findLeadColons(std::u16string_view text, std::size_t contentStart,
                                      const std::vector<ItemMarker>& items)
{
    std::vector<LeadColon> colons;
    std::size_t clauseStart = contentStart;
    std::size_t nextItem = 0;
    for (std::size_t i = contentStart; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        const bool colon = c == u'：';
        const bool clauseEnd = c == u'。' || c == u'；';
        if (!colon && !clauseEnd)
        {
            if (isSentenceEnd(c))
                clauseStart = i + 1;
            continue;
        }
        const std::size_t next = skipSpaces(text, i + 1);
        while (nextItem < items.size() && items[nextItem].start < next)
            ++nextItem;
        const bool itemFollows = nextItem < items.size() && items[nextItem].start == next;
        if (itemFollows || next >= text.size())
        {
            std::optional<CountWord> word;
            if (colon)
            {
                auto words = findCountWords(text, clauseStart, i);
                if (!words.empty())
                    word = words.back();
            }
            else
                word = clauseEndingCountWord(text, clauseStart, i);
            if (word)
                colons.push_back(LeadColon{i, *word});
        }
        clauseStart = i + 1;
    }
    return colons;
}

} // namespace

std::u16string headingNumeral(HeadingLevel level, int number)
{
    return level == HeadingLevel::Chapter || level == HeadingLevel::Section
               ? formatChineseNumeral(number)
               : decimal(number);
}

std::u16string headingMarker(HeadingLevel level, int number, const CheckOptions& options)
{
    const std::u16string chinese = formatChineseNumeral(number);
    const std::u16string arabic = decimal(number);
    switch (level)
    {
    case HeadingLevel::Chapter:
        return chinese + u"、";
    case HeadingLevel::Section:
        return u"（" + chinese + u"）";
    case HeadingLevel::Point:
        return arabic + (options.fullWidthArabicDot ? u"．" : u".");
    case HeadingLevel::SubPoint:
        break;
    }
    return u"（" + arabic + u"）";
}

std::u16string itemMarker(ItemFamily family, int number)
{
    switch (family)
    {
    case ItemFamily::Shi:
        return formatChineseNumeral(number) + u"是";
    case ItemFamily::Di:
        return u"第" + formatChineseNumeral(number);
    case ItemFamily::Qi:
        return u"其" + formatChineseNumeral(number);
    case ItemFamily::Sequence:
        break;
    }
    return number <= 1 ? u"首先" : number == 2 ? u"其次" : u"再次";
}

std::vector<CountWord> findCountWords(std::u16string_view text, std::size_t begin, std::size_t end)
{
    std::vector<CountWord> words;
    int quoteDepth = 0;
    end = std::min(end, text.size());
    for (std::size_t k = begin; k < end; ++k)
    {
        const char16_t c = text[k];
        if (isOpeningQuote(c))
            ++quoteDepth;
        else if (isClosingQuote(c))
            quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 0;
        if (quoteDepth > 0 || !isChineseNumeralChar(c))
            continue;
        // Only the start of a numeral, and not an ordinal (第三个).
        if (k > 0 && (isChineseNumeralChar(text[k - 1]) || text[k - 1] == u'第'))
            continue;
        const auto numeral = matchChineseNumeral(text.substr(k, end - k));
        if (!numeral)
            continue;
        const std::size_t after = k + numeral->length;
        const std::size_t measure = measureWordAt(text, after, end);
        const bool congress =
            measure == 1 && text[after] == u'大' && numeral->value >= 10; // 十九大
        if (measure > 0 && numeral->value >= 2 && !congress)
            words.push_back(
                CountWord{numeral->value, k, numeral->length, numeral->length + measure});
        k = after + (measure > 0 ? measure : 0) - 1;
    }
    return words;
}

ParagraphOutline analyseParagraph(std::u16string_view text, const CheckOptions& options,
                                  bool tentativeHeadings)
{
    ParagraphOutline outline;
    outline.heading = parseHeading(text, options);
    if (outline.heading && outline.heading->tentative && !tentativeHeadings)
        outline.heading.reset();
    std::size_t contentStart = skipSpaces(text, 0);
    if (outline.heading)
    {
        contentStart = outline.heading->markerStart + outline.heading->markerLength;
        auto words = findCountWords(text, contentStart, outline.heading->titleEnd);
        if (!words.empty())
            outline.titleCountWord = words.front();
    }
    outline.items = findItems(text, contentStart);
    outline.leadColons = findLeadColons(text, contentStart, outline.items);
    return outline;
}

} // namespace gongwen::core
