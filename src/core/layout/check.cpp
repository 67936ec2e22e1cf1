#include <core/layout/check.hpp>

#include <core/text/text.hpp>

#include <cstdlib>

namespace gongwen::core
{
namespace
{

constexpr int kTolerance = 100; // 1 mm, as GB/T 9704 allows

bool near(int actual, int wanted)
{
    return std::abs(actual - wanted) <= kTolerance;
}

std::u16string millimetres(int hundredths)
{
    return decimal(hundredths / 100) +
           (hundredths % 100 ? u"." + decimal(hundredths % 100 / 10) : u"");
}

Finding pageFinding(const char* rule, std::u16string zh, std::u16string en)
{
    Finding f = makeFinding(rule, Severity::Warning, kPageFinding, 0, 0);
    f.messageZh = std::move(zh) + u"（一键排版将设置）";
    f.messageEn = std::move(en) + u" (一键排版 sets it).";
    return f;
}

} // namespace

std::vector<Finding> checkLayoutState(const LayoutProfile& profile, const PageState& page,
                                      const std::vector<std::u16string_view>& paragraphs,
                                      const std::vector<ParagraphRoleInfo>& roles,
                                      const std::vector<ParagraphState>& states,
                                      const std::function<std::u16string(StyleRole)>& styleName)
{
    std::vector<Finding> out;
    const PageSpec& want = profile.page;
    if (!near(page.width, want.width) || !near(page.height, want.height) ||
        !near(page.top, want.top) || !near(page.left, want.left) || !near(page.right, want.right) ||
        !near(page.bottom + page.footerHeight, want.bottom + want.footerHeight))
        out.push_back(pageFinding("layout.page",
                                  u"页面应为 A4，上边距 " + millimetres(want.top) + u" 毫米、左 " +
                                      millimetres(want.left) + u" 毫米、右 " +
                                      millimetres(want.right) + u" 毫米，版心 156 × 225 毫米",
                                  u"The page should be A4 with a " + millimetres(want.top) +
                                      u" mm top and " + millimetres(want.left) +
                                      u" mm left margin and a 156 × 225 mm text area"));
    if (page.gridMode == 0 || page.gridLines != want.gridLines)
        out.push_back(pageFinding("layout.grid", u"版心应为每页 22 行的文档网格",
                                  u"The text area should have a 22-line grid"));
    if (!page.pageNumbers)
        out.push_back(
            pageFinding("layout.pagenumber", u"页码应为“— 1 —”，单页居右、双页居左",
                        u"Page numbers should read “— 1 —”, odd pages right and even pages left"));
    for (std::size_t i = 0; i < roles.size() && i < states.size(); ++i)
    {
        const ParagraphRoleInfo& role = roles[i];
        if (role.role == LayoutRole::Blank || role.role == LayoutRole::Table)
            continue;
        const std::u16string wanted = styleName(styleRoleForLayout(role));
        if (states[i].styleName != wanted)
        {
            Finding f = makeFinding("layout.style", Severity::Warning, i, 0, 0);
            f.messageZh = u"此段应使用“" + wanted + u"”样式（当前为“" + states[i].styleName +
                          u"”；一键排版将设置）。";
            f.messageEn = u"This paragraph should have the style “" + wanted + u"” (now “" +
                          states[i].styleName + u"”; 一键排版 sets it).";
            out.push_back(std::move(f));
        }
        else if (states[i].directFormatting)
        {
            Finding f = makeFinding("layout.direct", Severity::Hint, i, 0, 0);
            f.messageZh = u"此段的字体或字号是手工设置的，与样式不一致（一键排版将清除）。";
            f.messageEn = u"Fonts or sizes were set by hand on this paragraph, against its style "
                          u"(一键排版 clears them).";
            out.push_back(std::move(f));
        }
        if (role.role == LayoutRole::Date && i < paragraphs.size())
        {
            const std::u16string standard = standardDate(paragraphs[i]);
            if (!standard.empty() && standard != paragraphs[i])
            {
                Finding f =
                    makeFinding("layout.date", Severity::Warning, i, 0, paragraphs[i].size());
                f.messageZh = u"成文日期应使用阿拉伯数字：" + standard + u"。";
                f.messageEn = u"The date should be in Arabic numerals: " + standard + u".";
                f.suggestions.push_back(standard);
                out.push_back(std::move(f));
            }
        }
    }
    return out;
}

} // namespace gongwen::core
