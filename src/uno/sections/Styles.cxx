#include "Styles.hxx"

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

void applySpec(const uno::Reference<beans::XPropertySet>& style, const core::StyleSpec& spec, const OUString& font)
{
    if (!font.isEmpty())
        for (const char* p : {"CharFontName", "CharFontNameAsian"})
            style->setPropertyValue(ascii(p), uno::Any(font));
    for (const char* p : {"CharHeight", "CharHeightAsian"})
        style->setPropertyValue(ascii(p), uno::Any(static_cast<float>(spec.sizePt)));
    const float weight = spec.bold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
    for (const char* p : {"CharWeight", "CharWeightAsian"})
        style->setPropertyValue(ascii(p), uno::Any(weight));
    style->setPropertyValue(ascii("ParaAdjust"), uno::Any(static_cast<sal_Int16>(paragraphAdjust(spec.alignment))));
    style->setPropertyValue(ascii("ParaFirstLineIndent"),
                            uno::Any(hundredthMm(spec.firstLineIndentChars * spec.sizePt)));
    style->setPropertyValue(ascii("ParaLeftMargin"), uno::Any(hundredthMm(spec.leftIndentChars * spec.sizePt)));
    style->setPropertyValue(ascii("ParaRightMargin"), uno::Any(hundredthMm(spec.rightIndentChars * spec.sizePt)));
    style->setPropertyValue(ascii("OutlineLevel"), uno::Any(static_cast<sal_Int16>(spec.outlineLevel)));
    style->setPropertyValue(ascii("ParaLineSpacing"),
                            uno::Any(style::LineSpacing(style::LineSpacingMode::FIX,
                                                        static_cast<sal_Int16>(hundredthMm(core::kLinePitchPt)))));
    style->setPropertyValue(ascii("ParaTopMargin"), uno::Any(sal_Int32(0)));
    style->setPropertyValue(ascii("ParaBottomMargin"), uno::Any(hundredthMm(spec.spaceAfterLines * core::kLinePitchPt)));
}

} // namespace

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
