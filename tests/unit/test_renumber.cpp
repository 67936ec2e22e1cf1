// SPDX-License-Identifier: MPL-2.0
#include <core/checker/checker.hpp>
#include <core/checker/renumber.hpp>
#include <core/text/text.hpp>

#include <catch2/catch.hpp>

using namespace gongwen::core;

namespace
{

std::vector<std::u16string> renumbered(std::u16string_view text)
{
    const auto views = splitParagraphs(text);
    std::vector<std::u16string> paragraphs(views.begin(), views.end());
    applyEdits(paragraphs, renumberingEdits(views));
    return paragraphs;
}

std::u16string join(const std::vector<std::u16string>& paragraphs)
{
    std::u16string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        out += (i ? u"\n" : u"") + paragraphs[i];
    return out;
}

} // namespace

TEST_CASE("renumbering makes headings consecutive within each parent and fixes their form",
          "[renumber]")
{
    const auto out = renumbered(u"一、甲\n（二）乙\n(三)丙\n三、丁\n（一）、戊\n3、己\n五、庚");
    CHECK(join(out) == u"一、甲\n（一）乙\n（二）丙\n二、丁\n（一）戊\n1.己\n三、庚");
}

TEST_CASE("renumbering makes each item run consecutive", "[renumber]")
{
    const auto out = renumbered(
        u"一、甲\n一是A。\n三是B。\n四是C；五是D。\n二、乙\n二是E。三是F。\n第一，G。第三，H。");
    CHECK(join(out) ==
          u"一、甲\n一是A。\n二是B。\n三是C；四是D。\n二、乙\n一是E。二是F。\n第一，G。第二，H。");
}

TEST_CASE("a renumbered document has no sequence or form findings left", "[renumber]")
{
    const std::u16string text =
        u"二、甲\n二是A。\n二是B。\n（三）乙\n3、丙\n1.丁\n十、戊\n一是E；三是F；三是G。";
    const std::u16string result = join(renumbered(text));
    for (const Finding& f : checkText(result))
        CHECK((f.ruleId != "heading.sequence" && f.ruleId != "heading.form" &&
               f.ruleId != "item.sequence"));
    CHECK(renumberingEdits(splitParagraphs(result)).empty()); // idempotent
}

TEST_CASE("a well-numbered document needs no edits", "[renumber]")
{
    CHECK(renumberingEdits(splitParagraphs(u"一、甲\n（一）乙\n一是A。二是B。\n（二）丙\n二、丁"))
              .empty());
}
