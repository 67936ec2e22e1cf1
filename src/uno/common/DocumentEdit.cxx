// SPDX-License-Identifier: MPL-2.0
#include "DocumentEdit.hxx"
#include "ApiGuard.hxx"
#include "TestHooks.hxx"

#include "UiStrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/WrappedTargetException.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>

#include <exception>

using namespace css;

namespace gongwen::ext
{
namespace
{

// The edit being made on this thread (the office calls us on its main thread only).
thread_local DocumentEdit* t_currentEdit = nullptr;

// Fault injection for the roll-back tests (only in the test library: TestHooks.hxx): which
// write of the current edit fails, and the writes made so far.
struct FaultPlan
{
    testhooks::PlannedFault fault;
    int writes = 0;
};
thread_local FaultPlan t_faults;

template <class T>
T propertyOr(const uno::Reference<beans::XPropertySet>& props, const char* name, T fallback)
{
    if (!props.is() || !props->getPropertySetInfo()->hasPropertyByName(ascii(name)))
        return fallback;
    T value = fallback;
    props->getPropertyValue(ascii(name)) >>= value;
    return value;
}

bool sectionProtected(uno::Reference<text::XTextSection> section)
{
    for (; section.is(); section = section->getParentSection())
        if (propertyOr(uno::Reference<beans::XPropertySet>(section, uno::UNO_QUERY), "IsProtected",
                       false))
            return true;
    return false;
}

} // namespace

/// Learns from the undo manager whether leaving our context added a step: an empty context
/// is dropped ("cancelled"), and then there is nothing of ours to undo.
class UndoStepWatch : public cppu::WeakImplHelper1<document::XUndoManagerListener>
{
public:
    bool stepAdded() const { return m_stepAdded; }

