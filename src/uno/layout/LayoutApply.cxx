// SPDX-License-Identifier: MPL-2.0
#include "LayoutApply.hxx"

#include "HeadLayout.hxx"

#include "../common/ApiGuard.hxx"
#include "../common/CheckSettings.hxx"
#include "../common/DocumentEdit.hxx"
#include "../common/DocumentText.hxx"
#include "../common/PropertyChanges.hxx"
#include "../common/UiStrings.hxx"
#include "../common/UserProperties.hxx"

#include <core/layout/check.hpp>
#include <core/layout/closing.hpp>
#include <core/layout/roles.hpp>
#include <core/layout/title_breaks.hpp>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr char kProfileProperty[] = "GongwenLayoutProfile";
constexpr double kHundredthMmPerPt = 2540.0 / 72.0;
constexpr double kPageNumberPt = 14.0; // 四号

// Direct formatting 一键排版 clears on a restyled paragraph: what its style decides.
constexpr const char* kParagraphDirect[] = {
    "ParaFirstLineIndent", "ParaLeftMargin",    "ParaRightMargin", "ParaTopMargin",
    "ParaBottomMargin",    "ParaLineSpacing",   "ParaAdjust",      "ParaKeepTogether",
    "SnapToGrid",          "ParaLastLineAdjust"};
constexpr const char* kCharacterDirect[] = {"CharFontName", "CharFontNameAsian", "CharHeight",
                                            "CharHeightAsian"};
// Bold the user set stays in body text (an emphasis the writer chose) and goes elsewhere (a bold
// heading is not what GB/T 9704 wants).
constexpr const char* kWeightDirect[] = {"CharWeight", "CharWeightAsian"};

OUString storedProfile(const uno::Reference<text::XTextDocument>& document)
{
    return readUserProperty(document, kProfileProperty);
}

sal_Int32 hundredthMm(double pt)
{
    return static_cast<sal_Int32>(pt * kHundredthMmPerPt + 0.5);
}

// "— n —" in a footer: 四号, one character in from the text area's edge on its side.
void writePageNumber(const uno::Reference<text::XTextDocument>& document,
                     const uno::Reference<text::XText>& footer, bool right, const OUString& font)
{
    writePoint();
    footer->setString(OUString());
    const uno::Reference<text::XTextRange> cursor(footer->createTextCursor(), uno::UNO_QUERY_THROW);
    footer->insertString(cursor, toOUString(u"— "), false);
    uno::Reference<beans::XPropertySet> field(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance(ascii("com.sun.star.text.TextField.PageNumber")),
        uno::UNO_QUERY_THROW);
    field->setPropertyValue(ascii("SubType"), uno::Any(text::PageNumberType_CURRENT));
    field->setPropertyValue(ascii("NumberingType"), uno::Any(sal_Int16(4))); // ARABIC
    footer->insertTextContent(
        cursor, uno::Reference<text::XTextContent>(field, uno::UNO_QUERY_THROW), false);
    footer->insertString(cursor, toOUString(u" —"), false);
    uno::Reference<text::XParagraphCursor> whole(footer->createTextCursor(), uno::UNO_QUERY_THROW);
    whole->gotoStart(false);
    whole->gotoEnd(true);
    uno::Reference<beans::XPropertySet> props(whole, uno::UNO_QUERY_THROW);
    props->setPropertyValue(ascii("ParaAdjust"),
                            uno::Any(static_cast<sal_Int16>(right ? style::ParagraphAdjust_RIGHT
                                                                  : style::ParagraphAdjust_LEFT)));
    props->setPropertyValue(ascii(right ? "ParaRightMargin" : "ParaLeftMargin"),
                            uno::Any(hundredthMm(kPageNumberPt)));
    props->setPropertyValue(ascii("ParaFirstLineIndent"), uno::Any(sal_Int32(0)));
    for (const char* p : {"CharHeight", "CharHeightAsian"})
        props->setPropertyValue(ascii(p), uno::Any(static_cast<float>(kPageNumberPt)));
    if (!font.isEmpty())
        for (const char* p : {"CharFontName", "CharFontNameAsian"})
            props->setPropertyValue(ascii(p), uno::Any(font));
}

