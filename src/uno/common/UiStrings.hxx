// User-visible strings of the UNO side, in zh-CN and en-US, and the office UI language.
#pragma once

#include <language.hpp>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include "StringConv.hxx"

namespace gongwen::ext
{

enum class UiText
{
    ProductName,
    AboutTitle,
    AboutVersion,
    AboutDescription,
    AboutLicense,
    ButtonOk,
    ErrorTitle,
    ErrorUnexpected,
    ErrorUnknownCommand,
    ErrorNotWriter,
    Count // keep last
};

/// The language of the office UI: the user's choice in Tools ▸ Options, else the installed one.
core::Language officeLanguage(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

OUString uiText(core::Language language, UiText id);

} // namespace gongwen::ext
