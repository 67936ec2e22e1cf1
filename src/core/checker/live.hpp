// SPDX-License-Identifier: MPL-2.0
// A document kept between checks, paragraph by paragraph: what the live proofreader knows of the
// text the user is typing. An edited paragraph is analysed again on its own (O(paragraph)); the
// rules over the outline (heading and item numbering, count words) run again only when some
// paragraph's headings, items or count words changed, and then over the outlines already made,
// not over the text.
#pragma once

#include <core/checker/outline.hpp>
#include <core/common/finding.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

class LiveDocument
{
public:
    explicit LiveDocument(CheckOptions options = {});

    /// Brings the document to `paragraphs`: paragraphs equal to before keep their analysis (the
    /// common head and tail are kept), the others are analysed again. Returns the paragraphs
    /// whose findings may have changed: the new ones, and those whose numbering or count
    /// findings differ now.
    std::vector<std::size_t> update(const std::vector<std::u16string_view>& paragraphs);

    /// Paragraph `index` now reads `text`. Returns the paragraphs whose findings may have
    /// changed (this one, and others whose numbering or count findings differ now).
    std::vector<std::size_t> setParagraph(std::size_t index, std::u16string_view text);

    /// Every finding of paragraph `index`, positions within it, as checkParagraphs would give
    /// them for the whole document (except that a two-digit year takes its century from this
    /// paragraph only). The 口径库 is read on the document's 成文日期, as checkParagraphs reads it.
    std::vector<Finding> findingsOf(std::size_t index) const;

    std::size_t size() const { return m_paragraphs.size(); }
    const std::u16string& paragraph(std::size_t index) const { return m_paragraphs[index]; }
    /// The first paragraph with this text at or after `near` (the office proofreads in document
    /// order), else the nearest before it; nullopt when none has it.
    std::optional<std::size_t> find(std::u16string_view text, std::size_t near = 0) const;

    /// Where an edit in place most likely is, for the proofreader to ask the office's paragraph
    /// objects (a few calls) before reading the whole document again: the paragraphs within two
    /// of `last` (where the user was typing), in order …
    std::vector<std::size_t> paragraphsAround(std::size_t last) const;
    /// … then the three others that share the longest start and end with `text`, most alike first.
    std::vector<std::size_t> paragraphsMostLike(std::u16string_view text, std::size_t last) const;

    /// How often the outline rules ran (for the benchmark: typing in body text must not run them).
    std::size_t outlineChecks() const { return m_outlineChecks; }

private:
    // Runs the outline rules; appends to `changed` the paragraphs whose findings differ now.
    void checkOutlineAgain(std::vector<std::size_t>& changed);
    // The register's day: the document's 成文日期 (else today) unless the options fix one. When it
    // moves, every paragraph goes to `changed`.
    void dateRegister(std::vector<std::size_t>& changed);

    CheckOptions m_options;
    std::vector<std::u16string> m_paragraphs;
    std::vector<ParagraphOutline> m_outlines; // as analysed, before the document settles them
    std::vector<std::vector<Finding>>
        m_outlineFindings; // the outline rules' findings, per paragraph
    std::size_t m_outlineChecks = 0;
    bool m_registerDayGiven = false; // the options fix the register's day
};

} // namespace gongwen::core