// The page settings 一键排版 makes, as (property, value).
std::vector<std::pair<const char*, uno::Any>> pageSettings(const core::PageSpec& spec)
{
    return {
        {"Width", uno::Any(sal_Int32(spec.width))},
        {"Height", uno::Any(sal_Int32(spec.height))},
        {"IsLandscape", uno::Any(false)},
        {"TopMargin", uno::Any(sal_Int32(spec.top))},
        {"BottomMargin", uno::Any(sal_Int32(spec.bottom))},
        {"LeftMargin", uno::Any(sal_Int32(spec.left))},
        {"RightMargin", uno::Any(sal_Int32(spec.right))},
        {"GridMode",
         uno::Any(sal_Int16(1))}, // LINES: 22 lines of 三号 (LINES_AND_CHARS halves the line)
        {"GridLines", uno::Any(sal_Int16(spec.gridLines))},
        {"GridBaseHeight", uno::Any(sal_Int32(spec.gridBaseHeight))},
        {"GridRubyHeight", uno::Any(sal_Int32(0))},
        {"GridDisplay", uno::Any(false)},
        {"GridPrint", uno::Any(false)},
        {"FooterIsOn", uno::Any(true)},
        {"FooterIsShared", uno::Any(false)},
        {"FooterIsDynamicHeight", uno::Any(false)},
        {"FooterHeight", uno::Any(sal_Int32(spec.footerHeight))},
        {"FooterBodyDistance", uno::Any(sal_Int32(spec.footerBodyDistance))},
    };
}

bool near(const uno::Any& actual, const uno::Any& wanted)
{
    sal_Int32 a = 0, w = 0;
    if ((actual >>= a) && (wanted >>= w)) // lengths come back rounded to the office's units
        return std::abs(a - w) <= 2;
    return actual == wanted;
}

bool footerHasPageNumber(const uno::Reference<beans::XPropertySet>& page, const char* footer)
{
    uno::Reference<text::XText> text(page->getPropertyValue(ascii(footer)), uno::UNO_QUERY);
    if (!text.is())
        return false;
    auto paragraphs = uno::Reference<container::XEnumerationAccess>(text, uno::UNO_QUERY_THROW)
                          ->createEnumeration();
    while (paragraphs->hasMoreElements())
    {
        auto portions = uno::Reference<container::XEnumerationAccess>(paragraphs->nextElement(),
                                                                      uno::UNO_QUERY_THROW)
                            ->createEnumeration();
        while (portions->hasMoreElements())
        {
            uno::Reference<beans::XPropertySet> portion(portions->nextElement(),
                                                        uno::UNO_QUERY_THROW);
            uno::Reference<lang::XServiceInfo> field(portion->getPropertyValue(ascii("TextField")),
                                                     uno::UNO_QUERY);
            if (field.is() &&
                field->supportsService(ascii("com.sun.star.text.TextField.PageNumber")))
                return true;
        }
    }
    return false;
}

// Whether the body's page differs from what the profile wants.
bool pageNeedsLayout(const uno::Reference<beans::XPropertySet>& page, const core::PageSpec& spec)
{
    for (const auto& [name, value] : pageSettings(spec))
        if (!near(page->getPropertyValue(ascii(name)), value))
            return true;
    return !footerHasPageNumber(page, "FooterText") || !footerHasPageNumber(page, "FooterTextLeft");
}

// The page as it was, to put back when the rest of 一键排版 fails.
struct PageBefore
{
    uno::Reference<beans::XPropertySet> page;
    std::vector<std::pair<OUString, uno::Any>> values;

    void restore() const noexcept
    {
        for (auto v = values.rbegin(); v != values.rend(); ++v)
            try
            {
                page->setPropertyValue(v->first, v->second);
            }
            catch (...)
            {
            }
    }
};

