// SPDX-License-Identifier: MPL-2.0
#include <core/text/encoding.hpp>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>

namespace gongwen::core
{
namespace
{

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

// The UTF-16 length of valid UTF-8: one unit per lead byte, two for a four-byte sequence.
// A plain byte count, several times cheaper than ICU's preflight pass; invalid input may be
// miscounted, which the conversion itself then reports.
std::size_t utf16LengthOfUtf8(std::string_view utf8)
{
    // Eight bytes at a time: a byte's top bit pattern says what it is (10… continuation,
    // 11110… four-byte lead).
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::size_t i = 0, continuations = 0, fourByteLeads = 0;
    for (; i + 8 <= utf8.size(); i += 8)
    {
        std::uint64_t w;
        std::memcpy(&w, utf8.data() + i, sizeof w);
        continuations += static_cast<std::size_t>(__builtin_popcountll(w & ~(w << 1) & kHigh));
        fourByteLeads += static_cast<std::size_t>(
            __builtin_popcountll(w & (w << 1) & (w << 2) & (w << 3) & kHigh));
    }
    for (; i < utf8.size(); ++i)
    {
        const auto b = static_cast<unsigned char>(utf8[i]);
        continuations += static_cast<std::size_t>((b & 0xC0) == 0x80);
        fourByteLeads += static_cast<std::size_t>(b >= 0xF0);
    }
    return utf8.size() - continuations + fourByteLeads;
}

// Sized exactly before decoding, so a large file costs its decoded size and nothing more.
std::optional<std::u16string> strictUtf8(std::string_view utf8)
{
    if (utf8.size() > INT32_MAX)
        return std::nullopt;
    std::u16string out(utf16LengthOfUtf8(utf8), u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length,
                  utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    if ((U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) ||
        static_cast<std::size_t>(length) != out.size())
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
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    const auto length = static_cast<int32_t>(bytes.size());
    const int32_t needed =
        ucnv_toUChars(converter.get(), nullptr, 0, bytes.data(), length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return std::nullopt;
    std::u16string out(static_cast<std::size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter.get());
    ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(out.data()), needed, bytes.data(),
                  length, &status);
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
