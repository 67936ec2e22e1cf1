// SPDX-License-Identifier: MPL-2.0
// The commands behind our org.gongwen: URLs. Each capability registers its own commands here;
// the protocol handler finds them by name and knows nothing of the capabilities.
#pragma once

#include "StringConv.hxx"
#include "UiStrings.hxx"

#include <core/common/language.hpp>

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace gongwen::ext
{

struct CommandContext
{
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    core::Language language;
    OUString arguments; // after "?" in the URL: "profile=gbt9704-local&…"
};

/// The value of `key` in the command's URL arguments ("org.gongwen:LayOut?profile=gbt9704"),
/// or "" when it is not given.
OUString commandArgument(const CommandContext& command, std::u16string_view key);

/// Splits "org.gongwen:Name?arguments" after the protocol into name and arguments.
std::pair<OUString, OUString> splitCommandUrl(const OUString& afterProtocol);

using CommandFunction = void (*)(const CommandContext&);

/// What a command does to the document of its frame.
enum class CommandEffect
{
    ReadsOnly, // checks, lists, creates new documents
    Edits,     // refused, and shown disabled, while the document is read-only
};

/// Whether a command belongs in the text context menu of this document view, for what is
/// selected there (a text range, a cell …).
using ContextMenuOffer = bool (*)(const css::uno::Reference<css::frame::XController>& controller,
                                  const css::uno::Any& selection);

struct Command
{
    std::u16string_view name; // after "org.gongwen:"; Addons.xcu refers to it
    CommandFunction run;
    CommandEffect effect;
    ContextMenuOffer inContextMenu = nullptr; // nullptr: menus and toolbars only
    UiText contextMenuText = UiText::Count;   // its entry there
};

/// Every registered command, for those who list them (the context menu).
const std::vector<Command>& registeredCommands();

/// Registers a capability's commands when the component library is loaded:
///     const CommandRegistration registration(kCommands);   // at namespace scope
class CommandRegistration
{
public:
    template <std::size_t N>
    explicit CommandRegistration(const Command (&commands)[N]) : CommandRegistration(commands, N)
    {
    }

private:
    CommandRegistration(const Command* commands, std::size_t count);
};

/// The registered command of that name, or nullptr if there is none.
const Command* findCommand(std::u16string_view name);

/// The Writer document of the command's frame, or empty after telling the user that the
/// command works in Writer only.
css::uno::Reference<css::text::XTextDocument> writerDocumentOrTell(const CommandContext& command);

} // namespace gongwen::ext
