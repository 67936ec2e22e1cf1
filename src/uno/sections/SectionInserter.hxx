// SPDX-License-Identifier: MPL-2.0
// Inserting a section template into the body text at a position, as one undo step.
#pragma once

#include "../common/CheckSettings.hxx"
#include "../layout/Styles.hxx"

#include "../common/DocumentText.hxx"

#include <core/sections/templates.hpp>

namespace gongwen::ext
{

struct InsertionTarget
{
    std::vector<BodyElement> body;
    core::InsertionPlan plan;
    bool fillEmptyParagraph = false; // the paragraph at plan.insertAt is empty: use it
};

/// Where and what `tpl` would insert at `at` (no change to the document). Throws
/// IllegalArgumentException when `at` is not in the body text or level/count are bad.
InsertionTarget planSectionInsertion(const css::uno::Reference<css::text::XTextDocument>& document,
                                     const css::uno::Reference<css::text::XTextRange>& at,
                                     const core::SectionTemplate& tpl, int level, int itemCount,
                                     const core::CheckOptions& options, core::Language language);

/// Inserts as planned (styles, renumbering and text in one undo step); returns the fonts
/// substituted in styles it had to create.
std::vector<FontSubstitution>
insertSection(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::text::XTextDocument>& document,
              const InsertionTarget& target, core::Language language);

} // namespace gongwen::ext
