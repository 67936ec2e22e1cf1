// SPDX-License-Identifier: MPL-2.0
// org.gongwen.LayoutFormatter: 一键排版 and 版式检查 behind the public API, and the 一键排版
// command.
#include "LayoutApply.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Commands.hxx"
#include "../common/Component.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/FindingConversion.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XLayoutFormatter.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

class LayoutFormatter
    : public cppu::WeakImplHelper2<org::gongwen::XLayoutFormatter, lang::XServiceInfo>
{
public:
    explicit LayoutFormatter(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Sequence<org::gongwen::Finding>
        SAL_CALL checkLayout(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall("checkLayout", language(),
                            [&] {
                                return toApiFindings(
                                    ext::checkLayout(m_context, document, language()), language());
                            });
    }

    sal_Int32 SAL_CALL applyLayout(const uno::Reference<text::XTextDocument>& document,
                                   const OUString& profile) override
    {
        return guardApiCall(
            "applyLayout", language(),
            [&]
            {
                if (!document.is())
                    refuse(ascii("document is null"), 1);
                const core::LayoutProfile& chosen = profile.isEmpty()
                                                        ? defaultLayoutProfile(m_context)
                                                        : requireLayoutProfile(profile, language());
                return ext::applyLayout(m_context, document, chosen, language()).paragraphs;
            });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kLayoutFormatterImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kLayoutFormatterService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Reference<uno::XComponentContext> m_context;
};

// The profile the command names (org.gongwen:LayOut?profile=gbt9704-local, from the 版式方案
// submenu), else the one the document was laid out with, else the default.
const core::LayoutProfile& commandProfile(const CommandContext& command,
                                          const uno::Reference<text::XTextDocument>& document)
{
    const OUString named = commandArgument(command, u"profile");
    return named.isEmpty() ? rememberedLayoutProfile(command.context, document)
                           : requireLayoutProfile(named, command.language);
}

// org.gongwen:LayOut (一键排版), then a summary (after the edit is closed).
void layOutCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    const core::LayoutProfile* chosen = nullptr;
    try
    {
        chosen = &commandProfile(command, document);
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
        return;
    }
    const core::LayoutProfile& profile = *chosen;
    // Said before anything changes: Writer cannot undo a page-style change and forgets its undo
    // history.
    if (layoutChangesPage(document, profile) &&
        !askYesNo(command.context, command.frame,
                  uiText(command.language, UiText::LayoutPageQuestion)))
        return;
    LayoutResult result;
    try
    {
        result = applyLayout(command.context, document, profile, command.language);
    }
    catch (const lang::IllegalArgumentException& e)
    {
        showMessage(command.context, command.frame, MessageKind::Warning, e.Message);
        return;
    }
    OUString text = uiText(
        command.language, UiText::LayoutDone,
        {toOUString(profile.name.pick(command.language)), OUString::number(result.paragraphs)});
    if (!result.substitutions.empty())
    {
        text += uiText(command.language, UiText::LayoutSubstituted);
        for (const FontSubstitution& s : result.substitutions)
            text += ascii("\n") + s.style + ascii(" (") + s.fontRole + toOUString(u") → ") + s.font;
    }
    showMessage(command.context, command.frame, MessageKind::Info, text);
}

const Command kCommands[] = {{u"LayOut", &layOutCommand, CommandEffect::Edits}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_LayoutFormatter_get_implementation(uno::XComponentContext* context,
                                                    const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::LayoutFormatter>(context);
}
