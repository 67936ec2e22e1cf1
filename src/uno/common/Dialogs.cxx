// SPDX-License-Identifier: MPL-2.0
#include "Dialogs.hxx"

#include "Help.hxx"

#include "EntryGuard.hxx"
#include "Names.hxx"
#include "StringConv.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase4.hxx>

#include <string>
#include <string_view>

using namespace css;

namespace gongwen::ext
{

/// Forwards a control's events to a handler until detached.
class EventForwarder
    : public cppu::WeakImplHelper4<awt::XActionListener, awt::XItemListener, awt::XTextListener,
                                   view::XSelectionChangeListener>
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
    void SAL_CALL selectionChanged(const lang::EventObject&) override { run(); }
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

void resolveKeyTexts(const uno::Reference<awt::XControlContainer>& window)
{
    uno::Reference<beans::XPropertySet> model(
        uno::Reference<awt::XControl>(window, uno::UNO_QUERY_THROW)->getModel(),
        uno::UNO_QUERY_THROW);
    uno::Reference<resource::XStringResourceResolver> resolver(
        model->getPropertyValue(ascii("ResourceResolver")), uno::UNO_QUERY);
    if (!resolver.is())
        return;
    for (const auto& control : window->getControls())
    {
        uno::Reference<beans::XPropertySet> props(control->getModel(), uno::UNO_QUERY);
        if (!props.is() || !props->getPropertySetInfo()->hasPropertyByName(ascii("Label")))
            continue;
        OUString label;
        props->getPropertyValue(ascii("Label")) >>= label;
        if (label.startsWith("&") && resolver->hasEntryForId(label.copy(1)))
            props->setPropertyValue(ascii("Label"),
                                    uno::Any(resolver->resolveString(label.copy(1))));
    }
}

ControlEvents::ControlEvents(const uno::Reference<uno::XComponentContext>& context,
                             const uno::Reference<frame::XFrame>& frame,
                             const uno::Reference<awt::XControlContainer>& controls)
    : m_context(context), m_frame(frame), m_controls(controls)
{
}

ControlEvents::~ControlEvents()
{
    detach();
}

void ControlEvents::detach()
{
    for (const auto& f : m_forwarders)
        f->detach();
}

rtl::Reference<EventForwarder> ControlEvents::forwarder(std::function<void()> handler)
{
    rtl::Reference<EventForwarder> f(new EventForwarder(m_context, m_frame, std::move(handler)));
    m_forwarders.push_back(f);
    return f;
}

uno::Reference<uno::XInterface> ControlEvents::control(const char* name) const
{
    uno::Reference<uno::XInterface> control(m_controls->getControl(ascii(name)), uno::UNO_QUERY);
    if (!control.is())
        throw uno::RuntimeException(ascii("no control ") + ascii(name));
    return control;
}

void ControlEvents::onAction(const char* name, std::function<void()> handler)
{
    const uno::Reference<awt::XActionListener> listener(forwarder(std::move(handler)).get());
    const auto c = control(name);
    if (const uno::Reference<awt::XButton> button{c, uno::UNO_QUERY}; button.is())
        button->addActionListener(listener);
    else
        uno::Reference<awt::XListBox>(c, uno::UNO_QUERY_THROW)->addActionListener(listener);
}

void ControlEvents::onSelect(const char* name, std::function<void()> handler)
{
    const rtl::Reference<EventForwarder> f = forwarder(std::move(handler));
    const uno::Reference<awt::XItemListener> listener(f.get());
    const auto c = control(name);
    if (const uno::Reference<awt::XCheckBox> box{c, uno::UNO_QUERY}; box.is())
        box->addItemListener(listener);
    else if (const uno::Reference<awt::tree::XTreeControl> tree{c, uno::UNO_QUERY}; tree.is())
        tree->addSelectionChangeListener(f.get());
    else
        uno::Reference<awt::XListBox>(c, uno::UNO_QUERY_THROW)->addItemListener(listener);
}

void ControlEvents::onTextChange(const char* name, std::function<void()> handler)
{
    uno::Reference<awt::XTextComponent>(control(name), uno::UNO_QUERY_THROW)
        ->addTextListener(uno::Reference<awt::XTextListener>(forwarder(std::move(handler)).get()));
}

ScopedDialog::ScopedDialog(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame, const char* fileName)
    : m_dialog(loadDialog(context, frame, fileName)),
      m_events(context, frame,
               uno::Reference<awt::XControlContainer>(m_dialog, uno::UNO_QUERY_THROW))
{
    // F1 opens the dialog's section of our help, named like its file ("About.xdl": "About").
    const std::string_view name(fileName);
    const OUString topic = ascii(std::string(name.substr(0, name.rfind('.'))).c_str());
    offerHelp(context, m_dialog, toView(topic));
}

ScopedDialog::~ScopedDialog()
{
    m_events.detach();
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

} // namespace gongwen::ext
