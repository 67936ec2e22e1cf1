// SPDX-License-Identifier: MPL-2.0
// Dispatches org.gongwen:<Command> URLs from our menus, toolbars and macros.
#include "../common/Commands.hxx"

#include "../common/Component.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Names.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <vector>

using namespace css;

namespace gongwen::ext
{
namespace
{

bool isOurUrl(const OUString& url)
{
    return url.startsWithIgnoreAsciiCase(ascii(kProtocol));
}

// "org.gongwen:LayOut?profile=gbt9704" → ("LayOut", "profile=gbt9704")
std::pair<OUString, OUString> commandParts(const OUString& url)
{
    return splitCommandUrl(url.copy(static_cast<sal_Int32>(sizeof(kProtocol) - 1)));
}

class ProtocolHandler
    : public cppu::WeakImplHelper4<frame::XDispatchProvider, frame::XNotifyingDispatch,
                                   lang::XInitialization, lang::XServiceInfo>
{
public:
    explicit ProtocolHandler(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    // XInitialization: the framework passes the frame the handler works for.
    void SAL_CALL initialize(const uno::Sequence<uno::Any>& arguments) override
    {
        for (const uno::Any& a : arguments)
            if (a >>= m_frame)
                break;
    }

    // XDispatchProvider
    uno::Reference<frame::XDispatch> SAL_CALL queryDispatch(const util::URL& url, const OUString&,
                                                            sal_Int32) override
    {
        if (!isOurUrl(url.Complete))
            return uno::Reference<frame::XDispatch>();
        return this;
    }

    uno::Sequence<uno::Reference<frame::XDispatch>>
        SAL_CALL queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) override
    {
        uno::Sequence<uno::Reference<frame::XDispatch>> result(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            result[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                      requests[i].SearchFlags);
        return result;
    }

    // XDispatch
    void SAL_CALL dispatch(const util::URL& url,
                           const uno::Sequence<beans::PropertyValue>& args) override
    {
        dispatchWithNotification(url, args, uno::Reference<frame::XDispatchResultListener>());
    }

    // Menus and toolbars ask whether a command is available: editing commands are not while
    // the frame's document is read-only.
    void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>& listener,
                                    const util::URL& url) override
    {
        if (!listener.is())
            return;
        m_listeners.emplace_back(listener, url);
        sendState(listener, url);
    }
    void SAL_CALL removeStatusListener(const uno::Reference<frame::XStatusListener>& listener,
                                       const util::URL& url) override
    {
        m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                         [&](const auto& l) {
                                             return l.first == listener &&
                                                    l.second.Complete == url.Complete;
                                         }),
                          m_listeners.end());
    }

    // XNotifyingDispatch: the entry point of every command; nothing escapes it.
    void SAL_CALL dispatchWithNotification(
        const util::URL& url, const uno::Sequence<beans::PropertyValue>&,
        const uno::Reference<frame::XDispatchResultListener>& listener) override
    {
        bool done = false;
        const bool ran = runGuarded(m_context, m_frame, [&] { done = runCommand(url.Complete); });
        notify(listener, ran && done);
        for (const auto& [statusListener, statusUrl] :
             std::vector(m_listeners)) // the command may have changed them
            sendState(statusListener, statusUrl);
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kProtocolHandlerImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kProtocolHandlerService);
    }

private:
    const Command* commandOf(const OUString& url) const
    {
        return isOurUrl(url) ? findCommand(toView(commandParts(url).first)) : nullptr;
    }

    bool frameDocumentIsReadOnly() const
    {
        if (!m_frame.is() || !m_frame->getController().is())
            return false; // no document: the command says what it needs
        return isReadOnly(m_frame->getController()->getModel());
    }

    bool enabled(const Command& command) const
    {
        return command.effect != CommandEffect::Edits || !frameDocumentIsReadOnly();
    }

    void sendState(const uno::Reference<frame::XStatusListener>& listener,
                   const util::URL& url) noexcept
    {
        try
        {
            const Command* command = commandOf(url.Complete);
            frame::FeatureStateEvent state;
            state.Source = static_cast<cppu::OWeakObject*>(this);
            state.FeatureURL = url;
            state.IsEnabled = command != nullptr && enabled(*command);
            state.Requery = false;
            listener->statusChanged(state);
        }
        catch (...)
        {
        }
    }

    /// Runs the command; false (after telling the user) when there is no such command or it
    /// would edit a read-only document.
    bool runCommand(const OUString& url)
    {
        const core::Language language = officeLanguage(m_context);
        const Command* command = commandOf(url);
        if (command == nullptr)
        {
            showMessage(m_context, m_frame, MessageKind::Error,
                        uiText(language, UiText::ErrorUnknownCommand) + url);
            return false;
        }
        if (!enabled(*command))
        {
            showMessage(m_context, m_frame, MessageKind::Warning,
                        uiText(language, UiText::EditReadOnly));
            return false;
        }
        command->run(CommandContext{m_context, m_frame, language, commandParts(url).second});
        return true;
    }

    void notify(const uno::Reference<frame::XDispatchResultListener>& listener, bool ok) noexcept
    {
        if (!listener.is())
            return;
        try
        {
            frame::DispatchResultEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.State =
                ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
            listener->dispatchFinished(event);
        }
        catch (...)
        {
        }
    }

    uno::Reference<uno::XComponentContext> m_context;
    uno::Reference<frame::XFrame> m_frame;
    std::vector<std::pair<uno::Reference<frame::XStatusListener>, util::URL>> m_listeners;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_ProtocolHandler_get_implementation(uno::XComponentContext* context,
                                                    const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::ProtocolHandler>(context);
}
