// SPDX-License-Identifier: MPL-2.0
// libFuzzer target for the section-template parser and insertion planner: any template file
// must parse to either a template or an error with a message, and a parsed template must plan
// into any document without crashing, its edits inside their paragraphs.
// The first byte picks the level and item count; the rest is split at the first NUL into a
// template (UTF-8) and a document (UTF-8).
#include <core/sections/templates.hpp>
#include <core/text/text.hpp>

#include <cstdint>
#include <cstdlib>
#include <stdexcept>

using namespace gongwen::core;

namespace
{

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::size_t split = rest.find('\0');
    const std::u16string templateText = fromUtf8(rest.substr(0, split));
    const std::u16string documentText =
        split == std::string_view::npos ? u"" : fromUtf8(rest.substr(split + 1));

    const ParsedTemplate parsed = parseTemplate(templateText);
    require(parsed.value.has_value() != parsed.error.has_value());
    if (parsed.error)
    {
        require(!parsed.error->messageZh.empty() && !parsed.error->messageEn.empty());
        return 0;
    }
    const auto document = splitParagraphs(documentText);
    const int level = 1 + choice % 4;
    const int items = choice / 4 % (kMaxItems + 2); // 0 … kMaxItems + 1: one beyond the limit
    try
    {
        const InsertionPlan plan =
            planInsertion(document, choice % (document.size() + 1), *parsed.value, level, items);
        require(plan.insertAt <= document.size());
        for (const TextEdit& e : plan.existingEdits)
            require(e.paragraph < document.size() &&
                    e.start + e.length <= document[e.paragraph].size());
    }
    catch (const std::invalid_argument&)
    {
        // a level or item count the template refuses: a documented outcome
    }
    return 0;
}
