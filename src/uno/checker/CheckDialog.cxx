// SPDX-License-Identifier: MPL-2.0
#include "../common/Commands.hxx"

#include "../common/DocumentText.hxx"
#include "../statistics/DataChecks.hxx"
#include "FindingsText.hxx"
#include "StructureEdits.hxx"

#include "../common/CheckSettings.hxx"

#include "../common/Dialogs.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Progress.hxx"
#include "../common/UiStrings.hxx"

#include <core/checker/checker.hpp>

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

sal_Int32 paragraphCountEstimate(const uno::Reference<text::XTextDocument>& document)
{
    try
    {
        uno::Reference<document::XDocumentPropertiesSupplier> supplier(document,
                                                                       uno::UNO_QUERY_THROW);
        for (const beans::NamedValue& v :
             supplier->getDocumentProperties()->getDocumentStatistics())
            if (v.Name == "ParagraphCount")
                return std::max<sal_Int32>(v.Value.get<sal_Int32>(), 1);
    }
    catch (...)
    {
    }
    return 1000;
}

class CheckSession
{
public:
    CheckSession(const CommandContext& command, const uno::Reference<text::XTextDocument>& document)
        : m_command(command), m_document(document),
          m_dialog(command.context, command.frame, "CheckResults.xdl")
    {
    }

    void run()
    {
        setTexts();
        recheck();
        m_dialog.onSelect("FindingList", [this] { showDetail(selectedIndex()); });
        m_dialog.onAction("FixButton", [this] { fixSelected(); });
        m_dialog.onAction("RenumberButton", [this] { renumberAll(); });
        m_dialog.onAction("RecheckButton", [this] { recheck(); });
        m_dialog.execute();
    }

private:
    OUString text(UiText id) const { return uiText(m_command.language, id); }

    void setTexts()
    {
        for (const char* label : {"Summary", "Detail"})
            m_dialog.set(label, "NoLabel", uno::Any(true));
    }

    uno::Reference<awt::XControlContainer> controls() const
    {
        return uno::Reference<awt::XControlContainer>(m_dialog.dialog(), uno::UNO_QUERY_THROW);
    }

    uno::Reference<awt::XListBox> list() const
    {
        return uno::Reference<awt::XListBox>(controls()->getControl(ascii("FindingList")),
                                             uno::UNO_QUERY_THROW);
    }

    // Reads the document again and lists what the checker finds.
    void recheck()
    {
        {
            Progress progress(m_command.frame, text(UiText::CheckProgress),
                              paragraphCountEstimate(m_document));
            m_body = readBody(m_document, progress.indicator());
        }
        m_options = checkOptions(m_command.context);
        m_findings = core::checkParagraphs(paragraphViews(m_body), labelLengths(m_body), m_options);
        addOfficeDataFindings(m_command.context, m_document, m_body, m_options, m_command.language,
                              m_findings);
        fillList();
    }

    // Grouped as the sidebar groups them, structure first; the first finding chosen.
    void fillList()
    {
        auto box = list();
        box->removeItems(0, box->getItemCount());
        m_rows = groupedRows(m_findings, m_command.language);
        box->addItems(uno::Sequence<OUString>(m_rows.rows.data(),
                                              static_cast<sal_Int32>(m_rows.rows.size())),
                      0);
        m_dialog.set("Summary", "Label", uno::Any(summary()));
        if (!m_findings.empty())
            box->selectItemPos(m_rows.rowOf(firstListed()), true);
        showDetail(m_findings.empty() ? -1 : static_cast<sal_Int32>(firstListed()));
        m_dialog.set("RenumberButton", "Enabled", uno::Any(editable()));
    }

    // The finding the list shows first (the list is grouped, not in document order).
    std::size_t firstListed() const
    {
        for (sal_Int32 f : m_rows.finding)
            if (f >= 0)
                return static_cast<std::size_t>(f);
        return 0;
    }

    OUString summary() const { return findingsSummary(m_findings, m_command.language); }

