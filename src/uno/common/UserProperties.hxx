// SPDX-License-Identifier: MPL-2.0
// The document's custom properties (File ▸ Properties ▸ Custom Properties): where 公文助手
// keeps the workbook link, the table bindings and the layout profile.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace gongwen::ext
{

css::uno::Reference<css::beans::XPropertySet>
userProperties(const css::uno::Reference<css::text::XTextDocument>& document);

/// The text of custom property `name`, "" when there is none.
OUString readUserProperty(const css::uno::Reference<css::text::XTextDocument>& document,
                          const char* name);

/// Sets custom property `name` to `value`, adding it when missing; returns whether it was added.
bool writeUserProperty(const css::uno::Reference<css::text::XTextDocument>& document,
                       const char* name, const OUString& value);

} // namespace gongwen::ext
