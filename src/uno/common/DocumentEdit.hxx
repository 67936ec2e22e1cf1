// Changes to a user's document: refused when it cannot be edited, grouped into one undo step,
// and rolled back when they fail part way, so that a failure never leaves half an edit behind.
#pragma once

#include "StringConv.hxx"

#include <language.hpp>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <exception>
#include <functional>

namespace gongwen::ext
{

/// Whether the document may not be edited: loaded read-only, or switched to read-only in its
/// view (Edit ▸ Edit Mode off). A null document counts as read-only.
bool isReadOnly(const css::uno::Reference<css::uno::XInterface>& document) noexcept;

/// Throws IllegalArgumentException saying that the document is read-only (in `language`).
void requireEditable(const css::uno::Reference<css::uno::XInterface>& document, core::Language language);

/// Throws IllegalArgumentException when the text at `range` is protected: inside a protected
/// section, table cell or frame. The API writes there regardless; the user could not.
void requireUnprotected(const css::uno::Reference<css::text::XTextRange>& range, core::Language language);

/// Throws IllegalArgumentException when `range` is not in `document`'s body text or in one of
/// its tables or frames (e.g. a range of another document).
void requireInDocument(const css::uno::Reference<css::text::XTextDocument>& document,
                       const css::uno::Reference<css::text::XTextRange>& range, core::Language language);

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

private:
    void rollBack() noexcept;
    css::uno::Sequence<OUString> undoTitles() const;

    css::uno::Reference<css::document::XUndoManager> m_undo;
    css::uno::Reference<css::frame::XModel> m_model;
    css::uno::Sequence<OUString> m_titlesBefore;
    bool m_wasModified = false;
    int m_uncaughtBefore = 0;
    DocumentEdit* m_outer = nullptr; // the edit this one is nested in, if any
};

/// Runs `undo` when the scope it guards is left by an exception. Declared before a
/// DocumentEdit, it runs after the edit's roll-back: for what undo does not cover.
class OnFailure
{
public:
    explicit OnFailure(std::function<void()> undo) : m_undo(std::move(undo)), m_uncaught(std::uncaught_exceptions()) {}
    ~OnFailure()
    {
        if (m_undo && std::uncaught_exceptions() > m_uncaught)
            try
            {
                m_undo();
            }
            catch (...)
            {
            }
    }
    void set(std::function<void()> undo) { m_undo = std::move(undo); }
    OnFailure(const OnFailure&) = delete;
    OnFailure& operator=(const OnFailure&) = delete;

private:
    std::function<void()> m_undo;
    int m_uncaught;
};

/// Marks one write of a multi-part edit. Normally nothing; for tests of the roll-back, a file
/// named by the environment variable GONGWEN_FAULT_FILE holding a number N makes the Nth
/// write of every edit fail with a RuntimeException.
void writePoint();

} // namespace gongwen::ext
