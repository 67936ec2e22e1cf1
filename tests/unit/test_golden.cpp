// Golden files: tests/golden/NAME.txt is checked and compared with NAME.expected, one finding
// a line: "paragraph:start:length ruleId -> suggestion|suggestion" (0-based, UTF-16 units).
// GONGWEN_UPDATE_GOLDEN=1 rewrites the .expected files (then review the diff by eye).
#include <core/checker/checker.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace gongwen;
using namespace gongwen::core;

namespace
{

using test::kSource;
using test::readFile;

std::string describe(const std::vector<Finding>& findings)
{
    std::ostringstream out;
    for (const Finding& f : findings)
    {
        out << f.paragraph << ':' << f.start << ':' << f.length << ' ' << f.ruleId;
        for (std::size_t i = 0; i < f.suggestions.size(); ++i)
            out << (i == 0 ? " -> " : "|") << toUtf8(f.suggestions[i]);
        out << '\n';
    }
    return out.str();
}

void compareWithGolden(const fs::path& input, const fs::path& expected)
{
    const std::string actual = describe(checkText(fromUtf8(readFile(input))));
    if (std::getenv("GONGWEN_UPDATE_GOLDEN"))
        std::ofstream(expected, std::ios::binary) << actual;
    INFO("golden file " << expected.string());
    REQUIRE(fs::exists(expected));
    CHECK(actual == readFile(expected));
}

} // namespace

TEST_CASE("the bundled sample report has only its placeholders", "[golden]")
{
    compareWithGolden(kSource / "examples" / "seed-report.txt", kSource / "tests" / "golden" / "seed-report.expected");
}

TEST_CASE("every golden document yields exactly its expected findings", "[golden]")
{
    int documents = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "golden"))
    {
        if (entry.path().extension() != ".txt")
            continue;
        ++documents;
        fs::path expected = entry.path();
        expected.replace_extension(".expected");
        compareWithGolden(entry.path(), expected);
    }
    CHECK(documents >= 10);
}

TEST_CASE("single edits of the sample report each yield one finding of the right rule", "[golden]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"seed-count-four-to-five.txt", "item.count"},   {"seed-heading-three-to-four.txt", "heading.sequence"},
        {"seed-item-deleted.txt", "item.sequence"},      {"seed-heading-dot.txt", "heading.form"},
        {"seed-halfwidth-comma.txt", "punct.halfwidth"}, {"seed-dropped-quote.txt", "punct.pair"},
    };
    for (const auto& [file, ruleId] : cases)
    {
        INFO(file);
        std::vector<Finding> structural;
        for (Finding& f : checkText(fromUtf8(readFile(kSource / "tests" / "golden" / file))))
            if (f.ruleId != "placeholder")
                structural.push_back(f);
        REQUIRE(structural.size() == 1);
        CHECK(structural[0].ruleId == ruleId);
    }
}
