// libFuzzer target for the core: any input must be checked and renumbered without crashing,
// and every finding and edit must lie inside its paragraph.
// The first byte chooses how the rest is read: odd = UTF-8, even = raw UTF-16 (lone
// surrogates included).
#include <core/checker/checker.hpp>
#include <core/checker/renumber.hpp>
#include <core/text/text.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace gongwen::core;

namespace
{

std::u16string decode(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return {};
    if (data[0] & 1)
        return fromUtf8(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    std::u16string text((size - 1) / 2, u'\0');
    std::memcpy(text.data(), data + 1, text.size() * 2);
    return text;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::u16string text = decode(data, size);
    const auto paragraphs = splitParagraphs(text);
    for (const Finding& f : checkText(text))
    {
        require(f.paragraph < paragraphs.size());
        require(f.start + f.length <= paragraphs[f.paragraph].size());
        require(!f.messageZh.empty() && !f.messageEn.empty());
    }
    const auto edits = renumberingEdits(paragraphs);
    std::vector<std::u16string> copy(paragraphs.begin(), paragraphs.end());
    for (const TextEdit& e : edits)
        require(e.paragraph < copy.size() && e.start + e.length <= copy[e.paragraph].size());
    applyEdits(copy, edits);
    std::vector<std::u16string_view> views(copy.begin(), copy.end());
    (void)checkParagraphs(views);
    return 0;
}
