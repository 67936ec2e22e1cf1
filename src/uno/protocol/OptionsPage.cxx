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

using namespace css;

namespace gongwen::ext
{
namespace
{

// The rules as the list shows them: "标题序号（heading.sequence）".
std::vector<std::string_view> listedRules()
{
    return core::checkRuleIds();
}

OUString ruleEntry(std::string_view id, core::Language language)
{
    return toOUString(core::ruleTitle(id).pick(language)) + toOUString(u"（") +
           ascii(std::string(id).c_str()) + toOUString(u"）");
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
        if (method != "external_event")
            return false;
        OUString what;
        event >>= what;
        try
        {
            uno::Reference<awt::XControlContainer> page(window, uno::UNO_QUERY_THROW);
            if (what == "ok")
            {
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
        const OUString names[] = {ascii("external_event"), ascii("browseRegister")};
        return uno::Sequence<OUString>(names, 2);
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
                                     const char* name)
    {
        return uno::Reference<T>(page->getControl(ascii(name)), uno::UNO_QUERY_THROW);
    }

    void show(const uno::Reference<awt::XControlContainer>& page, const core::Settings& s) const
    {
        const core::Language language = officeLanguage(m_context);
        auto rules = control<awt::XListBox>(page, "RuleList");
        rules->removeItems(0, rules->getItemCount());
        const auto ids = listedRules();
        for (std::size_t i = 0; i < ids.size(); ++i)
            rules->addItem(ruleEntry(ids[i], language), static_cast<sal_Int16>(i));
        // Selected once all are listed: adding an item drops the selection made before.
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (std::find(s.check.disabledRules.begin(), s.check.disabledRules.end(), ids[i]) !=
                s.check.disabledRules.end())
                rules->selectItemPos(static_cast<sal_Int16>(i), true);
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
        s.check.disabledRules.clear();
        const auto ids = listedRules();
        for (sal_Int16 pos : control<awt::XListBox>(page, "RuleList")->getSelectedItemsPos())
            if (pos >= 0 && static_cast<std::size_t>(pos) < ids.size())
                s.check.disabledRules.emplace_back(ids[static_cast<std::size_t>(pos)]);
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

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_OptionsPage_get_implementation(uno::XComponentContext* context,
                                                const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::OptionsPage>(context);
}
