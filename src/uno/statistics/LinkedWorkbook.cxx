// SPDX-License-Identifier: MPL-2.0
#include "LinkedWorkbook.hxx"
#include "../common/ApiGuard.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/Sheets.hxx"
#include "../common/UserProperties.hxx"
#include "../common/UiStrings.hxx"

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
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
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

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = ascii(name);
    p.Value = value;
    return p;
}

bool isLocalFileUrl(const OUString& url) { return url.startsWithIgnoreAsciiCase(ascii("file:///")); }
std::string pathOf(const OUString& fileUrl) { return OUStringToOString(fileUrl.copy(7), RTL_TEXTENCODING_UTF8).getStr(); }
OUString fileUrl(const std::string& path) { return ascii("file://") + fromUtf8(path); }

// Answers every question the loader asks with "abort" (nothing is ever repaired, no password
// asked for) and remembers why loading stopped, so that the refusal can say so.
class RefusingInteraction : public cppu::WeakImplHelper1<task::XInteractionHandler>
{
public:
    enum class Reason
    {
        None,
        Password,
        Damaged,
    };
    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override
    {
        const bool password = request->getRequest().isExtractableTo(cppu::UnoType<task::PasswordRequest>::get());
        if (m_reason == Reason::None)
            m_reason = password ? Reason::Password : Reason::Damaged;
        for (const auto& continuation : request->getContinuations())
            if (const uno::Reference<task::XInteractionAbort> abort{continuation, uno::UNO_QUERY}; abort.is())
                return abort->select();
    }
    Reason reason() const { return m_reason; }

private:
    Reason m_reason = Reason::None;
};

void closeQuietly(const uno::Reference<uno::XInterface>& document)
{
    try
    {
        uno::Reference<util::XCloseable>(document, uno::UNO_QUERY_THROW)->close(true);
    }
    catch (...)
    {
    }
}

} // namespace

LinkedWorkbook::LinkedWorkbook(const uno::Reference<uno::XComponentContext>& context, const OUString& url,
                               core::Language language)
{
    if (!isLocalFileUrl(url))
        refuse(uiText(language, UiText::LinkOnlyLocal, {url}));
    auto desktop = frame::Desktop::create(context);
    auto components = desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements())
    {
        uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && model->getURL() == url)
        {
            m_book.set(model, uno::UNO_QUERY);
            m_reused = m_book.is();
            if (m_reused)
            {
                m_names = namedRanges(m_book);
                return;
            }
        }
    }
    const auto files = ucb::SimpleFileAccess::create(context);
    if (!files->exists(url))
        refuse(uiText(language, UiText::LinkMissingFile, {url}));
    if (files->isFolder(url))
        refuse(uiText(language, UiText::LinkFolder, {url}));
    rtl::Reference<RefusingInteraction> interaction(new RefusingInteraction);
    uno::Sequence<beans::PropertyValue> args(5);
    args[0] = property("Hidden", uno::Any(true));
    args[1] = property("ReadOnly", uno::Any(true));
    args[2] = property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE));
    args[3] = property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE));
    args[4] = property("InteractionHandler", uno::Any(uno::Reference<task::XInteractionHandler>(interaction.get())));
    uno::Reference<lang::XComponent> loaded;
    try
    {
        loaded = desktop->loadComponentFromURL(url, ascii("_blank"), 0, args);
    }
    catch (const uno::Exception&)
    {
        loaded.clear();
    }
    if (!loaded.is())
    {
        switch (interaction->reason())
        {
            case RefusingInteraction::Reason::Password:
                refuse(uiText(language, UiText::LinkPassword, {url}));
            case RefusingInteraction::Reason::Damaged:
                refuse(uiText(language, UiText::LinkDamaged, {url}));
            case RefusingInteraction::Reason::None:
                break;
        }
        refuse(uiText(language, UiText::LinkUnreadable, {url}));
    }
    m_book.set(loaded, uno::UNO_QUERY);
    if (!m_book.is())
    {
        closeQuietly(loaded);
        refuse(uiText(language, UiText::LinkNotSpreadsheet, {url}));
    }
    m_names = namedRanges(m_book);
}

LinkedWorkbook::~LinkedWorkbook()
{
    if (!m_reused && m_book.is())
        closeQuietly(m_book);
}

uno::Reference<table::XCellRange> LinkedWorkbook::range(const OUString& name) const
{
    if (!m_names->hasByName(name))
        return uno::Reference<table::XCellRange>();
    return uno::Reference<sheet::XCellRangeReferrer>(m_names->getByName(name), uno::UNO_QUERY_THROW)->getReferredCells();
}

std::vector<OUString> LinkedWorkbook::names(bool tables) const
{
    std::vector<OUString> out;
    for (const OUString& name : m_names->getElementNames())
    {
        auto cells = range(name);
        if (!cells.is())
            continue;
        const auto a = uno::Reference<sheet::XCellRangeAddressable>(cells, uno::UNO_QUERY_THROW)->getRangeAddress();
        const bool single = a.StartColumn == a.EndColumn && a.StartRow == a.EndRow;
        if (single != tables)
            out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void storeWorkbookLink(const uno::Reference<text::XTextDocument>& document, const OUString& workbookUrl,
                       const uno::Reference<uno::XComponentContext>& context, core::Language language)
{
    requireEditable(document, language);
    {
        LinkedWorkbook opened(context, workbookUrl, language); // refuses what could not be read later
    }
    const OUString documentUrl = uno::Reference<frame::XModel>(document, uno::UNO_QUERY_THROW)->getURL();
    const OUString stored = isLocalFileUrl(documentUrl)
                                ? fromUtf8(core::relativePath(pathOf(documentUrl), pathOf(workbookUrl)))
                                : workbookUrl;
    writeUserProperty(document, kWorkbookProperty, stored);
}

OUString linkedWorkbookUrl(const uno::Reference<text::XTextDocument>& document)
{
    const OUString stored = readUserProperty(document, kWorkbookProperty);
    if (stored.isEmpty() || isLocalFileUrl(stored))
        return stored;
    const OUString documentUrl = uno::Reference<frame::XModel>(document, uno::UNO_QUERY_THROW)->getURL();
    if (!isLocalFileUrl(documentUrl))
        return OUString();
    return fileUrl(core::resolvePath(pathOf(documentUrl), OUStringToOString(stored, RTL_TEXTENCODING_UTF8).getStr()));
}

OUString requireLinkedWorkbook(const uno::Reference<text::XTextDocument>& document, core::Language language)
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

void storeTableBinding(const uno::Reference<text::XTextDocument>& document, const core::TableBinding& binding)
{
    const std::u16string stored =
        core::storeTableBinding(toView(readUserProperty(document, kTablesProperty)), binding);
    writeUserProperty(document, kTablesProperty, toOUString(stored));
}

} // namespace gongwen::ext
