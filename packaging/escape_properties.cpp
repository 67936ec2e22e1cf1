// SPDX-License-Identifier: MPL-2.0
// Writes a .properties file as LibreOffice's string resources read it: ISO-8859-1 text with
// every other character as \uXXXX (UTF-16 units). Our sources are UTF-8, readable by translators.
//   escape_properties IN.properties OUT.properties
#include <unicode/ustring.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        std::fprintf(stderr, "usage: escape_properties IN OUT\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string utf8((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
    {
        std::fprintf(stderr, "escape_properties: cannot read %s\n", argv[1]);
        return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    std::vector<UChar> utf16(static_cast<std::size_t>(length) + 1);
    status = U_ZERO_ERROR;
    u_strFromUTF8(utf16.data(), length + 1, nullptr, utf8.data(), static_cast<int32_t>(utf8.size()),
                  &status);
    if (U_FAILURE(status))
    {
        std::fprintf(stderr, "escape_properties: %s is not UTF-8\n", argv[1]);
        return 1;
    }
    std::string out;
    char escaped[8];
    for (int32_t i = 0; i < length; ++i)
    {
        const UChar c = utf16[static_cast<std::size_t>(i)];
        if (c < 0x80)
            out.push_back(static_cast<char>(c));
        else
        {
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        }
    }
    std::ofstream(argv[2], std::ios::binary) << out;
    return 0;
}
