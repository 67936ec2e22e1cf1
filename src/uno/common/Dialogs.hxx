// Loading our .xdl dialogs and filling in their texts in the UI language.
#pragma once

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include "StringConv.hxx"

namespace gongwen::ext
{

/// Creates the dialog `fileName` (e.g. "About.xdl") from the extension's dialogs folder,
/// parented to `frame`'s window. Throws on failure.
css::uno::Reference<css::awt::XDialog>
loadDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame, const char* fileName);

/// Sets a property of the model of control `controlName` ("" = the dialog itself).
void setControlProperty(const css::uno::Reference<css::awt::XDialog>& dialog,
                        const char* controlName, const char* property, const css::uno::Any& value);

/// Runs the dialog modally and disposes of it afterwards. Returns execute()'s result.
sal_Int16 executeAndDispose(const css::uno::Reference<css::awt::XDialog>& dialog);

} // namespace gongwen::ext
