// SPDX-License-Identifier: MPL-2.0
// org.gongwen.SectionCatalog: the template catalog behind the public API.
#include "../common/CheckSettings.hxx"
#include "SectionInserter.hxx"
#include "TemplateCatalog.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Component.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XSectionCatalog.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

class SectionCatalog
    : public cppu::WeakImplHelper2<org::gongwen::XSectionCatalog, lang::XServiceInfo>
{
public:
    explicit SectionCatalog(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Sequence<org::gongwen::SectionInfo> SAL_CALL getSections() override
    {
        return guardQuery("getSections",
                          [&]
                          {
                              const core::Language language = officeLanguage(m_context);
                              const LoadedCatalog catalog = loadCatalog(m_context, language);
                              uno::Sequence<org::gongwen::SectionInfo> result(
                                  static_cast<sal_Int32>(catalog.templates.size()));
                              auto* out = result.getArray();
                              for (const core::SectionTemplate& t : catalog.templates)
                                  *out++ = org::gongwen::SectionInfo(
                                      fromUtf8(t.id), pick(language, t.titleZh, t.titleEn),
                                      pick(language, t.categoryZh, t.categoryEn),
                                      pick(language, t.descriptionZh, t.descriptionEn));
                              return result;
                          });
    }

    void SAL_CALL insertSection(const uno::Reference<text::XTextDocument>& document,
                                const uno::Reference<text::XTextRange>& at,
                                const OUString& sectionId, sal_Int32 itemCount) override
    {
        const core::Language language = officeLanguage(m_context);
        guardApiCall(
            "insertSection", language,
            [&]
            {
                requireEditable(document, language);
                const LoadedCatalog catalog = loadCatalog(m_context, language);
                const core::SectionTemplate* tpl = findTemplate(
                    catalog, OUStringToOString(sectionId, RTL_TEXTENCODING_UTF8).getStr());
                if (!tpl)
                    throw lang::IllegalArgumentException(
                        uiText(language, UiText::SectionsUnknownId, {sectionId}), *this, 2);
                if (itemCount < 0 || itemCount > core::kMaxItems)
                    throw lang::IllegalArgumentException(uiText(language, UiText::SectionsBadCount),
                                                         *this, 3);
                const int items = itemCount == 0 ? tpl->defaultItems : itemCount;
                const InsertionTarget target = planSectionInsertion(
                    document, at, *tpl, tpl->level, items, checkOptions(m_context), language);
                ext::insertSection(m_context, document, target, language);
            });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kSectionCatalogImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kSectionCatalogService);
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_SectionCatalog_get_implementation(uno::XComponentContext* context,
                                                   const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::SectionCatalog>(context);
}
