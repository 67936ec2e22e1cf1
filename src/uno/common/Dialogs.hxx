// SPDX-License-Identifier: MPL-2.0
// Our .xdl dialogs: loaded from the package, texts filled in the UI language, events forwarded
// to handlers, and disposed on every path.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <vector>

namespace gongwen::ext
{

/// Creates the dialog `fileName` (e.g. "About.xdl") from the extension's dialogs folder,
/// parented to `frame`'s window. Throws on failure.
css::uno::Reference<css::awt::XDialog>
loadDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame, const char* fileName);

/// Sets a property of the model of control `controlName` ("" = the dialog itself).
void setControlProperty(const css::uno::Reference<css::awt::XDialog>& dialog,
                        const char* controlName, const char* property, const css::uno::Any& value);

/// A window made by the container window provider (an options page, a sidebar panel) keeps its
/// texts as keys ("&Options.YearLabel.Label"): puts each in the office's language from the
/// window's string resource.
void resolveKeyTexts(const css::uno::Reference<css::awt::XControlContainer>& window);

class EventForwarder;

/// Sets `flag` for the length of a scope in which our own code changes controls (restoring it
/// after): the toolkit fires the same events for those changes as for the user's (a selection set,
/// a box ticked), and handlers ignore them while the flag is set.
class OwnChanges
{
public:
    explicit OwnChanges(bool& flag) : m_flag(flag), m_before(flag) { m_flag = true; }
    ~OwnChanges() { m_flag = m_before; }
    OwnChanges(const OwnChanges&) = delete;
    OwnChanges& operator=(const OwnChanges&) = delete;

private:
    bool& m_flag;
    bool m_before;
};

/// The events of a window's controls (a dialog, a sidebar panel) forwarded to handlers, which
/// run guarded (a failure becomes a message to the user). When this ends the handlers are
/// detached, so a listener the toolkit still holds calls nothing.
class ControlEvents
{
public:
    ControlEvents(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  const css::uno::Reference<css::awt::XControlContainer>& controls);
    ~ControlEvents();
    ControlEvents(const ControlEvents&) = delete;
    ControlEvents& operator=(const ControlEvents&) = delete;

    /// `handler` runs when button `name` is pressed, or list `name` is double-clicked.
    void onAction(const char* name, std::function<void()> handler);
    /// `handler` runs when the selection of list or tree `name` changes, or check box `name` is
    /// toggled.
    void onSelect(const char* name, std::function<void()> handler);
    /// `handler` runs when the text of field `name` changes.
    void onTextChange(const char* name, std::function<void()> handler);
    /// Detaches every handler now.
    void detach();

private:
    rtl::Reference<EventForwarder> forwarder(std::function<void()> handler);
    css::uno::Reference<css::uno::XInterface> control(const char* name) const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XFrame> m_frame;
    css::uno::Reference<css::awt::XControlContainer> m_controls;
    std::vector<rtl::Reference<EventForwarder>> m_forwarders;
};

/// A dialog for the length of a scope. Its event handlers run guarded (a failure becomes a
/// message to the user); when the scope ends — normally or by an exception — the handlers
/// are detached, so a listener the toolkit still holds calls nothing, and the dialog is disposed.
class ScopedDialog
{
public:
    ScopedDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const char* fileName);
    ~ScopedDialog();
    ScopedDialog(const ScopedDialog&) = delete;
    ScopedDialog& operator=(const ScopedDialog&) = delete;

    const css::uno::Reference<css::awt::XDialog>& dialog() const { return m_dialog; }
    /// Runs the dialog modally; returns execute()'s result.
    sal_Int16 execute();
    void endExecute() { m_dialog->endExecute(); }

    /// Sets a property of control `name`'s model ("" = the dialog).
    void set(const char* name, const char* property, const css::uno::Any& value) const
    {
        setControlProperty(m_dialog, name, property, value);
    }
    /// Sets the label of a text control (a fixed text that is not a label of another control).
    void setText(const char* name, const OUString& text) const;

    template <class Interface> css::uno::Reference<Interface> control(const char* name) const
    {
        return css::uno::Reference<Interface>(
            css::uno::Reference<css::awt::XControlContainer>(m_dialog, css::uno::UNO_QUERY_THROW)
                ->getControl(ascii(name)),
            css::uno::UNO_QUERY_THROW);
    }

    /// See ControlEvents.
    void onAction(const char* name, std::function<void()> handler)
    {
        m_events.onAction(name, std::move(handler));
    }
    void onSelect(const char* name, std::function<void()> handler)
    {
        m_events.onSelect(name, std::move(handler));
    }
    void onTextChange(const char* name, std::function<void()> handler)
    {
        m_events.onTextChange(name, std::move(handler));
    }

private:
    css::uno::Reference<css::awt::XDialog> m_dialog;
    ControlEvents m_events;
};

} // namespace gongwen::ext
