// SPDX-License-Identifier: MPL-2.0
#include "../common/CheckSettings.hxx"
#include "../common/Commands.hxx"

#include "SectionInserter.hxx"
#include "TemplateCatalog.hxx"

#include "../common/Dialogs.hxx"
#include "../common/EntryGuard.hxx"
#include "../common/UiStrings.hxx"

#include <core/text/numerals.hpp>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <osl/file.hxx>

#include <optional>

using namespace css;

namespace gongwen::ext
{
namespace
{

class InsertSession
{
public:
    InsertSession(const CommandContext& command,
                  const uno::Reference<text::XTextDocument>& document)
        : m_command(command), m_document(document),
          m_catalog(loadCatalog(command.context, command.language))
    {
        uno::Reference<text::XTextViewCursorSupplier> views(document->getCurrentController(),
                                                            uno::UNO_QUERY_THROW);
        m_cursor.set(views->getViewCursor(), uno::UNO_QUERY_THROW);
    }

    void run();
    void onCategory() { fillTemplates(); }
    void onTemplate() { showTemplate(); }
    void onOptions() { updatePreview(); }
    void onInsert();
    const CommandContext& command() const { return m_command; }

private:
    OUString text(UiText id) const { return uiText(m_command.language, id); }
    uno::Reference<awt::XControlContainer> controls() const
    {
        return uno::Reference<awt::XControlContainer>(m_dialog->dialog(), uno::UNO_QUERY_THROW);
    }
    template <class Interface> uno::Reference<Interface> control(const char* name) const
    {
        return uno::Reference<Interface>(controls()->getControl(ascii(name)), uno::UNO_QUERY_THROW);
    }

    void setTexts()
    {
        for (const char* name : {"CategoryLabel", "TemplateLabel", "PreviewLabel", "LevelLabel",
                                 "ItemsLabel", "Description", "Notes"})
            m_dialog->set(name, "NoLabel", uno::Any(true));
        auto levels = control<awt::XListBox>("LevelList");
        for (sal_Int16 level = 1; level <= 4; ++level)
            levels->addItem(uiText(m_command.language, UiText::SectionsLevelName,
                                   {m_command.language == core::Language::ChineseSimplified
                                        ? toOUString(core::formatChineseNumeral(level))
                                        : OUString::number(level)}),
                            static_cast<sal_Int16>(level - 1));
        m_dialog->set("Notes", "Label", uno::Any(notes()));
    }

    OUString notes() const
    {
        if (m_catalog.problems.empty())
        {
            OUString path;
            osl::FileBase::getSystemPathFromFileURL(userTemplateFolder(m_command.context), path);
            return text(UiText::SectionsUserFolder) + path;
        }
        OUString list = text(UiText::SectionsProblems);
        for (const OUString& p : m_catalog.problems)
            list += ascii("\n") + p;
        return list;
    }

    std::vector<OUString> categories() const
    {
        std::vector<OUString> names;
        for (const core::SectionTemplate& t : m_catalog.templates)
        {
            const OUString c = pick(m_command.language, t.categoryZh, t.categoryEn);
            if (std::find(names.begin(), names.end(), c) == names.end())
                names.push_back(c);
        }
        return names;
    }

    void fillCategories()
    {
        auto box = control<awt::XListBox>("CategoryList");
        const auto names = categories();
        box->addItems(uno::Sequence<OUString>(names.data(), static_cast<sal_Int32>(names.size())),
                      0);
        if (!names.empty())
            box->selectItemPos(0, true);
        fillTemplates();
    }

    void fillTemplates()
    {
        const OUString category = control<awt::XListBox>("CategoryList")->getSelectedItem();
        m_shown.clear();
        auto box = control<awt::XListBox>("TemplateList");
        box->removeItems(0, box->getItemCount());
        for (const core::SectionTemplate& t : m_catalog.templates)
            if (pick(m_command.language, t.categoryZh, t.categoryEn) == category)
            {
                m_shown.push_back(&t);
                box->addItem(pick(m_command.language, t.titleZh, t.titleEn), box->getItemCount());
            }
        if (!m_shown.empty())
            box->selectItemPos(0, true);
        showTemplate();
    }

    const core::SectionTemplate* selected() const
    {
        const sal_Int16 pos = control<awt::XListBox>("TemplateList")->getSelectedItemPos();
        return pos >= 0 && static_cast<std::size_t>(pos) < m_shown.size()
                   ? m_shown[static_cast<std::size_t>(pos)]
                   : nullptr;
    }

