// SPDX-License-Identifier: MPL-2.0
// org.gongwen.DocumentTypes: the kinds of 公文, 新建公文 behind the public API, and the checks
// of a document's kind (doc.*, the 版头's layout).
#include "NewDocument.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/Component.hxx"
#include "../common/DocumentText.hxx"
#include "../common/FindingConversion.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"
#include "LayoutApply.hxx"

#include <core/checker/checker.hpp>
#include <core/common/finding.hpp>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XDocumentTypes.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

OUString directionName(core::Direction direction)
{
    switch (direction)
    {
    case core::Direction::Upward:
        return ascii("upward");
    case core::Direction::Downward:
        return ascii("downward");
    case core::Direction::Parallel:
        break;
    }
    return ascii("parallel");
}

OUString formatName(core::HeadFormat format)
{
    switch (format)
    {
    case core::HeadFormat::File:
        return ascii("file");
    case core::HeadFormat::Letter:
        return ascii("letter");
    case core::HeadFormat::Minutes:
        break;
    }
    return ascii("minutes");
}

org::gongwen::DocumentTypeInfo typeInfo(const core::DocumentType& type, core::Language language)
{
    org::gongwen::DocumentTypeInfo info;
    info.Id =
        OUString(type.id.data(), static_cast<sal_Int32>(type.id.size()), RTL_TEXTENCODING_ASCII_US);
    info.Kind = toOUString(type.kind);
    info.Name = toOUString(type.name.pick(language));
    info.Direction = directionName(type.direction);
    info.Format = formatName(type.format);
    info.Signer = type.signer;
    info.ContactNote = type.contactNote;
    info.OneMatter = type.oneMatter;
    uno::Sequence<OUString> closings(static_cast<sal_Int32>(type.closings.size()));
    for (std::size_t i = 0; i < type.closings.size(); ++i)
        closings[static_cast<sal_Int32>(i)] = toOUString(type.closings[i]);
    info.Closings = closings;
    return info;
}

class DocumentTypes : public cppu::WeakImplHelper2<org::gongwen::XDocumentTypes, lang::XServiceInfo>
{
public:
    explicit DocumentTypes(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Sequence<org::gongwen::DocumentTypeInfo> SAL_CALL getDocumentTypes() override
    {
        return guardApiCall("getDocumentTypes", language(),
                            [&]
                            {
                                const auto& types = core::documentTypes();
                                uno::Sequence<org::gongwen::DocumentTypeInfo> out(
                                    static_cast<sal_Int32>(types.size()));
                                for (std::size_t i = 0; i < types.size(); ++i)
                                    out[static_cast<sal_Int32>(i)] = typeInfo(types[i], language());
                                return out;
                            });
    }

    uno::Reference<text::XTextDocument> SAL_CALL
    createDocument(const OUString& typeId, const uno::Sequence<beans::NamedValue>& fields) override
    {
        return guardApiCall("createDocument", language(),
                            [&]
                            {
                                const core::DocumentType& type =
                                    requireDocumentType(typeId, language());
                                return createOfficialDocument(
                                    m_context, type, readFields(fields, language()), language());
                            });
    }

    uno::Sequence<org::gongwen::Finding>
        SAL_CALL checkDocumentType(const uno::Reference<text::XTextDocument>& document) override
    {
        return guardApiCall(
            "checkDocumentType", language(),
            [&]
            {
                if (!document.is())
                    refuse(ascii("document is null"), 1);
                requireOpen(document);
                const std::vector<BodyElement> body =
                    readBody(document, uno::Reference<task::XStatusIndicator>());
                std::vector<core::Finding> findings;
                for (core::Finding& f : core::checkParagraphs(
                         paragraphViews(body), labelLengths(body), core::CheckOptions{}))
                    if (core::familyOf(f.ruleId) == core::RuleFamily::Document)
                        findings.push_back(std::move(f));
                for (core::Finding& f : checkLayout(m_context, document, language()))
                    if (f.ruleId == "layout.head" || f.ruleId == "layout.colour")
                        findings.push_back(std::move(f));
                return toApiFindings(findings, language());
            });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kDocumentTypesImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kDocumentTypesService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_DocumentTypes_get_implementation(uno::XComponentContext* context,
                                                  const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::DocumentTypes>(context);
}
