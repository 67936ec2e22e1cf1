// SPDX-License-Identifier: MPL-2.0
// The ICU data of the portable build (cmake/Icu.cmake): the cut data package (icu-data.py),
// xz-compressed into the library and unpacked for ICU when the library is loaded.
//
// Why: the package is 3.7 MB; in the .oxt's zip (deflate) it takes 1.8 MB, xz-compressed 1.3 MB.
// Unpacking costs about 40 ms and 3.7 MB of memory once per office process.
//
// ICU looks for its data first where udata_setCommonData put it, then under its own symbol
// (icudtNN_dat), which every static ICU asks the link for. That symbol holds an empty package
// here, so that an item we did not ship is simply not found.
#include <unicode/udata.h>

#include <lzma.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef GONGWEN_ICU_DATA_SYMBOL
#error "GONGWEN_ICU_DATA_SYMBOL (ICU's data symbol, icudtNN_dat) comes from cmake/Icu.cmake"
#endif
#ifndef GONGWEN_ICU_DATA_XZ
#error "GONGWEN_ICU_DATA_XZ (the path of the xz-compressed package) comes from cmake/Icu.cmake"
#endif

extern "C"
{
    // An ICU common data package with no items, as `icupkg -tl new` writes it: a 32-byte header
    // (size 32, magic DA 27, a 20-byte info block: little-endian, ASCII, 2-byte UChar, format
    // "CmnD" 1.0.0.0, data version 3.0.0.0) and an item count of 0.
    __attribute__((visibility("hidden"),
                   aligned(16))) extern const unsigned char GONGWEN_ICU_DATA_SYMBOL[48] = {
        0x20, 0x00, 0xda, 0x27, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00,
        0x43, 0x6d, 0x6e, 0x44, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa};

    extern const unsigned char gongwen_icu_data_xz[];
    extern const unsigned char gongwen_icu_data_xz_end[];
}

__asm__(".section .rodata\n"
        ".balign 16\n"
        ".globl gongwen_icu_data_xz\n"
        ".hidden gongwen_icu_data_xz\n"
        "gongwen_icu_data_xz:\n"
        ".incbin \"" GONGWEN_ICU_DATA_XZ "\"\n"
        ".globl gongwen_icu_data_xz_end\n"
        ".hidden gongwen_icu_data_xz_end\n"
        "gongwen_icu_data_xz_end:\n"
        ".previous\n");

namespace
{
// The unpacked package, or nullptr. malloc's blocks are 16-aligned on 64-bit glibc, as ICU wants.
void* unpack()
{
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK)
        return nullptr;
    size_t capacity = 4u << 20;
    auto* out = static_cast<uint8_t*>(std::malloc(capacity));
    stream.next_in = gongwen_icu_data_xz;
    stream.avail_in = static_cast<size_t>(gongwen_icu_data_xz_end - gongwen_icu_data_xz);
    stream.next_out = out;
    stream.avail_out = capacity;
    lzma_ret result = LZMA_OK;
    while (out && result == LZMA_OK)
    {
        result = lzma_code(&stream, LZMA_FINISH);
        if (result == LZMA_OK && stream.avail_out == 0)
        {
            const size_t used = capacity;
            capacity *= 2;
            auto* grown = static_cast<uint8_t*>(std::realloc(out, capacity));
            if (!grown)
                std::free(out);
            out = grown;
            stream.next_out = out + used;
            stream.avail_out = capacity - used;
        }
    }
    lzma_end(&stream);
    if (result != LZMA_STREAM_END)
    {
        std::free(out);
        return nullptr;
    }
    return out;
}

// Before any other initialiser of the library, which may already use ICU. ICU keeps the
// pointer for the life of the process: the block is never freed.
__attribute__((constructor(101))) void giveIcuItsData()
{
    void* data = unpack();
    UErrorCode status = U_ZERO_ERROR;
    if (data)
        udata_setCommonData(data, &status);
    if (!data || U_FAILURE(status))
        std::fprintf(stderr, "gongwen: ICU data not loaded (%s)\n",
                     data ? u_errorName(status) : "cannot unpack");
}
} // namespace
