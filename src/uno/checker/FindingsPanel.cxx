// SPDX-License-Identifier: MPL-2.0
// The 公文助手 deck of Writer's sidebar (extension/registry/Sidebar.xcu, deck GongwenDeck): the
// findings of the document grouped by family (结构, 数量, 占位符, 标点, 数字, 错别字, 易混词, 版式)
// with their counts, not modal: choosing one selects its text, 修正 applies its suggestion,
// 全部重新编号 and 一键排版 act on the document, and the list follows edits by itself — checked
// again a moment after the user stops typing, keeping the user's place. A document whose check
// takes long is checked only on 重新检查, so that typing never waits for it.
//
// Registered as the panel "Findings" (common/Panels); its window is dialogs/FindingsPanel.xdl.
#include "../statistics/DataChecks.hxx"
#include "FindingsText.hxx"
#include "StructureEdits.hxx"

#include "../common/CheckSettings.hxx"
#include "../common/Component.hxx"
#include "../common/Dialogs.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/FindingConversion.hxx"
#include "../common/Help.hxx"
#include "../common/Names.hxx"
#include "../common/Panels.hxx"
#include "../common/UiStrings.hxx"

#include <core/checker/checker.hpp>

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <org/gongwen/XLayoutFormatter.hpp>

#include <chrono>
#include <memory>
#include <set>

using namespace css;

namespace gongwen::ext
{
namespace
{

// A finding's place, to find it again after a new check.
struct Place
{
    std::string ruleId;
    std::size_t paragraph = 0, start = 0;
    bool operator==(const Place& o) const
    {
        return ruleId == o.ruleId && paragraph == o.paragraph && start == o.start;
    }
};

class FindingsPanel : public SidebarPanel
{
public:
    FindingsPanel(const uno::Reference<uno::XComponentContext>& context,
                  const uno::Reference<frame::XFrame>& frame,
                  const uno::Reference<awt::XWindow>& parent)
        : SidebarPanel(context, frame, parent, u"Findings", "FindingsPanel.xdl")
    {
        m_events->onSelect("FindingList", [this] { showSelected(); });
        m_events->onSelect("HidePlaceholders", [this] { fillList(); });
        m_events->onAction("FixButton", [this] { fixSelected(); });
        m_events->onAction("RecheckButton", [this] { recheck(); });
        m_events->onAction("AddWordButton", [this] { addSelectedWord(); });
        m_events->onAction("RenumberButton", [this] { renumberAll(); });
        m_events->onAction("LayoutButton", [this] { dispatch("org.gongwen:LayOut"); });
        m_document.set(frame->getController()->getModel(), uno::UNO_QUERY);
        listenTo(m_document);
    }

private:
    // After an edit the workbook is not opened again: its figures do not change with the report.
    void checkAgain() override { recheck(WorkbookRead::KnownFirst); }

    // Reads the document and checks it: the structure rules from the core, the layout rules
    // through the public API (another capability). Keeps the user's place in the list.
    void recheck(WorkbookRead read = WorkbookRead::Open)
    {
        if (!m_document.is())
            return;
        const Place keep = selectedPlace();
        timedCheck(
            [&]
            {
                m_body = readBody(m_document, {});
                m_options = checkOptions(m_context);
                m_findings =
                    core::checkParagraphs(paragraphViews(m_body), labelLengths(m_body), m_options);
                addOfficeDataFindings(m_context, m_document, m_body, m_options, m_language,
                                      m_findings, read);
                appendLayoutFindings();
            });
        fillList(keep);
    }

    void appendLayoutFindings()
    {
        try
        {
            uno::Reference<lang::XMultiComponentFactory> factory = m_context->getServiceManager();
            uno::Reference<uno::XInterface> formatter =
                factory->createInstanceWithContext(ascii("org.gongwen.LayoutFormatter"), m_context);
            uno::Reference<org::gongwen::XLayoutFormatter> layout(formatter, uno::UNO_QUERY);
            if (!layout.is() || !isLaidOut())
                return; // a draft not laid out yet: its layout findings would drown the rest
            for (const org::gongwen::Finding& f : layout->checkLayout(m_document))
                m_findings.push_back(fromApiFinding(f));
        }
        catch (...)
        {
        }
    }

    // Layout findings matter once the user has laid the document out (it remembers its profile).
    bool isLaidOut() const;

    uno::Reference<awt::tree::XTreeControl> tree() const
    {
        return control<awt::tree::XTreeControl>("FindingList");
    }

    // The tree control's model, which holds its data model.
    uno::Reference<beans::XPropertySet> treeModel() const
    {
        return uno::Reference<beans::XPropertySet>(
            uno::Reference<awt::XControl>(tree(), uno::UNO_QUERY_THROW)->getModel(),
            uno::UNO_QUERY_THROW);
    }

