// SPDX-License-Identifier: MPL-2.0
#include <core/checker/checker.hpp>
#include <core/layout/roles.hpp>
#include <core/sections/templates.hpp>
#include <core/text/text.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace gongwen::core;

namespace
{

std::vector<SectionTemplate> shippedTemplates()
{
    std::vector<SectionTemplate> templates;
    for (const auto& entry :
         fs::directory_iterator(fs::path(GONGWEN_SOURCE_DIR) / "extension" / "templates"))
    {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        ParsedTemplate parsed = parseTemplate(fromUtf8(s.str()));
        INFO(entry.path().filename().string());
        REQUIRE(parsed.value);
        templates.push_back(std::move(*parsed.value));
    }
    return templates;
}

std::vector<std::u16string> insert(const std::vector<std::u16string>& document, std::size_t at,
                                   const SectionTemplate& tpl, int level, int items)
{
    std::vector<std::u16string_view> views(document.begin(), document.end());
    const InsertionPlan plan = planInsertion(views, at, tpl, level, items);
    std::vector<std::u16string> edited = document;
    applyEdits(edited, plan.existingEdits);
    const auto where = static_cast<long>(plan.insertAt);
    std::vector<std::u16string> result(edited.begin(), edited.begin() + where);
    for (const PlannedParagraph& p : plan.paragraphs)
        result.push_back(p.text);
    result.insert(result.end(), edited.begin() + where, edited.end());
    return result;
}

std::vector<std::string> structuralFindings(const std::vector<std::u16string>& document)
{
    std::vector<std::u16string_view> views(document.begin(), document.end());
    std::vector<std::string> out;
    for (const Finding& f : checkParagraphs(views))
        if (f.ruleId != "placeholder")
            out.push_back(f.ruleId + " @" + std::to_string(f.paragraph) + " " +
                          toUtf8(f.messageZh));
    return out;
}

const std::vector<std::u16string> kTwoChapters = {
    u"总体情况良好。", u"一、强化三项举措", u"一是甲。",  u"二是乙。",
    u"三是丙。",       u"二、存在问题",     u"问题如下。"};

} // namespace

TEST_CASE("every shipped template parses and the catalog covers what reports need", "[templates]")
{
    const auto templates = shippedTemplates();
    std::vector<std::string> ids;
    for (const auto& t : templates)
    {
        ids.push_back(t.id);
        CHECK_FALSE(t.titleEn.empty());
        CHECK_FALSE(t.categoryEn.empty());
    }
    for (const char* id :
         {"skeleton.work-summary", "skeleton.work-report", "skeleton.situation-report",
          "skeleton.research-report", "skeleton.request", "section.overview",
          "section.achievements", "section.problems", "section.causes", "section.next-steps",
          "section.suggestions", "closing.report", "closing.request", "closing.signature-date",
          "closing.attachments", "items.group"})
        CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
}

TEST_CASE("every template inserts anywhere and leaves a well-formed outline", "[templates]")
{
    for (const SectionTemplate& t : shippedTemplates())
    {
        const int level = t.level > 0 ? 1 : 0;
        for (int items : {1, 4, 12})
        {
            if (!t.hasItems() && items != 1)
                continue;
            INFO(t.id << " with " << items << " items");
            CHECK(structuralFindings(insert({u""}, 0, t, level, items)).empty());
            for (std::size_t at : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(3),
                                   std::size_t(5), kTwoChapters.size()})
            {
                INFO("inserted before paragraph " << at);
                CHECK(structuralFindings(insert(kTwoChapters, at, t, level, items)).empty());
            }
        }
    }
}

TEST_CASE("insertion continues and shifts the numbering", "[templates]")
{
    const auto parsed =
        parseTemplate(u"id: t\ncategory: c\ntitle: t\nlevel: 1\n\nh 新章节\nh+1 小节\n");
    REQUIRE(parsed.value);
    const std::vector<std::u16string> doc = {u"一、甲", u"（一）子", u"二、乙", u"（一）子",
                                             u"三、丙"};
    auto at = [&](std::size_t where) { return insert(doc, where, *parsed.value, 1, 0); };
    CHECK(at(5) == std::vector<std::u16string>{u"一、甲", u"（一）子", u"二、乙", u"（一）子",
                                               u"三、丙", u"四、新章节", u"（一）小节"});
    CHECK(at(0) == std::vector<std::u16string>{u"一、新章节", u"（一）小节", u"二、甲", u"（一）子",
                                               u"三、乙", u"（一）子", u"四、丙"});
    CHECK(at(2) == std::vector<std::u16string>{u"一、甲", u"（一）子", u"二、新章节", u"（一）小节",
                                               u"三、乙", u"（一）子", u"四、丙"});
    // At level 2 inside chapter 二: the new section follows （一）, later chapters stay.
    CHECK(insert(doc, 4, *parsed.value, 2, 0) ==
          std::vector<std::u16string>{u"一、甲", u"（一）子", u"二、乙", u"（一）子",
                                      u"（二）新章节", u"1.小节", u"三、丙"});
}

