// SPDX-License-Identifier: MPL-2.0
#include "EntryGuard.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

#include <cstdio>

using namespace css;

namespace gongwen::ext
{
namespace
{

awt::MessageBoxType boxType(MessageKind kind)
{
    switch (kind)
    {
    case MessageKind::Info:
        return awt::MessageBoxType_INFOBOX;
    case MessageKind::Warning:
        return awt::MessageBoxType_WARNINGBOX;
    case MessageKind::Error:
        break;
    }
    return awt::MessageBoxType_ERRORBOX;
}

void printToStderr(const OUString& text) noexcept
{
    const OString utf8 = OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    std::fprintf(stderr, "gongwen: %s\n", utf8.getStr());
}

// Shows a box and returns its result; throws when there is none to show.
sal_Int16 runBox(const uno::Reference<uno::XComponentContext>& context,
                 const uno::Reference<frame::XFrame>& frame, awt::MessageBoxType type,
                 sal_Int32 buttons, const OUString& text)
{
    uno::Reference<awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), uno::UNO_QUERY);
    uno::Reference<awt::XMessageBoxFactory> factory(awt::Toolkit::create(context),
                                                    uno::UNO_QUERY_THROW);
    const OUString title = uiText(officeLanguage(context), UiText::ErrorTitle);
    auto box = factory->createMessageBox(parent, type, buttons, title, text);
    if (!box.is())
        throw uno::RuntimeException();
    return box
        ->execute(); // the box is released with the last reference; disposing it here crashes 7.4
}

} // namespace

void showMessage(const uno::Reference<uno::XComponentContext>& context,
                 const uno::Reference<frame::XFrame>& frame, MessageKind kind,
                 const OUString& text) noexcept
{
    try
    {
        runBox(context, frame, boxType(kind), awt::MessageBoxButtons::BUTTONS_OK, text);
    }
    catch (...)
    {
        printToStderr(text);
    }
}

bool askYesNo(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<frame::XFrame>& frame, const OUString& question) noexcept
{
    try
    {
        return runBox(context, frame, awt::MessageBoxType_QUERYBOX,
                      awt::MessageBoxButtons::BUTTONS_YES_NO |
                          awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
                      question) == awt::MessageBoxResults::YES;
    }
    catch (...)
    {
        printToStderr(question);
        return false;
    }
}

void reportFailure(const uno::Reference<uno::XComponentContext>& context,
                   const uno::Reference<frame::XFrame>& frame, const OUString& details) noexcept
{
    try
    {
        const OUString text = uiText(officeLanguage(context), UiText::ErrorUnexpected) + details;
        showMessage(context, frame, MessageKind::Error, text);
    }
    catch (...)
    {
        printToStderr(details);
    }
}

} // namespace gongwen::ext
