// The commands behind our org.gongwen: URLs.
#pragma once

#include <core/common/language.hpp>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string_view>

namespace gongwen::ext
{

struct CommandContext
{
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    core::Language language;
};

using CommandFunction = void (*)(const CommandContext&);

/// What a command does to the document of its frame.
enum class CommandEffect
{
    ReadsOnly, // checks, lists, creates new documents
    Edits,     // refused, and shown disabled, while the document is read-only
};

struct Command
{
    std::u16string_view name; // after "org.gongwen:"
    CommandFunction run;
    CommandEffect effect;
};

/// The Writer document of the command's frame, or empty after telling the user that the
/// command works in Writer only.
css::uno::Reference<css::text::XTextDocument> writerDocumentOrTell(const CommandContext& command);

/// The command of that name (after "org.gongwen:"), or nullptr if there is none.
const Command* findCommand(std::u16string_view name);

} // namespace gongwen::ext
