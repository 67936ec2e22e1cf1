// SPDX-License-Identifier: MPL-2.0
// Our sidebar panels: each capability registers the panels it makes; one factory
// (protocol/PanelFactory, org.gongwen.comp.PanelFactory) makes them for the sidebar by name
// (private:resource/toolpanel/GongwenPanelFactory/<name>, extension/registry/Sidebar.xcu).
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

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
/// again. The wait runs on a thread of its own; nothing runs once this object is gone.
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

private:
    struct Shared;
    css::uno::Reference<css::uno::XComponentContext> m_context;
    std::chrono::milliseconds m_quiet;
    std::shared_ptr<Shared> m_shared;
};

} // namespace gongwen::ext
