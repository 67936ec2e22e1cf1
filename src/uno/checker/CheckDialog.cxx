#include "CheckDialog.hxx"

#include "../common/DocumentText.hxx"
#include "StructureEdits.hxx"

#include "../common/Dialogs.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/Progress.hxx"
#include "../common/UiStrings.hxx"

#include <checker.hpp>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase2.hxx>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kExcerptContext = 12; // characters shown on each side of a finding

sal_Int32 paragraphCountEstimate(const uno::Reference<text::XTextDocument>& document)
{
    try
    {
        uno::Reference<document::XDocumentPropertiesSupplier> supplier(document, uno::UNO_QUERY_THROW);
        for (const beans::NamedValue& v : supplier->getDocumentProperties()->getDocumentStatistics())
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
        : m_command(command), m_document(document)
    {
    }

    void run()
    {
        m_dialog = loadDialog(m_command.context, m_command.frame, "CheckResults.xdl");
        setTexts();
        recheck();
        attachListeners();
        executeAndDispose(m_dialog);
    }

    void onSelect() { showDetail(selectedIndex()); }

    void onButton(const OUString& command)
    {
        if (command == "Fix")
            fixSelected();
        else if (command == "Renumber")
            renumberAll();
        else if (command == "Recheck")
            recheck();
    }

    const CommandContext& command() const { return m_command; }

private:
    OUString text(UiText id) const { return uiText(m_command.language, id); }

    void setTexts()
    {
        setControlProperty(m_dialog, "", "Title", uno::Any(text(UiText::CheckTitle)));
        setControlProperty(m_dialog, "FixButton", "Label", uno::Any(text(UiText::CheckButtonFix)));
        setControlProperty(m_dialog, "RenumberButton", "Label", uno::Any(text(UiText::CheckButtonRenumber)));
        setControlProperty(m_dialog, "RecheckButton", "Label", uno::Any(text(UiText::CheckButtonRecheck)));
        setControlProperty(m_dialog, "CloseButton", "Label", uno::Any(text(UiText::ButtonClose)));
        for (const char* label : {"Summary", "Detail"})
            setControlProperty(m_dialog, label, "NoLabel", uno::Any(true));
    }

    uno::Reference<awt::XControlContainer> controls() const
    {
        return uno::Reference<awt::XControlContainer>(m_dialog, uno::UNO_QUERY_THROW);
    }

    uno::Reference<awt::XListBox> list() const
    {
        return uno::Reference<awt::XListBox>(controls()->getControl(ascii("FindingList")), uno::UNO_QUERY_THROW);
    }

    void attachListeners();

    // Reads the document again and lists what the checker finds.
    void recheck()
    {
        {
            Progress progress(m_command.frame, text(UiText::CheckProgress), paragraphCountEstimate(m_document));
            m_body = readBody(m_document, progress.indicator());
        }
        m_findings = core::checkParagraphs(paragraphViews(m_body), labelLengths(m_body));
        fillList();
    }

    void fillList()
    {
        auto box = list();
        box->removeItems(0, box->getItemCount());
        uno::Sequence<OUString> entries(static_cast<sal_Int32>(m_findings.size()));
        for (std::size_t i = 0; i < m_findings.size(); ++i)
            entries.getArray()[i] = listEntry(m_findings[i]);
        box->addItems(entries, 0);
        setControlProperty(m_dialog, "Summary", "Label", uno::Any(summary()));
        if (!m_findings.empty())
            box->selectItemPos(0, true);
        showDetail(m_findings.empty() ? -1 : 0);
        setControlProperty(m_dialog, "RenumberButton", "Enabled", uno::Any(true));
    }

    OUString summary() const
    {
        if (m_findings.empty())
            return text(UiText::CheckSummaryNone);
        sal_Int32 counts[3] = {0, 0, 0};
        for (const core::Finding& f : m_findings)
            ++counts[static_cast<int>(f.severity)];
        return uiText(m_command.language, UiText::CheckSummary,
                      {OUString::number(static_cast<sal_Int64>(m_findings.size())), OUString::number(counts[2]),
                       OUString::number(counts[1]), OUString::number(counts[0])});
    }

    OUString listEntry(const core::Finding& f) const
    {
        const OUString paragraph = uiText(m_command.language, UiText::CheckParagraph,
                                          {OUString::number(static_cast<sal_Int64>(f.paragraph + 1))});
        const OUString rule = toOUString(core::ruleTitle(f.ruleId).pick(m_command.language));
        return paragraph + toOUString(u"  ·  ") + rule + toOUString(u"  ·  ") + message(f);
    }

    OUString message(const core::Finding& f) const
    {
        return toOUString(m_command.language == core::Language::ChineseSimplified ? f.messageZh : f.messageEn);
    }

    OUString excerpt(const core::Finding& f) const
    {
        const OUString p = toOUString(m_body[f.paragraph].ownText());
        const sal_Int32 start = static_cast<sal_Int32>(f.start), end = start + static_cast<sal_Int32>(f.length);
        const sal_Int32 from = std::max<sal_Int32>(0, start - kExcerptContext);
        const sal_Int32 to = std::min(p.getLength(), end + kExcerptContext);
        return (from > 0 ? toOUString(u"…") : OUString()) + p.copy(from, start - from) + toOUString(u"【") +
               p.copy(start, end - start) + toOUString(u"】") + p.copy(end, to - end) +
               (to < p.getLength() ? toOUString(u"…") : OUString());
    }

    sal_Int32 selectedIndex() const
    {
        const sal_Int16 pos = list()->getSelectedItemPos();
        return pos >= 0 && static_cast<std::size_t>(pos) < m_findings.size() ? pos : -1;
    }

    // Shows the finding's message, text and suggestion, and selects it in the document.
    void showDetail(sal_Int32 index)
    {
        if (index < 0)
        {
            setControlProperty(m_dialog, "Detail", "Label", uno::Any(OUString()));
            setControlProperty(m_dialog, "FixButton", "Enabled", uno::Any(false));
            return;
        }
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        OUString detail = message(f) + ascii("\n") + text(UiText::CheckExcerpt) + excerpt(f) + ascii("\n");
        detail += f.suggestions.empty() ? text(UiText::CheckNoSuggestion)
                                        : text(UiText::CheckSuggestion) + toOUString(f.suggestions.front());
        setControlProperty(m_dialog, "Detail", "Label", uno::Any(detail));
        setControlProperty(m_dialog, "FixButton", "Enabled", uno::Any(!f.suggestions.empty()));
        selectInDocument(f);
    }

    void selectInDocument(const core::Finding& f)
    {
        const BodyElement& element = m_body[f.paragraph];
        if (!element.paragraph.is())
            return;
        auto cursor = selectInParagraph(m_document, element, static_cast<sal_Int32>(f.start),
                                        static_cast<sal_Int32>(f.length));
        uno::Reference<view::XSelectionSupplier> selection(m_document->getCurrentController(), uno::UNO_QUERY);
        if (selection.is())
            selection->select(uno::Any(cursor));
    }

    void fixSelected()
    {
        const sal_Int32 index = selectedIndex();
        if (index < 0 || m_findings[static_cast<std::size_t>(index)].suggestions.empty())
            return;
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        replaceInParagraph(m_document, m_body, static_cast<sal_Int32>(f.paragraph), static_cast<sal_Int32>(f.start),
                           static_cast<sal_Int32>(f.length), toOUString(f.suggestions.front()), m_command.language);
        recheck();
        if (!m_findings.empty())
        {
            const auto next = static_cast<sal_Int16>(std::min<std::size_t>(index, m_findings.size() - 1));
            list()->selectItemPos(next, true);
            showDetail(next);
        }
    }

    // The outcome goes into the summary line, not a message box: no extra click.
    void renumberAll()
    {
        const sal_Int32 changed = renumberDocument(m_document, m_command.language);
        if (changed > 0)
            recheck();
        const OUString outcome = changed == 0 ? text(UiText::CheckRenumberNothing)
                                              : uiText(m_command.language, UiText::CheckRenumberDone,
                                                       {OUString::number(changed)});
        setControlProperty(m_dialog, "Summary", "Label", uno::Any(outcome + ascii(" ") + summary()));
    }

    CommandContext m_command;
    uno::Reference<text::XTextDocument> m_document;
    uno::Reference<awt::XDialog> m_dialog;
    std::vector<BodyElement> m_body;
    std::vector<core::Finding> m_findings;
};

// Forwards dialog events to the session; every handler reports its own failures.
class CheckListener : public cppu::WeakImplHelper2<awt::XActionListener, awt::XItemListener>
{
public:
    explicit CheckListener(CheckSession& session) : m_session(session) {}

    void SAL_CALL actionPerformed(const awt::ActionEvent& event) override
    {
        runGuarded(m_session.command().context, m_session.command().frame,
                   [&] { m_session.onButton(event.ActionCommand); });
    }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override
    {
        runGuarded(m_session.command().context, m_session.command().frame, [&] { m_session.onSelect(); });
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    CheckSession& m_session;
};

void CheckSession::attachListeners()
{
    auto* listener = new CheckListener(*this);
    const uno::Reference<awt::XItemListener> itemListener(listener);
    const uno::Reference<awt::XActionListener> actionListener(listener);
    list()->addItemListener(itemListener);
    const std::pair<const char*, const char*> buttons[] = {
        {"FixButton", "Fix"}, {"RenumberButton", "Renumber"}, {"RecheckButton", "Recheck"}};
    for (const auto& [name, actionCommand] : buttons)
    {
        uno::Reference<awt::XButton> button(controls()->getControl(ascii(name)), uno::UNO_QUERY_THROW);
        button->setActionCommand(ascii(actionCommand));
        button->addActionListener(actionListener);
    }
}

} // namespace

void showCheckDialog(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    CheckSession session(command, document);
    session.run();
}

} // namespace gongwen::ext
