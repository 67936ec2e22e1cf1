// SPDX-License-Identifier: MPL-2.0
// 公文助手 ▸ 新建公文 (org.gongwen:NewDocument): the kind and the 版头's fields asked in a dialog,
// the organ's fields remembered for the user, the new document made as the API makes it.
#include "NewDocument.hxx"

#include "../common/CheckSettings.hxx"
#include "../common/Commands.hxx"
#include "../common/Dialogs.hxx"
#include "../common/UiStrings.hxx"

#include <core/doctypes/doctypes.hpp>

#include <com/sun/star/awt/XComboBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <ctime>
#include <vector>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr const char* kRemembered[] = {"Organs", "OrganCode", "Signers"};
constexpr const char* kRememberedFields[] = {"OrgansField", "OrganCodeField", "SignersField"};

OUString remembered(const uno::Reference<uno::XComponentContext>& context, const char* name)
{
    OUString value;
    try
    {
        settingsGroup(context, "NewDocument", false)->getPropertyValue(ascii(name)) >>= value;
    }
    catch (const uno::Exception&)
    {
    }
    return value;
}

void remember(const uno::Reference<uno::XComponentContext>& context,
              const std::vector<std::pair<const char*, OUString>>& values)
{
    const auto group = settingsGroup(context, "NewDocument", true);
    for (const auto& [name, value] : values)
        group->setPropertyValue(ascii(name), uno::Any(value));
    uno::Reference<util::XChangesBatch>(group, uno::UNO_QUERY_THROW)->commitChanges();
}

// "上行文 · 文件格式 · 标注签发人 · 附注联系人和电话"
OUString typeNote(const core::DocumentType& type, core::Language language)
{
    OUString note = type.direction == core::Direction::Upward
                        ? inLanguage(language, u"上行文", u"To a higher body")
                    : type.direction == core::Direction::Downward
                        ? inLanguage(language, u"下行文", u"To lower bodies")
                        : inLanguage(language, u"平行文", u"To peers");
    const OUString separator = toOUString(u" · ");
    note += separator + (type.format == core::HeadFormat::File
                             ? inLanguage(language, u"文件格式", u"file format")
                         : type.format == core::HeadFormat::Letter
                             ? inLanguage(language, u"信函格式", u"letter format")
                             : inLanguage(language, u"纪要格式", u"minutes format"));
    if (type.signer)
        note += separator + inLanguage(language, u"标注签发人", u"names its signer");
    if (type.contactNote)
        note += separator + inLanguage(language, u"附注联系人和电话", u"contact note");
    if (type.oneMatter)
        note += separator + inLanguage(language, u"一文一事", u"one matter");
    return note;
}

OUString textOf(const ScopedDialog& dialog, const char* name)
{
    return dialog.control<awt::XTextComponent>(name)->getText();
}

// org.gongwen:NewDocument (新建公文…)
void newDocumentCommand(const CommandContext& command)
{
    const core::Language language = command.language;
    const auto& types = core::documentTypes();
    ScopedDialog dialog(command.context, command.frame, "NewDocument.xdl");
    auto typeList = dialog.control<awt::XListBox>("TypeList");
    const OUString lastType = remembered(command.context, "Type");
    sal_Int16 chosen = 0;
    for (std::size_t i = 0; i < types.size(); ++i)
    {
        typeList->addItem(toOUString(types[i].name.pick(language)), static_cast<sal_Int16>(i));
        if (lastType.equalsAscii(std::string(types[i].id).c_str()))
            chosen = static_cast<sal_Int16>(i);
    }
    typeList->selectItemPos(chosen, true);
    for (std::size_t i = 0; i < std::size(kRemembered); ++i)
        dialog.control<awt::XTextComponent>(kRememberedFields[i])
            ->setText(remembered(command.context, kRemembered[i]));
    dialog.control<awt::XTextComponent>("YearField")
        ->setText(OUString::number(localToday().tm_year + 1900));
    dialog.control<awt::XTextComponent>("SerialField")->setText(ascii("1"));
    auto secrecy = dialog.control<awt::XComboBox>("SecrecyBox");
    for (std::u16string_view level : {u"秘密", u"机密", u"绝密"})
        secrecy->addItem(toOUString(level), secrecy->getItemCount());
    auto urgency = dialog.control<awt::XComboBox>("UrgencyBox");
    for (std::u16string_view level : {u"特急", u"加急"})
        urgency->addItem(toOUString(level), urgency->getItemCount());
    auto describe = [&]
    {
        const sal_Int16 pos = typeList->getSelectedItemPos();
        const core::DocumentType& type = types[pos < 0 ? 0 : static_cast<std::size_t>(pos)];
        dialog.setText("TypeNote", typeNote(type, language));
        dialog.set("SignersField", "Enabled", uno::Any(type.signer));
        dialog.set("AddresseeField", "Enabled", uno::Any(type.format != core::HeadFormat::Minutes));
    };
    describe();
    dialog.onSelect("TypeList", describe);
    dialog.onAction(
        "CreateButton",
        [&]
        {
            const sal_Int16 pos = typeList->getSelectedItemPos();
            const core::DocumentType& type = types[pos < 0 ? 0 : static_cast<std::size_t>(pos)];
            const std::vector<beans::NamedValue> fields{
                {ascii("Organs"), uno::Any(textOf(dialog, "OrgansField"))},
                {ascii("OrganCode"), uno::Any(textOf(dialog, "OrganCodeField"))},
                {ascii("Year"), uno::Any(textOf(dialog, "YearField"))},
                {ascii("Serial"), uno::Any(textOf(dialog, "SerialField"))},
                {ascii("Signers"),
                 uno::Any(type.signer ? textOf(dialog, "SignersField") : OUString())},
                {ascii("Subject"), uno::Any(textOf(dialog, "SubjectField"))},
                {ascii("Addressee"), uno::Any(textOf(dialog, "AddresseeField"))},
                {ascii("CopyNumber"), uno::Any(textOf(dialog, "CopyNumberField"))},
                {ascii("Secrecy"), uno::Any(textOf(dialog, "SecrecyBox"))},
                {ascii("Urgency"), uno::Any(textOf(dialog, "UrgencyBox"))}};
            try
            {
                createOfficialDocument(
                    command.context, type,
                    readFields(uno::Sequence<beans::NamedValue>(
                                   fields.data(), static_cast<sal_Int32>(fields.size())),
                               language),
                    language);
            }
            catch (const lang::IllegalArgumentException& e)
            {
                dialog.setText("Status", e.Message); // nothing made; the fields stay to correct
                return;
            }
            remember(command.context,
                     {{"Type", OUString::createFromAscii(std::string(type.id).c_str())},
                      {"Organs", textOf(dialog, "OrgansField")},
                      {"OrganCode", textOf(dialog, "OrganCodeField")},
                      {"Signers", textOf(dialog, "SignersField")}});
            dialog.endExecute();
        });
    dialog.execute();
}

const Command kCommands[] = {{u"NewDocument", &newDocumentCommand, CommandEffect::ReadsOnly}};
const CommandRegistration registration(kCommands);

} // namespace
} // namespace gongwen::ext
