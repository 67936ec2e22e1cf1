// SPDX-License-Identifier: MPL-2.0
// compile-typo-model LM KNOWN CHARS OUT: builds the typo check's model from the files
// make-typo-data.py writes and saves the compiled form that the office and gongwen-check load
// in one read (core/typo/model.hpp). Runs at build time.
#include <core/typo/model.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace
{
bool readFile(const char* path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return static_cast<bool>(in) || in.eof();
}
} // namespace

int main(int argc, char** argv)
{
    if (argc != 5)
    {
        std::cerr << "usage: compile-typo-model LM KNOWN CHARS OUT\n";
        return 2;
    }
    std::string lm, known, chars;
    if (!readFile(argv[1], lm) || !readFile(argv[2], known) || !readFile(argv[3], chars))
    {
        std::cerr << "compile-typo-model: cannot read the sources\n";
        return 1;
    }
    std::string error;
    const std::string compiled = gongwen::core::typo::Model::compile(lm, known, chars, &error);
    if (compiled.empty() || !gongwen::core::typo::Model::fromCompiled(compiled, &error))
    {
        std::cerr << "compile-typo-model: " << error << "\n";
        return 1;
    }
    std::ofstream out(argv[4], std::ios::binary);
    out.write(compiled.data(), std::streamsize(compiled.size()));
    return out ? 0 : 1;
}
