// SPDX-License-Identifier: MPL-2.0
// 一键排版 and 版式检查 in a Writer document: the office side of core/layout.
#pragma once

#include "Styles.hxx"

#include <core/common/finding.hpp>
#include <core/layout/styles.hpp>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

struct LayoutResult
{
    sal_Int32 paragraphs = 0; // paragraphs restyled
    bool pageChanged = false; // page settings changed: not undoable (see layoutChangesPage)
    std::vector<FontSubstitution> substitutions;
};

/// Whether 一键排版 would change the page. Writer keeps no undo for page styles and drops its
/// whole undo history when one changes, so the command asks first; the paragraphs and styles
/// are one undo step in any case.
bool layoutChangesPage(const css::uno::Reference<css::text::XTextDocument>& document,
                       const core::LayoutProfile& profile);

/// The profile of that id; IllegalArgumentException naming the known ones otherwise.
const core::LayoutProfile& requireLayoutProfile(const OUString& id, core::Language language);

/// The profile the user chose as default (settings), else GB/T 9704.
const core::LayoutProfile&
defaultLayoutProfile(const css::uno::Reference<css::uno::XComponentContext>& context);

/// The profile the document was laid out with, else the default one.
const core::LayoutProfile&
rememberedLayoutProfile(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::text::XTextDocument>& document);

/// Lays the document out with `profile`, one undo step (see XLayoutFormatter::applyLayout).
LayoutResult applyLayout(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::text::XTextDocument>& document,
                         const core::LayoutProfile& profile, core::Language language);

/// The layout findings of the document against the profile it was laid out with (else the
/// default one).
std::vector<core::Finding>
checkLayout(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::text::XTextDocument>& document, core::Language language);

} // namespace gongwen::ext
