// SPDX-License-Identifier: MPL-2.0
// API methods throw only what their IDL declares: a C++ exception never crosses the bridge,
// and what the office throws underneath is reported as the method's declared exception.
#pragma once

#include "StringConv.hxx"
#include "UiStrings.hxx"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <new>
#include <type_traits>

namespace gongwen::ext
{

/// Refuses a call: IllegalArgumentException with a message for the user. `argument` is the
/// position of the bad argument (0 also when the document's state is what is refused).
[[noreturn]] inline void refuse(const OUString& message, sal_Int16 argument = 0)
{
    throw css::lang::IllegalArgumentException(message, {}, argument);
}

/// Refuses a document the user has already closed: the office's objects of a closed document
/// may crash it when asked for their parts (redlines, sheets), so nothing else is asked first.
/// A closed document answers its own first question (its text, its sheets) with
/// DisposedException or nothing.
template <class Document> void requireOpen(const Document& document, sal_Int16 argument = 1);

namespace detail
{
// The detail of a failure that is not one of ours, for the message.
inline OUString failureDetail(const char* method)
{
    try
    {
        throw;
    }
    catch (const css::uno::Exception& e)
    {
        return ascii(method) + ascii(": ") + e.Message;
    }
    catch (const std::bad_alloc&)
    {
        return ascii(method) + ascii(": out of memory");
    }
    catch (const std::exception& e)
    {
        return ascii(method) + ascii(": ") + fromUtf8(e.what());
    }
    catch (...)
    {
        return ascii(method) + ascii(": unexpected error");
    }
}
} // namespace detail

/// For methods that declare IllegalArgumentException: ours pass through, and so does a
/// RuntimeException (UNO allows it from every method, and its type — DisposedException,
/// say — tells the caller more than a refusal would). A checked office exception, which the
/// method cannot declare, becomes a refusal saying that nothing changed; a C++ exception, which
/// must never cross the bridge, becomes a RuntimeException with its detail.
template <class Body>
auto guardApiCall(const char* method, core::Language language, Body&& body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const css::lang::IllegalArgumentException&)
    {
        throw;
    }
    catch (const css::uno::RuntimeException&)
    {
        throw;
    }
    catch (const css::uno::Exception&)
    {
        throw css::lang::IllegalArgumentException(
            uiText(language, UiText::OfficeRefused, {detail::failureDetail(method)}), {}, 0);
    }
    catch (...)
    {
        throw css::uno::RuntimeException(
            uiText(language, UiText::OfficeRefused, {detail::failureDetail(method)}));
    }
}

/// For methods that declare nothing: only a RuntimeException (always allowed by UNO) leaves.
template <class Body> auto guardQuery(const char* method, Body&& body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const css::uno::RuntimeException&)
    {
        throw;
    }
    catch (...)
    {
        throw css::uno::RuntimeException(detail::failureDetail(method));
    }
}

template <class Document> void requireOpen(const Document& document, sal_Int16 argument)
{
    try
    {
        if constexpr (std::is_same_v<Document, css::uno::Reference<css::text::XTextDocument>>)
        {
            if (document.is() && !document->getText().is())
                refuse(ascii("the document is closed"), argument);
        }
        else
        {
            if (document.is() && !document->getSheets().is())
                refuse(ascii("the document is closed"), argument);
        }
    }
    catch (const css::lang::DisposedException&)
    {
        refuse(ascii("the document is closed"), argument);
    }
}

} // namespace gongwen::ext