// Writer keeps no undo for page styles and drops its undo history when one changes: this runs
// outside the undo step, only when the page differs, and the command warns before it runs.
PageBefore layOutPage(const uno::Reference<uno::XComponentContext>& context,
                      const uno::Reference<text::XTextDocument>& document,
                      const uno::Reference<beans::XPropertySet>& page, const core::PageSpec& spec)
{
    PageBefore before{page, {}};
    try
    {
        for (const auto& [name, value] : pageSettings(spec))
        {
            writePoint();
            before.values.emplace_back(ascii(name), page->getPropertyValue(ascii(name)));
            page->setPropertyValue(ascii(name), value);
        }
        // The page numbers belong with the page: no undo steps of their own either.
        auto undo = uno::Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)
                        ->getUndoManager();
        undo->lock();
        try
        {
            const OUString font = installedFontAmong(
                context, {u"SimSun", u"宋体", u"Noto Serif CJK SC", u"AR PL UMing CN"});
            writePageNumber(document,
                            uno::Reference<text::XText>(page->getPropertyValue(ascii("FooterText")),
                                                        uno::UNO_QUERY_THROW),
                            true, font);
            writePageNumber(
                document,
                uno::Reference<text::XText>(page->getPropertyValue(ascii("FooterTextLeft")),
                                            uno::UNO_QUERY_THROW),
                false, font);
        }
        catch (...)
        {
            undo->unlock();
            throw;
        }
        undo->unlock();
    }
    catch (...)
    {
        before.restore();
        throw;
    }
    return before;
}

// Resets what the paragraph's style decides: paragraph attributes on the paragraph, character
// attributes on its text.
void clearDirectFormatting(const uno::Reference<text::XTextDocument>& document,
                           const BodyElement& element, bool keepBold)
{
    writePoint();
    uno::Reference<beans::XPropertyState> paragraph(element.paragraph, uno::UNO_QUERY_THROW);
    for (const char* name : kParagraphDirect)
        paragraph->setPropertyToDefault(ascii(name));
    const auto length = static_cast<sal_Int32>(element.ownText().size());
    if (length == 0)
        return;
    uno::Reference<beans::XPropertyState> range(selectInParagraph(document, element, 0, length),
                                                uno::UNO_QUERY_THROW);
    for (const char* name : kCharacterDirect)
        range->setPropertyToDefault(ascii(name));
    if (!keepBold)
        for (const char* name : kWeightDirect)
            range->setPropertyToDefault(ascii(name));
}

// A table's cells in 表格文字, its first row in 表格标题行: 四号, single spacing, off the page's
// line grid (on it, a cell's text drops to the next grid line). What else the cells carry
// (alignment set by hand, number formats) stays.
void styleTable(const uno::Reference<text::XTextTable>& table)
{
    const OUString text = officialStyleName(core::StyleRole::TableText);
    const OUString header = officialStyleName(core::StyleRole::TableHeader);
    for (const OUString& name : table->getCellNames())
    {
        uno::Reference<container::XEnumerationAccess> cell(table->getCellByName(name),
                                                           uno::UNO_QUERY);
        if (!cell.is())
            continue;
        // "A1", "B1" …: the first row (a split cell's parts are "A1.1.1" and alike).
        const sal_Int32 digits = name.indexOf('1');
        const bool firstRow =
            digits > 0 && (name.getLength() == digits + 1 || name[digits + 1] == '.');
        const uno::Reference<container::XEnumeration> paragraphs = cell->createEnumeration();
        while (paragraphs->hasMoreElements())
        {
            uno::Reference<beans::XPropertySet> paragraph(paragraphs->nextElement(),
                                                          uno::UNO_QUERY);
            uno::Reference<lang::XServiceInfo> info(paragraph, uno::UNO_QUERY);
            if (!paragraph.is() || !info.is() ||
                !info->supportsService(ascii("com.sun.star.text.Paragraph")))
                continue; // a nested table keeps its own
            writePoint();
            paragraph->setPropertyValue(ascii("ParaStyleName"), uno::Any(firstRow ? header : text));
        }
    }
}

// The text a closing paragraph has once laid out (the date in its standard form).
std::u16string laidOutText(const BodyElement& element, const core::ParagraphRoleInfo& role)
{
    if (role.role == core::LayoutRole::Date)
        if (std::u16string standard = core::standardDate(element.ownText()); !standard.empty())
            return standard;
    return std::u16string(element.ownText());
}

