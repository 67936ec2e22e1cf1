// SPDX-License-Identifier: MPL-2.0
// Entry points never let an exception reach the office: they report it to the user instead.
#pragma once

#include "UiStrings.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <exception>

namespace gongwen::ext
{

enum class MessageKind
{
    Info,
    Warning,
    Error,
};

/// Shows a message box over `frame` (or without parent). Never throws; when no box can be
/// shown (e.g. headless) the text goes to stderr.
void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                 const OUString& text) noexcept;

/// Asks a yes/no question over `frame`; true for yes. Without a box (headless): no.
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame,
              const OUString& question) noexcept;

/// Tells the user that an action failed and that nothing was changed.
void reportFailure(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::frame::XFrame>& frame,
                   const OUString& details) noexcept;

/// Runs `action`; any exception becomes a message to the user. Returns whether it succeeded.
template <class Action>
bool runGuarded(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, Action&& action) noexcept
{
    try
    {
        action();
        return true;
    }
    catch (const css::uno::Exception& e)
    {
        reportFailure(context, frame, e.Message);
    }
    catch (const std::exception& e)
    {
        reportFailure(context, frame, OUString::createFromAscii(e.what()));
    }
    catch (...)
    {
        reportFailure(context, frame, OUString());
    }
    return false;
}

} // namespace gongwen::ext
