// Dispatches org.gongwen:<Command> URLs from our menus, toolbars and macros.
#include "Commands.hxx"

#include "../common/EntryGuard.hxx"
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace gongwen::ext
{
namespace
{

bool isOurUrl(const OUString& url) { return url.startsWithIgnoreAsciiCase(ascii(kProtocol)); }

OUString commandName(const OUString& url)
{
    return url.copy(static_cast<sal_Int32>(sizeof(kProtocol) - 1));
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

    uno::Sequence<uno::Reference<frame::XDispatch>> SAL_CALL
    queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) override
    {
        uno::Sequence<uno::Reference<frame::XDispatch>> result(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            result[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                      requests[i].SearchFlags);
        return result;
    }

    // XDispatch
    void SAL_CALL dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>& args) override
    {
        dispatchWithNotification(url, args, uno::Reference<frame::XDispatchResultListener>());
    }

    void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>&,
                                    const util::URL&) override
    {
    }
    void SAL_CALL removeStatusListener(const uno::Reference<frame::XStatusListener>&,
                                       const util::URL&) override
    {
    }

    // XNotifyingDispatch: the entry point of every command; nothing escapes it.
    void SAL_CALL dispatchWithNotification(
        const util::URL& url, const uno::Sequence<beans::PropertyValue>&,
        const uno::Reference<frame::XDispatchResultListener>& listener) override
    {
        bool known = false;
        const bool ran = runGuarded(m_context, m_frame, [&] { known = runCommand(url.Complete); });
        notify(listener, ran && known);
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
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return singleServiceName(kProtocolHandlerService); }

private:
    /// Runs the command; false (after telling the user) when there is no such command.
    bool runCommand(const OUString& url)
    {
        const core::Language language = officeLanguage(m_context);
        const CommandFunction run = isOurUrl(url) ? findCommand(toView(commandName(url))) : nullptr;
        if (run == nullptr)
        {
            showMessage(m_context, m_frame, MessageKind::Error,
                        uiText(language, UiText::ErrorUnknownCommand) + url);
            return false;
        }
        run(CommandContext{m_context, m_frame, language});
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
            event.State = ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
            listener->dispatchFinished(event);
        }
        catch (...)
        {
        }
    }

    uno::Reference<uno::XComponentContext> m_context;
    uno::Reference<frame::XFrame> m_frame;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_ProtocolHandler_get_implementation(uno::XComponentContext* context,
                                                    const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::ProtocolHandler>(context);
}
