// SPDX-License-Identifier: MPL-2.0
// Conversions between OUString (UTF-16) and the core's std::u16string.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace gongwen::ext
{

// The SDK puts these in the global namespace only for LibreOffice's own code.
using ::rtl::OString;
using ::rtl::OUString;
using ::rtl::OUStringToOString;

inline std::u16string_view toView(const OUString& s)
{
    return std::u16string_view(reinterpret_cast<const char16_t*>(s.getStr()),
                               static_cast<std::size_t>(s.getLength()));
}

inline OUString toOUString(std::u16string_view s)
{
    return OUString(reinterpret_cast<const sal_Unicode*>(s.data()),
                    static_cast<sal_Int32>(s.size()));
}

inline OUString fromUtf8(std::string_view s)
{
    return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

/// For ASCII-only literals (names, URLs); use toOUString(u"…") for anything else.
inline OUString ascii(const char* s)
{
    return OUString::createFromAscii(s);
}

} // namespace gongwen::ext
