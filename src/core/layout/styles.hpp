// GB/T 9704 paragraph styles for reports: names, fonts with their open substitutes, sizes.
#pragma once

#include <core/common/language.hpp>
#include <core/sections/templates.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

enum class StyleRole
{
    Title,    // 公文标题: 二号 小标宋, centred
    Heading1, // 一级标题: 三号 黑体
    Heading2, // 二级标题: 三号 楷体
    Heading3, // 三级标题: 三号 仿宋 (also level 4)
    Body,     // 公文正文: 三号 仿宋, first line indented 2 characters
};

constexpr double kLinePitchPt = 28.95; // 22 lines on the 225 mm text area (GB/T 9704 §5.2.2)

struct StyleSpec
{
    StyleRole role;
    BilingualText name;
    BilingualText fontRole; // 小标宋 / 黑体 / 楷体 / 仿宋 for messages
    std::vector<std::u16string_view> fonts; // preferred first, then open substitutes
    double sizePt;
    bool bold;     // only to make an open substitute of 小标宋 look like it
    bool centred;
    double firstLineIndentChars;
};

const std::vector<StyleSpec>& officialStyles();
const StyleSpec& styleSpec(StyleRole role);

/// The style for an inserted paragraph.
StyleRole styleRoleFor(ParagraphRole role, int headingLevel);

struct FontChoice
{
    std::u16string font;      // empty: none of the candidates is installed
    bool substituted = false; // not the preferred (first) font
};

/// The first candidate font of `spec` that `isInstalled` accepts.
FontChoice chooseFont(const StyleSpec& spec, const std::function<bool(std::u16string_view)>& isInstalled);

} // namespace gongwen::core
