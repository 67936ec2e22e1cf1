// SPDX-License-Identifier: MPL-2.0
#include <core/checker/live.hpp>

#include <core/checker/checker.hpp>
#include <core/checker/document.hpp>

#include <algorithm>
#include <tuple>

namespace gongwen::core
{
namespace
{

bool sameCountWord(const CountWord& a, const CountWord& b)
{
    return std::tie(a.value, a.start, a.numberLength, a.length) ==
           std::tie(b.value, b.start, b.numberLength, b.length);
}

bool sameHeading(const Heading& a, const Heading& b)
{
    return std::tie(a.level, a.number, a.markerStart, a.markerLength, a.numberStart, a.numberLength,
                    a.titleEnd, a.wellFormed, a.tentative) ==
           std::tie(b.level, b.number, b.markerStart, b.markerLength, b.numberStart, b.numberLength,
                    b.titleEnd, b.wellFormed, b.tentative);
}

bool sameItem(const ItemMarker& a, const ItemMarker& b)
{
    return std::tie(a.family, a.number, a.start, a.length, a.numberStart, a.numberLength) ==
           std::tie(b.family, b.number, b.start, b.length, b.numberStart, b.numberLength);
}

// Whether the outline rules could find anything different: headings, items, count words and
// their places.
bool sameOutline(const ParagraphOutline& a, const ParagraphOutline& b)
{
    if (a.heading.has_value() != b.heading.has_value() ||
        (a.heading && !sameHeading(*a.heading, *b.heading)))
        return false;
    if (a.titleCountWord.has_value() != b.titleCountWord.has_value() ||
        (a.titleCountWord && !sameCountWord(*a.titleCountWord, *b.titleCountWord)))
        return false;
    return std::equal(a.items.begin(), a.items.end(), b.items.begin(), b.items.end(), sameItem) &&
           std::equal(
               a.leadColons.begin(), a.leadColons.end(), b.leadColons.begin(), b.leadColons.end(),
               [](const LeadColon& x, const LeadColon& y)
               { return x.position == y.position && sameCountWord(x.countWord, y.countWord); });
}

bool sameFinding(const Finding& a, const Finding& b)
{
    return a.ruleId == b.ruleId && a.start == b.start && a.length == b.length &&
           a.severity == b.severity && a.messageZh == b.messageZh && a.suggestions == b.suggestions;
}

bool sameFindings(const std::vector<Finding>& a, const std::vector<Finding>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameFinding);
}

} // namespace

LiveDocument::LiveDocument(CheckOptions options)
    : m_options(std::move(options)), m_registerDayGiven(m_options.registerDay.has_value())
{
}

void LiveDocument::dateRegister(std::vector<std::size_t>& changed)
{
    if (!m_options.wordingRegister || m_registerDayGiven)
        return;
    const std::vector<std::u16string_view> views(m_paragraphs.begin(), m_paragraphs.end());
    const wording::Day day = wording::documentDay(views).value_or(wording::today());
    if (m_options.registerDay && m_options.registerDay->key() == day.key())
        return;
    const bool first = !m_options.registerDay;
    m_options.registerDay = day;
    if (!first) // a new date line: what the register says may differ anywhere
        for (std::size_t p = 0; p < m_paragraphs.size(); ++p)
            changed.push_back(p);
}

