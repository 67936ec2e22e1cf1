// SPDX-License-Identifier: MPL-2.0
// org.gongwen.OptionsPage: Tools ▸ Options ▸ 公文助手 ▸ 设置 (dialogs/Options.xdl). The options
// dialog calls it with "initialize" and "back" (show the settings) and "ok" (store them); what it
// shows and stores is core::Settings through the one accessor (common/CheckSettings).
#include "../common/CheckSettings.hxx"
#include "../common/Component.hxx"
#include "../common/Dialogs.hxx"
#include "../common/Help.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <core/common/finding.hpp>
#include <core/layout/styles.hpp>

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

using namespace css;

namespace gongwen::ext
{
namespace
{

// The page shows the rules of one group at a time (GroupList) as check boxes Rule0…Rule9,
// ticked when the rule is reported. The check boxes' tooltips name the rule's id, which
// gongwen-check's settings file and the API use.
OUString ruleBoxName(std::size_t i)
{
    return ascii("Rule") + OUString::number(static_cast<sal_Int64>(i));
}

const std::vector<core::RuleGroup>& ruleGroups()
{
    static const std::vector<core::RuleGroup> groups = core::settingsRuleGroups();
    return groups;
}

// "标点符号（6/7）": the group and how many of its rules are on.
OUString groupEntry(const core::RuleGroup& group, const std::vector<std::string>& disabled,
                    core::Language language)
{
    const auto on =
        std::count_if(group.rules.begin(), group.rules.end(),
                      [&](std::string_view id) {
                          return std::find(disabled.begin(), disabled.end(), id) == disabled.end();
                      });
    const OUString count = OUString::number(static_cast<sal_Int64>(on)) + ascii("/") +
                           OUString::number(static_cast<sal_Int64>(group.rules.size()));
    const OUString title = toOUString(group.title.pick(language));
    return language == core::Language::ChineseSimplified
               ? title + toOUString(u"（") + count + toOUString(u"）")
               : title + ascii(" (") + count + ascii(")");
}

class OptionsPage
    : public cppu::WeakImplHelper2<awt::XContainerWindowEventHandler, lang::XServiceInfo>
{
public:
    explicit OptionsPage(const uno::Reference<uno::XComponentContext>& context) : m_context(context)
    {
    }

    sal_Bool SAL_CALL callHandlerMethod(const uno::Reference<awt::XWindow>& window,
                                        const uno::Any& event, const OUString& method) override
    {
        if (method == "browseRegister")
            return browseRegister(window);
        if (method == "groupChosen" || method == "ruleToggled")
            return ruleEvent(window, method == "groupChosen");
        if (method != "external_event")
            return false;
        OUString what;
        event >>= what;
        try
        {
            uno::Reference<awt::XControlContainer> page(window, uno::UNO_QUERY_THROW);
            if (what == "ok")
            {
                collectTicks(page);
                storeSettings(m_context, read(page));
                storeAllowedWords(
                    m_context,
                    toView(control<awt::XTextComponent>(page, "AllowedField")->getText()));
            }
            else if (what == "initialize" || what == "back")
            {
                if (what == "initialize")
                {
                    resolveKeyTexts(page);
                    offerHelp(m_context, window, u"Options");
                }
                show(page, settings(m_context));
            }
            else
                return false;
            return true;
        }
        catch (...)
        {
            return false; // the options dialog goes on without this page's changes
        }
    }

    uno::Sequence<OUString> SAL_CALL getSupportedMethodNames() override
    {
        const OUString names[] = {ascii("external_event"), ascii("browseRegister"),
                                  ascii("groupChosen"), ascii("ruleToggled")};
        return uno::Sequence<OUString>(names, 4);
    }

    OUString SAL_CALL getImplementationName() override { return ascii(kOptionsPageImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kOptionsPageService);
    }

private:
    template <class T>
    static uno::Reference<T> control(const uno::Reference<awt::XControlContainer>& page,
                                     const OUString& name)
    {
        return uno::Reference<T>(page->getControl(name), uno::UNO_QUERY_THROW);
    }
    template <class T>
    static uno::Reference<T> control(const uno::Reference<awt::XControlContainer>& page,
                                     const char* name)
    {
        return control<T>(page, ascii(name));
    }

    void show(const uno::Reference<awt::XControlContainer>& page, const core::Settings& s)
    {
        const core::Language language = officeLanguage(m_context);
        m_disabled = s.check.disabledRules;
        m_group = 0;
        showGroups(page, language);
        showRules(page, language);
        OUString placeholders;
        for (const std::u16string& p : s.check.extraPlaceholders)
            placeholders +=
                (placeholders.isEmpty() ? OUString() : toOUString(u"、")) + toOUString(p);
        control<awt::XTextComponent>(page, "PlaceholderField")->setText(placeholders);
        control<awt::XTextComponent>(page, "AllowedField")
            ->setText(toOUString(allowedWordsText(m_context)));
        control<awt::XCheckBox>(page, "FullWidthDot")->setState(s.check.fullWidthArabicDot ? 1 : 0);
        control<awt::XCheckBox>(page, "LiveChecking")->setState(s.liveChecking ? 1 : 0);
        auto profiles = control<awt::XListBox>(page, "ProfileList");
        profiles->removeItems(0, profiles->getItemCount());
        sal_Int16 chosen = 0;
        for (std::size_t i = 0; i < core::layoutProfiles().size(); ++i)
        {
            const core::LayoutProfile& p = core::layoutProfiles()[i];
            profiles->addItem(toOUString(p.name.pick(language)), static_cast<sal_Int16>(i));
            if (p.id == s.layoutProfile)
                chosen = static_cast<sal_Int16>(i);
        }
        profiles->selectItemPos(chosen, true);
        control<awt::XNumericField>(page, "YearField")->setValue(s.defaultYear);
        control<awt::XTextComponent>(page, "RegisterField")
            ->setText(toOUString(s.registerLocation));
    }

    // 浏览…: a register workbook picked with the file picker goes into the field (a folder is
    // typed there).
    bool browseRegister(const uno::Reference<awt::XWindow>& window) noexcept
    {
        try
        {
            uno::Reference<awt::XControlContainer> page(window, uno::UNO_QUERY_THROW);
            auto picker = ui::dialogs::FilePicker::createWithMode(
                m_context, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
            if (uno::Reference<ui::dialogs::XFilterManager> filters{picker, uno::UNO_QUERY};
                filters.is())
            {
                const OUString name = toOUString(u"Calc (*.ods; *.xlsx)");
                filters->appendFilter(name, ascii("*.ods;*.xlsx"));
                filters->setCurrentFilter(name);
            }
            if (picker->execute() == ui::dialogs::ExecutableDialogResults::OK &&
                picker->getSelectedFiles().hasElements())
                control<awt::XTextComponent>(page, "RegisterField")
                    ->setText(picker->getSelectedFiles()[0]);
            return true;
        }
        catch (...)
        {
            return false;
        }
    }

    core::Settings read(const uno::Reference<awt::XControlContainer>& page) const
    {
        core::Settings s = settings(m_context);
        s.check.disabledRules = m_disabled;
        s.check.extraPlaceholders = core::splitList(
            toView(control<awt::XTextComponent>(page, "PlaceholderField")->getText()));
        s.check.fullWidthArabicDot = control<awt::XCheckBox>(page, "FullWidthDot")->getState() == 1;
        s.liveChecking = control<awt::XCheckBox>(page, "LiveChecking")->getState() == 1;
        const sal_Int16 profile = control<awt::XListBox>(page, "ProfileList")->getSelectedItemPos();
        if (profile >= 0 && static_cast<std::size_t>(profile) < core::layoutProfiles().size())
            s.layoutProfile =
                std::string(core::layoutProfiles()[static_cast<std::size_t>(profile)].id);
        s.defaultYear =
            static_cast<int>(control<awt::XNumericField>(page, "YearField")->getValue());
        s.registerLocation =
            toView(control<awt::XTextComponent>(page, "RegisterField")->getText().trim());
        return s;
    }

    // A group chosen in the list, or a rule ticked: the ticks shown are kept, and the list's
    // counts follow; a new group's rules are shown.
    bool ruleEvent(const uno::Reference<awt::XWindow>& window, bool groupChosen) noexcept
    {
        // Our own updates of the controls fire these events too (the toolkit synthesizes them
        // for setState and selectItemPos): they are not the user's.
        if (m_updating)
            return true;
        try
        {
            uno::Reference<awt::XControlContainer> page(window, uno::UNO_QUERY_THROW);
            const core::Language language = officeLanguage(m_context);
            collectTicks(page);
            if (groupChosen)
            {
                const sal_Int16 chosen =
                    control<awt::XListBox>(page, "GroupList")->getSelectedItemPos();
                if (chosen >= 0 && static_cast<std::size_t>(chosen) < ruleGroups().size())
                    m_group = static_cast<std::size_t>(chosen);
                showRules(page, language);
            }
            showGroups(page, language);
            return true;
        }
        catch (...)
        {
            return false;
        }
    }

    void showGroups(const uno::Reference<awt::XControlContainer>& page, core::Language language)
    {
        const OwnChanges updating(m_updating);
        auto groups = control<awt::XListBox>(page, "GroupList");
        groups->removeItems(0, groups->getItemCount());
        for (std::size_t i = 0; i < ruleGroups().size(); ++i)
            groups->addItem(groupEntry(ruleGroups()[i], m_disabled, language),
                            static_cast<sal_Int16>(i));
        groups->selectItemPos(static_cast<sal_Int16>(m_group), true);
    }

    void showRules(const uno::Reference<awt::XControlContainer>& page, core::Language language)
    {
        const OwnChanges updating(m_updating);
        const auto& rules = ruleGroups()[m_group].rules;
        for (std::size_t i = 0; i < core::kRulesPerSettingsGroup; ++i)
        {
            uno::Reference<awt::XControl> box(page->getControl(ruleBoxName(i)), uno::UNO_SET_THROW);
            uno::Reference<beans::XPropertySet> model(box->getModel(), uno::UNO_QUERY_THROW);
            const bool used = i < rules.size();
            model->setPropertyValue(
                ascii("Label"),
                uno::Any(used ? toOUString(core::ruleTitle(rules[i]).pick(language)) : OUString()));
            model->setPropertyValue(
                ascii("HelpText"),
                uno::Any(used ? ascii(std::string(rules[i]).c_str()) : OUString()));
            const bool on = used && std::find(m_disabled.begin(), m_disabled.end(), rules[i]) ==
                                        m_disabled.end();
            uno::Reference<awt::XCheckBox>(box, uno::UNO_QUERY_THROW)->setState(on ? 1 : 0);
            uno::Reference<awt::XWindow>(box, uno::UNO_QUERY_THROW)->setVisible(used);
        }
    }

    // The ticks of the group shown into m_disabled (the boxes are the truth while shown: a
    // tick set without an event, as by an accessibility tool, counts too).
    void collectTicks(const uno::Reference<awt::XControlContainer>& page)
    {
        const auto& rules = ruleGroups()[m_group].rules;
        for (std::size_t i = 0; i < rules.size() && i < core::kRulesPerSettingsGroup; ++i)
        {
            const bool on = control<awt::XCheckBox>(page, ruleBoxName(i))->getState() == 1;
            const auto at = std::find(m_disabled.begin(), m_disabled.end(), rules[i]);
            if (on && at != m_disabled.end())
                m_disabled.erase(at);
            else if (!on && at == m_disabled.end())
                m_disabled.emplace_back(rules[i]);
        }
    }

    uno::Reference<uno::XComponentContext> m_context;
    // The rules switched off as the page shows them, and the group shown: the options dialog
    // makes one handler per page and calls it on its main thread only.
    std::vector<std::string> m_disabled;
    std::size_t m_group = 0;
    bool m_updating = false;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_OptionsPage_get_implementation(uno::XComponentContext* context,
                                                const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::OptionsPage>(context);
}
