// SPDX-License-Identifier: MPL-2.0
#include <core/sections/templates.hpp>

#include <core/checker/document.hpp>
#include <core/checker/rules.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <array>
#include <stdexcept>
#include <tuple>

namespace gongwen::core
{
namespace
{

constexpr int kLevels = 4;

struct RoleName
{
    std::u16string_view name;
    ParagraphRole role;
    int levelOffset;
};

constexpr std::array<RoleName, 13> kRoles = {{
    {u"title", ParagraphRole::Title, 0},
    {u"h", ParagraphRole::Heading, 0},
    {u"h+1", ParagraphRole::Heading, 1},
    {u"h+2", ParagraphRole::Heading, 2},
    {u"h+3", ParagraphRole::Heading, 3},
    {u"lead", ParagraphRole::Lead, 0},
    {u"items", ParagraphRole::Item, 0},
    {u"body", ParagraphRole::Body, 0},
    {u"closing", ParagraphRole::Closing, 0},
    {u"signature", ParagraphRole::Signature, 0},
    {u"date", ParagraphRole::Date, 0},
    {u"attachment", ParagraphRole::Attachment, 0},
    {u"addressee", ParagraphRole::Addressee, 0},
}};

// "中文 | English" → both halves (the English half defaults to the Chinese one).
std::pair<std::u16string, std::u16string> bilingual(std::u16string_view value)
{
    const std::size_t bar = value.find(u'|');
    if (bar == std::u16string_view::npos)
        return {std::u16string(trimSpaces(value)), std::u16string(trimSpaces(value))};
    return {std::u16string(trimSpaces(value.substr(0, bar))),
            std::u16string(trimSpaces(value.substr(bar + 1)))};
}

std::optional<int> smallNumber(std::u16string_view s)
{
    const auto n = matchArabicNumber(s);
    if (!n || n->length != s.size())
        return std::nullopt;
    return n->value;
}

TemplateError error(std::size_t line, std::u16string zh, std::u16string en)
{
    return TemplateError{line, std::move(zh), std::move(en)};
}

std::u16string replaceAll(std::u16string text, std::u16string_view from, std::u16string_view to)
{
    for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::u16string::npos;
         pos += to.size())
        text.replace(pos, from.size(), to);
    return text;
}

// Moves an insertion point that would split an item run to just after the run.
std::size_t outsideItemRuns(const DocumentOutline& doc, std::size_t insertAt)
{
    while (insertAt > 0 && insertAt < doc.paragraphs.size() && !doc.outlines[insertAt].heading)
    {
        bool continuesRunFromAbove = false;
        for (std::size_t run : doc.runOfItem[insertAt])
            for (const ItemRef& ref : doc.runs[run].items)
                continuesRunFromAbove = continuesRunFromAbove || ref.paragraph < insertAt;
        if (!continuesRunFromAbove)
            break;
        ++insertAt;
    }
    return insertAt;
}

} // namespace

bool SectionTemplate::hasItems() const
{
    for (const TemplateLine& l : lines)
        if (l.role == ParagraphRole::Item)
            return true;
    return false;
}

ParsedTemplate parseTemplate(std::u16string_view text)
{
    SectionTemplate t;
    const auto lines = splitParagraphs(text);
    bool inBody = false;
    for (std::size_t i = 0; i < lines.size(); ++i)
    {
        const std::size_t lineNumber = i + 1;
        std::u16string_view line = lines[i];
        if (i == 0 && !line.empty() && line.front() == u'\uFEFF')
            line.remove_prefix(1);
        const std::u16string_view content = trimSpaces(line);
        if (content.empty())
        {
            inBody = inBody || !t.id.empty();
            continue;
        }
        if (content.front() == u'#')
            continue;
        if (!inBody)
        {
            const std::size_t colon = content.find(u':');
            if (colon == std::u16string_view::npos)
                return {std::nullopt, error(lineNumber, u"缺少“键: 值”格式的字段。",
                                            u"expected a “key: value” field.")};
            const std::u16string key(trimSpaces(content.substr(0, colon)));
            const std::u16string_view value = trimSpaces(content.substr(colon + 1));
            if (key == u"id")
                t.id = toUtf8(value);
            else if (key == u"category")
                std::tie(t.categoryZh, t.categoryEn) = bilingual(value);
            else if (key == u"title")
                std::tie(t.titleZh, t.titleEn) = bilingual(value);
            else if (key == u"description")
                std::tie(t.descriptionZh, t.descriptionEn) = bilingual(value);
            else if (key == u"level" || key == u"items")
            {
                const auto n = smallNumber(value);
                const int limit = key == u"level" ? kLevels : kMaxItems;
                if (!n || *n > limit)
                    return {std::nullopt, error(lineNumber, u"“" + key + u"”的值超出范围。",
                                                u"the value of “" + key + u"” is out of range.")};
                (key == u"level" ? t.level : t.defaultItems) = *n;
            }
            else
                return {std::nullopt, error(lineNumber, u"未知字段“" + key + u"”。",
                                            u"unknown field “" + key + u"”.")};
            continue;
        }
        std::size_t split = 0;
        while (split < content.size() && !isSpace(content[split]))
            ++split;
        const std::u16string_view roleName = content.substr(0, split);
        const RoleName* role = nullptr;
        for (const RoleName& r : kRoles)
            if (r.name == roleName)
                role = &r;
        if (!role)
            return {std::nullopt,
                    error(lineNumber, u"未知的段落类型“" + std::u16string(roleName) + u"”。",
                          u"unknown paragraph kind “" + std::u16string(roleName) + u"”.")};
        t.lines.push_back(TemplateLine{role->role, role->levelOffset,
                                       std::u16string(trimSpaces(content.substr(split)))});
    }
    if (t.id.empty() || t.titleZh.empty() || t.categoryZh.empty() || t.lines.empty())
        return {std::nullopt, error(0, u"模板缺少 id、title、category 或正文。",
                                    u"the template lacks id, title, category or its paragraphs.")};
    for (const TemplateLine& l : t.lines)
        if (l.role == ParagraphRole::Heading && (t.level == 0 || t.level + l.levelOffset > kLevels))
            return {std::nullopt, error(0, u"模板的标题层级超出一至四级。",
                                        u"the template's heading levels exceed 1–4.")};
    if (t.hasItems() && t.defaultItems == 0)
        t.defaultItems = 3;
    return {std::move(t), std::nullopt};
}

