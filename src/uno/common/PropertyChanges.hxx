// SPDX-License-Identifier: MPL-2.0
// Property changes the office's own undo does not record (page styles, paragraph styles,
// document properties): recorded here, so that the edit they belong to undoes them too.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ref.hxx>

namespace gongwen::ext
{

class PropertyUndoAction;

/// Lives inside a DocumentEdit: its changes join the edit's undo step, and rolling the edit
/// back restores every value changed so far.
class PropertyChanges
{
public:
    PropertyChanges(const css::uno::Reference<css::uno::XInterface>& document,
                    const OUString& title);
    ~PropertyChanges();
    PropertyChanges(const PropertyChanges&) = delete;
    PropertyChanges& operator=(const PropertyChanges&) = delete;

    /// Sets `name` of `object` to `value`, remembering the value it had.
    void set(const css::uno::Reference<css::beans::XPropertySet>& object, const char* name,
             const css::uno::Any& value);

private:
    rtl::Reference<PropertyUndoAction> m_action;
};

} // namespace gongwen::ext
