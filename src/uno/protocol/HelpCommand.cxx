// SPDX-License-Identifier: MPL-2.0
#include "../common/Commands.hxx"

#include "../common/EntryGuard.hxx"
#include "../common/Help.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/FrameSearchFlag.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace gongwen::ext
{
namespace
{
namespace uno = css::uno;

// One window for our help: asking again brings the page into it instead of opening another.
constexpr char kHelpFrameName[] = "org.gongwen.help";

// Opens `url` read-only in our help window, making the window the first time.
void openInHelpWindow(const CommandContext& command, const OUString& url)
{
    uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = ascii("ReadOnly");
    args[0].Value <<= true;
    auto desktop = css::frame::Desktop::create(command.context);
    // The office does not name a frame it creates for a target name: we name it ourselves.
    uno::Reference<css::frame::XFrame> window =
        desktop->findFrame(ascii(kHelpFrameName), css::frame::FrameSearchFlag::GLOBAL);
    if (window.is())
    {
        uno::Reference<css::frame::XComponentLoader>(window, uno::UNO_QUERY_THROW)
            ->loadComponentFromURL(url, ascii("_self"), 0, args);
        uno::Reference<css::awt::XTopWindow> top(window->getContainerWindow(), uno::UNO_QUERY);
        if (top.is())
            top->toFront();
        return;
    }
    uno::Reference<css::frame::XModel> page(
        desktop->loadComponentFromURL(url, ascii("_blank"), 0, args), uno::UNO_QUERY_THROW);
    page->getCurrentController()->getFrame()->setName(ascii(kHelpFrameName));
}

// org.gongwen:Help[?topic=…] — opens our help page (the overview, or a topic's section) in a
// window of its own: the office's help viewer where it can show extension help, else the
// package's HTML page (core/common/help_pages.hpp). Where neither is there it says what to
// install instead.
void showHelp(const CommandContext& command)
{
    OUString topic = commandArgument(command, u"topic");
    if (topic.isEmpty())
        topic = ascii("index");
    OUString url;
    if (helpViewer(command.context) == core::HelpViewer::HtmlPages)
        url = htmlHelpPageUrl(command.context, toView(topic), command.language);
    else if (helpCanBeShown(command.context))
        url = helpUrl(toView(topic), command.language);
    if (url.isEmpty())
    {
        showMessage(command.context, command.frame, MessageKind::Info,
                    uiText(command.language, UiText::HelpNotInstalled));
        return;
    }
    openInHelpWindow(command, url);
}

const Command kCommands[] = {{u"Help", &showHelp, CommandEffect::ReadsOnly}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
