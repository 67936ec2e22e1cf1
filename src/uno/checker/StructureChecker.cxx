// SPDX-License-Identifier: MPL-2.0
// org.gongwen.StructureChecker: the checker core behind the public API.
#include "../common/DocumentText.hxx"
#include "../common/FindingConversion.hxx"
#include "../statistics/DataChecks.hxx"
#include "StructureEdits.hxx"

#include "../common/CheckSettings.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <core/checker/checker.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XStructureChecker.hpp>
#include <org/gongwen/XStructureFixer.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

class StructureChecker
    : public cppu::WeakImplHelper3<org::gongwen::XStructureChecker, org::gongwen::XStructureFixer,
                                   lang::XServiceInfo>
{
public:
    explicit StructureChecker(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Sequence<org::gongwen::Finding> SAL_CALL checkText(const OUString& text) override
    {
        return guardQuery("checkText",
                          [&]
                          {
                              return toApiFindings(
                                  core::checkText(toView(text), checkOptions(m_context)),
                                  officeLanguage(m_context));
                          });
    }

    uno::Sequence<org::gongwen::Finding>
        SAL_CALL checkDocument(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall(
            "checkDocument", language(),
            [&]
            {
                if (!document.is())
                    throw lang::IllegalArgumentException(ascii("document is null"), *this, 1);
                const std::vector<BodyElement> body =
                    readBody(document, uno::Reference<task::XStatusIndicator>());
                const core::CheckOptions options = checkOptions(m_context);
                std::vector<core::Finding> findings =
                    core::checkParagraphs(paragraphViews(body), labelLengths(body), options);
                addOfficeDataFindings(m_context, document, body, options, language(), findings);
                return toApiFindings(findings, officeLanguage(m_context));
            });
    }

    sal_Int32 SAL_CALL renumberAll(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall(
            "renumberAll", language(),
            [&] { return renumberDocument(document, checkOptions(m_context), language()); });
    }

    void SAL_CALL applySuggestion(const uno::Reference<text::XTextDocument>& document,
                                  const org::gongwen::Finding& finding,
                                  sal_Int32 suggestion) override
    {
        guardApiCall(
            "applySuggestion", language(),
            [&]
            {
                if (suggestion < 0 || suggestion >= finding.Suggestions.getLength())
                    throw lang::IllegalArgumentException(ascii("no such suggestion"), *this, 2);
                applyFix(
                    m_context, document,
                    FindingFix{OUStringToOString(finding.RuleId, RTL_TEXTENCODING_UTF8).getStr(),
                               finding.Paragraph, finding.Start, finding.Length,
                               finding.Suggestions[suggestion]},
                    checkOptions(m_context), language());
            });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kStructureCheckerImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kStructureCheckerService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_StructureChecker_get_implementation(uno::XComponentContext* context,
                                                     const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::StructureChecker>(context);
}
