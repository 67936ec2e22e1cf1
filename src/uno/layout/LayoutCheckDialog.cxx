// SPDX-License-Identifier: MPL-2.0
// org.gongwen:CheckLayout (版式检查…): the layout findings in the results dialog the structure
// check uses; its fix is 一键排版 itself.
#include "LayoutApply.hxx"

#include "../common/Commands.hxx"
#include "../common/Dialogs.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/UiStrings.hxx"

#include <core/layout/check.hpp>

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

class LayoutCheckSession
{
public:
    LayoutCheckSession(const CommandContext& command,
                       const uno::Reference<text::XTextDocument>& document)
        : m_command(command), m_document(document),
          m_dialog(command.context, command.frame, "CheckResults.xdl")
    {
    }

    void run()
    {
        m_dialog.set("", "Title", uno::Any(text(UiText::LayoutCheckTitle)));
        m_dialog.set("FixButton", "Label", uno::Any(text(UiText::LayoutCheckFix)));
        m_dialog.set("RenumberButton", "EnableVisible", uno::Any(false));
        for (const char* label : {"Summary", "Detail"})
            m_dialog.set(label, "NoLabel", uno::Any(true));
        recheck();
        m_dialog.onSelect("FindingList", [this] { showDetail(); });
        m_dialog.onAction("FixButton", [this] { layOut(); });
        m_dialog.onAction("RecheckButton", [this] { recheck(); });
        m_dialog.execute();
    }

private:
    OUString text(UiText id) const { return uiText(m_command.language, id); }

    void recheck()
    {
        m_findings = checkLayout(m_command.context, m_document, m_command.language);
        auto list = m_dialog.control<awt::XListBox>("FindingList");
        list->removeItems(0, list->getItemCount());
        for (const core::Finding& f : m_findings)
        {
            const OUString where =
                f.paragraph == core::kPageFinding
                    ? text(UiText::LayoutCheckPage)
                    : uiText(m_command.language, UiText::CheckParagraph,
                             {OUString::number(static_cast<sal_Int64>(f.paragraph + 1))});
            list->addItem(where + toOUString(u"  ·  ") + toOUString(f.message(m_command.language)),
                          list->getItemCount());
        }
        m_dialog.setText(
            "Summary", m_findings.empty()
                           ? text(UiText::LayoutCheckNone)
                           : uiText(m_command.language, UiText::LayoutCheckSummary,
                                    {OUString::number(static_cast<sal_Int64>(m_findings.size()))}));
        m_dialog.setText("Detail", OUString());
        m_dialog.set("FixButton", "Enabled",
                     uno::Any(!m_findings.empty() && !isReadOnly(m_document)));
    }

    void showDetail()
    {
        const sal_Int16 pos = m_dialog.control<awt::XListBox>("FindingList")->getSelectedItemPos();
        if (pos >= 0 && static_cast<std::size_t>(pos) < m_findings.size())
            m_dialog.setText("Detail", toOUString(m_findings[static_cast<std::size_t>(pos)].message(
                                           m_command.language)));
    }

    // The fix for every layout finding: 一键排版 (asking first when the page would change).
    void layOut()
    {
        const core::LayoutProfile& profile = rememberedLayoutProfile(m_command.context, m_document);
        if (layoutChangesPage(m_document, profile) &&
            !askYesNo(m_command.context, m_command.frame, text(UiText::LayoutPageQuestion)))
            return;
        OUString refusal;
        try
        {
            applyLayout(m_command.context, m_document, profile, m_command.language);
        }
        catch (const lang::IllegalArgumentException& e)
        {
            refusal = e.Message;
        }
        recheck();
        if (!refusal.isEmpty())
            m_dialog.setText("Summary", refusal);
    }

    CommandContext m_command;
    uno::Reference<text::XTextDocument> m_document;
    ScopedDialog m_dialog;
    std::vector<core::Finding> m_findings;
};

// org.gongwen:CheckLayout (版式检查…)
void checkLayoutCommand(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    LayoutCheckSession session(command, document);
    session.run();
}

const Command kCommands[] = {{u"CheckLayout", &checkLayoutCommand, CommandEffect::ReadsOnly}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
