#include "encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <climits>
#include <memory>

namespace gongwen::core
{
namespace
{

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Sizes the result exactly first (a preflight pass), so a large file costs its decoded size
// and nothing more.
std::optional<std::u16string> strictUtf8(std::string_view utf8)
{
    if (utf8.size() > INT32_MAX)
        return std::nullopt;
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t needed = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(nullptr, 0, &needed, utf8.data(), length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return std::nullopt;
    std::u16string out(static_cast<std::size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), needed, nullptr, utf8.data(), length, &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
        return std::nullopt;
    return out;
}

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// Any charset ICU knows, refusing (not substituting) bytes that are not valid in it.
std::optional<std::u16string> strictCharset(const char* charset, std::string_view bytes)
{
    if (bytes.size() > INT32_MAX)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const auto length = static_cast<int32_t>(bytes.size());
    const int32_t needed = ucnv_toUChars(converter.get(), nullptr, 0, bytes.data(), length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return std::nullopt;
    std::u16string out(static_cast<std::size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter.get());
    ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(out.data()), needed, bytes.data(), length, &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING)
        return std::nullopt;
    return out;
}

std::optional<DecodedText> named(std::optional<std::u16string> text, const char* encoding)
{
    if (!text)
        return std::nullopt;
    return DecodedText{std::move(*text), encoding};
}

} // namespace

std::optional<DecodedText> decodeText(std::string_view bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF"))
        return named(strictUtf8(bytes.substr(3)), "UTF-8 (BOM)");
    if (startsWith(bytes, "\xFF\xFE"))
        return named(strictCharset("UTF-16LE", bytes.substr(2)), "UTF-16LE");
    if (startsWith(bytes, "\xFE\xFF"))
        return named(strictCharset("UTF-16BE", bytes.substr(2)), "UTF-16BE");
    if (auto utf8 = strictUtf8(bytes))
        return DecodedText{std::move(*utf8), "UTF-8"};
    return named(strictCharset("GB18030", bytes), "GB18030");
}

} // namespace gongwen::core
