// SPDX-License-Identifier: MPL-2.0
#include "Workbooks.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

using namespace css;

namespace gongwen::ext
{
namespace
{

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = ascii(name);
    p.Value = value;
    return p;
}

// Answers every question the loader asks with "abort" (nothing is ever repaired, no password
// asked for) and remembers why loading stopped, so that the refusal can say so.
class RefusingInteraction : public cppu::WeakImplHelper1<task::XInteractionHandler>
{
public:
    enum class Reason
    {
        None,
        Password,
        Damaged,
    };
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override
    {
        const bool password =
            request->getRequest().isExtractableTo(cppu::UnoType<task::PasswordRequest>::get());
        if (m_reason == Reason::None)
            m_reason = password ? Reason::Password : Reason::Damaged;
        for (const auto& continuation : request->getContinuations())
            if (const uno::Reference<task::XInteractionAbort> abort{continuation, uno::UNO_QUERY};
                abort.is())
                return abort->select();
    }
    Reason reason() const { return m_reason; }

private:
    Reason m_reason = Reason::None;
};

void closeQuietly(const uno::Reference<uno::XInterface>& document)
{
    try
    {
        uno::Reference<util::XCloseable>(document, uno::UNO_QUERY_THROW)->close(true);
    }
    catch (...)
    {
    }
}

uno::Reference<sheet::XSpreadsheetDocument>
alreadyOpen(const uno::Reference<frame::XDesktop2>& desktop, const OUString& url)
{
    auto components = desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements())
    {
        uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && model->getURL() == url)
            if (uno::Reference<sheet::XSpreadsheetDocument> book{model, uno::UNO_QUERY}; book.is())
                return book;
    }
    return {};
}

} // namespace

bool isLocalFileUrl(const OUString& url)
{
    return url.startsWithIgnoreAsciiCase(ascii("file:///"));
}

ReadOnlyWorkbook::ReadOnlyWorkbook(const uno::Reference<uno::XComponentContext>& context,
                                   const OUString& url)
{
    if (!isLocalFileUrl(url))
    {
        m_problem = WorkbookProblem::NotLocal;
        return;
    }
    auto desktop = frame::Desktop::create(context);
    m_book = alreadyOpen(desktop, url);
    m_reused = m_book.is();
    if (m_reused)
        return;
    const auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
    {
        m_problem = WorkbookProblem::Missing;
        return;
    }
    if (files->isFolder(url))
    {
        m_problem = WorkbookProblem::Folder;
        return;
    }
    rtl::Reference<RefusingInteraction> interaction(new RefusingInteraction);
    uno::Sequence<beans::PropertyValue> args(5);
    args[0] = property("Hidden", uno::Any(true));
    args[1] = property("ReadOnly", uno::Any(true));
    args[2] = property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE));
    args[3] = property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE));
    args[4] = property("InteractionHandler",
                       uno::Any(uno::Reference<task::XInteractionHandler>(interaction.get())));
    uno::Reference<lang::XComponent> loaded;
    try
    {
        loaded = desktop->loadComponentFromURL(url, ascii("_blank"), 0, args);
    }
    catch (const uno::Exception&)
    {
        loaded.clear();
    }
    if (!loaded.is())
    {
        switch (interaction->reason())
        {
        case RefusingInteraction::Reason::Password:
            m_problem = WorkbookProblem::Password;
            return;
        case RefusingInteraction::Reason::Damaged:
            m_problem = WorkbookProblem::Damaged;
            return;
        case RefusingInteraction::Reason::None:
            break;
        }
        m_problem = WorkbookProblem::Unreadable;
        return;
    }
    m_book.set(loaded, uno::UNO_QUERY);
    if (!m_book.is())
    {
        closeQuietly(loaded);
        m_problem = WorkbookProblem::NotSpreadsheet;
    }
}

ReadOnlyWorkbook::~ReadOnlyWorkbook()
{
    if (!m_reused && m_book.is())
        closeQuietly(m_book);
}

} // namespace gongwen::ext
