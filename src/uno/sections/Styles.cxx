#include "Styles.hxx"

#include "../common/DocumentEdit.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <set>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr double kHundredthMmPerPt = 2540.0 / 72.0;

std::set<OUString> installedFonts(const uno::Reference<uno::XComponentContext>& context)
{
    std::set<OUString> names;
    uno::Reference<awt::XToolkit> toolkit(awt::Toolkit::create(context), uno::UNO_QUERY_THROW);
    uno::Reference<awt::XDevice> device = toolkit->createScreenCompatibleDevice(1, 1);
    if (device.is())
        for (const awt::FontDescriptor& f : device->getFontDescriptors())
            names.insert(f.Name);
    return names;
}

style::ParagraphAdjust paragraphAdjust(core::Alignment alignment)
{
    switch (alignment)
    {
        case core::Alignment::Left:
            return style::ParagraphAdjust_LEFT;
        case core::Alignment::Centred:
            return style::ParagraphAdjust_CENTER;
        case core::Alignment::Right:
            return style::ParagraphAdjust_RIGHT;
        case core::Alignment::Justified:
            break;
    }
    return style::ParagraphAdjust_BLOCK;
}

sal_Int32 hundredthMm(double pt) { return static_cast<sal_Int32>(pt * kHundredthMmPerPt + 0.5); }


// The properties a spec sets, as (name, value) pairs: one list for creating and for updating.
std::vector<std::pair<const char*, uno::Any>> specProperties(const core::StyleSpec& spec, const OUString& font)
{
    std::vector<std::pair<const char*, uno::Any>> p;
    if (!font.isEmpty())
        for (const char* name : {"CharFontName", "CharFontNameAsian"})
            p.emplace_back(name, uno::Any(font));
    for (const char* name : {"CharHeight", "CharHeightAsian"})
        p.emplace_back(name, uno::Any(static_cast<float>(spec.sizePt)));
    const float weight = spec.bold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
    for (const char* name : {"CharWeight", "CharWeightAsian"})
        p.emplace_back(name, uno::Any(weight));
    return p;
}

std::vector<std::pair<const char*, uno::Any>> paragraphProperties(const core::StyleSpec& spec)
{
    return {
        {"ParaAdjust", uno::Any(static_cast<sal_Int16>(paragraphAdjust(spec.alignment)))},
        {"ParaFirstLineIndent", uno::Any(hundredthMm(spec.firstLineIndentChars * spec.sizePt))},
        {"ParaLeftMargin", uno::Any(hundredthMm(spec.leftIndentChars * spec.sizePt))},
        {"ParaRightMargin", uno::Any(hundredthMm(spec.rightIndentChars * spec.sizePt))},
        {"OutlineLevel", uno::Any(static_cast<sal_Int16>(spec.outlineLevel))},
        {"ParaLineSpacing", uno::Any(style::LineSpacing(style::LineSpacingMode::FIX,
                                                        static_cast<sal_Int16>(hundredthMm(core::kLinePitchPt))))},
        {"ParaTopMargin", uno::Any(sal_Int32(0))},
        {"ParaBottomMargin", uno::Any(hundredthMm(spec.spaceAfterLines * core::kLinePitchPt))},
    };
}

// A style created for an inserted section takes the spec as it is.
void applySpec(const uno::Reference<beans::XPropertySet>& style, const core::StyleSpec& spec, const OUString& font)
{
    for (const auto& [property, value] : specProperties(spec, font))
        style->setPropertyValue(ascii(property), value);
    for (const auto& [property, value] : paragraphProperties(spec))
        style->setPropertyValue(ascii(property), value);
}

uno::Reference<container::XNameContainer> styleFamily(const uno::Reference<text::XTextDocument>& document, const char* family)
{
    uno::Reference<style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
    return uno::Reference<container::XNameContainer>(families->getStyleFamilies()->getByName(ascii(family)),
                                                     uno::UNO_QUERY_THROW);
}

// The style of that name in `family`, created when missing (then `created` is set).
uno::Reference<beans::XPropertySet> styleNamed(const uno::Reference<text::XTextDocument>& document, const char* family,
                                               const char* service, const OUString& name, bool& created)
{
    auto styles = styleFamily(document, family);
    created = !styles->hasByName(name);
    if (created)
    {
        uno::Reference<beans::XPropertySet> style(
            uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)->createInstance(ascii(service)),
            uno::UNO_QUERY_THROW);
        styles->insertByName(name, uno::Any(style));
    }
    return uno::Reference<beans::XPropertySet>(styles->getByName(name), uno::UNO_QUERY_THROW);
}

} // namespace

