#include <core/layout/styles.hpp>

namespace gongwen::core
{

const std::vector<StyleSpec>& officialStyles()
{
    static const std::vector<StyleSpec> styles = {
        {StyleRole::Title,
         {u"公文标题", u"Gongwen Title"},
         {u"小标宋", u"Xiaobiaosong"},
         {u"方正小标宋简体", u"方正小标宋_GBK", u"FZXiaoBiaoSong-B05S", u"华文中宋", u"STZhongsong",
          u"Noto Serif CJK SC", u"Source Han Serif SC", u"AR PL UMing CN"},
         22.0, true, true, 0.0},
        {StyleRole::Heading1,
         {u"一级标题", u"Gongwen Heading 1"},
         {u"黑体", u"Heiti"},
         {u"黑体", u"SimHei", u"方正黑体_GBK", u"方正黑体简体", u"Noto Sans CJK SC", u"Source Han Sans SC",
          u"WenQuanYi Zen Hei", u"Droid Sans Fallback"},
         16.0, false, false, 2.0},
        {StyleRole::Heading2,
         {u"二级标题", u"Gongwen Heading 2"},
         {u"楷体", u"Kaiti"},
         {u"楷体_GB2312", u"楷体", u"KaiTi", u"方正楷体_GBK", u"AR PL UKai CN", u"AR PL KaitiM GB",
          u"Noto Serif CJK SC", u"Source Han Serif SC"},
         16.0, false, false, 2.0},
        {StyleRole::Heading3,
         {u"三级标题", u"Gongwen Heading 3"},
         {u"仿宋", u"Fangsong"},
         {u"仿宋_GB2312", u"仿宋", u"FangSong", u"方正仿宋_GBK", u"Noto Serif CJK SC", u"Source Han Serif SC",
          u"AR PL UMing CN"},
         16.0, false, false, 2.0},
        {StyleRole::Body,
         {u"公文正文", u"Gongwen Body"},
         {u"仿宋", u"Fangsong"},
         {u"仿宋_GB2312", u"仿宋", u"FangSong", u"方正仿宋_GBK", u"Noto Serif CJK SC", u"Source Han Serif SC",
          u"AR PL UMing CN"},
         16.0, false, false, 2.0},
    };
    return styles;
}

const StyleSpec& styleSpec(StyleRole role)
{
    for (const StyleSpec& s : officialStyles())
        if (s.role == role)
            return s;
    return officialStyles().back();
}

StyleRole styleRoleFor(ParagraphRole role, int headingLevel)
{
    switch (role)
    {
        case ParagraphRole::Title:
            return StyleRole::Title;
        case ParagraphRole::Heading:
            return headingLevel <= 1 ? StyleRole::Heading1 : headingLevel == 2 ? StyleRole::Heading2 : StyleRole::Heading3;
        default:
            return StyleRole::Body;
    }
}

FontChoice chooseFont(const StyleSpec& spec, const std::function<bool(std::u16string_view)>& isInstalled)
{
    for (std::size_t i = 0; i < spec.fonts.size(); ++i)
        if (isInstalled(spec.fonts[i]))
            return FontChoice{std::u16string(spec.fonts[i]), i > 0};
    return FontChoice{};
}

} // namespace gongwen::core
