// API methods report failures as UNO exceptions only: a C++ exception must never cross the bridge.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <new>

namespace gongwen::ext
{

template <class Body>
auto translateExceptions(const char* method, Body&& body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const css::uno::Exception&)
    {
        throw;
    }
    catch (const std::bad_alloc&)
    {
        throw css::uno::RuntimeException(ascii(method) + ascii(": out of memory"));
    }
    catch (const std::exception& e)
    {
        throw css::uno::RuntimeException(ascii(method) + ascii(": ") + fromUtf8(e.what()));
    }
    catch (...)
    {
        throw css::uno::RuntimeException(ascii(method) + ascii(": unexpected error"));
    }
}

} // namespace gongwen::ext
