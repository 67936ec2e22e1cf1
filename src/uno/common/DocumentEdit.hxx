// SPDX-License-Identifier: MPL-2.0
// Changes to a user's document: refused when it cannot be edited, grouped into one undo step,
// and rolled back when they fail part way, so that a failure never leaves half an edit behind.
#pragma once

#include "StringConv.hxx"

#include <core/common/language.hpp>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XModifiable.hpp>
#include <rtl/ref.hxx>

#include <exception>
#include <functional>
#include <vector>

namespace gongwen::ext
{

/// Whether the document may not be edited: loaded read-only, or switched to read-only in its
/// view (Edit ▸ Edit Mode off). A null document counts as read-only.
bool isReadOnly(const css::uno::Reference<css::uno::XInterface>& document) noexcept;

/// Throws IllegalArgumentException saying that the document is read-only (in `language`).
void requireEditable(const css::uno::Reference<css::uno::XInterface>& document,
                     core::Language language);

/// Throws IllegalArgumentException when the text at `range` is protected: inside a protected
/// section, table cell or frame. The API writes there regardless; the user could not.
void requireUnprotected(const css::uno::Reference<css::text::XTextRange>& range,
                        core::Language language);

/// Throws IllegalArgumentException when `range` is not in `document`'s body text or in one of
/// its tables or frames (e.g. a range of another document).
void requireInDocument(const css::uno::Reference<css::text::XTextDocument>& document,
                       const css::uno::Reference<css::text::XTextRange>& range,
                       core::Language language);

class UndoStepWatch;

/// Everything done while an edit lives is one undo step named `title`, with the views'
/// repainting held back. When the edit ends by an exception, the step is undone and dropped
/// and the document's modified flag restored: the document is as it was before.
class DocumentEdit
{
public:
    /// Refuses a read-only document (IllegalArgumentException) before anything changes.
    DocumentEdit(const css::uno::Reference<css::uno::XInterface>& document, const OUString& title,
                 core::Language language);
    ~DocumentEdit();
    DocumentEdit(const DocumentEdit&) = delete;
    DocumentEdit& operator=(const DocumentEdit&) = delete;

    /// `cleanUp` runs when the edit is rolled back, after the undo: for what undo does not
    /// cover (e.g. a field master created by the edit).
    void onRollBack(std::function<void()> cleanUp) { m_cleanUps.push_back(std::move(cleanUp)); }

private:
    void rollBack(bool stepAdded) noexcept;

    css::uno::Reference<css::document::XUndoManager> m_undo;
    rtl::Reference<UndoStepWatch> m_watch;
    css::uno::Reference<css::frame::XModel> m_model;
    css::uno::Reference<css::util::XModifiable> m_modifiable;
    std::vector<std::function<void()>> m_cleanUps;
    bool m_wasModified = false;
    int m_uncaughtBefore = 0;
    DocumentEdit* m_outer = nullptr; // the edit this one is nested in, if any
};

/// Marks one write of a multi-part edit. Normally nothing; for tests of the roll-back, the test
/// library (TestHooks.hxx) can make the Nth write of every edit fail.
void writePoint();

} // namespace gongwen::ext
