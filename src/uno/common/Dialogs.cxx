#include "Dialogs.hxx"

#include "Names.hxx"
#include "StringConv.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

using namespace css;

namespace gongwen::ext
{

uno::Reference<awt::XDialog> loadDialog(const uno::Reference<uno::XComponentContext>& context,
                                        const uno::Reference<frame::XFrame>& frame,
                                        const char* fileName)
{
    auto provider = awt::DialogProvider2::create(context);
    uno::Reference<awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), uno::UNO_QUERY);
    const OUString url = ascii(kExtensionUrlRoot) + ascii("dialogs/") + ascii(fileName);
    uno::Sequence<beans::NamedValue> args(1);
    args[0] = beans::NamedValue(ascii("ParentWindow"), uno::Any(parent));
    auto dialog = provider->createDialogWithArguments(url, args);
    if (!dialog.is())
        throw uno::RuntimeException(ascii("cannot load dialog ") + url);
    return dialog;
}

void setControlProperty(const uno::Reference<awt::XDialog>& dialog, const char* controlName,
                        const char* property, const uno::Any& value)
{
    uno::Reference<awt::XControl> control(dialog, uno::UNO_QUERY_THROW);
    if (*controlName != '\0')
    {
        uno::Reference<awt::XControlContainer> container(dialog, uno::UNO_QUERY_THROW);
        control = container->getControl(ascii(controlName));
        if (!control.is())
            throw uno::RuntimeException(ascii("dialog has no control ") + ascii(controlName));
    }
    uno::Reference<beans::XPropertySet> model(control->getModel(), uno::UNO_QUERY_THROW);
    model->setPropertyValue(ascii(property), value);
}

sal_Int16 executeAndDispose(const uno::Reference<awt::XDialog>& dialog)
{
    const sal_Int16 result = dialog->execute();
    uno::Reference<lang::XComponent>(dialog, uno::UNO_QUERY_THROW)->dispose();
    return result;
}

} // namespace gongwen::ext
