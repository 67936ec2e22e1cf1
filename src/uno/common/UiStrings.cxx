#include "UiStrings.hxx"

#include "StringConv.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <utility>

using namespace css;

namespace gongwen::ext
{
namespace
{

struct Entry
{
    UiText id;
    core::BilingualText text;
};

// In the order of the enum (checked below).
constexpr Entry kTexts[] = {
    {UiText::ProductName, {u"公文助手", u"Gongwen Assistant"}},
    {UiText::AboutTitle, {u"关于公文助手", u"About Gongwen Assistant"}},
    {UiText::AboutVersion, {u"版本 ", u"Version "}},
    {UiText::AboutDescription,
     {u"为 LibreOffice 起草工作报告、工作总结：插入标准段落，检查标题序号、“一是……N是”和占位符，"
      u"并从 Calc 统计台账填入数字。",
      u"Drafting Chinese work reports in LibreOffice: standard sections, checks of heading "
      u"numbering, 一是…N是 item runs and placeholders, and figures filled from a Calc tally book."}},
    {UiText::AboutLicense, {u"许可证：MPL 2.0", u"License: MPL 2.0"}},
    {UiText::ButtonOk, {u"确定", u"OK"}},
    {UiText::ErrorTitle, {u"公文助手", u"Gongwen Assistant"}},
    {UiText::ErrorUnexpected,
     {u"操作未能完成，文档未被修改。\n详细信息：", u"The action could not be completed; the document was "
                                                  u"not changed.\nDetails: "}},
    {UiText::ErrorUnknownCommand, {u"未知的公文助手命令：", u"Unknown Gongwen Assistant command: "}},
    {UiText::ErrorNotWriter,
     {u"此功能需要在 Writer 文档中使用。", u"This feature works in a Writer document."}},
};

constexpr bool textsFollowEnum()
{
    std::size_t i = 0;
    for (const Entry& e : kTexts)
        if (static_cast<std::size_t>(e.id) != i++)
            return false;
    return i == static_cast<std::size_t>(UiText::Count);
}
static_assert(textsFollowEnum(), "kTexts must list every UiText in enum order");

OUString readConfigString(const uno::Reference<uno::XComponentContext>& context, const char* node,
                          const char* property)
{
    auto provider = configuration::theDefaultProvider::get(context);
    beans::NamedValue path(ascii("nodepath"), uno::Any(ascii(node)));
    uno::Sequence<uno::Any> args(1);
    args[0] <<= path;
    uno::Reference<container::XNameAccess> access(
        provider->createInstanceWithArguments(ascii("com.sun.star.configuration.ConfigurationAccess"),
                                              args),
        uno::UNO_QUERY_THROW);
    OUString value;
    access->getByName(ascii(property)) >>= value;
    return value;
}

} // namespace

core::Language officeLanguage(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    try
    {
        OUString tag = readConfigString(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (tag.isEmpty())
            tag = readConfigString(context, "/org.openoffice.Setup/L10N", "ooLocale");
        return core::languageForTag(OUStringToOString(tag, RTL_TEXTENCODING_UTF8).getStr());
    }
    catch (...)
    {
        return core::Language::English;
    }
}

OUString uiText(core::Language language, UiText id)
{
    return toOUString(kTexts[static_cast<std::size_t>(id)].text.pick(language));
}

} // namespace gongwen::ext