    // The finding of the row chosen in the tree, or -1 (nothing chosen, or a group).
    sal_Int32 selectedIndex() const
    {
        uno::Reference<awt::tree::XMutableTreeNode> node(tree()->getSelection(), uno::UNO_QUERY);
        sal_Int32 index = -1;
        if (!node.is() || !(node->getDataValue() >>= index) || index < 0 ||
            static_cast<std::size_t>(index) >= m_findings.size())
            return -1;
        return index;
    }

    Place selectedPlace() const
    {
        const sal_Int32 index = selectedIndex();
        if (index < 0)
            return {};
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        return Place{f.ruleId, f.paragraph, f.start};
    }

    // The groups the user has folded, by name ("结构"): they stay folded when the tree is filled
    // again after an edit.
    std::set<OUString> foldedGroups() const
    {
        std::set<OUString> folded;
        const auto view = tree();
        uno::Reference<awt::tree::XTreeDataModel> data(
            treeModel()->getPropertyValue(ascii("DataModel")), uno::UNO_QUERY);
        if (!data.is() || !data->getRoot().is())
            return folded;
        const auto root = data->getRoot();
        for (sal_Int32 i = 0; i < root->getChildCount(); ++i)
        {
            uno::Reference<awt::tree::XMutableTreeNode> group(root->getChildAt(i), uno::UNO_QUERY);
            OUString name;
            if (group.is() && (group->getDataValue() >>= name) &&
                !view->isNodeExpanded(uno::Reference<awt::tree::XTreeNode>(group, uno::UNO_QUERY)))
                folded.insert(name);
        }
        return folded;
    }

    bool hidden(const core::Finding& f) const
    {
        return core::familyOf(f.ruleId) == core::RuleFamily::Placeholder &&
               control<awt::XCheckBox>("HidePlaceholders")->getState() == 1;
    }

    // A tree: the groups ("结构（2）"), which fold, and the findings under them; a node's value
    // is its finding's index, or for a group its name. Keeps the user's place and folds.
    void fillList(const Place& keep = {})
    {
        const auto view = tree();
        const std::set<OUString> folded = foldedGroups();
        const GroupedRows grouped = groupedRows(
            m_findings, m_language, [this](const core::Finding& f) { return hidden(f); });
        const uno::Reference<awt::tree::XMutableTreeDataModel> data(
            m_context->getServiceManager()->createInstanceWithContext(
                ascii("com.sun.star.awt.tree.MutableTreeDataModel"), m_context),
            uno::UNO_QUERY_THROW);
        const auto root = data->createNode(uno::Any(OUString()), true);
        data->setRoot(root);
        std::vector<uno::Reference<awt::tree::XMutableTreeNode>> groups;
        uno::Reference<awt::tree::XMutableTreeNode> kept;
        for (std::size_t row = 0; row < grouped.rows.size(); ++row)
        {
            const sal_Int32 index = grouped.finding[row];
            if (index < 0)
            {
                const OUString header = groupHeader(grouped.rows[row]);
                const auto group = data->createNode(uno::Any(header), true);
                group->setDataValue(uno::Any(groupName(header)));
                root->appendChild(group);
                groups.push_back(group);
                continue;
            }
            const auto node = data->createNode(uno::Any(grouped.rows[row].trim()), false);
            node->setDataValue(uno::Any(index));
            if (!groups.empty())
                groups.back()->appendChild(node);
            const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
            if (Place{f.ruleId, f.paragraph, f.start} == keep)
                kept = node;
        }
        {
            // Our own changes of the tree are not the user's choice: the document's selection
            // must not move while the user types.
            const OwnChanges filling(m_filling);
            treeModel()->setPropertyValue(
                ascii("DataModel"),
                uno::Any(uno::Reference<awt::tree::XTreeDataModel>(data, uno::UNO_QUERY)));
            for (const auto& group : groups)
            {
                OUString name;
                group->getDataValue() >>= name;
                if (folded.count(name) == 0 ||
                    (kept.is() && kept->getParent() ==
                                      uno::Reference<awt::tree::XTreeNode>(group, uno::UNO_QUERY)))
                    expand(view, group);
            }
            if (kept.is())
                view->select(uno::Any(uno::Reference<awt::tree::XTreeNode>(kept, uno::UNO_QUERY)));
        }
        setLabel(
            "Summary",
            findingsSummary(m_findings, m_language) +
                (automatic() ? OUString() : ascii("\n") + uiText(m_language, UiText::PanelManual)));
        showDetail(selectedIndex(), false);
        const bool editable = !isReadOnly(m_document);
        enable("RenumberButton", editable);
        enable("LayoutButton", editable);
    }

    // "▼ 结构（2）" as the tree shows it ("结构（2）": the tree has its own handles), and its name.
    static OUString groupHeader(const OUString& row)
    {
        const OUString arrow = toOUString(u"▼ ");
        return row.startsWith(arrow) ? row.copy(arrow.getLength()) : row;
    }
    static OUString groupName(const OUString& header)
    {
        sal_Int32 end = header.indexOf(u'（');
        if (end < 0)
            end = header.lastIndexOf(ascii(" ("));
        return end < 0 ? header : header.copy(0, end);
    }

