// SPDX-License-Identifier: MPL-2.0
#include "Commands.hxx"

#include "EntryGuard.hxx"
#include "UiStrings.hxx"

#include <com/sun/star/frame/XController.hpp>

#include <vector>

namespace gongwen::ext
{
namespace
{

// Filled while the library's static objects are constructed, read afterwards only.
std::vector<Command>& registry()
{
    static std::vector<Command> commands;
    return commands;
}

} // namespace

CommandRegistration::CommandRegistration(const Command* commands, std::size_t count)
{
    registry().insert(registry().end(), commands, commands + count);
}

const std::vector<Command>& registeredCommands()
{
    return registry();
}

const Command* findCommand(std::u16string_view name)
{
    for (const Command& c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

std::pair<OUString, OUString> splitCommandUrl(const OUString& afterProtocol)
{
    const sal_Int32 question = afterProtocol.indexOf('?');
    if (question < 0)
        return {afterProtocol, OUString()};
    return {afterProtocol.copy(0, question), afterProtocol.copy(question + 1)};
}

OUString commandArgument(const CommandContext& command, std::u16string_view key)
{
    sal_Int32 index = 0;
    while (index >= 0)
    {
        const OUString pair = command.arguments.getToken(0, '&', index);
        const sal_Int32 equals = pair.indexOf('=');
        if (equals > 0 && toView(pair).substr(0, static_cast<std::size_t>(equals)) == key)
            return pair.copy(equals + 1);
    }
    return OUString();
}

css::uno::Reference<css::text::XTextDocument> writerDocumentOrTell(const CommandContext& command)
{
    css::uno::Reference<css::text::XTextDocument> document;
    if (command.frame.is() && command.frame->getController().is())
        document.set(command.frame->getController()->getModel(), css::uno::UNO_QUERY);
    if (!document.is())
        showMessage(command.context, command.frame, MessageKind::Warning,
                    uiText(command.language, UiText::ErrorNotWriter));
    return document;
}

} // namespace gongwen::ext
