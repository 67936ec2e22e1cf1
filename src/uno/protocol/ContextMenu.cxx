// SPDX-License-Identifier: MPL-2.0
// Our entries in Writer's text context menu. The job org.gongwen.ContextMenuJob runs when a view
// is created (extension/registry/Jobs.xcu, event OnViewCreated) and puts an interceptor on the
// view; when the user opens the context menu, each registered command that offers itself there
// for the current selection (Command::inContextMenu) is added at the top. Nothing here throws
// into the office.
#include "../common/Commands.hxx"
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/ContextMenuExecuteEvent.hpp>
#include <com/sun/star/ui/ContextMenuInterceptorAction.hpp>
#include <com/sun/star/ui/XContextMenuInterception.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace gongwen::ext
{
namespace
{

class Interceptor : public cppu::WeakImplHelper1<ui::XContextMenuInterceptor>
{
public:
    Interceptor(const uno::Reference<uno::XComponentContext>& context,
                const uno::Reference<frame::XController>& controller)
        : m_context(context), m_controller(controller)
    {
    }

    ui::ContextMenuInterceptorAction SAL_CALL
    notifyContextMenuExecute(const ui::ContextMenuExecuteEvent& event) override
    {
        try
        {
            const uno::Reference<frame::XController> controller(m_controller);
            if (!controller.is())
                return ui::ContextMenuInterceptorAction_IGNORED;
            const uno::Any selection =
                event.Selection.is() ? event.Selection->getSelection() : uno::Any();
            const core::Language language = officeLanguage(m_context);
            uno::Reference<lang::XMultiServiceFactory> factory(event.ActionTriggerContainer,
                                                               uno::UNO_QUERY_THROW);
            sal_Int32 at = 0;
            for (const Command& command : registeredCommands())
            {
                if (command.inContextMenu == nullptr ||
                    !command.inContextMenu(controller, selection))
                    continue;
                uno::Reference<beans::XPropertySet> entry(
                    factory->createInstance(ascii("com.sun.star.ui.ActionTrigger")),
                    uno::UNO_QUERY_THROW);
                entry->setPropertyValue(ascii("Text"),
                                        uno::Any(uiText(language, command.contextMenuText)));
                entry->setPropertyValue(ascii("CommandURL"),
                                        uno::Any(ascii(kProtocol) + toOUString(command.name)));
                event.ActionTriggerContainer->insertByIndex(at++, uno::Any(entry));
            }
            if (at == 0)
                return ui::ContextMenuInterceptorAction_IGNORED;
            uno::Reference<beans::XPropertySet> separator(
                factory->createInstance(ascii("com.sun.star.ui.ActionTriggerSeparator")),
                uno::UNO_QUERY_THROW);
            separator->setPropertyValue(ascii("SeparatorType"), uno::Any(sal_Int16(0))); // a line
            event.ActionTriggerContainer->insertByIndex(at, uno::Any(separator));
            return ui::ContextMenuInterceptorAction_CONTINUE_MODIFIED;
        }
        catch (...)
        {
            return ui::ContextMenuInterceptorAction_IGNORED;
        }
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
    uno::WeakReference<frame::XController> m_controller;
};

// Runs for every new view: Writer views get the interceptor.
class ContextMenuJob : public cppu::WeakImplHelper2<task::XJob, lang::XServiceInfo>
{
public:
    explicit ContextMenuJob(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Any SAL_CALL execute(const uno::Sequence<beans::NamedValue>& arguments) override
    {
        try
        {
            uno::Reference<frame::XModel> model;
            for (const beans::NamedValue& argument : arguments)
                if (argument.Name == "Environment")
                {
                    uno::Sequence<beans::NamedValue> environment;
                    argument.Value >>= environment;
                    for (const beans::NamedValue& e : environment)
                        if (e.Name == "Model")
                            e.Value >>= model;
                }
            if (!uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY).is())
                return {};
            const uno::Reference<frame::XController> controller = model->getCurrentController();
            uno::Reference<ui::XContextMenuInterception> interception(controller, uno::UNO_QUERY);
            if (interception.is())
                interception->registerContextMenuInterceptor(
                    new Interceptor(m_context, controller));
        }
        catch (...)
        {
            // Without the entries the menus and toolbars still have every command.
        }
        return {};
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kContextMenuJobImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kContextMenuJobService);
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_ContextMenuJob_get_implementation(uno::XComponentContext* context,
                                                   const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::ContextMenuJob>(context);
}
