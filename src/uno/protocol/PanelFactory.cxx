// SPDX-License-Identifier: MPL-2.0
// org.gongwen.comp.PanelFactory (extension/registry/Factories.xcu): makes our sidebar panels by
// the name at the end of their resource URL, from what the capabilities registered
// (common/Panels).
#include "../common/Component.hxx"
#include "../common/Names.hxx"
#include "../common/Panels.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

using namespace css;

namespace gongwen::ext
{
namespace
{

class PanelFactory : public cppu::WeakImplHelper2<ui::XUIElementFactory, lang::XServiceInfo>
{
public:
    explicit PanelFactory(const uno::Reference<uno::XComponentContext>& context)
        : m_context(context)
    {
    }

    uno::Reference<ui::XUIElement>
        SAL_CALL createUIElement(const OUString& url,
                                 const uno::Sequence<beans::PropertyValue>& arguments) override
    {
        uno::Reference<frame::XFrame> frame;
        uno::Reference<awt::XWindow> parent;
        for (const beans::PropertyValue& a : arguments)
        {
            if (a.Name == "Frame")
                a.Value >>= frame;
            else if (a.Name == "ParentWindow")
                a.Value >>= parent;
        }
        const Panel* panel = url.startsWith(ascii(kPanelUrlPrefix))
                                 ? findPanel(toView(url.copy(sizeof(kPanelUrlPrefix) - 1)))
                                 : nullptr;
        if (panel == nullptr || !frame.is() || !parent.is())
            throw lang::IllegalArgumentException(ascii("no such panel: ") + url, *this, 0);
        return panel->make(m_context, frame, parent);
    }

    OUString SAL_CALL getImplementationName() override
    {
        return ascii(kPanelFactoryImplementation);
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return singleServiceName(kPanelFactoryService);
    }

private:
    uno::Reference<uno::XComponentContext> m_context;
};

} // namespace
} // namespace gongwen::ext

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_gongwen_comp_PanelFactory_get_implementation(uno::XComponentContext* context,
                                                 const uno::Sequence<uno::Any>&)
{
    return gongwen::ext::newComponent<gongwen::ext::PanelFactory>(context);
}