InsertionPlan planInsertion(const std::vector<std::u16string_view>& document, std::size_t insertAt,
                            const SectionTemplate& tpl, int level, int itemCount,
                            const CheckOptions& options)
{
    insertAt = std::min(insertAt, document.size());
    int deepest = 0;
    for (const TemplateLine& l : tpl.lines)
        if (l.role == ParagraphRole::Heading)
            deepest = std::max(deepest, l.levelOffset);
    if (tpl.level > 0 && (level < 1 || level + deepest > kLevels))
        throw std::invalid_argument("heading level out of range");
    if (tpl.hasItems() && (itemCount < 1 || itemCount > kMaxItems))
        throw std::invalid_argument("item count out of range");

    // The template's paragraphs, headings still without numbers.
    InsertionPlan plan;
    const std::u16string count = formatCountNumeral(itemCount);
    for (const TemplateLine& l : tpl.lines)
    {
        const std::u16string text = replaceAll(l.text, u"{N}", count);
        if (l.role == ParagraphRole::Item)
            for (int k = 1; k <= itemCount; ++k)
                plan.paragraphs.push_back({l.role, 0, formatChineseNumeral(k) + u"是" + text});
        else
            plan.paragraphs.push_back(
                {l.role, l.role == ParagraphRole::Heading ? level + l.levelOffset : 0, text});
    }

    // Number the document with the new paragraphs in place. An inserted heading follows its
    // previous sibling as written; an existing heading after the insertion keeps its number
    // as written, shifted by how much the insertion moved its position among its siblings.
    const DocumentOutline before = readDocument(document, options);
    insertAt = outsideItemRuns(before, insertAt);
    plan.insertAt = insertAt;
    std::vector<int> sequenceBefore(document.size(), 0);
    std::array<int, kLevels> seq{};
    auto advance = [&seq](int lvl)
    {
        const int n = ++seq[lvl - 1];
        for (int k = lvl; k < kLevels; ++k)
            seq[k] = 0;
        return n;
    };
    for (std::size_t p = 0; p < document.size(); ++p)
        if (const auto& h = before.outlines[p].heading)
            sequenceBefore[p] = advance(static_cast<int>(h->level));

    seq.fill(0);
    std::array<int, kLevels> written{};
    auto setWritten = [&written](int lvl, int n)
    {
        written[lvl - 1] = n;
        for (int k = lvl; k < kLevels; ++k)
            written[k] = 0;
    };
    auto existing = [&](std::size_t p)
    {
        const auto& h = before.outlines[p].heading;
        if (!h)
            return;
        const int lvl = static_cast<int>(h->level);
        const int shift = advance(lvl) - sequenceBefore[p];
        const int number = h->number + shift;
        setWritten(lvl, number);
        if (shift != 0 && number >= 1 && number <= kMaxChineseNumeral)
            plan.existingEdits.push_back(
                TextEdit{p, h->numberStart, h->numberLength, headingNumeral(h->level, number)});
    };
    for (std::size_t p = 0; p < insertAt; ++p)
        existing(p);
    for (PlannedParagraph& planned : plan.paragraphs)
        if (planned.role == ParagraphRole::Heading)
        {
            advance(planned.headingLevel);
            const int number = written[planned.headingLevel - 1] + 1;
            setWritten(planned.headingLevel, number);
            planned.text =
                headingMarker(static_cast<HeadingLevel>(planned.headingLevel), number, options) +
                planned.text;
        }
    for (std::size_t p = insertAt; p < document.size(); ++p)
        existing(p);
    return plan;
}

} // namespace gongwen::core