    static void expand(const uno::Reference<awt::tree::XTreeControl>& view,
                       const uno::Reference<awt::tree::XMutableTreeNode>& group)
    {
        try
        {
            view->expandNode(uno::Reference<awt::tree::XTreeNode>(group, uno::UNO_QUERY));
        }
        catch (const uno::Exception&)
        {
            // a listener vetoed: the group stays folded
        }
    }

    void showSelected()
    {
        if (!m_filling)
            showDetail(selectedIndex(), true);
    }

    void showDetail(sal_Int32 index, bool selectInDocument)
    {
        if (index < 0)
        {
            setLabel("Detail", uiText(m_language, UiText::PanelHint));
            enable("FixButton", false);
            enable("AddWordButton", false);
            return;
        }
        const core::Finding& f = m_findings[static_cast<std::size_t>(index)];
        setLabel("Detail", findingDetail(f, m_body, m_language));
        enable("FixButton", !f.suggestions.empty() && !isReadOnly(m_document) &&
                                core::familyOf(f.ruleId) != core::RuleFamily::Other);
        enable("AddWordButton", !f.word.empty()); // a typo's word: the user may declare it meant
        if (selectInDocument)
            selectFinding(m_document, m_body, f);
    }

    // The finding chosen in the tree, or nullptr.
    const core::Finding* selectedFinding() const
    {
        const Place place = selectedPlace();
        const auto found = std::find_if(m_findings.begin(), m_findings.end(),
                                        [&](const core::Finding& f) {
                                            return Place{f.ruleId, f.paragraph, f.start} == place;
                                        });
        return found == m_findings.end() ? nullptr : &*found;
    }

    void fixSelected()
    {
        const core::Finding* found = selectedFinding();
        if (!found || found->suggestions.empty())
            return;
        const FindingFix fix{found->ruleId, static_cast<sal_Int32>(found->paragraph),
                             static_cast<sal_Int32>(found->start),
                             static_cast<sal_Int32>(found->length),
                             toOUString(found->suggestions.front())};
        OUString refusal;
        try
        {
            applyFix(m_context, m_document, fix, m_options, m_language);
        }
        catch (const lang::IllegalArgumentException& e)
        {
            refusal = e.Message;
        }
        recheck();
        if (!refusal.isEmpty())
            setLabel("Summary", refusal);
    }

    // 不是错字：加入词表 — the selected typo's word joins the user's word list, and no check
    // flags it again.
    void addSelectedWord()
    {
        const core::Finding* found = selectedFinding();
        if (!found || found->word.empty())
            return;
        try
        {
            addAllowedWord(m_context, found->word);
        }
        catch (...)
        {
            setLabel("Summary", uiText(m_language, UiText::WordListUnwritable));
            return;
        }
        recheck();
    }

    void renumberAll()
    {
        OUString outcome;
        try
        {
            const sal_Int32 changed =
                renumberDocument(m_document, checkOptions(m_context), m_language);
            outcome = changed == 0 ? uiText(m_language, UiText::CheckRenumberNothing)
                                   : uiText(m_language, UiText::CheckRenumberDone,
                                            {OUString::number(changed)});
        }
        catch (const lang::IllegalArgumentException& e)
        {
            outcome = e.Message;
        }
        recheck();
        setLabel("Summary", outcome + ascii(" ") + findingsSummary(m_findings, m_language));
    }

    // Another capability's command, as its menu entry runs it.
    void dispatch(const char* command) const
    {
        util::URL url;
        url.Complete = ascii(command);
        util::URLTransformer::create(m_context)->parseStrict(url);
        uno::Reference<frame::XDispatchProvider> provider(m_frame, uno::UNO_QUERY_THROW);
        if (const auto target = provider->queryDispatch(url, ascii("_self"), 0); target.is())
            target->dispatch(url, {});
    }

    uno::Reference<text::XTextDocument> m_document;
    std::vector<BodyElement> m_body;
    std::vector<core::Finding> m_findings;
    core::CheckOptions m_options;
    bool m_filling = false; // the tree is being filled
};

bool FindingsPanel::isLaidOut() const
{
    try
    {
        uno::Reference<beans::XPropertySet> properties(
            uno::Reference<document::XDocumentPropertiesSupplier>(m_document, uno::UNO_QUERY_THROW)
                ->getDocumentProperties()
                ->getUserDefinedProperties(),
            uno::UNO_QUERY_THROW);
        return properties->getPropertySetInfo()->hasPropertyByName(ascii("GongwenLayoutProfile"));
    }
    catch (...)
    {
        return false;
    }
}

uno::Reference<ui::XUIElement>
makeFindingsPanel(const uno::Reference<uno::XComponentContext>& context,
                  const uno::Reference<frame::XFrame>& frame,
                  const uno::Reference<awt::XWindow>& parent)
{
    return new FindingsPanel(context, frame, parent);
}

const Panel kPanels[] = {{u"Findings", &makeFindingsPanel}};
const PanelRegistration registration(kPanels);

} // namespace
} // namespace gongwen::ext