TEST_CASE("an insertion point inside an item run moves after the run", "[templates]")
{
    const auto parsed = parseTemplate(u"id: t\ncategory: c\ntitle: t\nlevel: 1\n\nh 新章节\n");
    REQUIRE(parsed.value);
    std::vector<std::u16string_view> doc(kTwoChapters.begin(), kTwoChapters.end());
    CHECK(planInsertion(doc, 3, *parsed.value, 1, 0).insertAt == 5);
    CHECK(planInsertion(doc, 2, *parsed.value, 1, 0).insertAt == 2); // before the run's first item
    CHECK(planInsertion(doc, 1, *parsed.value, 1, 0).insertAt == 1);
}

TEST_CASE("the count word agrees with the number of items", "[templates]")
{
    const auto parsed = parseTemplate(
        u"id: t\ncategory: c\ntitle: t\nitems: 3\n\nlead 强化{N}项举措：\nitems 做好XX。\n");
    REQUIRE(parsed.value);
    const auto out = insert({u""}, 0, *parsed.value, 0, 5);
    CHECK(out == std::vector<std::u16string>{u"强化五项举措：", u"一是做好XX。", u"二是做好XX。",
                                             u"三是做好XX。", u"四是做好XX。", u"五是做好XX。",
                                             u""});
}

TEST_CASE("broken templates are reported with a line number", "[templates]")
{
    CHECK(parseTemplate(u"id: t\ncategory: c\ntitle: t\n\nwrong 文本\n").error->line == 5);
    CHECK(parseTemplate(u"id: t\ncategory: c\ntitle: t\nlevel: 9\n\nh 标题\n").error->line == 4);
    CHECK(parseTemplate(u"id t\n").error->line == 1);
    CHECK(parseTemplate(u"").error);
    CHECK(parseTemplate(u"id: t\ncategory: c\ntitle: t\nlevel: 4\n\nh 甲\nh+1 乙\n").error);
    const auto missing = parseTemplate(u"category: c\ntitle: t\n\nbody 甲\n");
    REQUIRE(missing.error);
    CHECK_FALSE(missing.error->messageZh.empty());
    CHECK_FALSE(missing.error->messageEn.empty());
}

TEST_CASE("bad level or item count is refused", "[templates]")
{
    const auto parsed =
        parseTemplate(u"id: t\ncategory: c\ntitle: t\nlevel: 1\nitems: 3\n\nh 甲\nitems 乙\n");
    REQUIRE(parsed.value);
    std::vector<std::u16string_view> doc;
    CHECK_THROWS(planInsertion(doc, 0, *parsed.value, 0, 3));
    CHECK_THROWS(planInsertion(doc, 0, *parsed.value, 5, 3));
    CHECK_THROWS(planInsertion(doc, 0, *parsed.value, 1, 0));
    CHECK_THROWS(planInsertion(doc, 0, *parsed.value, 1, kMaxItems + 1));
    CHECK_NOTHROW(planInsertion(doc, 0, *parsed.value, 1, kMaxItems));
}

TEST_CASE("an attachment list is not a run of headings", "[templates]")
{
    CHECK(checkText(u"正文。\n\n附件：1．XXXX\n2．XXXX\n3．XXXX").size() == 3); // placeholders only
}

TEST_CASE("一键排版 reads the roles the templates give their paragraphs", "[templates][layout]")
{
    auto expected = [](const PlannedParagraph& p)
    {
        switch (p.role)
        {
        case ParagraphRole::Title:
            return LayoutRole::Title;
        case ParagraphRole::Heading:
            return LayoutRole::Heading;
        case ParagraphRole::Closing:
            return LayoutRole::Closing;
        case ParagraphRole::Signature:
            return LayoutRole::Signature;
        case ParagraphRole::Date:
            return LayoutRole::Date;
        case ParagraphRole::Attachment:
            return LayoutRole::Attachment;
        case ParagraphRole::Addressee:
            return LayoutRole::Addressee;
        default:
            return LayoutRole::Body;
        }
    };
    std::size_t checked = 0;
    for (const SectionTemplate& t : shippedTemplates())
    {
        if (t.id.rfind("skeleton.", 0) != 0)
            continue; // whole drafts: their roles do not depend on what surrounds them
        const InsertionPlan plan =
            planInsertion({u""}, 0, t, t.level > 0 ? 1 : 0, t.hasItems() ? 3 : 0);
        std::vector<std::u16string_view> texts;
        for (const PlannedParagraph& p : plan.paragraphs)
            texts.push_back(p.text);
        const auto roles = classifyParagraphs(texts, {});
        for (std::size_t i = 0; i < texts.size(); ++i)
        {
            INFO(t.id << " paragraph " << i << ": " << toUtf8(texts[i]));
            CHECK(roles[i].role == expected(plan.paragraphs[i]));
            if (plan.paragraphs[i].role == ParagraphRole::Heading)
                CHECK(roles[i].headingLevel == plan.paragraphs[i].headingLevel);
            ++checked;
        }
    }
    CHECK(checked > 30);
}
