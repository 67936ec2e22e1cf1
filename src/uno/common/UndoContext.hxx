// Groups document changes into one undo step and keeps views from repainting meanwhile.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace gongwen::ext
{

/// Everything done while this lives is one undo step named `title`; the step is closed even
/// when an exception leaves the scope.
class UndoContext
{
public:
    UndoContext(const css::uno::Reference<css::uno::XInterface>& document, const OUString& title)
    {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY_THROW);
        m_undo = supplier->getUndoManager();
        m_undo->enterUndoContext(title);
        m_model.set(document, css::uno::UNO_QUERY);
        if (m_model.is())
            m_model->lockControllers();
    }
    ~UndoContext()
    {
        try
        {
            if (m_model.is())
                m_model->unlockControllers();
            m_undo->leaveUndoContext();
        }
        catch (...)
        {
        }
    }
    UndoContext(const UndoContext&) = delete;
    UndoContext& operator=(const UndoContext&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> m_undo;
    css::uno::Reference<css::frame::XModel> m_model;
};

} // namespace gongwen::ext
