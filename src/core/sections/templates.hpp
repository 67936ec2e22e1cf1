// SPDX-License-Identifier: MPL-2.0
// Report section templates: a small line format, one reviewable file per template, and the
// planning of an insertion so that numbering continues correctly.
//
// File format (UTF-8, "#" starts a comment):
//   id: section.achievements
//   category: 章节 | Sections                 (zh | en)
//   title: 主要做法和成效 | Main measures and results
//   description: … | …
//   level: 1        heading level of the template's top heading (1–4); 0: no heading
//   items: 3        default number of items for an "items" line; 0: none
//   (blank line, then one paragraph per line: ROLE TEXT)
//   title    XX单位XXXX年工作总结
//   h        主要做法和成效          a heading at the chosen level; h+1, h+2, h+3 go deeper
//   lead     重点抓好{N}个方面的工作：   {N} becomes the item count as a Chinese numeral
//   items    XXXXXX。               repeated N times as 一是XXXXXX。 二是…
//   body | closing | signature | date | attachment | addressee   plain paragraphs of those kinds
//   (addressee: 主送机关)
#pragma once

#include <core/checker/outline.hpp>
#include <core/checker/renumber.hpp>
#include <core/common/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// What a paragraph is, which decides its paragraph style.
enum class ParagraphRole
{
    Title,
    Heading,
    Body,
    Lead,
    Item,
    Closing,
    Signature,
    Date,
    Attachment,
    Addressee, // 主送机关
};

struct TemplateLine
{
    ParagraphRole role = ParagraphRole::Body;
    int levelOffset = 0; // for headings: 0 = the chosen level, 1 = one deeper …
    std::u16string text;
};

struct SectionTemplate
{
    std::string id;
    std::u16string categoryZh, categoryEn;
    std::u16string titleZh, titleEn;
    std::u16string descriptionZh, descriptionEn;
    int level = 0;        // 0: the template has no heading of its own
    int defaultItems = 0; // 0: the template has no item group
    std::vector<TemplateLine> lines;

    bool hasItems() const;
};

struct TemplateError
{
    std::size_t line = 0; // 1-based; 0 for the file as a whole
    std::u16string messageZh, messageEn;
};

/// Parses one template file; either the template or what is wrong with it.
struct ParsedTemplate
{
    std::optional<SectionTemplate> value;
    std::optional<TemplateError> error;
};
ParsedTemplate parseTemplate(std::u16string_view text);

constexpr int kMaxItems = 30;

/// A paragraph to insert: its full text (numbers included) and its role and heading level.
struct PlannedParagraph
{
    ParagraphRole role = ParagraphRole::Body;
    int headingLevel = 0; // 1–4 for headings
    std::u16string text;
};

struct InsertionPlan
{
    std::size_t insertAt = 0;                 // where the paragraphs go (see planInsertion)
    std::vector<PlannedParagraph> paragraphs; // inserted before document paragraph `insertAt`
    std::vector<TextEdit> existingEdits; // renumbering of existing paragraphs (original indices)
};

/// Plans inserting `tpl` (top heading at `level`, `itemCount` items) before paragraph
/// `insertAt` of `document` (== size: at the end). An insertion point inside an item run
/// (一是… | 二是…) moves to the end of that run, so the run stays whole; plan.insertAt says
/// where the paragraphs go. Inserted headings continue the numbering
/// of their level under the same parent; later headings that the insertion shifts are
/// renumbered. Throws std::invalid_argument for a level or item count out of range.
InsertionPlan planInsertion(const std::vector<std::u16string_view>& document, std::size_t insertAt,
                            const SectionTemplate& tpl, int level, int itemCount,
                            const CheckOptions& options = {});

} // namespace gongwen::core
