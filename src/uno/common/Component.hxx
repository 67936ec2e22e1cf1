// SPDX-License-Identifier: MPL-2.0
// What every one of our UNO components needs: its service name list and its constructor function.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/weak.hxx>

namespace gongwen::ext
{

inline css::uno::Sequence<OUString> singleServiceName(const char* service)
{
    css::uno::Sequence<OUString> names(1);
    names[0] = ascii(service);
    return names;
}

/// The body of a `<name>_get_implementation` function (the .components "constructor").
template <class Implementation>
css::uno::XInterface* newComponent(css::uno::XComponentContext* context)
{
    auto* component = new Implementation(context);
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}

} // namespace gongwen::ext