// 落款 and 成文日期 where GB/T 9704 §7.3.5 puts them (sealed or not, as the profile says), kept
// on one page with each other and with the last line of text above them.
void placeClosingLines(const std::vector<BodyElement>& body,
                       const std::vector<core::ParagraphRoleInfo>& roles,
                       const core::LayoutProfile& profile)
{
    const std::vector<std::size_t> kept = core::keptWithNext(roles);
    if (kept.empty())
        return;
    for (std::size_t i : kept)
        if (body[i].paragraph.is())
        {
            writePoint();
            uno::Reference<beans::XPropertySet>(body[i].paragraph, uno::UNO_QUERY_THROW)
                ->setPropertyValue(ascii("ParaKeepTogether"), uno::Any(true));
        }
    const std::size_t date = kept.back() + 1;
    const std::u16string dateText = laidOutText(body[date], roles[date]);
    const int pitch = core::bodyCharacterPitch(profile);
    auto indent = [&](std::size_t i, double characters)
    {
        writePoint();
        uno::Reference<beans::XPropertySet>(body[i].paragraph, uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("ParaRightMargin"),
                               uno::Any(static_cast<sal_Int32>(std::lround(characters * pitch))));
    };
    for (std::size_t i : kept)
        if (roles[i].role == core::LayoutRole::Signature)
            indent(i, core::placeClosing(body[i].ownText(), dateText, profile.sealed).signature);
    indent(date, core::placeClosing(body[date - 1].ownText(), dateText, profile.sealed).date);
}

// The page each of `indices` ends on (0 where it cannot be told: no view), read with the view
// cursor; the user's selection is put back.
std::map<std::size_t, int> pagesOf(const uno::Reference<text::XTextDocument>& document,
                                   const std::vector<BodyElement>& body,
                                   const std::vector<std::size_t>& indices) noexcept
{
    std::map<std::size_t, int> pages;
    try
    {
        uno::Reference<frame::XModel> model(document, uno::UNO_QUERY_THROW);
        uno::Reference<frame::XController> controller = model->getCurrentController();
        uno::Reference<text::XTextViewCursorSupplier> supplier(controller, uno::UNO_QUERY);
        uno::Reference<view::XSelectionSupplier> selection(controller, uno::UNO_QUERY);
        if (!supplier.is() || !selection.is())
            return pages;
        const uno::Any before = selection->getSelection();
        uno::Reference<text::XTextViewCursor> cursor = supplier->getViewCursor();
        uno::Reference<text::XPageCursor> pageCursor(cursor, uno::UNO_QUERY_THROW);
        model->lockControllers();
        try
        {
            for (std::size_t i : indices)
                if (i < body.size() && body[i].paragraph.is())
                {
                    cursor->gotoRange(body[i].paragraph->getEnd(), false);
                    pages[i] = pageCursor->getPage();
                }
        }
        catch (const uno::Exception&)
        {
        }
        selection->select(before);
        model->unlockControllers();
    }
    catch (const uno::Exception&)
    {
    }
    return pages;
}

// The paragraph's own text becomes `standard` (成文日期, 附件说明 in their standard forms); ""
// or the same text leaves it alone.
void replaceText(const uno::Reference<text::XTextDocument>& document, const BodyElement& element,
                 const std::u16string& standard)
{
    if (standard.empty() || standard == element.ownText())
        return;
    writePoint();
    selectInParagraph(document, element, 0, static_cast<sal_Int32>(element.ownText().size()))
        ->setString(toOUString(standard));
}

// A title of one paragraph longer than a line gets line breaks between words, in a 梯形 or 菱形
// (core/layout/title_breaks.hpp); one with line breaks already keeps them.
void breakTitle(const uno::Reference<text::XTextDocument>& document, const BodyElement& element,
                const core::LayoutProfile& profile)
{
    const std::vector<std::size_t> breaks =
        core::titleLineBreaks(element.ownText(), core::titleCharactersPerLine(profile));
    const uno::Reference<text::XText> text = document->getText();
    for (auto at = breaks.rbegin(); at != breaks.rend(); ++at) // from the end: earlier offsets hold
    {
        writePoint();
        const uno::Reference<text::XTextRange> position(
            selectInParagraph(document, element, static_cast<sal_Int32>(*at), 0),
            uno::UNO_QUERY_THROW);
        text->insertControlCharacter(position, text::ControlCharacter::LINE_BREAK, false);
    }
}

table::BorderLine2 ruleLine(int width)
{
    table::BorderLine2 line;
    line.OuterLineWidth = static_cast<sal_Int16>(width);
    line.LineWidth = static_cast<sal_Int16>(width);
    return line; // solid; no line when width is 0
}

