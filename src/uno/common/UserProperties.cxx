// SPDX-License-Identifier: MPL-2.0
#include "UserProperties.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using namespace css;

namespace gongwen::ext
{

uno::Reference<beans::XPropertySet>
userProperties(const uno::Reference<text::XTextDocument>& document)
{
    return uno::Reference<beans::XPropertySet>(
        uno::Reference<document::XDocumentPropertiesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        uno::UNO_QUERY_THROW);
}

OUString readUserProperty(const uno::Reference<text::XTextDocument>& document, const char* name)
{
    auto props = userProperties(document);
    OUString value;
    if (props->getPropertySetInfo()->hasPropertyByName(ascii(name)))
        props->getPropertyValue(ascii(name)) >>= value;
    return value;
}

bool writeUserProperty(const uno::Reference<text::XTextDocument>& document, const char* name,
                       const OUString& value)
{
    auto props = userProperties(document);
    if (props->getPropertySetInfo()->hasPropertyByName(ascii(name)))
    {
        props->setPropertyValue(ascii(name), uno::Any(value));
        return false;
    }
    uno::Reference<beans::XPropertyContainer>(props, uno::UNO_QUERY_THROW)
        ->addProperty(ascii(name), beans::PropertyAttribute::REMOVABLE, uno::Any(value));
    return true;
}

} // namespace gongwen::ext
