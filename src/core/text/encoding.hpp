// SPDX-License-Identifier: MPL-2.0
// Which encoding a plain-text report was saved in. Chinese offices still save .txt as GBK
// (GB18030 is its superset) or as UTF-16 with a byte-order mark; the rest is UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::core
{

struct DecodedText
{
    std::u16string text;
    std::string encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "GB18030"
};

/// The encodings decodeText tries, in its order, for messages.
inline constexpr char kEncodingsTried[] = "UTF-8, UTF-16LE/BE (with BOM), GB18030/GBK";

/// Decodes `bytes`: a UTF-8 or UTF-16 byte-order mark decides; without one, valid UTF-8 is
/// UTF-8, and bytes that are not valid UTF-8 but decode without error as GB18030 are GB18030.
/// nullopt when none of these decodes cleanly. The byte-order mark is not part of the text.
std::optional<DecodedText> decodeText(std::string_view bytes);

} // namespace gongwen::core
