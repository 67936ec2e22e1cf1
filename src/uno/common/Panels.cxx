// SPDX-License-Identifier: MPL-2.0
#include "Panels.hxx"

#include "CheckSettings.hxx"
#include "Help.hxx"
#include "Names.hxx"
#include "UiStrings.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <cppuhelper/implbase1.hxx>
#include <salhelper/timer.hxx>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

using namespace css;

namespace gongwen::ext
{
namespace
{

std::vector<Panel>& registry()
{
    static std::vector<Panel> panels;
    return panels;
}

class MainThreadCall : public cppu::WeakImplHelper1<awt::XCallback>
{
public:
    explicit MainThreadCall(std::function<void()> call) : m_call(std::move(call)) {}
    void SAL_CALL notify(const uno::Any&) override { m_call(); }

private:
    std::function<void()> m_call;
};

} // namespace

PanelRegistration::PanelRegistration(const Panel* panels, std::size_t count)
{
    registry().insert(registry().end(), panels, panels + count);
}

const Panel* findPanel(std::u16string_view name)
{
    for (const Panel& p : registry())
        if (p.name == name)
            return &p;
    return nullptr;
}

struct AfterQuiet::Shared
{
    std::atomic<bool> alive{true};
    std::recursive_mutex mutex; // the action and stop() on the main thread (the action may stop)
    std::function<void()> action;
    css::uno::Reference<css::uno::XComponentContext> context;
};

// The wait: one salhelper timer (its manager runs all timers on one thread) that hands the action
// to the main thread when it fires.
class AfterQuiet::Wait : public salhelper::Timer
{
public:
    Wait(std::chrono::milliseconds quiet, std::shared_ptr<Shared> shared)
        : salhelper::Timer(
              salhelper::TTimeValue(static_cast<sal_uInt32>(quiet.count() / 1000),
                                    static_cast<sal_uInt32>(quiet.count() % 1000) * 1000000)),
          m_shared(std::move(shared))
    {
    }

protected:
    void SAL_CALL onShot() override
    {
        const std::shared_ptr<Shared> shared = m_shared;
        if (!shared->alive)
            return;
        try
        {
            awt::AsyncCallback::create(shared->context)
                ->addCallback(new MainThreadCall(
                                  [shared]
                                  {
                                      std::lock_guard<std::recursive_mutex> lock(shared->mutex);
                                      if (shared->alive && shared->action)
                                          shared->action();
                                  }),
                              uno::Any());
        }
        catch (...)
        {
        }
    }

private:
    std::shared_ptr<Shared> m_shared;
};

AfterQuiet::AfterQuiet(const uno::Reference<uno::XComponentContext>& context,
                       std::chrono::milliseconds quiet, std::function<void()> action)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->action = std::move(action);
    m_shared->context = context;
    m_wait = new Wait(quiet, m_shared);
}

AfterQuiet::~AfterQuiet()
{
    stop();
}

void AfterQuiet::stop()
{
    m_shared->alive = false;
    m_wait->stop();
    std::lock_guard<std::recursive_mutex> lock(m_shared->mutex);
    m_shared->action = nullptr;
}

std::function<void()> AfterQuiet::poker() const
{
    const std::shared_ptr<Shared> shared = m_shared;
    const rtl::Reference<Wait> wait = m_wait;
    return [shared, wait]
    {
        if (shared->alive)
        {
            wait->stop();
            wait->start();
        }
    };
}

void AfterQuiet::poke()
{
    if (!m_shared->alive)
        return;
    m_wait->stop(); // the wait starts again from now
    m_wait->start();
}

namespace
{
// Keeps a panel's controls inside the width the sidebar gives the panel: each control's left
// edge and width are those of the dialog's design scaled to the window's width (heights stay),
// so the deck needs no horizontal scroll bar and nothing is cut off at its right edge.
class WidthFollower : public cppu::WeakImplHelper1<awt::XWindowListener>
{
public:
    explicit WidthFollower(const uno::Reference<awt::XControlContainer>& controls)
    {
        const uno::Reference<awt::XWindow> window(controls, uno::UNO_QUERY_THROW);
        m_designWidth = window->getPosSize().Width;
        for (const auto& control : controls->getControls())
            if (uno::Reference<awt::XWindow> child{control, uno::UNO_QUERY}; child.is())
                m_children.push_back({child, child->getPosSize()});
    }

    void SAL_CALL windowResized(const awt::WindowEvent& event) override
    {
        if (m_designWidth <= 0 || event.Width <= 0)
            return;
        for (const Child& c : m_children)
        {
            const sal_Int32 x = c.design.X * event.Width / m_designWidth;
            const sal_Int32 right = (c.design.X + c.design.Width) * event.Width / m_designWidth;
            c.window->setPosSize(x, c.design.Y, std::max<sal_Int32>(right - x, 1), c.design.Height,
                                 awt::PosSize::POS | awt::PosSize::WIDTH);
        }
    }
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const lang::EventObject&) override {}
    void SAL_CALL windowHidden(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override { m_children.clear(); }

private:
    struct Child
    {
        uno::Reference<awt::XWindow> window;
        awt::Rectangle design;
    };
    sal_Int32 m_designWidth = 0;
    std::vector<Child> m_children;
};
} // namespace