    void SAL_CALL leftContext(const document::UndoManagerEvent&) override { m_stepAdded = true; }
    void SAL_CALL cancelledContext(const document::UndoManagerEvent&) override
    {
        m_stepAdded = false;
    }
    void SAL_CALL undoActionAdded(const document::UndoManagerEvent&) override {}
    void SAL_CALL actionUndone(const document::UndoManagerEvent&) override {}
    void SAL_CALL actionRedone(const document::UndoManagerEvent&) override {}
    void SAL_CALL allActionsCleared(const lang::EventObject&) override {}
    void SAL_CALL redoActionsCleared(const lang::EventObject&) override {}
    void SAL_CALL resetAll(const lang::EventObject&) override {}
    void SAL_CALL enteredContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL enteredHiddenContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const document::UndoManagerEvent&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    bool m_stepAdded = false;
};

bool isReadOnly(const uno::Reference<uno::XInterface>& document) noexcept
{
    try
    {
        uno::Reference<frame::XStorable> storable(document, uno::UNO_QUERY);
        return !storable.is() || storable->isReadonly();
    }
    catch (...)
    {
        return true;
    }
}

void requireEditable(const uno::Reference<uno::XInterface>& document, core::Language language)
{
    if (!document.is())
        refuse(ascii("document is null"));
    if (isReadOnly(document))
        refuse(uiText(language, UiText::EditReadOnly));
}

void requireUnprotected(const uno::Reference<text::XTextRange>& range, core::Language language)
{
    const auto text = range.is() ? range->getText() : uno::Reference<text::XText>();
    if (!text.is())
        return;
    uno::Reference<beans::XPropertySet> at(text->createTextCursorByRange(range),
                                           uno::UNO_QUERY_THROW);
    const auto section = propertyOr(at, "TextSection", uno::Reference<text::XTextSection>());
    const auto cell = propertyOr(at, "Cell", uno::Reference<beans::XPropertySet>());
    const auto frame = propertyOr(at, "TextFrame", uno::Reference<beans::XPropertySet>());
    if (sectionProtected(section) || propertyOr(cell, "IsProtected", false) ||
        propertyOr(frame, "ContentProtected", false))
        refuse(uiText(language, UiText::EditProtected));
}

void requireInDocument(const uno::Reference<text::XTextDocument>& document,
                       const uno::Reference<text::XTextRange>& range, core::Language language)
{
    if (!range.is())
        refuse(uiText(language, UiText::EditOutsideDocument));
    const auto text = range->getText();
    if (text == document->getText())
        return;
    uno::Reference<beans::XPropertySet> at(text->createTextCursorByRange(range),
                                           uno::UNO_QUERY_THROW);
    const std::pair<const char*, uno::Reference<container::XNameAccess>> owners[] = {
        {"TextTable", uno::Reference<text::XTextTablesSupplier>(document, uno::UNO_QUERY_THROW)
                          ->getTextTables()},
        {"TextFrame", uno::Reference<text::XTextFramesSupplier>(document, uno::UNO_QUERY_THROW)
                          ->getTextFrames()}};
    for (const auto& [property, ofDocument] : owners)
    {
        const auto owner = propertyOr(at, property, uno::Reference<container::XNamed>());
        if (owner.is() && ofDocument->hasByName(owner->getName()) &&
            uno::Reference<uno::XInterface>(ofDocument->getByName(owner->getName()),
                                            uno::UNO_QUERY) ==
                uno::Reference<uno::XInterface>(owner, uno::UNO_QUERY))
            return;
    }
    refuse(uiText(language, UiText::EditOutsideDocument));
}

DocumentEdit::DocumentEdit(const uno::Reference<uno::XInterface>& document, const OUString& title,
                           core::Language language)
{
    requireEditable(document, language);
    m_undo = uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
                 ->getUndoManager();
    m_watch = new UndoStepWatch;
    m_modifiable.set(document, uno::UNO_QUERY);
    m_wasModified = m_modifiable.is() && m_modifiable->isModified();
    m_uncaughtBefore = std::uncaught_exceptions();
    m_undo->enterUndoContext(title);
    m_undo->addUndoManagerListener(m_watch.get());
    m_model.set(document, uno::UNO_QUERY);
    if (m_model.is())
        m_model->lockControllers();
    m_outer = t_currentEdit;
    t_currentEdit = this;
    if (m_outer == nullptr)
        t_faults = FaultPlan{testhooks::plannedFault(), 0};
}

DocumentEdit::~DocumentEdit()
{
    t_currentEdit = m_outer;
    const bool failed = std::uncaught_exceptions() > m_uncaughtBefore;
    if (m_outer == nullptr)
        t_faults = FaultPlan{}; // the roll-back's own writes never fail
    try
    {
        if (m_model.is())
            m_model->unlockControllers();
        m_undo->leaveUndoContext();
        m_undo->removeUndoManagerListener(m_watch.get());
    }
    catch (...)
    {
    }
    if (failed)
        rollBack(m_watch->stepAdded());
}

void DocumentEdit::rollBack(bool stepAdded) noexcept
{
    try
    {
        if (stepAdded) // our step, on top: undo it and forget it
        {
            m_undo->undo();
            m_undo->clearRedo();
        }
    }
    catch (...)
    {
    }
    for (const auto& cleanUp : m_cleanUps)
        try
        {
            cleanUp();
        }
        catch (...)
        {
        }
    try
    {
        if (m_modifiable.is() && !m_wasModified)
            m_modifiable->setModified(false);
    }
    catch (...)
    {
    }
}

void writePoint()
{
    if (t_currentEdit == nullptr || t_faults.fault.failAt == 0)
        return;
    if (++t_faults.writes != t_faults.fault.failAt)
        return;
    const OUString message =
        ascii("injected failure at write ") + OUString::number(t_faults.writes);
    if (t_faults.fault.checked)
        throw lang::WrappedTargetException(message, {}, {});
    throw uno::RuntimeException(message);
}

} // namespace gongwen::ext