OUString installedFontAmong(const uno::Reference<uno::XComponentContext>& context,
                            const std::vector<std::u16string_view>& candidates)
{
    const std::set<OUString> fonts = installedFonts(context);
    for (std::u16string_view f : candidates)
        if (fonts.count(toOUString(f)))
            return toOUString(f);
    return OUString();
}

OUString runInStyleName(core::StyleRole role, core::Language language)
{
    return officialStyleName(role, language) +
           (language == core::Language::ChineseSimplified ? toOUString(u"（标题句）") : ascii(" (run-in)"));
}

StylesApplied applyOfficialStyles(const uno::Reference<uno::XComponentContext>& context,
                                  const uno::Reference<text::XTextDocument>& document, const core::LayoutProfile& profile,
                                  core::Language language)
{
    // Writer records style creation and style changes in its undo: they join the caller's step.
    auto set = [](const uno::Reference<beans::XPropertySet>& style, const char* property, const uno::Any& value) {
        if (style->getPropertyValue(ascii(property)) == value)
            return;
        writePoint();
        style->setPropertyValue(ascii(property), value);
    };
    StylesApplied applied;
    const std::set<OUString> fonts = installedFonts(context);
    for (const core::StyleSpec& official : core::officialStyles())
    {
        const core::StyleSpec spec = core::styleSpecFor(profile, official.role);
        const core::FontChoice choice =
            core::chooseFont(spec, [&](std::u16string_view f) { return fonts.count(toOUString(f)) > 0; });
        const OUString font = toOUString(choice.font);
        const OUString name = officialStyleName(spec.role, language);
        bool created = false;
        auto style = styleNamed(document, "ParagraphStyles", "com.sun.star.style.ParagraphStyle", name, created);
        if (created)
            applied.createdParagraphStyles.push_back(name);
        for (const auto& [property, value] : specProperties(spec, font))
            set(style, property, value);
        for (const auto& [property, value] : paragraphProperties(spec))
            set(style, property, value);
        if (choice.substituted || choice.font.empty())
            applied.substitutions.push_back({name, toOUString(spec.fontRole.pick(language)), font});
        if (spec.outlineLevel > 0) // a run-in heading's sentence: the heading's font in a body paragraph
        {
            const OUString charName = runInStyleName(spec.role, language);
            auto charStyle = styleNamed(document, "CharacterStyles", "com.sun.star.style.CharacterStyle", charName, created);
            if (created)
                applied.createdCharacterStyles.push_back(charName);
            for (const auto& [property, value] : specProperties(spec, font))
                set(charStyle, property, value);
        }
    }
    return applied;
}

OUString officialStyleName(core::StyleRole role, core::Language language)
{
    return toOUString(core::styleSpec(role).name.pick(language));
}

std::vector<FontSubstitution> ensureOfficialStyles(const uno::Reference<uno::XComponentContext>& context,
                                                   const uno::Reference<text::XTextDocument>& document,
                                                   core::Language language)
{
    uno::Reference<style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameContainer> paragraphStyles(
        families->getStyleFamilies()->getByName(ascii("ParagraphStyles")), uno::UNO_QUERY_THROW);
    uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    std::vector<FontSubstitution> substitutions;
    std::set<OUString> fonts;
    bool fontsRead = false;
    for (const core::StyleSpec& spec : core::officialStyles())
    {
        const OUString name = officialStyleName(spec.role, language);
        if (paragraphStyles->hasByName(name))
            continue; // the user's style of that name wins
        if (!fontsRead)
        {
            fonts = installedFonts(context);
            fontsRead = true;
        }
        const core::FontChoice choice =
            core::chooseFont(spec, [&](std::u16string_view f) { return fonts.count(toOUString(f)) > 0; });
        uno::Reference<beans::XPropertySet> style(factory->createInstance(ascii("com.sun.star.style.ParagraphStyle")),
                                                  uno::UNO_QUERY_THROW);
        paragraphStyles->insertByName(name, uno::Any(style));
        applySpec(style, spec, toOUString(choice.font));
        if (choice.substituted || choice.font.empty())
            substitutions.push_back({name, toOUString(spec.fontRole.pick(language)), toOUString(choice.font)});
    }
    return substitutions;
}

} // namespace gongwen::ext
