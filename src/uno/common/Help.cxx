// SPDX-License-Identifier: MPL-2.0
#include "Help.hxx"

#include "Files.hxx"
#include "Names.hxx"
#include "StringConv.hxx"
#include "TestHooks.hxx"
#include "UiStrings.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/thePathSettings.hpp>
#include <osl/file.hxx>

#include <cstdlib>

namespace gongwen::ext
{
namespace
{
namespace uno = css::uno;

constexpr char kHelpIdPrefix[] = "org.gongwen.help.";
constexpr char kStylesheet[] = "main_transform.xsl";
constexpr char kHtmlHelpFolder[] = "/help-html/";
constexpr char kHtmlTopicList[] = "topics.txt";
constexpr sal_Int32 kMaxTopicListBytes = 64 << 10; // a line per help ID

// The office's help folder as a file URL. The test library may put another folder in its place
// to see what a machine without LibreOffice's help files does.
OUString helpFolderUrl(const uno::Reference<uno::XComponentContext>& context)
{
    if (const char* overridden = testhooks::helpFolderOverride())
        return fromUtf8(std::string("file://") + overridden);
    OUString folder;
    uno::Reference<css::beans::XPropertySet> paths(css::util::thePathSettings::get(context),
                                                   uno::UNO_QUERY_THROW);
    paths->getPropertyValue(ascii("Help")) >>= folder;
    // The setting holds one folder; Debian writes it as a plain path, the default as a URL.
    if (!folder.startsWith("file:"))
    {
        OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(folder, url) == osl::FileBase::E_None)
            folder = url;
    }
    return folder;
}

} // namespace

core::HelpViewer helpViewer(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    // The office's version does not change while it runs: read once, not for every dialog.
    static const core::HelpViewer viewer = [&]
    {
        int major = 0;
        try
        {
            const OUString version =
                readConfigString(context, "/org.openoffice.Setup/Product", "ooSetupVersion");
            major =
                core::majorVersionOf(OUStringToOString(version, RTL_TEXTENCODING_UTF8).getStr());
        }
        catch (...)
        {
            // Unknown: the HTML pages, which cannot crash the office.
        }
        return core::helpViewerFor(major);
    }();
    return viewer;
}

bool helpCanBeShown(const uno::Reference<uno::XComponentContext>& context) noexcept
{
    try
    {
        if (helpViewer(context) != core::HelpViewer::OfficeHelp)
            return false;
        osl::DirectoryItem item;
        return osl::DirectoryItem::get(helpFolderUrl(context) + "/" + ascii(kStylesheet), item) ==
               osl::FileBase::E_None;
    }
    catch (...)
    {
        return false;
    }
}

OUString helpId(std::u16string_view topic)
{
    return ascii(kHelpIdPrefix) + toOUString(topic);
}

OUString htmlHelpPageUrl(const uno::Reference<uno::XComponentContext>& context,
                         std::u16string_view topic, core::Language language)
{
    const OUString folder =
        css::deployment::PackageInformationProvider::get(context)->getPackageLocation(
            ascii(kExtensionIdentifier)) +
        ascii(kHtmlHelpFolder);
    auto files = css::ucb::SimpleFileAccess::create(context);
    const std::string topics = readAll(files, folder + ascii(kHtmlTopicList), kMaxTopicListBytes);
    const std::string page = core::helpPageOfTopic(
        topics, OUStringToOString(toOUString(topic), RTL_TEXTENCODING_UTF8).getStr());
    if (page.empty())
        return OUString();
    const char* languageTag = language == core::Language::ChineseSimplified ? "zh-CN" : "en-US";
    return folder + ascii(languageTag) + "/" + fromUtf8(page) + ascii(".html");
}

OUString helpUrl(std::u16string_view topic, core::Language language)
{
    // Extension help is found by ID under any module; "swriter" is the one both apps have.
    const char* languageTag = language == core::Language::ChineseSimplified ? "zh-CN" : "en-US";
    return ascii("vnd.sun.star.help://swriter/") + helpId(topic) + ascii("?Language=") +
           ascii(languageTag) + ascii("&System=UNIX");
}

void offerHelp(const uno::Reference<uno::XComponentContext>& context,
               const uno::Reference<uno::XInterface>& controlOrModel,
               std::u16string_view topic) noexcept
{
    try
    {
        if (!helpCanBeShown(context))
            return;
        const uno::Any id(helpId(topic));
        // A window from the container window provider (options page, panel) is a bare peer.
        uno::Reference<css::awt::XVclWindowPeer> peer(controlOrModel, uno::UNO_QUERY);
        if (peer.is())
            return peer->setProperty(ascii("HelpURL"), id);
        uno::Reference<css::beans::XPropertySet> model(controlOrModel, uno::UNO_QUERY);
        if (!model.is())
        {
            uno::Reference<css::awt::XControl> control(controlOrModel, uno::UNO_QUERY_THROW);
            model.set(control->getModel(), uno::UNO_QUERY_THROW);
        }
        model->setPropertyValue(ascii("HelpURL"), id);
    }
    catch (...)
    {
        // Without a help ID, F1 shows LibreOffice's own help: nothing is lost.
    }
}

} // namespace gongwen::ext
