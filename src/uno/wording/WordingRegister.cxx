// SPDX-License-Identifier: MPL-2.0
// org.gongwen.WordingRegister: the 口径库 behind the public API
// (idl/org/gongwen/XWordingRegister.idl).
#include "RegisterBook.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/CheckSettings.hxx"
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/UiStrings.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gongwen/XWordingRegister.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr char kRegisterEntryRule[] = "register.entry";

class WordingRegister
    : public cppu::WeakImplHelper2<org::gongwen::XWordingRegister, lang::XServiceInfo>
{
public:
    explicit WordingRegister(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Reference<sheet::XSpreadsheetDocument> SAL_CALL createRegister() override
    {
        return guardQuery("createRegister", [&] { return newRegisterBook(m_context, language()); });
    }

    uno::Sequence<org::gongwen::Finding> SAL_CALL checkRegister(const OUString& location) override
    {
        return guardApiCall(
            "checkRegister", language(),
            [&]
            {
                const core::Settings s = settings(m_context); // also locates the typo model
                const OUString where = registerLocation(
                    m_context, location.isEmpty() ? std::u16string_view(s.registerLocation)
                                                  : toView(location));
                const auto problems =
                    registerProblems(readRegisterSource(m_context, where, language()));
                uno::Sequence<org::gongwen::Finding> out(static_cast<sal_Int32>(problems.size()));
                for (std::size_t i = 0; i < problems.size(); ++i)
                {
                    org::gongwen::Finding& f = out.getArray()[i];
                    f.RuleId = ascii(kRegisterEntryRule);
                    f.Severity = 1;
                    f.Paragraph =
                        problems[i].row > 0 ? static_cast<sal_Int32>(problems[i].row) - 1 : 0;
                    f.Message = registerProblemText(problems[i], language());
                }
                return out;
            });
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kWordingRegisterImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kWordingRegisterService);
    }

private:
    core::Language language() const { return officeLanguage(m_context); }

    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_WordingRegister_get_implementation(uno::XComponentContext* context,
                                                    const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::WordingRegister>(context);
}
