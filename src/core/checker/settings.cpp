// SPDX-License-Identifier: MPL-2.0
#include <core/checker/settings.hpp>

#include <core/common/finding.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <optional>

namespace gongwen::core
{
namespace
{

std::u16string_view trimmed(std::u16string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isSeparator(char16_t c)
{
    return c == u',' || c == u'，' || c == u'、' || c == u'\n' || c == u'\r';
}

std::optional<bool> parseBool(std::u16string_view value)
{
    if (value == u"true" || value == u"yes" || value == u"1")
        return true;
    if (value == u"false" || value == u"no" || value == u"0")
        return false;
    return std::nullopt;
}

} // namespace

std::vector<std::u16string> splitList(std::u16string_view text)
{
    std::vector<std::u16string> items;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || isSeparator(text[i]))
        {
            const std::u16string_view item = trimmed(text.substr(start, i - start));
            if (!item.empty())
                items.emplace_back(item);
            start = i + 1;
        }
    return items;
}

ParsedSettings parseSettings(std::u16string_view text)
{
    ParsedSettings parsed;
    Settings& s = parsed.settings;
    const std::vector<std::string_view> known = checkRuleIds();
    std::size_t lineNumber = 0;
    for (std::u16string_view line : splitParagraphs(text))
    {
        ++lineNumber;
        line = trimmed(line);
        if (line.empty() || line.front() == u'#')
            continue;
        auto error = [&](std::u16string zh, std::u16string en) {
            parsed.errors.push_back(SettingsError{lineNumber, std::move(zh), std::move(en)});
        };
        const std::size_t equals = line.find(u'=');
        if (equals == std::u16string_view::npos)
        {
            error(u"应为“键 = 值”", u"expected key = value");
            continue;
        }
        const std::string key = toUtf8(trimmed(line.substr(0, equals)));
        const std::u16string_view value = trimmed(line.substr(equals + 1));
        if (key == "disabled-rules")
            for (const std::u16string& id : splitList(value))
            {
                const std::string rule = toUtf8(id);
                if (std::find(known.begin(), known.end(), rule) == known.end())
                    error(u"没有这条规则：" + id, u"unknown rule id '" + id + u"'");
                else
                    s.check.disabledRules.push_back(rule);
            }
        else if (key == "extra-placeholders")
            s.check.extraPlaceholders = splitList(value);
        else if (key == "allowed-words")
            s.check.allowedWords =
                std::make_shared<const typo::AllowedWords>(typo::AllowedWords{splitList(value)});
        else if (key == "full-width-arabic-dot" || key == "live-checking")
        {
            const std::optional<bool> flag = parseBool(value);
            if (!flag)
                error(fromUtf8(key) + u" 应为 true 或 false",
                      fromUtf8(key) + u" wants true or false");
            else if (key == "live-checking")
                s.liveChecking = *flag;
            else
                s.check.fullWidthArabicDot = *flag;
        }
        else if (key == "layout-profile")
            s.layoutProfile = toUtf8(value);
        else if (key == "default-year")
        {
            const std::string digits = toUtf8(value);
            if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
                error(u"default-year 应为年份，如 2026", u"default-year wants a year such as 2026");
            else
                s.defaultYear = std::stoi(digits);
        }
        else
            error(u"没有这个设置项：" + fromUtf8(key), u"unknown key '" + fromUtf8(key) + u"'");
    }
    return parsed;
}

} // namespace gongwen::core
