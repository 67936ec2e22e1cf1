#include "../common/Commands.hxx"

#include "../common/EntryGuard.hxx"
#include "../common/Help.hxx"
#include "../common/StringConv.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/FrameSearchFlag.hpp>

namespace gongwen::ext
{
namespace
{
namespace uno = css::uno;

// One window for our help: asking again brings the page into it instead of opening another.
constexpr char kHelpFrameName[] = "org.gongwen.help";

// org.gongwen:Help[?topic=…] — opens our help page (the overview, or a topic's section) in a
// window of its own. Where the office has no help files it says what to install instead.
void showHelp(const CommandContext& command)
{
    if (!helpCanBeShown(command.context))
    {
        showMessage(command.context, command.frame, MessageKind::Info,
                    uiText(command.language, UiText::HelpNotInstalled));
        return;
    }
    OUString topic = commandArgument(command, u"topic");
    if (topic.isEmpty())
        topic = ascii("index");
    uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = ascii("ReadOnly");
    args[0].Value <<= true;
    css::frame::Desktop::create(command.context)
        ->loadComponentFromURL(helpUrl(toView(topic), command.language),
                               ascii(kHelpFrameName),
                               css::frame::FrameSearchFlag::ALL | css::frame::FrameSearchFlag::CREATE,
                               args);
}

const Command kCommands[] = {{u"Help", &showHelp, CommandEffect::ReadsOnly}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
