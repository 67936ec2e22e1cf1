// SPDX-License-Identifier: MPL-2.0
#include "TemplateCatalog.hxx"

#include "../common/Files.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <core/text/text.hpp>

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kMaxTemplateBytes = 1 << 20; // a template is a few hundred bytes

OUString fileName(const OUString& url)
{
    return url.copy(url.lastIndexOf('/') + 1);
}

// Reads every *.gwt of `folder` in name order into `catalog`; `builtIn` problems are bugs of
// ours, the user's are reported to the user.
void loadFolder(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& folder,
                core::Language language, LoadedCatalog& catalog)
{
    if (folder.isEmpty() || !files->isFolder(folder))
        return;
    uno::Sequence<OUString> entries = files->getFolderContents(folder, false);
    std::vector<OUString> urls(entries.begin(), entries.end());
    std::sort(urls.begin(), urls.end());
    for (const OUString& url : urls)
    {
        if (!url.endsWithIgnoreAsciiCase(ascii(".gwt")))
            continue;
        OUString problem;
        try
        {
            const std::string bytes = readAll(files, url, kMaxTemplateBytes);
            const auto text = core::fromUtf8Strict(bytes);
            if (!text)
                problem = uiText(language, UiText::SectionsNotUtf8);
            else
            {
                core::ParsedTemplate parsed = core::parseTemplate(*text);
                if (parsed.error)
                    problem =
                        uiText(language, UiText::SectionsLine,
                               {OUString::number(static_cast<sal_Int64>(parsed.error->line))}) +
                        pick(language, parsed.error->messageZh, parsed.error->messageEn);
                else if (findTemplate(catalog, parsed.value->id))
                    problem =
                        uiText(language, UiText::SectionsDuplicateId, {fromUtf8(parsed.value->id)});
                else
                    catalog.templates.push_back(std::move(*parsed.value));
            }
        }
        catch (const uno::Exception& e)
        {
            problem = e.Message;
        }
        if (!problem.isEmpty())
            catalog.problems.push_back(fileName(url) + ascii(": ") + problem);
    }
}

} // namespace

OUString userTemplateFolder(const uno::Reference<uno::XComponentContext>& context)
{
    return util::PathSubstitution::create(context)->substituteVariables(
        ascii("$(user)/gongwen/templates"), true);
}

LoadedCatalog loadCatalog(const uno::Reference<uno::XComponentContext>& context,
                          core::Language language)
{
    LoadedCatalog catalog;
    auto files = ucb::SimpleFileAccess::create(context);
    const OUString extension =
        deployment::PackageInformationProvider::get(context)->getPackageLocation(
            ascii(kExtensionIdentifier));
    loadFolder(files, extension + ascii("/templates"), language, catalog);
    loadFolder(files, userTemplateFolder(context), language, catalog);
    return catalog;
}

const core::SectionTemplate* findTemplate(const LoadedCatalog& catalog, std::string_view id)
{
    for (const core::SectionTemplate& t : catalog.templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace gongwen::ext
