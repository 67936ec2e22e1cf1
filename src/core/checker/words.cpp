// SPDX-License-Identifier: MPL-2.0
#include <core/checker/words.hpp>

#include <core/text/text.hpp>

namespace gongwen::core
{

extern const char kConfusionsText[]; // confusions_data.cpp, generated from the data file

namespace
{

std::u16string_view trimmedField(std::u16string_view field)
{
    while (!field.empty() && isSpace(field.front()))
        field.remove_prefix(1);
    while (!field.empty() && isSpace(field.back()))
        field.remove_suffix(1);
    return field;
}

} // namespace

WordPairs parseWordPairs(std::u16string_view text, std::vector<std::size_t>* badLines)
{
    WordPairs pairs;
    std::size_t lineNumber = 0;
    for (std::u16string_view line : splitParagraphs(text))
    {
        ++lineNumber;
        if (trimmedField(line).empty() || line.front() == u'#')
            continue;
        std::vector<std::u16string_view> fields;
        for (std::size_t start = 0;;)
        {
            const std::size_t tab = line.find(u'\t', start);
            fields.push_back(trimmedField(
                line.substr(start, tab == std::u16string_view::npos ? tab : tab - start)));
            if (tab == std::u16string_view::npos)
                break;
            start = tab + 1;
        }
        if (fields.size() < 2 || fields.size() > 3 || fields[0].size() < 2 || fields[1].empty() ||
            fields[0] == fields[1])
        {
            if (badLines)
                badLines->push_back(lineNumber);
            continue;
        }
        pairs.push_back(WordPair{std::u16string(fields[0]), std::u16string(fields[1]),
                                 fields.size() > 2 ? std::u16string(fields[2]) : std::u16string()});
    }
    return pairs;
}

const WordPairs& builtinWordPairs()
{
    static const WordPairs pairs = parseWordPairs(fromUtf8(kConfusionsText));
    return pairs;
}

} // namespace gongwen::core
