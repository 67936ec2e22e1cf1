#include "Dialogs.hxx"

#include "EntryGuard.hxx"
#include "Names.hxx"
#include "StringConv.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase3.hxx>

using namespace css;

namespace gongwen::ext
{

/// Forwards a control's events to a handler until detached.
class EventForwarder
    : public cppu::WeakImplHelper3<awt::XActionListener, awt::XItemListener, awt::XTextListener>
{
public:
    EventForwarder(const uno::Reference<uno::XComponentContext>& context,
                   const uno::Reference<frame::XFrame>& frame, std::function<void()> handler)
        : m_context(context), m_frame(frame), m_handler(std::move(handler))
    {
    }
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override { run(); }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override { run(); }
    void SAL_CALL textChanged(const awt::TextEvent&) override { run(); }
    void SAL_CALL disposing(const lang::EventObject&) override { detach(); }
    void detach() { m_handler = nullptr; }

private:
    void run()
    {
        if (m_handler)
            runGuarded(m_context, m_frame, m_handler);
    }
    uno::Reference<uno::XComponentContext> m_context;
    uno::Reference<frame::XFrame> m_frame;
    std::function<void()> m_handler;
};

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

ScopedDialog::ScopedDialog(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame, const char* fileName)
    : m_context(context), m_frame(frame), m_dialog(loadDialog(context, frame, fileName))
{
}

ScopedDialog::~ScopedDialog()
{
    for (const auto& f : m_forwarders)
        f->detach();
    try
    {
        uno::Reference<lang::XComponent>(m_dialog, uno::UNO_QUERY_THROW)->dispose();
    }
    catch (...)
    {
    }
}

sal_Int16 ScopedDialog::execute()
{
    return m_dialog->execute();
}

void ScopedDialog::setText(const char* name, const OUString& text) const
{
    set(name, "Label", uno::Any(text));
    set(name, "NoLabel", uno::Any(true));
}

rtl::Reference<EventForwarder> ScopedDialog::forwarder(std::function<void()> handler)
{
    rtl::Reference<EventForwarder> f(new EventForwarder(m_context, m_frame, std::move(handler)));
    m_forwarders.push_back(f);
    return f;
}

void ScopedDialog::onAction(const char* name, std::function<void()> handler)
{
    const uno::Reference<awt::XActionListener> listener(forwarder(std::move(handler)).get());
    auto control = uno::Reference<awt::XControlContainer>(m_dialog, uno::UNO_QUERY_THROW)
                       ->getControl(ascii(name));
    if (const uno::Reference<awt::XButton> button{control, uno::UNO_QUERY}; button.is())
        button->addActionListener(listener);
    else
        uno::Reference<awt::XListBox>(control, uno::UNO_QUERY_THROW)->addActionListener(listener);
}

void ScopedDialog::onSelect(const char* name, std::function<void()> handler)
{
    control<awt::XListBox>(name)->addItemListener(
        uno::Reference<awt::XItemListener>(forwarder(std::move(handler)).get()));
}

} // namespace gongwen::ext

namespace gongwen::ext
{
void ScopedDialog::onTextChange(const char* name, std::function<void()> handler)
{
    control<awt::XTextComponent>(name)->addTextListener(
        uno::Reference<awt::XTextListener>(forwarder(std::move(handler)).get()));
}
} // namespace gongwen::ext