std::vector<std::size_t> LiveDocument::update(const std::vector<std::u16string_view>& paragraphs)
{
    const std::size_t oldSize = m_paragraphs.size(), newSize = paragraphs.size();
    std::size_t head = 0;
    while (head < oldSize && head < newSize && m_paragraphs[head] == paragraphs[head])
        ++head;
    std::size_t tail = 0;
    while (tail < oldSize - head && tail < newSize - head &&
           m_paragraphs[oldSize - 1 - tail] == paragraphs[newSize - 1 - tail])
        ++tail;
    // Paragraphs [head, oldSize - tail) became [head, newSize - tail).
    const auto oldBegin = static_cast<std::ptrdiff_t>(head),
               oldEnd = static_cast<std::ptrdiff_t>(oldSize - tail);
    bool outlineChanged = oldSize != newSize;
    std::vector<std::u16string> texts;
    std::vector<ParagraphOutline> outlines;
    std::vector<std::size_t> changed;
    for (std::size_t p = head; p < newSize - tail; ++p)
    {
        texts.emplace_back(paragraphs[p]);
        outlines.push_back(analyseParagraph(paragraphs[p], m_options));
        const std::size_t old = static_cast<std::size_t>(oldBegin) + (p - head);
        outlineChanged = outlineChanged || old >= static_cast<std::size_t>(oldEnd) ||
                         !sameOutline(outlines.back(), m_outlines[old]);
        changed.push_back(p);
    }
    m_paragraphs.erase(m_paragraphs.begin() + oldBegin, m_paragraphs.begin() + oldEnd);
    m_paragraphs.insert(m_paragraphs.begin() + oldBegin, std::make_move_iterator(texts.begin()),
                        std::make_move_iterator(texts.end()));
    m_outlines.erase(m_outlines.begin() + oldBegin, m_outlines.begin() + oldEnd);
    m_outlines.insert(m_outlines.begin() + oldBegin, std::make_move_iterator(outlines.begin()),
                      std::make_move_iterator(outlines.end()));
    if (outlineChanged) // otherwise each replaced paragraph keeps the findings of its outline
    {
        m_outlineFindings.erase(m_outlineFindings.begin() + oldBegin,
                                m_outlineFindings.begin() + oldEnd);
        m_outlineFindings.insert(m_outlineFindings.begin() + oldBegin, newSize - tail - head, {});
        checkOutlineAgain(changed);
    }
    dateRegister(changed);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

std::vector<std::size_t> LiveDocument::setParagraph(std::size_t index, std::u16string_view text)
{
    std::vector<std::size_t> changed{index};
    if (index >= m_paragraphs.size() || m_paragraphs[index] == text)
        return index < m_paragraphs.size() ? changed : std::vector<std::size_t>{};
    // Typing in body text leaves the document's date alone: look again only when a date line
    // is made or unmade (not the whole document at every keystroke).
    const bool dateLine = wording::documentDay({m_paragraphs[index]}).has_value() ||
                          wording::documentDay({text}).has_value();
    m_paragraphs[index] = std::u16string(text);
    ParagraphOutline outline = analyseParagraph(text, m_options);
    const bool outlineChanged = !sameOutline(outline, m_outlines[index]);
    m_outlines[index] = std::move(outline);
    if (outlineChanged)
        checkOutlineAgain(changed);
    if (dateLine)
        dateRegister(changed);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

void LiveDocument::checkOutlineAgain(std::vector<std::size_t>& changed)
{
    ++m_outlineChecks;
    std::vector<std::u16string_view> views(m_paragraphs.begin(), m_paragraphs.end());
    const DocumentOutline doc = documentFromOutlines(views, m_outlines, m_options);
    std::vector<std::vector<Finding>> byParagraph(m_paragraphs.size());
    for (Finding& f : checkOutline(doc, m_options))
        byParagraph[f.paragraph].push_back(std::move(f));
    for (std::size_t p = 0; p < byParagraph.size(); ++p)
    {
        auto& found = byParagraph[p];
        std::sort(found.begin(), found.end(),
                  [](const Finding& a, const Finding& b) {
                      return std::tie(a.start, a.ruleId, a.length) <
                             std::tie(b.start, b.ruleId, b.length);
                  });
        if (!sameFindings(found, m_outlineFindings[p]))
            changed.push_back(p);
    }
    m_outlineFindings = std::move(byParagraph);
}

std::vector<Finding> LiveDocument::findingsOf(std::size_t index) const
{
    if (index >= m_paragraphs.size())
        return {};
    // Checked as a one-paragraph document (index 0), then placed back at `index`.
    const std::u16string_view text = m_paragraphs[index];
    std::vector<Finding> findings = m_outlineFindings[index];
    for (Finding& f : findings)
        f.paragraph = 0;
    checkParagraphText(0, text, m_options, findings);
    findings = finishFindings({text}, std::move(findings), m_options);
    for (Finding& f : findings)
        f.paragraph = index;
    return findings;
}

std::vector<std::size_t> LiveDocument::paragraphsAround(std::size_t last) const
{
    std::vector<std::size_t> around;
    for (std::size_t p = last > 2 ? last - 2 : 0; p < m_paragraphs.size() && p <= last + 2; ++p)
        around.push_back(p);
    return around;
}

std::vector<std::size_t> LiveDocument::paragraphsMostLike(std::u16string_view text,
                                                          std::size_t last) const
{
    std::vector<std::pair<std::size_t, std::size_t>> alike; // (shared units, paragraph)
    for (std::size_t p = 0; p < m_paragraphs.size(); ++p)
    {
        if (p + 2 >= last && p <= last + 2)
            continue; // around the last one: tried first
        const std::u16string_view old = m_paragraphs[p];
        const std::size_t limit = std::min(old.size(), text.size());
        std::size_t head = 0, tail = 0;
        while (head < limit && old[head] == text[head])
            ++head;
        while (tail < limit - head && old[old.size() - 1 - tail] == text[text.size() - 1 - tail])
            ++tail;
        if (head + tail > 0)
            alike.emplace_back(head + tail, p);
    }
    const std::size_t keep = std::min<std::size_t>(3, alike.size());
    std::partial_sort(alike.begin(), alike.begin() + static_cast<std::ptrdiff_t>(keep), alike.end(),
                      [](const auto& a, const auto& b)
                      { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<std::size_t> most;
    for (std::size_t i = 0; i < keep; ++i)
        most.push_back(alike[i].second);
    return most;
}

std::optional<std::size_t> LiveDocument::find(std::u16string_view text, std::size_t near) const
{
    // The office proofreads in document order: the next one at or after `near` first.
    for (std::size_t p = near; p < m_paragraphs.size(); ++p)
        if (m_paragraphs[p] == text)
            return p;
    for (std::size_t p = std::min(near, m_paragraphs.size()); p > 0; --p)
        if (m_paragraphs[p - 1] == text)
            return p - 1;
    return std::nullopt;
}

} // namespace gongwen::core
