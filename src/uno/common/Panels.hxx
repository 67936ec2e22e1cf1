// SPDX-License-Identifier: MPL-2.0
// Our sidebar panels: each capability registers the panels it makes; one factory
// (protocol/PanelFactory, org.gongwen.comp.PanelFactory) makes them for the sidebar by name
// (private:resource/toolpanel/GongwenPanelFactory/<name>, extension/registry/Sidebar.xcu).
#pragma once

#include "StringConv.hxx"

#include "Dialogs.hxx"

#include <core/common/language.hpp>

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase5.hxx>
#include <cppuhelper/interfacecontainer.hxx>
#include <osl/mutex.hxx>
#include <rtl/ref.hxx>

#include <atomic>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

namespace gongwen::ext
{

using PanelMaker = css::uno::Reference<css::ui::XUIElement> (*)(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XFrame>& frame,
    const css::uno::Reference<css::awt::XWindow>& parent);

struct Panel
{
    std::u16string_view name; // the last part of its ImplementationURL
    PanelMaker make;
};

/// Registers a capability's panels when the library is loaded (like CommandRegistration).
class PanelRegistration
{
public:
    template <std::size_t N>
    explicit PanelRegistration(const Panel (&panels)[N]) : PanelRegistration(panels, N)
    {
    }

private:
    PanelRegistration(const Panel* panels, std::size_t count);
};

/// The registered panel of that name, or nullptr.
const Panel* findPanel(std::u16string_view name);

/// The prefix of our panels' resource URLs.
inline constexpr char kPanelUrlPrefix[] = "private:resource/toolpanel/GongwenPanelFactory/";

/// Runs an action on the main thread once edits stop for a while: each poke() starts the wait
/// again. All waits share one timer thread (salhelper's); nothing runs once stop() was called or
/// this object is gone.
class AfterQuiet
{
public:
    AfterQuiet(const css::uno::Reference<css::uno::XComponentContext>& context,
               std::chrono::milliseconds quiet, std::function<void()> action);
    ~AfterQuiet();
    AfterQuiet(const AfterQuiet&) = delete;
    AfterQuiet& operator=(const AfterQuiet&) = delete;

    void poke();
    void stop();
    /// poke() for other threads and other owners: safe to call after stop() or after this
    /// object is gone (it holds what it needs).
    std::function<void()> poker() const;

private:
    struct Shared;
    class Wait;
    std::shared_ptr<Shared> m_shared;
    rtl::Reference<Wait> m_wait;
};

/// What our sidebar panels share (LibreOffice's sidebar ends a panel by XComponent::dispose):
/// the window made from the panel's dialog, the UI element interfaces, and a check again a moment
/// after the document's last edit — automatic only while a check takes at most
/// kLongestAutomaticCheck (after a slower one, only the panel's button checks) — and after the
/// user's settings change (Tools ▸ Options), whatever the last check took. dispose() stops
/// listening and waiting for good and disposes the window; so does the document going away.
class SidebarPanel
    : public cppu::WeakImplHelper5<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::util::XModifyListener, css::lang::XComponent>
{
public:
    static constexpr std::chrono::milliseconds kQuietBeforeRecheck{1500}; // after the last edit
    static constexpr std::chrono::milliseconds kLongestAutomaticCheck{300};

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return m_frame; }
    OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override { return m_window; }
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&) override;
    // XSidebarPanel: the height the dialog asks for, in pixels of this window.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override;
    sal_Int32 SAL_CALL getMinimalWidth() override { return 200; }
    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override;
    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL
    addEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
    void SAL_CALL
    removeEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;

protected:
    /// Makes the window of dialogs/<dialog> in `parent`; `name` is the panel's (Sidebar.xcu).
    SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const css::uno::Reference<css::awt::XWindow>& parent, std::u16string_view name,
                 const char* dialog);
    ~SidebarPanel() override;

    /// The derived panel's constructor calls this last, once everything else succeeded: the
    /// panel checks the document and listens to its edits from now on.
    void listenTo(const css::uno::Reference<css::uno::XInterface>& document);
    /// Runs `check`, timed: a slow one turns the automatic check after edits off.
    void timedCheck(const std::function<void()>& check);
    bool automatic() const { return m_automatic; }
    /// What the panel does a moment after an edit, and when the panel's button is pressed.
    virtual void checkAgain() = 0;

    template <class T> css::uno::Reference<T> control(const char* name) const
    {
        return css::uno::Reference<T>(m_controls->getControl(ascii(name)),
                                      css::uno::UNO_QUERY_THROW);
    }
    void setLabel(const char* name, const OUString& text) const;
    void enable(const char* name, bool enabled) const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    core::Language m_language;
    css::uno::Reference<css::awt::XWindow> m_window;
    css::uno::Reference<css::awt::XControlContainer> m_controls;
    std::unique_ptr<ControlEvents> m_events;

private:
    void stopListening() noexcept;

    std::u16string_view m_name;
    css::uno::Reference<css::util::XModifyBroadcaster> m_broadcaster;
    bool m_automatic = true;
    std::atomic<bool> m_disposed{false};
    bool m_listening = false;
    std::size_t m_settingsListener = 0; // 0: none
    osl::Mutex m_listenersMutex;
    cppu::OInterfaceContainerHelper m_listeners;
    AfterQuiet m_afterEdits;
    css::uno::Reference<css::awt::XWindowListener> m_widthFollower; // the controls follow the width
};

} // namespace gongwen::ext