int ruleWidth(const uno::Any& value)
{
    table::BorderLine2 line;
    return (value >>= line)
               ? std::max<int>(line.LineWidth, line.OuterLineWidth + line.InnerLineWidth)
               : 0;
}

// A 版记 paragraph's separator lines (see core::distributionRules).
void drawRules(const uno::Reference<beans::XPropertySet>& paragraph, const core::RuleLines& rules)
{
    writePoint();
    paragraph->setPropertyValue(ascii("TopBorder"), uno::Any(ruleLine(rules.top)));
    paragraph->setPropertyValue(ascii("BottomBorder"), uno::Any(ruleLine(rules.bottom)));
}

void storeProfile(const uno::Reference<text::XTextDocument>& document,
                  const core::LayoutProfile& profile, PropertyChanges& changes, DocumentEdit& edit)
{
    auto props = userProperties(document);
    if (!props->getPropertySetInfo()->hasPropertyByName(ascii(kProfileProperty)))
    {
        writeUserProperty(document, kProfileProperty,
                          OUString()); // added empty: the change below is undone with the edit
        edit.onRollBack(
            [document]
            {
                uno::Reference<beans::XPropertyContainer>(userProperties(document),
                                                          uno::UNO_QUERY_THROW)
                    ->removeProperty(ascii(kProfileProperty));
            });
    }
    changes.set(props, kProfileProperty,
                uno::Any(OUString(profile.id.data(), static_cast<sal_Int32>(profile.id.size()),
                                  RTL_TEXTENCODING_ASCII_US)));
}

// The name the user sees for a style (built-in styles have programmatic names).
OUString displayName(const uno::Reference<container::XNameAccess>& styles, const OUString& name)
{
    OUString shown;
    if (styles->hasByName(name))
        uno::Reference<beans::XPropertySet>(styles->getByName(name), uno::UNO_QUERY_THROW)
            ->getPropertyValue(ascii("DisplayName")) >>= shown;
    return shown.isEmpty() ? name : shown;
}

core::ParagraphState paragraphState(const BodyElement& e,
                                    const uno::Reference<container::XNameAccess>& paragraphStyles)
{
    core::ParagraphState s;
    uno::Reference<beans::XPropertySet> props(e.paragraph, uno::UNO_QUERY_THROW);
    OUString style;
    props->getPropertyValue(ascii("ParaStyleName")) >>= style;
    s.styleName = toView(displayName(paragraphStyles, style)); // "默认段落样式", not "Standard"
    uno::Reference<beans::XPropertyState> stateOf(e.paragraph, uno::UNO_QUERY_THROW);
    // Writer keeps the side and first-line indents in one attribute: placing 落款 by its right
    // indent makes the first-line indent direct too, so only a value unlike the style's counts.
    uno::Reference<beans::XPropertySet> styleProps;
    if (paragraphStyles->hasByName(style))
        styleProps.set(paragraphStyles->getByName(style), uno::UNO_QUERY);
    for (const char* p : {"CharHeight", "CharFontName", "ParaFirstLineIndent"})
    {
        const OUString name = ascii(p);
        if (stateOf->getPropertyState(name) != beans::PropertyState_DIRECT_VALUE)
            continue;
        if (styleProps.is() && styleProps->getPropertyValue(name) == props->getPropertyValue(name))
            continue;
        s.directFormatting = true;
    }
    s.rules.top = ruleWidth(props->getPropertyValue(ascii("TopBorder")));
    s.rules.bottom = ruleWidth(props->getPropertyValue(ascii("BottomBorder")));
    sal_Int32 above = 0, distance = 0;
    props->getPropertyValue(ascii("ParaTopMargin")) >>= above;
    props->getPropertyValue(ascii("BottomBorderDistance")) >>= distance;
    s.spaceAbove = above;
    s.ruleDistance = distance;
    return s;
}

core::Alignment alignmentOf(sal_Int16 adjust)
{
    switch (static_cast<style::ParagraphAdjust>(adjust))
    {
    case style::ParagraphAdjust_LEFT:
        return core::Alignment::Left;
    case style::ParagraphAdjust_CENTER:
        return core::Alignment::Centred;
    case style::ParagraphAdjust_RIGHT:
        return core::Alignment::Right;
    default:
        return core::Alignment::Justified;
    }
}

