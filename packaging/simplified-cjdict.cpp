// SPDX-License-Identifier: MPL-2.0
// simplified-cjdict CJDICT OUT: lists the words of ICU's Chinese/Japanese break dictionary
// (brkitr/cjdict.dict) that can occur in Simplified Chinese text, one "word<TAB>cost" a line, for
// gendict to build the smaller dictionary the release library ships (packaging/icu-data.py).
//
// Why this keeps word breaks on Simplified text unchanged: ICU's dictionary break only ever
// considers a word that matches the text character for character. A word with kana, or with a
// character that Traditional-Simplified conversion changes, cannot match Simplified text, so
// leaving it out changes no break there; it halves the dictionary.
//
// Runs at build time, linked to the build machine's own ICU (whose full data has the
// Traditional-Simplified transliterator the shipped subset lacks).
#include <unicode/translit.h>
#include <unicode/ucharstrie.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace
{
// ICU's dictionary data (dictionarydata.h, "Dict" format 1): after the common data header come
// eight int32 indexes; the first is the offset of the trie, the fifth its type.
constexpr int kTrieOffsetIndex = 0;
constexpr int kTrieTypeIndex = 4;
constexpr int32_t kTrieTypeMask = 7;
constexpr int32_t kTrieTypeUChars = 1;
constexpr int32_t kTrieHasValues = 8;

bool readFile(const char* path, std::vector<char>& out)
{
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !out.empty() && (static_cast<bool>(in) || in.eof());
}

// The trie of the dictionary in `data`, or nullptr when it is not a UCharsTrie with costs.
const char16_t* trieOf(const std::vector<char>& data)
{
    if (data.size() < 4)
        return nullptr;
    uint16_t headerSize;
    std::memcpy(&headerSize, data.data(), sizeof headerSize);
    if (data.size() < headerSize + 8 * sizeof(int32_t))
        return nullptr;
    int32_t indexes[8];
    std::memcpy(indexes, data.data() + headerSize, sizeof indexes);
    const int32_t type = indexes[kTrieTypeIndex];
    if ((type & kTrieTypeMask) != kTrieTypeUChars || !(type & kTrieHasValues))
        return nullptr;
    if (indexes[kTrieOffsetIndex] < 0 ||
        data.size() <= headerSize + static_cast<size_t>(indexes[kTrieOffsetIndex]))
        return nullptr;
    return reinterpret_cast<const char16_t*>(data.data() + headerSize + indexes[kTrieOffsetIndex]);
}

class SimplifiedTest
{
public:
    explicit SimplifiedTest(UErrorCode& status)
        : m_toSimplified(
              icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status))
    {
    }

    bool canOccur(const icu::UnicodeString& word) const
    {
        for (int32_t i = 0; i < word.length();)
        {
            const UChar32 c = word.char32At(i);
            i += U16_LENGTH(c);
            if (isKana(c) || changedBySimplifying(c))
                return false;
        }
        return true;
    }

private:
    static bool isKana(UChar32 c)
    {
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
    }

    bool changedBySimplifying(UChar32 c) const
    {
        const icu::UnicodeString original(c);
        icu::UnicodeString converted(original);
        m_toSimplified->transliterate(converted);
        return converted != original;
    }

    std::unique_ptr<icu::Transliterator> m_toSimplified;
};
} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        std::cerr << "usage: simplified-cjdict CJDICT OUT\n";
        return 2;
    }
    std::vector<char> data;
    if (!readFile(argv[1], data))
    {
        std::cerr << "simplified-cjdict: cannot read " << argv[1] << "\n";
        return 1;
    }
    const char16_t* trieData = trieOf(data);
    if (!trieData)
    {
        std::cerr << "simplified-cjdict: " << argv[1]
                  << " is not a dictionary of words with costs\n";
        return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    const SimplifiedTest simplified(status);
    icu::UCharsTrie trie(trieData);
    icu::UCharsTrie::Iterator words(trie, 0, status);
    if (U_FAILURE(status))
    {
        std::cerr << "simplified-cjdict: " << u_errorName(status) << "\n";
        return 1;
    }
    std::ofstream out(argv[2], std::ios::binary);
    long all = 0, kept = 0;
    std::string utf8;
    while (words.next(status))
    {
        ++all;
        if (!simplified.canOccur(words.getString()))
            continue;
        ++kept;
        utf8.clear();
        words.getString().toUTF8String(utf8);
        out << utf8 << '\t' << words.getValue() << '\n';
    }
    if (U_FAILURE(status) || !out.flush())
    {
        std::cerr << "simplified-cjdict: failed: " << u_errorName(status) << "\n";
        return 1;
    }
    std::cout << "simplified-cjdict: " << kept << " of " << all << " words\n";
    return 0;
}