    sal_Int32 selectedIndex() const
    {
        const sal_Int16 pos = list()->getSelectedItemPos();
        return pos >= 0 && static_cast<std::size_t>(pos) < m_rows.finding.size()
                   ? m_rows.finding[static_cast<std::size_t>(pos)] // -1 on a group's header
                   : -1;
    }

    // Shows the finding's message, text and suggestion, and selects it in the document.
    void showDetail(sal_Int32 index)
    {
        if (index < 0)
        {
            m_dialog.set("Detail", "Label", uno::Any(OUString()));
            m_dialog.set("FixButton", "Enabled", uno::Any(false));
            return;
        }
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        m_dialog.set("Detail", "Label", uno::Any(findingDetail(f, m_body, m_command.language)));
        m_dialog.set("FixButton", "Enabled", uno::Any(!f.suggestions.empty() && editable()));
        selectFinding(m_document, m_body, f);
    }

    bool editable() const { return !isReadOnly(m_document); }

    // A fix is refused (message in the summary line, findings read again) when the document
    // changed since the check or cannot be edited.
    void fixSelected()
    {
        const sal_Int32 index = selectedIndex();
        if (index < 0 || m_findings[static_cast<std::size_t>(index)].suggestions.empty())
            return;
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        const FindingFix fix{f.ruleId, static_cast<sal_Int32>(f.paragraph),
                             static_cast<sal_Int32>(f.start), static_cast<sal_Int32>(f.length),
                             toOUString(f.suggestions.front())};
        OUString refusal;
        try
        {
            applyFix(m_command.context, m_document, fix, m_options, m_command.language);
        }
        catch (const lang::IllegalArgumentException& e)
        {
            refusal = e.Message;
        }
        recheck();
        if (!refusal.isEmpty())
        {
            m_dialog.set("Summary", "Label", uno::Any(refusal + ascii(" ") + summary()));
            return;
        }
        if (!m_findings.empty())
        {
            const auto next = std::min<std::size_t>(static_cast<std::size_t>(index),
                                                    m_findings.size() - 1);
            list()->selectItemPos(m_rows.rowOf(next), true);
            showDetail(static_cast<sal_Int32>(next));
        }
    }

    // The outcome goes into the summary line, not a message box: no extra click.
    void renumberAll()
    {
        sal_Int32 changed = 0;
        OUString outcome;
        try
        {
            changed =
                renumberDocument(m_document, checkOptions(m_command.context), m_command.language);
            outcome = changed == 0 ? text(UiText::CheckRenumberNothing)
                                   : uiText(m_command.language, UiText::CheckRenumberDone,
                                            {OUString::number(changed)});
        }
        catch (const lang::IllegalArgumentException& e)
        {
            outcome = e.Message;
        }
        if (changed > 0)
            recheck();
        m_dialog.set("Summary", "Label", uno::Any(outcome + ascii(" ") + summary()));
    }

    CommandContext m_command;
    uno::Reference<text::XTextDocument> m_document;
    ScopedDialog m_dialog;
    std::vector<BodyElement> m_body;
    std::vector<core::Finding> m_findings;
    GroupedRows m_rows; // the list as shown: group headers and findings
    core::CheckOptions m_options; // those of m_findings: a fix checks again with them
};

// org.gongwen:CheckStructure — checks the Writer document and shows the findings in a dialog
// with 修正 (fix), 全部重新编号 (renumber all) and 重新检查 (check again).
void showCheckDialog(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    CheckSession session(command, document);
    session.run();
}

// The check dialog reads; its fix buttons are disabled on a read-only document.
// In the text context menu of every Writer view.
bool offerCheck(const uno::Reference<frame::XController>& controller, const uno::Any&)
{
    return uno::Reference<text::XTextDocument>(controller->getModel(), uno::UNO_QUERY).is();
}

const Command kCommands[] = {{u"CheckStructure", &showCheckDialog, CommandEffect::ReadsOnly,
                              &offerCheck, UiText::ContextCheckStructure}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
