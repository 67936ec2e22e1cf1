// SPDX-License-Identifier: MPL-2.0
// org.gongwen.StatisticsLink: the linked workbook behind the public API.
#include "StatisticsFill.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XStatisticsLink.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

uno::Sequence<OUString> toSequence(const std::vector<OUString>& v)
{
    return uno::Sequence<OUString>(v.data(), static_cast<sal_Int32>(v.size()));
}

class StatisticsLink
    : public cppu::WeakImplHelper2<org::gongwen::XStatisticsLink, lang::XServiceInfo>
{
public:
    explicit StatisticsLink(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    void SAL_CALL linkWorkbook(const uno::Reference<text::XTextDocument>& document,
                               const OUString& url) override
    {
        guardApiCall("linkWorkbook", language(),
                     [&] { storeWorkbookLink(document, url, m_context, language()); });
    }

    OUString SAL_CALL getWorkbookUrl(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardQuery("getWorkbookUrl",
                          [&]
                          {
                              try
                              {
                                  return document.is() ? linkedWorkbookUrl(document) : OUString();
                              }
                              catch (const lang::DisposedException&)
                              {
                                  return OUString(); // a closed document links to nothing
                              }
                          });
    }

    uno::Sequence<OUString>
        SAL_CALL getIndicators(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall("getIndicators", language(), [&] { return names(document, false); });
    }

    uno::Sequence<OUString>
        SAL_CALL getTables(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall("getTables", language(), [&] { return names(document, true); });
    }

    void SAL_CALL insertFigure(const uno::Reference<text::XTextDocument>& document,
                               const uno::Reference<text::XTextRange>& at,
                               const OUString& indicator) override
    {
        guardApiCall("insertFigure", language(),
                     [&]
                     {
                         insertFigureField(m_context, document, at, indicator,
                                           core::FigureFormat::AsInCalc, language());
                     });
    }

    void SAL_CALL bindTable(const uno::Reference<text::XTextDocument>& document,
                            const OUString& writerTableName, const OUString& rangeName) override
    {
        guardApiCall("bindTable", language(),
                     [&]
                     {
                         bindWriterTable(m_context, document, writerTableName, rangeName, {},
                                         AdaptConsent(), language());
                     });
    }

    void SAL_CALL bindTableColumns(const uno::Reference<text::XTextDocument>& document,
                                   const OUString& writerTableName, const OUString& rangeName,
                                   const uno::Sequence<sal_Int32>& columns) override
    {
        guardApiCall("bindTableColumns", language(),
                     [&]
                     {
                         std::vector<std::size_t> chosen;
                         for (sal_Int32 c : columns)
                         {
                             if (c < 1)
                                 refuse(uiText(language(), UiText::LinkNoSuchColumn,
                                               {rangeName, OUString::number(c), ascii("…")}));
                             chosen.push_back(static_cast<std::size_t>(c - 1));
                         }
                         bindWriterTable(m_context, document, writerTableName, rangeName, chosen,
                                         AdaptConsent(), language());
                     });
    }

    org::gongwen::FillReport SAL_CALL
    refresh(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall("refresh", language(),
                            [&] { return refreshStatistics(m_context, document, language()); });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kStatisticsLinkImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kStatisticsLinkService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Sequence<OUString> names(const uno::Reference<text::XTextDocument>& document,
                                  bool tables) const
    {
        LinkedWorkbook book(m_context, requireLinkedWorkbook(document, language()), language());
        return toSequence(book.names(tables));
    }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_StatisticsLink_get_implementation(uno::XComponentContext* context,
                                                   const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::StatisticsLink>(context);
}