    // A new template: its description, its own level and item count, and the preview.
    void showTemplate()
    {
        const core::SectionTemplate* t = selected();
        m_dialog->set("Description", "Label",
                      uno::Any(t ? pick(m_command.language, t->descriptionZh, t->descriptionEn)
                                 : OUString()));
        const bool hasLevel = t && t->level > 0, hasItems = t && t->hasItems();
        m_dialog->set("LevelList", "Enabled", uno::Any(hasLevel));
        m_dialog->set("ItemsField", "Enabled", uno::Any(hasItems));
        m_dialog->set("InsertButton", "Enabled", uno::Any(t != nullptr));
        if (hasLevel)
            control<awt::XListBox>("LevelList")
                ->selectItemPos(static_cast<sal_Int16>(t->level - 1), true);
        if (hasItems)
            control<awt::XNumericField>("ItemsField")->setValue(t->defaultItems);
        updatePreview();
    }

    int level() const { return control<awt::XListBox>("LevelList")->getSelectedItemPos() + 1; }
    int items() const
    {
        return static_cast<int>(control<awt::XNumericField>("ItemsField")->getValue());
    }

    InsertionTarget plan(const core::SectionTemplate& t) const
    {
        return planSectionInsertion(m_document, m_cursor, t, t.level > 0 ? level() : 0,
                                    t.hasItems() ? items() : 0, checkOptions(m_command.context),
                                    m_command.language);
    }

    void updatePreview()
    {
        OUString preview;
        if (const core::SectionTemplate* t = selected())
        {
            try
            {
                const InsertionTarget target = plan(*t);
                for (const core::PlannedParagraph& p : target.plan.paragraphs)
                    preview += toOUString(p.text) + ascii("\n");
            }
            catch (const lang::IllegalArgumentException& e)
            {
                preview = e.Message;
            }
        }
        control<awt::XTextComponent>("Preview")->setText(preview);
    }

    void attachListeners();

    CommandContext m_command;
    uno::Reference<text::XTextDocument> m_document;
    uno::Reference<text::XTextRange> m_cursor;
    LoadedCatalog m_catalog;
    std::vector<const core::SectionTemplate*> m_shown;
    std::optional<ScopedDialog> m_dialog;
    std::vector<FontSubstitution> m_substitutions;
    bool m_inserted = false;
};

void InsertSession::attachListeners()
{
    m_dialog->onSelect("CategoryList", [this] { onCategory(); });
    m_dialog->onSelect("TemplateList", [this] { onTemplate(); });
    m_dialog->onAction("TemplateList", [this] { onInsert(); }); // double-click inserts
    m_dialog->onSelect("LevelList", [this] { onOptions(); });
    m_dialog->onTextChange("ItemsField", [this] { onOptions(); });
    m_dialog->onAction("InsertButton", [this] { onInsert(); });
}

void InsertSession::onInsert()
{
    const core::SectionTemplate* t = selected();
    if (!t || m_inserted)
        return;
    m_substitutions = insertSection(m_command.context, m_document, plan(*t), m_command.language);
    m_inserted = true;
    m_dialog->endExecute();
}

void InsertSession::run()
{
    m_dialog.emplace(m_command.context, m_command.frame, "InsertSection.xdl");
    setTexts();
    fillCategories();
    attachListeners();
    m_dialog->execute();
    m_dialog.reset(); // before any message box: the dialog is gone on every path
    if (m_substitutions.empty())
        return;
    OUString message = text(UiText::SectionsSubstituted);
    for (const FontSubstitution& s : m_substitutions)
        message += ascii("\n") + s.style + ascii(" (") + s.fontRole + toOUString(u") → ") +
                   (s.font.isEmpty() ? text(UiText::SectionsFontMissing) : s.font);
    showMessage(m_command.context, m_command.frame, MessageKind::Info, message);
}

// org.gongwen:InsertSection — the catalog of standard sections, inserted at the cursor.
void showInsertSectionDialog(const CommandContext& command)
{
    const auto document = writerDocumentOrTell(command);
    if (!document.is())
        return;
    InsertSession session(command, document);
    session.run();
}

const Command kCommands[] = {{u"InsertSection", &showInsertSectionDialog, CommandEffect::Edits}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