core::StyleState styleState(const uno::Reference<beans::XPropertySet>& style)
{
    auto length = [&](const char* name)
    {
        sal_Int32 v = 0;
        style->getPropertyValue(ascii(name)) >>= v;
        return static_cast<int>(v);
    };
    core::StyleState s;
    OUString font;
    style->getPropertyValue(ascii("CharFontNameAsian")) >>= font;
    s.font = toView(font);
    float size = 0, weight = 0;
    style->getPropertyValue(ascii("CharHeightAsian")) >>= size;
    style->getPropertyValue(ascii("CharWeightAsian")) >>= weight;
    s.sizePt = size;
    s.bold = weight > awt::FontWeight::NORMAL;
    sal_Int16 adjust = 0, outline = 0;
    style->getPropertyValue(ascii("ParaAdjust")) >>= adjust;
    s.alignment = alignmentOf(adjust);
    s.firstLineIndent = length("ParaFirstLineIndent");
    s.leftIndent = length("ParaLeftMargin") + length("LeftBorderDistance");
    s.rightIndent = length("ParaRightMargin") + length("RightBorderDistance");
    style::LineSpacing spacing;
    if ((style->getPropertyValue(ascii("ParaLineSpacing")) >>= spacing) &&
        spacing.Mode == style::LineSpacingMode::FIX)
        s.fixedLineSpacing = spacing.Height;
    style->getPropertyValue(ascii("OutlineLevel")) >>= outline;
    s.outlineLevel = outline;
    sal_Int16 kerning = 0;
    style->getPropertyValue(ascii("CharKerning")) >>= kerning;
    s.characterSpacing = kerning;
    sal_Int32 colour = -1;
    style->getPropertyValue(ascii("CharColor")) >>= colour;
    s.colour = colour;
    return s;
}

std::vector<bool> tableFlags(const std::vector<BodyElement>& body)
{
    std::vector<bool> tables;
    for (const BodyElement& e : body)
        tables.push_back(!e.paragraph.is());
    return tables;
}

void layOutParagraphs(const uno::Reference<uno::XComponentContext>& context,
                      const uno::Reference<text::XTextDocument>& document,
                      const std::vector<BodyElement>& body,
                      const std::vector<core::ParagraphRoleInfo>& roles,
                      const core::LayoutProfile& profile, core::Language language, bool letter,
                      LayoutResult& result)
{
    DocumentEdit edit(document, uiText(language, UiText::UndoLayout), language);
    PropertyChanges changes(document, uiText(language, UiText::UndoLayout));
    const StylesApplied styles = applyOfficialStyles(context, document, profile, language);
    result.substitutions = styles.substitutions;
    const std::vector<core::RuleLines> rules = core::distributionRules(roles);
    int attachments = 0; // numbered 附件说明 lines so far
    for (std::size_t i = 0; i < body.size(); ++i)
    {
        const BodyElement& element = body[i];
        const core::ParagraphRoleInfo& role = roles[i];
        if (element.table.is())
            styleTable(element.table);
        if (!element.paragraph.is())
            continue;
        uno::Reference<beans::XPropertySet> paragraph(element.paragraph, uno::UNO_QUERY_THROW);
        const core::StyleRole styleRole = core::styleRoleForLayout(role);
        writePoint();
        paragraph->setPropertyValue(ascii("ParaStyleName"), uno::Any(officialStyleName(styleRole)));
        clearDirectFormatting(document, element, styleRole == core::StyleRole::Body);
        if (role.role == core::LayoutRole::Distribution)
            drawRules(paragraph, rules[i]);
        if (role.role == core::LayoutRole::Heading && role.runInEnd > 0)
        {
            const core::StyleRole heading =
                core::styleRoleFor(core::ParagraphRole::Heading, role.headingLevel);
            const auto labelLength = static_cast<std::size_t>(element.labelLength);
            const auto end = static_cast<sal_Int32>(
                role.runInEnd > labelLength ? role.runInEnd - labelLength : 0);
            writePoint();
            uno::Reference<beans::XPropertySet>(selectInParagraph(document, element, 0, end),
                                                uno::UNO_QUERY_THROW)
                ->setPropertyValue(ascii("CharStyleName"), uno::Any(runInStyleName(heading)));
            paragraph->setPropertyValue(ascii("OutlineLevel"),
                                        uno::Any(static_cast<sal_Int16>(role.headingLevel)));
        }
        if (core::isSingleTitle(roles, i))
            breakTitle(document, element, profile);
        if (role.role == core::LayoutRole::Date)
            replaceText(document, element, core::standardDate(element.ownText()));
        if (role.role == core::LayoutRole::Attachment)
            attachments = 0;
        if (role.role == core::LayoutRole::Attachment ||
            role.role == core::LayoutRole::AttachmentMore)
            replaceText(document, element,
                        core::standardAttachmentLine(element.ownText(),
                                                     role.role == core::LayoutRole::Attachment,
                                                     attachments)
                            .text);
        ++result.paragraphs;
    }
    setMinutesLabels(document, body, roles);
    if (letter)
        startWithLetterPage(document);
    removeParagraphs(body, layOutHeadParagraphs(document, body, roles, profile));
    placeClosingLines(body, roles, profile);
    removeUnusedLegacyStyles(document);
    storeProfile(document, profile, changes, edit);
}

} // namespace