SidebarPanel::SidebarPanel(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame,
                           const uno::Reference<awt::XWindow>& parent, std::u16string_view name,
                           const char* dialog)
    : m_context(context), m_frame(frame), m_language(officeLanguage(context)), m_name(name),
      m_listeners(m_listenersMutex),
      m_afterEdits(context, kQuietBeforeRecheck, [this] { checkAgain(); })
{
    const OUString url = ascii(kExtensionUrlRoot) + ascii("dialogs/") + ascii(dialog);
    m_window = awt::ContainerWindowProvider::create(context)->createContainerWindow(
        url, OUString(), uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY_THROW), {});
    m_controls.set(m_window, uno::UNO_QUERY_THROW);
    resolveKeyTexts(m_controls);
    offerHelp(context, m_window, std::u16string(name) + u"Panel");
    m_events = std::make_unique<ControlEvents>(context, frame, m_controls);
    m_widthFollower = new WidthFollower(m_controls);
    m_window->addWindowListener(m_widthFollower);
    // The sidebar takes the window's first size as the width the panel asks for: the dialog's
    // design width would be wider than the deck and give it a horizontal scroll bar.
    m_window->setPosSize(0, 0, getMinimalWidth(), 0, awt::PosSize::WIDTH);
}

SidebarPanel::~SidebarPanel()
{
    stopListening();
}

OUString SidebarPanel::getResourceURL()
{
    return ascii(kPanelUrlPrefix) + toOUString(m_name);
}

sal_Int16 SidebarPanel::getType()
{
    return ui::UIElementType::TOOLPANEL;
}

uno::Reference<uno::XInterface> SidebarPanel::getRealInterface()
{
    return static_cast<cppu::OWeakObject*>(this);
}

uno::Reference<accessibility::XAccessible>
SidebarPanel::createAccessible(const uno::Reference<accessibility::XAccessible>&)
{
    return uno::Reference<accessibility::XAccessible>(m_window, uno::UNO_QUERY);
}

ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32)
{
    sal_Int32 height = 400;
    try
    {
        if (m_window.is() && !m_disposed)
            height = std::max<sal_Int32>(m_window->getPosSize().Height, 400);
    }
    catch (const lang::DisposedException&)
    {
    }
    return ui::LayoutSize(height, height, height);
}

void SidebarPanel::modified(const lang::EventObject&)
{
    if (m_automatic && !m_disposed)
        m_afterEdits.poke();
}

void SidebarPanel::disposing(const lang::EventObject&)
{
    stopListening(); // the document goes: the sidebar disposes the panel afterwards
}

void SidebarPanel::dispose()
{
    if (m_disposed.exchange(true))
        return;
    const uno::Reference<uno::XInterface> keepAlive(static_cast<cppu::OWeakObject*>(this));
    stopListening();
    m_listeners.disposeAndClear(lang::EventObject(keepAlive));
    try
    {
        if (uno::Reference<lang::XComponent> window{m_window, uno::UNO_QUERY}; window.is())
            window->dispose();
    }
    catch (...)
    {
    }
    m_window.clear();
}

void SidebarPanel::addEventListener(const uno::Reference<lang::XEventListener>& listener)
{
    if (m_disposed)
    {
        listener->disposing(lang::EventObject(static_cast<cppu::OWeakObject*>(this)));
        return;
    }
    m_listeners.addInterface(listener);
}

void SidebarPanel::removeEventListener(const uno::Reference<lang::XEventListener>& listener)
{
    m_listeners.removeInterface(listener);
}

void SidebarPanel::listenTo(const uno::Reference<uno::XInterface>& document)
{
    m_window->setVisible(true);
    m_broadcaster.set(document, uno::UNO_QUERY);
    checkAgain();
    if (m_broadcaster.is())
    {
        m_broadcaster->addModifyListener(this);
        m_listening = true;
    }
    // Rules switched off or on, a word list changed: the list follows at once.
    m_settingsListener = addSettingsListener(m_afterEdits.poker());
}

void SidebarPanel::timedCheck(const std::function<void()>& check)
{
    const auto start = std::chrono::steady_clock::now();
    check();
    m_automatic = std::chrono::steady_clock::now() - start <= kLongestAutomaticCheck;
}

void SidebarPanel::stopListening() noexcept
{
    if (m_settingsListener != 0)
        removeSettingsListener(std::exchange(m_settingsListener, 0));
    m_afterEdits.stop();
    try
    {
        if (m_events)
            m_events->detach();
        if (m_widthFollower.is())
            m_window->removeWindowListener(std::exchange(m_widthFollower, {}));
        if (m_listening)
        {
            m_listening = false;
            m_broadcaster->removeModifyListener(this);
        }
    }
    catch (...)
    {
    }
}

void SidebarPanel::setLabel(const char* name, const OUString& text) const
{
    uno::Reference<beans::XPropertySet>(
        uno::Reference<awt::XControl>(m_controls->getControl(ascii(name)), uno::UNO_QUERY_THROW)
            ->getModel(),
        uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("Label"), uno::Any(text));
}

void SidebarPanel::enable(const char* name, bool enabled) const
{
    uno::Reference<awt::XWindow>(m_controls->getControl(ascii(name)), uno::UNO_QUERY_THROW)
        ->setEnable(enabled);
}

} // namespace gongwen::ext
