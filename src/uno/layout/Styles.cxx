// SPDX-License-Identifier: MPL-2.0
#include "Styles.hxx"

#include <core/doctypes/letterhead.hpp>

#include "../common/DocumentEdit.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XFlushable.hpp>

#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace css;

namespace gongwen::ext
{

uno::Reference<container::XNameContainer>
styleFamily(const uno::Reference<text::XTextDocument>& document, const char* family)
{
    uno::Reference<style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
    return uno::Reference<container::XNameContainer>(
        families->getStyleFamilies()->getByName(ascii(family)), uno::UNO_QUERY_THROW);
}

table::BorderLine2 paddingLine()
{
    table::BorderLine2 line;
    line.Color = 0xFFFFFF;
    line.LineStyle = table::BorderLineStyle::SOLID;
    line.LineWidth = 2;
    line.OuterLineWidth = 2;
    return line;
}
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

sal_Int32 hundredthMm(double pt)
{
    return static_cast<sal_Int32>(pt * kHundredthMmPerPt + 0.5);
}

// The properties a spec sets, as (name, value) pairs: one list for creating and for updating.
std::vector<std::pair<const char*, uno::Any>> specProperties(const core::StyleSpec& spec,
                                                             const core::FontPlan& font)
{
    std::vector<std::pair<const char*, uno::Any>> p;
    for (const char* name : {"CharFontName", "CharFontNameAsian"})
        p.emplace_back(name, uno::Any(toOUString(font.styleFont)));
    for (const char* name : {"CharHeight", "CharHeightAsian"})
        p.emplace_back(name, uno::Any(static_cast<float>(spec.sizePt)));
    const float weight = font.bold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
    for (const char* name : {"CharWeight", "CharWeightAsian"})
        p.emplace_back(name, uno::Any(weight));
    p.emplace_back("CharKerning", uno::Any(static_cast<sal_Int16>(spec.characterSpacing)));
    p.emplace_back("CharColor", uno::Any(static_cast<sal_Int32>(spec.colour)));
    return p;
}

// 版记's side padding must survive .docx and .doc: Word pads a paragraph sideways only inside
// side borders, so the ruled style has white hairline side borders (unseen on paper) that carry
// the one-character padding through a round trip.
table::BorderLine2 sideLine(bool ruled)
{
    return ruled ? paddingLine() : table::BorderLine2();
}

// Single in tables; a 标志 row 1.1 em (its em box's top on the line's top, see letterhead.hpp);
// else the page grid's pitch.
style::LineSpacing lineSpacing(const core::StyleSpec& spec)
{
    if (spec.inTable)
        return style::LineSpacing(style::LineSpacingMode::PROP, 100);
    const double pt =
        spec.role == core::StyleRole::Mark ? spec.sizePt * core::kMarkLineEm : core::kLinePitchPt;
    return style::LineSpacing(style::LineSpacingMode::FIX, static_cast<sal_Int16>(hundredthMm(pt)));
}

std::vector<std::pair<const char*, uno::Any>> paragraphProperties(const core::StyleSpec& spec)
{
    const sal_Int32 left = hundredthMm(spec.leftIndentChars * spec.sizePt);
    const sal_Int32 right = hundredthMm(spec.rightIndentChars * spec.sizePt);
    // 版记's lines span the text area, so its side indents are padding inside them; its lines
    // differ per paragraph and must not merge into one box.
    const sal_Int32 none = 0;
    return {
        {"ParaAdjust", uno::Any(static_cast<sal_Int16>(paragraphAdjust(spec.alignment)))},
        {"ParaFirstLineIndent", uno::Any(hundredthMm(spec.firstLineIndentChars * spec.sizePt))},
        {"ParaLeftMargin", uno::Any(spec.ruled ? none : left)},
        {"ParaRightMargin", uno::Any(spec.ruled ? none : right)},
        {"LeftBorderDistance", uno::Any(spec.ruled ? left : none)},
        {"RightBorderDistance", uno::Any(spec.ruled ? right : none)},
        {"ParaIsConnectBorder", uno::Any(!spec.ruled)},
        {"LeftBorder", uno::Any(sideLine(spec.ruled))},
        {"RightBorder", uno::Any(sideLine(spec.ruled))},
        {"OutlineLevel", uno::Any(static_cast<sal_Int16>(spec.outlineLevel))},
        {"ParaLineSpacing", uno::Any(lineSpacing(spec))},
        {"SnapToGrid", uno::Any(!spec.inTable && !spec.offGrid)},
        {"ParaTopMargin", uno::Any(sal_Int32(0))},
        {"ParaBottomMargin", uno::Any(hundredthMm(spec.spaceAfterLines * core::kLinePitchPt))},
    };
}

// A style created for an inserted section takes the spec as it is.
void applySpec(const uno::Reference<beans::XPropertySet>& style, const core::StyleSpec& spec,
               const core::FontPlan& font)
{
    for (const auto& [property, value] : specProperties(spec, font))
        style->setPropertyValue(ascii(property), value);
    for (const auto& [property, value] : paragraphProperties(spec))
        style->setPropertyValue(ascii(property), value);
}

// The style of that name in `family`, created when missing (then `created` is set).
uno::Reference<beans::XPropertySet> styleNamed(const uno::Reference<text::XTextDocument>& document,
                                               const char* family, const char* service,
                                               const OUString& name, bool& created)
{
    auto styles = styleFamily(document, family);
    created = !styles->hasByName(name);
    if (created)
    {
        uno::Reference<beans::XPropertySet> style(
            uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
                ->createInstance(ascii(service)),
            uno::UNO_QUERY_THROW);
        styles->insertByName(name, uno::Any(style));
    }
    return uno::Reference<beans::XPropertySet>(styles->getByName(name), uno::UNO_QUERY_THROW);
}

// A style that exists only under its legacy English name (laid out by an earlier version under
// an English UI) takes the Chinese name: its paragraphs keep it, and the document reads the same
// in every UI language. Writer's undo records the renaming.
void adoptLegacyName(const uno::Reference<text::XTextDocument>& document, const char* family,
                     const OUString& name, const OUString& legacy)
{
    auto styles = styleFamily(document, family);
    if (styles->hasByName(name) || !styles->hasByName(legacy))
        return;
    writePoint();
    uno::Reference<container::XNamed>(styles->getByName(legacy), uno::UNO_QUERY_THROW)
        ->setName(name);
}

// The office's font replacement table (Tools ▸ Options ▸ Fonts), to read or to change.
uno::Reference<container::XNameAccess>
fontSubstitution(const uno::Reference<uno::XComponentContext>& context, bool forUpdate)
{
    auto provider = configuration::theDefaultProvider::get(context);
    beans::NamedValue path(ascii("nodepath"),
                           uno::Any(ascii("/org.openoffice.Office.Common/Font/Substitution")));
    uno::Sequence<uno::Any> args(1);
    args[0] <<= path;
    return uno::Reference<container::XNameAccess>(
        provider->createInstanceWithArguments(
            ascii(forUpdate ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                            : "com.sun.star.configuration.ConfigurationAccess"),
            args),
        uno::UNO_QUERY_THROW);
}

// Standard font → substitute, for the table's pairs whose substitute is installed here.
std::map<OUString, OUString>
installedReplacements(const uno::Reference<container::XNameAccess>& pairs,
                      const std::set<OUString>& installed)
{
    std::map<OUString, OUString> replacements;
    for (const OUString& name : pairs->getElementNames())
    {
        OUString font, substitute;
        uno::Reference<beans::XPropertySet> pair(pairs->getByName(name), uno::UNO_QUERY_THROW);
        pair->getPropertyValue(ascii("ReplaceFont")) >>= font;
        pair->getPropertyValue(ascii("SubstituteFont")) >>= substitute;
        if (installed.count(substitute))
            replacements[font] = substitute;
    }
    return replacements;
}

// Maps each missing standard font to its installed substitute in the office's font replacement
// table (Tools ▸ Options ▸ Fonts): the document keeps the standard names and looks right here,
// on screen and in exported PDF. The .oxt ships pairs for the open fonts Debian has
// (registry/FontSubstitution.xcu), in force from the first start; a pair counts only when its
// substitute is installed here, otherwise ours is written (the office reads it at its next
// start). Returns the standard fonts whose pair was written now: only those need a restart.
std::set<OUString> ensureFontReplacements(const uno::Reference<uno::XComponentContext>& context,
                                          const std::vector<core::FontPlan>& plans,
                                          const std::set<OUString>& installed) noexcept
{
    std::set<OUString> written;
    try
    {
        const uno::Reference<container::XNameAccess> access = fontSubstitution(context, true);
        uno::Reference<container::XNameContainer> pairs(access->getByName(ascii("FontPairs")),
                                                        uno::UNO_QUERY_THROW);
        std::set<OUString> covered; // standard fonts a pair maps to an installed font
        for (const auto& [font, substitute] : installedReplacements(
                 uno::Reference<container::XNameAccess>(pairs, uno::UNO_QUERY_THROW), installed))
            covered.insert(font);
        bool changed = false;
        for (const core::FontPlan& plan : plans)
        {
            const OUString standard = toOUString(plan.styleFont);
            const OUString key = ascii("gongwen-") + standard;
            if (installed.count(standard) && pairs->hasByName(key))
            {
                // The pairs are "Always" (see FontSubstitution.xcu): a real font must not be
                // replaced.
                pairs->removeByName(key);
                changed = true;
                continue;
            }
            if (plan.replacement.empty() || covered.count(standard))
                continue;
            uno::Reference<beans::XPropertySet> pair;
            if (pairs->hasByName(key))
                pair.set(pairs->getByName(key), uno::UNO_QUERY_THROW);
            else
                pair.set(uno::Reference<lang::XSingleServiceFactory>(pairs, uno::UNO_QUERY_THROW)
                             ->createInstance(),
                         uno::UNO_QUERY_THROW);
            pair->setPropertyValue(ascii("ReplaceFont"), uno::Any(standard));
            pair->setPropertyValue(ascii("SubstituteFont"), uno::Any(toOUString(plan.replacement)));
            pair->setPropertyValue(ascii("Always"), uno::Any(true));
            pair->setPropertyValue(ascii("OnScreenOnly"), uno::Any(false));
            if (!pairs->hasByName(key))
                pairs->insertByName(key, uno::Any(pair));
            covered.insert(standard);
            written.insert(standard);
        }
        if (written.empty() && !changed)
            return written;
        uno::Reference<beans::XPropertySet>(access, uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("Replacement"), uno::Any(true));
        uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
        // The table is read when the office starts: write it out now, not only at a clean exit.
        if (uno::Reference<util::XFlushable> flushable{
                configuration::theDefaultProvider::get(context), uno::UNO_QUERY};
            flushable.is())
            flushable->flush();
    }
    catch (...)
    {
        // Without the table the standard names stay; the office falls back by itself.
        written.clear();
    }
    return written;
}

std::function<bool(std::u16string_view)> installedIn(const std::set<OUString>& fonts)
{
    return [&fonts](std::u16string_view f) { return fonts.count(toOUString(f)) > 0; };
}

// Tells the user about a style whose standard font this machine does not have, where that takes
// a restart (a replacement pair written now) or no font can stand in.
void noteSubstitution(std::vector<FontSubstitution>& substitutions, const OUString& style,
                      const core::StyleSpec& spec, const core::FontPlan& plan,
                      const std::set<OUString>& written, core::Language language)
{
    if (plan.missing || (!plan.replacement.empty() && written.count(toOUString(plan.styleFont))))
        substitutions.push_back(
            {style, toOUString(spec.fontRole.pick(language)), toOUString(plan.replacement)});
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

OUString runInStyleName(core::StyleRole role)
{
    return officialStyleName(role) + toOUString(core::kRunInSuffix);
}

namespace
{
OUString legacyStyleName(core::StyleRole role)
{
    return toOUString(core::styleSpec(role).name.legacy);
}

OUString legacyRunInStyleName(core::StyleRole role)
{
    return legacyStyleName(role) + toOUString(core::kLegacyRunInSuffix);
}
} // namespace

void removeUnusedLegacyStyles(const uno::Reference<text::XTextDocument>& document)
{
    auto remove = [&](const char* family, const OUString& legacy)
    {
        auto styles = styleFamily(document, family);
        if (!styles->hasByName(legacy))
            return;
        uno::Reference<style::XStyle> style(styles->getByName(legacy), uno::UNO_QUERY_THROW);
        if (style->isInUse())
            return;
        writePoint();
        styles->removeByName(legacy);
    };
    for (const core::StyleSpec& spec : core::officialStyles())
    {
        remove("ParagraphStyles", legacyStyleName(spec.role));
        if (spec.outlineLevel > 0)
            remove("CharacterStyles", legacyRunInStyleName(spec.role));
    }
}

StylesApplied applyOfficialStyles(const uno::Reference<uno::XComponentContext>& context,
                                  const uno::Reference<text::XTextDocument>& document,
                                  const core::LayoutProfile& profile, core::Language language)
{
    // Writer records style creation and style changes in its undo: they join the caller's step.
    auto set = [](const uno::Reference<beans::XPropertySet>& style, const char* property,
                  const uno::Any& value)
    {
        if (style->getPropertyValue(ascii(property)) == value)
            return;
        writePoint();
        style->setPropertyValue(ascii(property), value);
    };
    StylesApplied applied;
    std::vector<core::FontPlan> plans;
    const std::set<OUString> fonts = installedFonts(context);
    for (const core::StyleSpec& official : core::officialStyles())
    {
        const core::StyleSpec spec = core::styleSpecFor(profile, official.role);
        const core::FontPlan font = core::planFont(spec, installedIn(fonts));
        plans.push_back(font);
        const OUString name = officialStyleName(spec.role);
        adoptLegacyName(document, "ParagraphStyles", name, legacyStyleName(spec.role));
        bool created = false;
        auto style = styleNamed(document, "ParagraphStyles", "com.sun.star.style.ParagraphStyle",
                                name, created);
        if (created)
            applied.createdParagraphStyles.push_back(name);
        for (const auto& [property, value] : specProperties(spec, font))
            set(style, property, value);
        for (const auto& [property, value] : paragraphProperties(spec))
            set(style, property, value);
        if (spec.outlineLevel >
            0) // a run-in heading's sentence: the heading's font in a body paragraph
        {
            const OUString charName = runInStyleName(spec.role);
            adoptLegacyName(document, "CharacterStyles", charName, legacyRunInStyleName(spec.role));
            auto charStyle = styleNamed(document, "CharacterStyles",
                                        "com.sun.star.style.CharacterStyle", charName, created);
            if (created)
                applied.createdCharacterStyles.push_back(charName);
            for (const auto& [property, value] : specProperties(spec, font))
                set(charStyle, property, value);
        }
    }
    const std::set<OUString> written = ensureFontReplacements(context, plans, fonts);
    for (std::size_t i = 0; i < plans.size(); ++i)
    {
        const core::StyleSpec& spec = core::officialStyles()[i];
        noteSubstitution(applied.substitutions, officialStyleName(spec.role), spec, plans[i],
                         written, language);
    }
    return applied;
}

std::function<std::u16string(core::StyleRole)>
renderedFonts(const uno::Reference<uno::XComponentContext>& context)
{
    const std::set<OUString> installed = installedFonts(context);
    std::map<OUString, OUString> replacement; // standard font → installed substitute
    try
    {
        const uno::Reference<container::XNameAccess> access = fontSubstitution(context, false);
        bool on = false;
        access->getByName(ascii("Replacement")) >>= on;
        if (on)
            replacement = installedReplacements(
                uno::Reference<container::XNameAccess>(access->getByName(ascii("FontPairs")),
                                                       uno::UNO_QUERY_THROW),
                installed);
    }
    catch (const uno::Exception&)
    {
        // No table: missing fonts show in the office's fallback.
    }
    return [installed, replacement](core::StyleRole role)
    {
        const OUString font = toOUString(core::styleSpec(role).fonts.front());
        if (installed.count(font))
            return std::u16string(toView(font));
        const auto it = replacement.find(font);
        return it == replacement.end() ? std::u16string() : std::u16string(toView(it->second));
    };
}

OUString officialStyleName(core::StyleRole role)
{
    return toOUString(core::styleSpec(role).name.document);
}

std::vector<FontSubstitution>
ensureOfficialStyles(const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<text::XTextDocument>& document, core::Language language)
{
    const auto paragraphStyles = styleFamily(document, "ParagraphStyles");
    std::vector<FontSubstitution> substitutions;
    std::vector<core::FontPlan> plans;
    std::vector<core::StyleSpec> created;
    std::optional<std::set<OUString>> fonts; // read once, and only when a style is missing
    for (const core::StyleSpec& official : core::officialStyles())
    {
        // As 一键排版 would make it with the standard profile: an inserted section looks right.
        const core::StyleSpec spec =
            core::styleSpecFor(core::layoutProfiles().front(), official.role);
        const OUString name = officialStyleName(spec.role);
        adoptLegacyName(document, "ParagraphStyles", name, legacyStyleName(spec.role));
        if (paragraphStyles->hasByName(name))
            continue; // the user's style of that name wins
        if (!fonts)
            fonts = installedFonts(context);
        const core::FontPlan plan = core::planFont(spec, installedIn(*fonts));
        bool isNew = false;
        applySpec(styleNamed(document, "ParagraphStyles", "com.sun.star.style.ParagraphStyle", name,
                             isNew),
                  spec, plan);
        plans.push_back(plan);
        created.push_back(spec);
    }
    if (!fonts)
        return substitutions;
    const std::set<OUString> written = ensureFontReplacements(context, plans, *fonts);
    for (std::size_t i = 0; i < plans.size(); ++i)
        noteSubstitution(substitutions, officialStyleName(created[i].role), created[i], plans[i],
                         written, language);
    return substitutions;
}

} // namespace gongwen::ext