const core::LayoutProfile& requireLayoutProfile(const OUString& id, core::Language language)
{
    // The whole name, its length included: "gbt9704\0junk" is not gbt9704.
    const OString utf8 = OUStringToOString(id, RTL_TEXTENCODING_UTF8);
    if (const core::LayoutProfile* p = core::findLayoutProfile(
            std::string_view(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()))))
        return *p;
    OUString known;
    for (const core::LayoutProfile& p : core::layoutProfiles())
        known +=
            (known.isEmpty() ? OUString() : ascii(", ")) +
            OUString(p.id.data(), static_cast<sal_Int32>(p.id.size()), RTL_TEXTENCODING_ASCII_US);
    refuse(uiText(language, UiText::LayoutUnknownProfile, {id, known}), 2);
}

LayoutResult applyLayout(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<text::XTextDocument>& document,
                         const core::LayoutProfile& profile, core::Language language)
{
    requireEditable(document, language);
    const std::vector<BodyElement> body =
        readBody(document, uno::Reference<task::XStatusIndicator>());
    const auto roles =
        core::classifyParagraphs(paragraphViews(body), tableFlags(body), labelLengths(body));
    for (const BodyElement& e : body)
        if (e.paragraph.is())
            requireUnprotected(e.paragraph, language);
    LayoutResult result;
    uno::Reference<util::XModifiable> modifiable(document, uno::UNO_QUERY_THROW);
    const bool wasModified = modifiable->isModified();
    const auto page = bodyPageStyle(document);
    std::optional<PageBefore> pageBefore;
    if (pageNeedsLayout(page, profile.page))
    {
        try
        {
            pageBefore = layOutPage(context, document, page, profile.page);
        }
        catch (...)
        {
            modifiable->setModified(wasModified); // layOutPage put the page back
            throw;
        }
    }
    result.pageChanged = pageBefore.has_value();
    // 信函: its first page's style, made from the body's page (so after it), outside the undo
    // step like the page itself.
    const bool letter = hasLetterHead(body, roles);
    if (letter && (letterFirstPageStyleMissing(document) || pageBefore))
    {
        makeLetterFirstPageStyle(document);
        result.pageChanged = true;
    }
    try
    {
        layOutParagraphs(context, document, body, roles, profile, language, letter, result);
    }
    catch (...)
    {
        if (pageBefore)
        {
            pageBefore->restore(); // the paragraphs were rolled back by their edit
            modifiable->setModified(wasModified);
        }
        throw;
    }
    return result;
}

bool layoutChangesPage(const uno::Reference<text::XTextDocument>& document,
                       const core::LayoutProfile& profile)
{
    if (pageNeedsLayout(bodyPageStyle(document), profile.page))
        return true;
    return letterFirstPageStyleMissing(document) && startsWithLetterHead(document);
}

const core::LayoutProfile&
defaultLayoutProfile(const uno::Reference<uno::XComponentContext>& context)
{
    const core::LayoutProfile* profile = core::findLayoutProfile(settings(context).layoutProfile);
    return profile != nullptr ? *profile : core::layoutProfiles().front();
}

