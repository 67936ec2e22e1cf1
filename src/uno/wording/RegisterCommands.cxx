// SPDX-License-Identifier: MPL-2.0
// 公文助手 ▸ 口径库: 新建口径库 and 检查口径库.
#include "RegisterBook.hxx"

#include "../common/CheckSettings.hxx"
#include "../common/Commands.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr std::size_t kLinesShown = 25;

// org.gongwen:NewRegister (新建口径库)
void newRegisterCommand(const CommandContext& command) { newRegisterBook(command.context, command.language); }

// The report on a register: clean with its size, or its problems (the first kLinesShown).
OUString registerReport(const OUString& where, const RegisterSource& source, core::Language language, bool& clean)
{
    std::shared_ptr<const core::wording::Register> reg;
    const auto problems = registerProblems(source, &reg);
    clean = problems.empty();
    if (clean)
        return uiText(language, UiText::RegisterClean,
                      {where, OUString::number(static_cast<sal_Int64>(reg->people().size())),
                       OUString::number(static_cast<sal_Int64>(reg->organs().size())),
                       OUString::number(static_cast<sal_Int64>(reg->phrases().size())),
                       OUString::number(static_cast<sal_Int64>(reg->bannedWords().size()))});
    OUString text = uiText(language, UiText::RegisterProblems, {where, OUString::number(static_cast<sal_Int64>(problems.size()))});
    for (std::size_t i = 0; i < problems.size() && i < kLinesShown; ++i)
        text += "\n" + registerProblemText(problems[i], language);
    if (problems.size() > kLinesShown)
        text += "\n" + uiText(language, UiText::RegisterMore, {OUString::number(static_cast<sal_Int64>(problems.size() - kLinesShown))});
    return text;
}

// org.gongwen:CheckRegister (检查口径库): the register workbook open in this window, else the
// register in force.
void checkRegisterCommand(const CommandContext& command)
{
    const core::Settings s = settings(command.context); // also locates the typo model
    uno::Reference<sheet::XSpreadsheetDocument> book;
    if (command.frame.is() && command.frame->getController().is())
        book.set(command.frame->getController()->getModel(), uno::UNO_QUERY);
    std::optional<RegisterSource> source;
    OUString where;
    if (book.is() && (source = readRegisterBook(book)))
        where = uno::Reference<frame::XModel>(book, uno::UNO_QUERY_THROW)->getURL();
    else
    {
        where = registerLocation(command.context, s.registerLocation);
        try
        {
            source = readRegisterSource(command.context, where, command.language);
        }
        catch (const lang::IllegalArgumentException& e)
        {
            showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
            return;
        }
    }
    bool clean = false;
    const OUString report = registerReport(where, *source, command.language, clean);
    showMessage(command.context, command.frame, clean ? MessageKind::Info : MessageKind::Warning, report);
}

const Command kCommands[] = {
    {u"NewRegister", &newRegisterCommand, CommandEffect::ReadsOnly},
    {u"CheckRegister", &checkRegisterCommand, CommandEffect::ReadsOnly},
};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
