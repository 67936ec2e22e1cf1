// SPDX-License-Identifier: MPL-2.0
#include "LinkedWorkbook.hxx"
#include "../common/ApiGuard.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/Sheets.hxx"
#include "../common/UiStrings.hxx"
#include "../common/UserProperties.hxx"
#include "../common/Workbooks.hxx"

#include <core/statistics/figures.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr char kWorkbookProperty[] = "GongwenWorkbook";
constexpr char kTablesProperty[] = "GongwenTables";

std::string pathOf(const OUString& fileUrl)
{
    return OUStringToOString(fileUrl.copy(7), RTL_TEXTENCODING_UTF8).getStr();
}
OUString fileUrl(const std::string& path)
{
    return ascii("file://") + fromUtf8(path);
}

} // namespace

LinkedWorkbook::LinkedWorkbook(const uno::Reference<uno::XComponentContext>& context,
                               const OUString& url, core::Language language)
    : m_opened(context, url)
{
    switch (m_opened.problem())
    {
    case WorkbookProblem::None:
        break;
    case WorkbookProblem::NotLocal:
        refuse(uiText(language, UiText::LinkOnlyLocal, {url}));
    case WorkbookProblem::Missing:
        refuse(uiText(language, UiText::LinkMissingFile, {url}));
    case WorkbookProblem::Folder:
        refuse(uiText(language, UiText::LinkFolder, {url}));
    case WorkbookProblem::Password:
        refuse(uiText(language, UiText::LinkPassword, {url}));
    case WorkbookProblem::Damaged:
        refuse(uiText(language, UiText::LinkDamaged, {url}));
    case WorkbookProblem::Unreadable:
        refuse(uiText(language, UiText::LinkUnreadable, {url}));
    case WorkbookProblem::NotSpreadsheet:
        refuse(uiText(language, UiText::LinkNotSpreadsheet, {url}));
    }
    m_names = namedRanges(m_opened.book());
}

uno::Reference<table::XCellRange> LinkedWorkbook::range(const OUString& name) const
{
    if (!m_names->hasByName(name))
        return uno::Reference<table::XCellRange>();
    return uno::Reference<sheet::XCellRangeReferrer>(m_names->getByName(name), uno::UNO_QUERY_THROW)
        ->getReferredCells();
}

std::vector<OUString> LinkedWorkbook::names(bool tables) const
{
    std::vector<OUString> out;
    for (const OUString& name : m_names->getElementNames())
    {
        auto cells = range(name);
        if (!cells.is())
            continue;
        const auto a = uno::Reference<sheet::XCellRangeAddressable>(cells, uno::UNO_QUERY_THROW)
                           ->getRangeAddress();
        const bool single = a.StartColumn == a.EndColumn && a.StartRow == a.EndRow;
        if (single != tables)
            out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void storeWorkbookLink(const uno::Reference<text::XTextDocument>& document,
                       const OUString& workbookUrl,
                       const uno::Reference<uno::XComponentContext>& context,
                       core::Language language)
{
    requireEditable(document, language);
    {
        LinkedWorkbook opened(context, workbookUrl,
                              language); // refuses what could not be read later
    }
    const OUString documentUrl =
        uno::Reference<frame::XModel>(document, uno::UNO_QUERY_THROW)->getURL();
    const OUString stored =
        isLocalFileUrl(documentUrl)
            ? fromUtf8(core::relativePath(pathOf(documentUrl), pathOf(workbookUrl)))
            : workbookUrl;
    writeUserProperty(document, kWorkbookProperty, stored);
}

OUString linkedWorkbookUrl(const uno::Reference<text::XTextDocument>& document)
{
    const OUString stored = readUserProperty(document, kWorkbookProperty);
    if (stored.isEmpty() || isLocalFileUrl(stored))
        return stored;
    const OUString documentUrl =
        uno::Reference<frame::XModel>(document, uno::UNO_QUERY_THROW)->getURL();
    if (!isLocalFileUrl(documentUrl))
        return OUString();
    return fileUrl(core::resolvePath(pathOf(documentUrl),
                                     OUStringToOString(stored, RTL_TEXTENCODING_UTF8).getStr()));
}

OUString requireLinkedWorkbook(const uno::Reference<text::XTextDocument>& document,
                               core::Language language)
{
    if (!document.is())
        refuse(ascii("document is null"));
    const OUString url = linkedWorkbookUrl(document);
    if (url.isEmpty())
        refuse(uiText(language, UiText::LinkNone));
    return url;
}

std::vector<core::TableBinding> tableBindings(const uno::Reference<text::XTextDocument>& document)
{
    return core::parseTableBindings(toView(readUserProperty(document, kTablesProperty)));
}

void storeTableBinding(const uno::Reference<text::XTextDocument>& document,
                       const core::TableBinding& binding)
{
    const std::u16string stored =
        core::storeTableBinding(toView(readUserProperty(document, kTablesProperty)), binding);
    writeUserProperty(document, kTablesProperty, toOUString(stored));
}

} // namespace gongwen::ext