const core::LayoutProfile&
rememberedLayoutProfile(const uno::Reference<uno::XComponentContext>& context,
                        const uno::Reference<text::XTextDocument>& document)
{
    const core::LayoutProfile* profile = core::findLayoutProfile(
        OUStringToOString(storedProfile(document), RTL_TEXTENCODING_UTF8).getStr());
    return profile != nullptr && !storedProfile(document).isEmpty() ? *profile
                                                                    : defaultLayoutProfile(context);
}

std::vector<core::Finding> checkLayout(const uno::Reference<uno::XComponentContext>& context,
                                       const uno::Reference<text::XTextDocument>& document,
                                       core::Language /*findings carry both languages*/)
{
    if (!document.is())
        refuse(ascii("document is null"), 1);
    const core::LayoutProfile* profile = &rememberedLayoutProfile(context, document);
    auto page = bodyPageStyle(document);
    auto number = [&](const char* name)
    {
        sal_Int32 v = 0;
        page->getPropertyValue(ascii(name)) >>= v;
        return static_cast<int>(v);
    };
    core::PageState state;
    state.width = number("Width");
    state.height = number("Height");
    state.top = number("TopMargin");
    state.bottom = number("BottomMargin");
    state.left = number("LeftMargin");
    state.right = number("RightMargin");
    bool footerOn = false, shared = true;
    page->getPropertyValue(ascii("FooterIsOn")) >>= footerOn;
    page->getPropertyValue(ascii("FooterIsShared")) >>= shared;
    state.footerHeight = footerOn ? number("FooterHeight") : 0;
    sal_Int16 gridMode = 0, gridLines = 0;
    page->getPropertyValue(ascii("GridMode")) >>= gridMode;
    page->getPropertyValue(ascii("GridLines")) >>= gridLines;
    state.gridMode = gridMode;
    state.gridLines = gridLines;
    sal_Int32 gridBase = 0;
    page->getPropertyValue(ascii("GridBaseHeight")) >>= gridBase;
    state.gridBaseHeight = gridBase;
    state.pageNumbers = footerOn && !shared && footerHasPageNumber(page, "FooterText") &&
                        footerHasPageNumber(page, "FooterTextLeft");
    const std::vector<BodyElement> body =
        readBody(document, uno::Reference<task::XStatusIndicator>());
    const auto roles =
        core::classifyParagraphs(paragraphViews(body), tableFlags(body), labelLengths(body));
    const auto paragraphStyles = uno::Reference<container::XNameAccess>(
        uno::Reference<style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName(ascii("ParagraphStyles")),
        uno::UNO_QUERY_THROW);
    core::LayoutState layout;
    layout.page = state;
    layout.roles = roles;
    for (const BodyElement& e : body)
    {
        layout.paragraphs.push_back(e.ownText());
        layout.paragraphStates.push_back(e.paragraph.is() ? paragraphState(e, paragraphStyles)
                                                          : core::ParagraphState{});
    }
    std::vector<std::size_t> closing = core::keptWithNext(roles);
    if (!closing.empty())
        closing.push_back(closing.back() + 1);
    for (const auto& [i, onPage] : pagesOf(document, body, closing))
        layout.paragraphStates[i].page = onPage;
    for (std::size_t i : closing)
        if (roles[i].role == core::LayoutRole::Signature || roles[i].role == core::LayoutRole::Date)
        {
            sal_Int32 right = 0;
            uno::Reference<beans::XPropertySet>(body[i].paragraph, uno::UNO_QUERY_THROW)
                ->getPropertyValue(ascii("ParaRightMargin")) >>= right;
            layout.paragraphStates[i].rightIndent = right;
        }
    layout.renderedFont = renderedFonts(context);
    layout.styleName = [&](core::StyleRole role)
    { return std::u16string(toView(officialStyleName(role))); };
    layout.styleState = [&](core::StyleRole role) -> std::optional<core::StyleState>
    {
        const OUString name = officialStyleName(role);
        if (!paragraphStyles->hasByName(name))
            return std::nullopt;
        return styleState(uno::Reference<beans::XPropertySet>(paragraphStyles->getByName(name),
                                                              uno::UNO_QUERY_THROW));
    };
    return core::checkLayoutState(*profile, layout);
}

} // namespace gongwen::ext
