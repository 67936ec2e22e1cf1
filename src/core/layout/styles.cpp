// SPDX-License-Identifier: MPL-2.0
#include <core/layout/styles.hpp>

#include <core/doctypes/letterhead.hpp>

#include <cmath>

namespace gongwen::core
{
namespace
{

// 仿宋 then its open substitutes: the body, level-3 and level-4 headings and the closing parts.
// AR PL UMing (Debian fonts-arphic-uming) before Noto Serif CJK: its thin strokes are nearer to
// 仿宋, and the title's 小标宋 stand-in is Noto Serif CJK, so the two stay apart.
std::vector<std::u16string_view> fangsong()
{
    return {u"仿宋_GB2312",        u"仿宋",           u"FangSong",
            u"方正仿宋_GBK",       u"AR PL UMing CN", u"Noto Serif CJK SC",
            u"Source Han Serif SC"};
}

std::vector<std::u16string_view> xiaobiaosong()
{
    return {u"方正小标宋简体", u"方正小标宋_GBK",    u"FZXiaoBiaoSong-B05S", u"华文中宋",
            u"STZhongsong",    u"Noto Serif CJK SC", u"Source Han Serif SC", u"AR PL UMing CN"};
}

std::vector<std::u16string_view> heiti()
{
    return {u"黑体",
            u"SimHei",
            u"方正黑体_GBK",
            u"方正黑体简体",
            u"Noto Sans CJK SC",
            u"Source Han Sans SC",
            u"WenQuanYi Zen Hei",
            u"Droid Sans Fallback"};
}

} // namespace

const std::vector<StyleSpec>& officialStyles()
{
    static const std::vector<StyleSpec> styles = {
        {StyleRole::Title,
         {u"公文标题", u"Gongwen Title"},
         {u"小标宋", u"Xiaobiaosong"},
         xiaobiaosong(),
         22.0,
         true,
         Alignment::Centred,
         0.0,
         0,
         0,
         0,
         1.0},
        {StyleRole::Heading1,
         {u"一级标题", u"Gongwen Heading 1"},
         {u"黑体", u"Heiti"},
         heiti(),
         16.0,
         false,
         Alignment::Justified,
         2.0,
         1},
        {StyleRole::Heading2,
         {u"二级标题", u"Gongwen Heading 2"},
         {u"楷体", u"Kaiti"},
         {u"楷体_GB2312", u"楷体", u"KaiTi", u"方正楷体_GBK", u"AR PL UKai CN", u"AR PL KaitiM GB",
          u"Noto Serif CJK SC", u"Source Han Serif SC"},
         16.0,
         false,
         Alignment::Justified,
         2.0,
         2},
        {StyleRole::Heading3,
         {u"三级标题", u"Gongwen Heading 3"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Justified,
         2.0,
         3},
        {StyleRole::Body,
         {u"公文正文", u"Gongwen Body"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Justified,
         2.0},
        {StyleRole::Heading4,
         {u"四级标题", u"Gongwen Heading 4"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Justified,
         2.0,
         4},
        {StyleRole::Addressee,
         {u"主送机关", u"Gongwen Addressee"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Left,
         0.0},
        {StyleRole::Attachment,
         {u"附件说明", u"Gongwen Attachments"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Justified,
         2.0},
        {StyleRole::AttachmentMore,
         {u"附件说明（续）", u"Gongwen Attachments (continued)"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Justified,
         5.0}, // 2 characters + "附件："
        {StyleRole::Signature,
         {u"发文机关署名", u"Gongwen Signature"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Right,
         0.0,
         0,
         0,
         4.0},
        {StyleRole::Date,
         {u"成文日期", u"Gongwen Date"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Right,
         0.0,
         0,
         0,
         4.0},
        {StyleRole::Distribution,
         {u"版记", u"Gongwen Distribution"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         14.0,
         false,
         Alignment::Justified,
         0.0,
         0,
         1.0,
         1.0,
         0,
         true},
        {StyleRole::TableText,
         {u"表格文字", u"Gongwen Table Text"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         14.0,
         false,
         Alignment::Centred,
         0.0,
         0,
         0,
         0,
         0,
         false,
         0,
         true},
        {StyleRole::TableHeader,
         {u"表格标题行", u"Gongwen Table Header"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         14.0,
         true,
         Alignment::Centred,
         0.0,
         0,
         0,
         0,
         0,
         false,
         0,
         true},
        {StyleRole::HeadElement,
         {u"版头要素", u"Gongwen Head Element"},
         {u"黑体", u"Heiti"},
         heiti(),
         16.0,
         false,
         Alignment::Left,
         0.0,
         0,
         0,
         0,
         0,
         false,
         0,
         false,
         -1,
         true},
        {StyleRole::Mark,
         {u"发文机关标志", u"Gongwen Issuer Mark"},
         {u"小标宋", u"Xiaobiaosong"},
         xiaobiaosong(),
         kMarkLargestPt,
         true,
         Alignment::Centred,
         0.0,
         0,
         0,
         0,
         0,
         false,
         0,
         false,
         kHeadRed,
         true},
        {StyleRole::DocumentNumber,
         {u"发文字号", u"Gongwen Document Number"},
         {u"仿宋", u"Fangsong"},
         fangsong(),
         16.0,
         false,
         Alignment::Centred,
         0.0,
         0,
         0,
         0,
         0,
         false,
         0,
         false,
         -1,
         true},
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
        return headingLevel <= 1   ? StyleRole::Heading1
               : headingLevel == 2 ? StyleRole::Heading2
               : headingLevel == 3 ? StyleRole::Heading3
                                   : StyleRole::Heading4;
    case ParagraphRole::Signature:
        return StyleRole::Signature;
    case ParagraphRole::Date:
        return StyleRole::Date;
    case ParagraphRole::Attachment:
        return StyleRole::Attachment;
    case ParagraphRole::Addressee:
        return StyleRole::Addressee;
    default:
        return StyleRole::Body;
    }
}

StyleRole styleRoleForLayout(const ParagraphRoleInfo& role)
{
    switch (role.role)
    {
    case LayoutRole::Title:
        return StyleRole::Title;
    case LayoutRole::Addressee:
        return StyleRole::Addressee;
    case LayoutRole::Heading:
        // A run-in heading is a body paragraph whose first sentence takes the heading's font.
        return role.runInEnd > 0 ? StyleRole::Body
                                 : styleRoleFor(ParagraphRole::Heading, role.headingLevel);
    case LayoutRole::Attachment:
        return StyleRole::Attachment;
    case LayoutRole::AttachmentMore:
        return StyleRole::AttachmentMore;
    case LayoutRole::Signature:
        return StyleRole::Signature;
    case LayoutRole::Date:
        return StyleRole::Date;
    case LayoutRole::Distribution:
        return StyleRole::Distribution;
    case LayoutRole::HeadElement:
        return StyleRole::HeadElement;
    case LayoutRole::Mark:
        return StyleRole::Mark;
    case LayoutRole::DocumentNumber:
        return StyleRole::DocumentNumber;
    default:
        return StyleRole::Body;
    }
}

const std::vector<LayoutProfile>& layoutProfiles()
{
    static const std::vector<LayoutProfile> profiles = {
        {"gbt9704", {u"GB/T 9704 标准版式", u"GB/T 9704 standard"}, PageSpec{}, false},
        // Some provinces: a 34.58 mm top margin (the text area moves up) and bold 1. headings.
        {"gbt9704-local",
         {u"地方版式（上边距 34.58 毫米，三级标题加粗）",
          u"Local variant (34.58 mm top margin, bold level-3 headings)"},
         PageSpec{21000, 29700, 3458, 2542, 2800, 2600, 1200, 700, 22, 1022},
         true},
        // Documents sent without a seal: 署名 右空二字, the date two characters further right.
        {"gbt9704-unsealed",
         {u"国家标准，不加盖印章（署名右空二字）",
          u"National standard, unsealed (signature two characters in)"},
         PageSpec{},
         false,
         false},
    };
    return profiles;
}

std::vector<RuleLines> distributionRules(const std::vector<ParagraphRoleInfo>& roles)
{
    std::vector<RuleLines> lines(roles.size());
    auto isDistribution = [&](std::size_t i)
    { return i < roles.size() && roles[i].role == LayoutRole::Distribution; };
    for (std::size_t i = 0; i < roles.size(); ++i)
    {
        if (!isDistribution(i))
            continue;
        lines[i].top = i > 0 && isDistribution(i - 1) ? 0 : kThickRule;
        lines[i].bottom = isDistribution(i + 1) ? kThinRule : kThickRule;
    }
    return lines;
}

const LayoutProfile* findLayoutProfile(std::string_view id)
{
    if (id.empty())
        return &layoutProfiles().front();
    for (const LayoutProfile& p : layoutProfiles())
        if (p.id == id)
            return &p;
    return nullptr;
}

StyleSpec styleSpecFor(const LayoutProfile& profile, StyleRole role)
{
    StyleSpec spec = styleSpec(role);
    if (role == StyleRole::Heading3 && profile.boldHeading3)
        spec.bold = true;
    if (spec.sizePt == kBodySizePt)
        spec.characterSpacing =
            characterSpacingFor(profile.page.width - profile.page.left - profile.page.right,
                                spec.sizePt, kCharactersPerLine);
    return spec;
}

int bodyCharacterPitch(const LayoutProfile& profile)
{
    constexpr double kHundredthMmPerPt = 2540.0 / 72.0;
    return static_cast<int>(std::lround(kBodySizePt * kHundredthMmPerPt)) +
           styleSpecFor(profile, StyleRole::Body).characterSpacing;
}

int characterSpacingFor(int textWidth, double sizePt, int perLine)
{
    constexpr double kHundredthMmPerPt = 2540.0 / 72.0;
    const double size = sizePt * kHundredthMmPerPt;
    if (perLine <= 0 || textWidth <= 0)
        return 0;
    const double pitch = double(textWidth) / perLine; // the widest pitch that still fits
    if (size * perLine <= textWidth && size * (perLine + 1) > textWidth)
        return 0;
    // Writer keeps the spacing in whole twips: take the twip value towards closer, so that no
    // rounding pushes the last character over the edge, and hand it over in 1/100 mm.
    constexpr double kHundredthMmPerTwip = 2540.0 / 1440.0;
    const double twips = std::floor((pitch - size) / kHundredthMmPerTwip);
    return static_cast<int>(std::lround(twips * kHundredthMmPerTwip));
}

FontChoice chooseFont(const StyleSpec& spec,
                      const std::function<bool(std::u16string_view)>& isInstalled)
{
    for (std::size_t i = 0; i < spec.fonts.size(); ++i)
        if (isInstalled(spec.fonts[i]))
            return FontChoice{std::u16string(spec.fonts[i]), i > 0};
    return FontChoice{};
}

FontPlan planFont(const StyleSpec& spec,
                  const std::function<bool(std::u16string_view)>& isInstalled)
{
    FontPlan plan;
    // The title's bold only stands in for 小标宋's weight; other bold (level 3 in some profiles) is
    // real.
    const bool boldStandsIn = spec.role == StyleRole::Title;
    plan.bold = spec.bold && !boldStandsIn;
    if (spec.fonts.empty())
        return plan;
    plan.styleFont = std::u16string(spec.fonts.front());
    if (isInstalled(spec.fonts.front()))
        return plan;
    const FontChoice substitute = chooseFont(spec, isInstalled);
    plan.replacement = substitute.font;
    plan.missing = substitute.font.empty();
    plan.bold = spec.bold && (!boldStandsIn || !plan.missing);
    return plan;
}

} // namespace gongwen::core
