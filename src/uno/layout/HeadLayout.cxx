// SPDX-License-Identifier: MPL-2.0
#include "HeadLayout.hxx"

#include "Styles.hxx"

#include "../common/DocumentEdit.hxx"
#include "../common/StringConv.hxx"

#include <core/doctypes/doctypes.hpp>
#include <core/doctypes/letterhead.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/TabAlign.hpp>
#include <com/sun/star/style/TabStop.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/HoriOrientation.hpp>
#include <com/sun/star/text/RelOrientation.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/VertOrientation.hpp>
#include <com/sun/star/text/WrapTextMode.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFrame.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>

#include <cmath>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/text/XText.hpp>

using namespace css;

namespace gongwen::ext
{
namespace
{

constexpr double kHundredthMmPerPt = 2540.0 / 72.0;
constexpr sal_Int32 kFrameSlack = 100; // a frame a little wider than its text never wraps

sal_Int32 hundredthMm(double pt)
{
    return static_cast<sal_Int32>(std::lround(pt * kHundredthMmPerPt));
}

table::BorderLine2 redLine(bool pair)
{
    table::BorderLine2 line;
    line.Color = core::kHeadRed;
    // Thick over thin (seen in the exported PDF: Writer draws THICKTHIN's thick line on top).
    line.LineStyle =
        pair ? table::BorderLineStyle::THICKTHIN_SMALLGAP : table::BorderLineStyle::SOLID;
    line.LineWidth =
        static_cast<sal_Int16>(pair ? core::kLetterLinesWidth : core::kSeparatorLineWidth);
    return line;
}

core::DocumentHead headOf(const std::vector<BodyElement>& body,
                          const std::vector<core::ParagraphRoleInfo>& roles)
{
    return core::documentHead(roles, paragraphViews(body));
}

// The 标志's size and line in its style: the one thing of it that depends on the names.
void fitMarkStyle(const uno::Reference<text::XTextDocument>& document, double markPt)
{
    uno::Reference<beans::XPropertySet> style(
        styleFamily(document, "ParagraphStyles")
            ->getByName(officialStyleName(core::StyleRole::Mark)),
        uno::UNO_QUERY_THROW);
    writePoint();
    for (const char* name : {"CharHeight", "CharHeightAsian"})
        style->setPropertyValue(ascii(name), uno::Any(static_cast<float>(markPt)));
    style->setPropertyValue(ascii("ParaLineSpacing"),
                            uno::Any(style::LineSpacing(
                                style::LineSpacingMode::FIX,
                                static_cast<sal_Int16>(hundredthMm(markPt * core::kMarkLineEm)))));
}

// 上行文: the number one character in from the left, 签发人 and the names one character in from
// the right (a right tab), the names in 楷体.
void setSignerLine(const uno::Reference<text::XTextDocument>& document, const BodyElement& element,
                   const core::NumberLine& line, sal_Int32 textWidth)
{
    uno::Reference<beans::XPropertySet> paragraph(element.paragraph, uno::UNO_QUERY_THROW);
    const sal_Int32 oneCharacter = hundredthMm(core::kHeadTextPt);
    writePoint();
    paragraph->setPropertyValue(ascii("ParaAdjust"),
                                uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_LEFT)));
    // The red line spans the 版心, so the one character each side is padding inside it (white
    // hairline side borders carry it, as in 版记), not an indent, which would shorten the line.
    for (const char* border : {"LeftBorder", "RightBorder"})
        paragraph->setPropertyValue(ascii(border), uno::Any(paddingLine()));
    for (const char* distance : {"LeftBorderDistance", "RightBorderDistance"})
        paragraph->setPropertyValue(ascii(distance), uno::Any(oneCharacter));
    paragraph->setPropertyValue(ascii("ParaIsConnectBorder"), uno::Any(false));
    style::TabStop tab;
    // Writer measures a tab from the paragraph's indent (the padding not counted) and ignores one
    // at or past the text's right edge (it keeps positions in twips): just inside that edge.
    constexpr sal_Int32 kInsideEdge = 20;
    tab.Position = textWidth - oneCharacter - kInsideEdge;
    tab.Alignment = style::TabAlign_RIGHT;
    tab.FillChar = u' ';
    tab.DecimalChar = u'.';
    paragraph->setPropertyValue(ascii("ParaTabStops"),
                                uno::Any(uno::Sequence<style::TabStop>(&tab, 1)));
    const std::u16string text = core::numberLineText(line);
    if (text != element.ownText())
    {
        writePoint();
        selectInParagraph(document, element, 0, static_cast<sal_Int32>(element.ownText().size()))
            ->setString(toOUString(text));
    }
    const auto names = static_cast<sal_Int32>(core::signerNamesStart(line));
    if (names < static_cast<sal_Int32>(text.size()))
    {
        writePoint();
        BodyElement rewritten = element;
        rewritten.text = toOUString(text);
        rewritten.labelLength = 0;
        rewritten.pieces.clear();
        uno::Reference<beans::XPropertySet>(
            selectInParagraph(document, rewritten, names,
                              static_cast<sal_Int32>(text.size()) - names),
            uno::UNO_QUERY_THROW)
            ->setPropertyValue(
                ascii("CharFontNameAsian"),
                uno::Any(toOUString(core::styleSpec(core::StyleRole::Heading2).fonts.front())));
    }
}

OUString jointSuffixFrameName()
{
    return toOUString(u"版头文件");
}

uno::Reference<beans::XPropertySet>
jointSuffixFrame(const uno::Reference<text::XTextDocument>& document)
{
    const auto frames =
        uno::Reference<text::XTextFramesSupplier>(document, uno::UNO_QUERY_THROW)->getTextFrames();
    if (!frames->hasByName(jointSuffixFrameName()))
        return {};
    return uno::Reference<beans::XPropertySet>(frames->getByName(jointSuffixFrameName()),
                                               uno::UNO_QUERY_THROW);
}

// 联合行文: the names spread to one width and 文件 beside them, centred on the rows.
void setJointMark(const uno::Reference<text::XTextDocument>& document,
                  const std::vector<BodyElement>& body, const std::vector<std::size_t>& rows,
                  const std::vector<std::u16string>& names, double markPt, sal_Int32 textWidth)
{
    const core::JointMarkLayout joint =
        core::layOutJointMark(names, core::kFileSuffix, markPt, textWidth);
    for (std::size_t i : rows)
    {
        uno::Reference<beans::XPropertySet> row(body[i].paragraph, uno::UNO_QUERY_THROW);
        writePoint();
        row->setPropertyValue(ascii("ParaAdjust"),
                              uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_BLOCK)));
        row->setPropertyValue(ascii("ParaLastLineAdjust"),
                              uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_BLOCK)));
        row->setPropertyValue(ascii("ParaLeftMargin"), uno::Any(sal_Int32(joint.rowsLeft)));
        row->setPropertyValue(ascii("ParaRightMargin"),
                              uno::Any(sal_Int32(textWidth - joint.rowsLeft - joint.rowsWidth)));
    }
    const uno::Reference<beans::XPropertySet> frame = jointSuffixFrame(document);
    if (!frame.is())
        return;
    const sal_Int32 line = hundredthMm(markPt * core::kMarkLineEm);
    writePoint();
    frame->setPropertyValue(ascii("HoriOrient"), uno::Any(text::HoriOrientation::NONE));
    frame->setPropertyValue(ascii("HoriOrientRelation"),
                            uno::Any(text::RelOrientation::PAGE_PRINT_AREA));
    frame->setPropertyValue(ascii("HoriOrientPosition"), uno::Any(sal_Int32(joint.suffixLeft)));
    frame->setPropertyValue(ascii("VertOrient"), uno::Any(text::VertOrientation::NONE));
    frame->setPropertyValue(ascii("VertOrientRelation"),
                            uno::Any(text::RelOrientation::PRINT_AREA));
    frame->setPropertyValue(ascii("VertOrientPosition"), uno::Any(sal_Int32(joint.suffixTop)));
    frame->setPropertyValue(ascii("Size"),
                            uno::Any(awt::Size(joint.suffixWidth + kFrameSlack, line)));
    auto paragraphs = uno::Reference<container::XEnumerationAccess>(
                          uno::Reference<text::XTextFrame>(frame, uno::UNO_QUERY_THROW)->getText(),
                          uno::UNO_QUERY_THROW)
                          ->createEnumeration();
    while (paragraphs->hasMoreElements())
    {
        uno::Reference<beans::XPropertySet> paragraph(paragraphs->nextElement(),
                                                      uno::UNO_QUERY_THROW);
        paragraph->setPropertyValue(ascii("ParaStyleName"),
                                    uno::Any(officialStyleName(core::StyleRole::Mark)));
        paragraph->setPropertyValue(ascii("ParaAdjust"),
                                    uno::Any(static_cast<sal_Int16>(style::ParagraphAdjust_LEFT)));
    }
}

} // namespace

void setMinutesLabels(const uno::Reference<text::XTextDocument>& document,
                      const std::vector<BodyElement>& body,
                      const std::vector<core::ParagraphRoleInfo>& roles)
{
    if (headOf(body, roles).format != core::HeadFormat::Minutes)
        return;
    const core::DocumentType* minutes = core::findDocumentType("minutes");
    for (std::size_t i = 0; i < roles.size() && i < body.size(); ++i)
    {
        if (roles[i].role != core::LayoutRole::Body || !body[i].paragraph.is())
            continue;
        const std::u16string_view text = body[i].ownText();
        for (std::u16string_view label : minutes->blocks)
            if (core::startsWith(text, label) && text.size() > label.size() &&
                (text[label.size()] == u'：' || text[label.size()] == u':'))
            {
                writePoint();
                uno::Reference<beans::XPropertySet>(
                    selectInParagraph(document, body[i], 0,
                                      static_cast<sal_Int32>(label.size() + 1)),
                    uno::UNO_QUERY_THROW)
                    ->setPropertyValue(ascii("CharStyleName"),
                                       uno::Any(runInStyleName(core::StyleRole::Heading1)));
            }
    }
}

void addJointSuffixFrame(const uno::Reference<text::XTextDocument>& document,
                         const uno::Reference<text::XTextRange>& firstRow)
{
    uno::Reference<text::XTextFrame> frame(
        uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
            ->createInstance(ascii("com.sun.star.text.TextFrame")),
        uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> props(frame, uno::UNO_QUERY_THROW);
    props->setPropertyValue(ascii("AnchorType"),
                            uno::Any(text::TextContentAnchorType_AT_PARAGRAPH));
    document->getText()->insertTextContent(
        firstRow->getStart(), uno::Reference<text::XTextContent>(frame, uno::UNO_QUERY_THROW),
        false);
    uno::Reference<container::XNamed>(frame, uno::UNO_QUERY_THROW)->setName(jointSuffixFrameName());
    // No border, no padding, no gap to the text around: the frame is only where 文件 stands.
    for (const char* border : {"LeftBorder", "RightBorder", "TopBorder", "BottomBorder"})
        props->setPropertyValue(ascii(border), uno::Any(table::BorderLine2()));
    for (const char* space :
         {"LeftBorderDistance", "RightBorderDistance", "TopBorderDistance", "BottomBorderDistance",
          "LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        props->setPropertyValue(ascii(space), uno::Any(sal_Int32(0)));
    props->setPropertyValue(ascii("Surround"), uno::Any(text::WrapTextMode_THROUGH));
    props->setPropertyValue(ascii("FrameIsAutomaticHeight"), uno::Any(false));
    props->setPropertyValue(ascii("BackTransparent"), uno::Any(true));
    frame->getText()->setString(toOUString(core::kFileSuffix));
}

OUString letterFirstPageStyleName()
{
    return toOUString(u"信函首页");
}

namespace
{
// 信函's lower double lines (thin over thick) 20 mm above the first page's foot: the bottom
// border of an empty footer paragraph whose footer ends there.
constexpr sal_Int32 kLetterLinesAboveFoot = 2000;
constexpr sal_Int32 kLetterFooterLine = 10; // the empty paragraph's line, 0.1 mm
constexpr sal_Int32 kLetterTopMargin = 3000;

uno::Reference<container::XNameContainer>
pageStylesOf(const uno::Reference<text::XTextDocument>& document)
{
    return uno::Reference<container::XNameContainer>(styleFamily(document, "PageStyles"),
                                                     uno::UNO_QUERY_THROW);
}

uno::Reference<beans::XPropertySet>
firstParagraph(const uno::Reference<text::XTextDocument>& document)
{
    auto elements =
        uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration();
    return uno::Reference<beans::XPropertySet>(elements->nextElement(), uno::UNO_QUERY);
}
} // namespace

bool hasLetterHead(const std::vector<BodyElement>& body,
                   const std::vector<core::ParagraphRoleInfo>& roles)
{
    return headOf(body, roles).format == core::HeadFormat::Letter;
}

bool startsWithLetterHead(const uno::Reference<text::XTextDocument>& document)
{
    // The 版头 stands in the first paragraphs: their texts are enough, not the whole body's.
    std::vector<OUString> texts;
    auto elements =
        uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration();
    while (elements->hasMoreElements() && texts.size() <= core::kMaxHeadParagraphs)
    {
        uno::Reference<text::XTextRange> paragraph(elements->nextElement(), uno::UNO_QUERY);
        if (!paragraph.is())
            break; // a table: the 版头 is above it
        texts.push_back(paragraph->getString());
    }
    std::vector<std::u16string_view> views;
    for (const OUString& text : texts)
        views.push_back(toView(text));
    return core::documentHead(core::classifyParagraphs(views, {}), views).format ==
           core::HeadFormat::Letter;
}

bool letterFirstPageStyleMissing(const uno::Reference<text::XTextDocument>& document)
{
    return !pageStylesOf(document)->hasByName(letterFirstPageStyleName());
}

// 信函格式's first page style (GB/T 9704 §10.1): the 标志 30 mm from the top, no page number, the
// lower double lines (thin over thick) 20 mm above the foot; later pages take the body's style.
void makeLetterFirstPageStyle(const uno::Reference<text::XTextDocument>& document)
{
    const uno::Reference<beans::XPropertySet> body = bodyPageStyle(document);
    const OUString bodyName =
        uno::Reference<container::XNamed>(body, uno::UNO_QUERY_THROW)->getName();
    const auto styles = pageStylesOf(document);
    const OUString name = letterFirstPageStyleName();
    if (!styles->hasByName(name))
        styles->insertByName(
            name,
            uno::Any(uno::Reference<lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
                         ->createInstance(ascii("com.sun.star.style.PageStyle"))));
    uno::Reference<beans::XPropertySet> first(styles->getByName(name), uno::UNO_QUERY_THROW);
    for (const char* property : {"Width", "Height", "LeftMargin", "RightMargin"})
        first->setPropertyValue(ascii(property), body->getPropertyValue(ascii(property)));
    // No line grid: Writer centres a grid in the text area, and this page's area (the 30 mm top)
    // holds no whole number of lines, so the 标志 would move down by the rest. The lines keep
    // their fixed 28.95 pt pitch without it.
    first->setPropertyValue(ascii("GridMode"), uno::Any(sal_Int16(0)));
    sal_Int32 bodyBottom = 0, footerHeight = 0;
    body->getPropertyValue(ascii("BottomMargin")) >>= bodyBottom;
    body->getPropertyValue(ascii("FooterHeight")) >>= footerHeight;
    first->setPropertyValue(ascii("TopMargin"), uno::Any(kLetterTopMargin));
    first->setPropertyValue(ascii("BottomMargin"), uno::Any(kLetterLinesAboveFoot));
    first->setPropertyValue(ascii("FooterIsOn"), uno::Any(true));
    first->setPropertyValue(ascii("FooterIsDynamicHeight"), uno::Any(false));
    // The body ends where it ends on the other pages.
    const sal_Int32 footer = bodyBottom + footerHeight - kLetterLinesAboveFoot;
    first->setPropertyValue(ascii("FooterHeight"), uno::Any(footer));
    first->setPropertyValue(ascii("FooterBodyDistance"),
                            uno::Any(footer - kLetterFooterLine - core::kLetterLinesWidth));
    first->setPropertyValue(ascii("FollowStyle"), uno::Any(bodyName));
    uno::Reference<text::XText> footerText(first->getPropertyValue(ascii("FooterText")),
                                           uno::UNO_QUERY_THROW);
    footerText->setString(OUString());
    auto paragraphs =
        uno::Reference<container::XEnumerationAccess>(footerText, uno::UNO_QUERY_THROW)
            ->createEnumeration();
    uno::Reference<beans::XPropertySet> line(paragraphs->nextElement(), uno::UNO_QUERY_THROW);
    line->setPropertyValue(ascii("ParaLineSpacing"),
                           uno::Any(style::LineSpacing(style::LineSpacingMode::FIX,
                                                       static_cast<sal_Int16>(kLetterFooterLine))));
    line->setPropertyValue(ascii("SnapToGrid"), uno::Any(false));
    line->setPropertyValue(ascii("ParaLeftMargin"),
                           uno::Any(sal_Int32(-core::kLetterLinesOverhang)));
    line->setPropertyValue(ascii("ParaRightMargin"),
                           uno::Any(sal_Int32(-core::kLetterLinesOverhang)));
    table::BorderLine2 pair;
    pair.Color = core::kHeadRed;
    // Thin over thick (seen in the exported PDF: Writer draws THINTHICK's thin line on top).
    pair.LineStyle = table::BorderLineStyle::THINTHICK_SMALLGAP;
    pair.LineWidth = static_cast<sal_Int16>(core::kLetterLinesWidth);
    line->setPropertyValue(ascii("BottomBorder"), uno::Any(pair));
    line->setPropertyValue(ascii("BottomBorderDistance"), uno::Any(sal_Int32(0)));
}

void startWithLetterPage(const uno::Reference<text::XTextDocument>& document)
{
    const uno::Reference<beans::XPropertySet> first = firstParagraph(document);
    OUString current;
    if (first.is() && first->getPropertySetInfo()->hasPropertyByName(ascii("PageStyleName")))
        first->getPropertyValue(ascii("PageStyleName")) >>= current;
    if (!first.is() || current == letterFirstPageStyleName())
        return;
    writePoint();
    first->setPropertyValue(ascii("PageDescName"), uno::Any(letterFirstPageStyleName()));
}

uno::Reference<beans::XPropertySet>
bodyPageStyle(const uno::Reference<text::XTextDocument>& document)
{
    OUString name;
    auto elements =
        uno::Reference<container::XEnumerationAccess>(document->getText(), uno::UNO_QUERY_THROW)
            ->createEnumeration();
    if (elements->hasMoreElements())
    {
        uno::Reference<beans::XPropertySet> first(elements->nextElement(), uno::UNO_QUERY);
        if (first.is() && first->getPropertySetInfo()->hasPropertyByName(ascii("PageStyleName")))
            first->getPropertyValue(ascii("PageStyleName")) >>= name;
    }
    auto pages = styleFamily(document, "PageStyles");
    if (name == letterFirstPageStyleName() && pages->hasByName(name))
        uno::Reference<beans::XPropertySet>(pages->getByName(name), uno::UNO_QUERY_THROW)
            ->getPropertyValue(ascii("FollowStyle")) >>= name;
    if (name.isEmpty() || !pages->hasByName(name))
        name = ascii("Standard");
    return uno::Reference<beans::XPropertySet>(pages->getByName(name), uno::UNO_QUERY_THROW);
}

std::vector<std::size_t> layOutHeadParagraphs(const uno::Reference<text::XTextDocument>& document,
                                              const std::vector<BodyElement>& body,
                                              const std::vector<core::ParagraphRoleInfo>& roles,
                                              const core::LayoutProfile& profile)
{
    const core::DocumentHead found = headOf(body, roles);
    const std::vector<std::size_t>& head = found.paragraphs;
    if (head.empty())
        return {};
    const std::vector<std::u16string> rows(found.markRows.begin(), found.markRows.end());
    const double markPt =
        rows.empty() ? core::kMarkLargestPt
                     : core::markSizeFor(rows, found.suffixBeside ? core::kFileSuffix.size() : 0);
    if (!rows.empty())
        fitMarkStyle(document, markPt);
    const std::vector<core::HeadParagraphLayout> layout =
        core::layOutHead(found.parts, markPt, found.format, profile.page.gridBaseHeight);
    const sal_Int32 textWidth = profile.page.width - profile.page.left - profile.page.right;
    for (std::size_t k = 0; k < head.size(); ++k)
    {
        const BodyElement& element = body[head[k]];
        const core::HeadParagraphLayout& p = layout[k];
        uno::Reference<beans::XPropertySet> paragraph(element.paragraph, uno::UNO_QUERY_THROW);
        writePoint();
        paragraph->setPropertyValue(ascii("ParaTopMargin"), uno::Any(sal_Int32(p.spaceAbove)));
        paragraph->setPropertyValue(ascii("ParaBottomMargin"), uno::Any(sal_Int32(p.spaceBelow)));
        const bool ruled = p.redLineBelow || p.doubleLineBelow;
        paragraph->setPropertyValue(
            ascii("BottomBorder"),
            uno::Any(ruled ? redLine(p.doubleLineBelow) : table::BorderLine2()));
        paragraph->setPropertyValue(ascii("BottomBorderDistance"),
                                    uno::Any(sal_Int32(ruled ? p.lineDistance : 0)));
        if (p.doubleLineBelow)
        {
            paragraph->setPropertyValue(ascii("ParaLeftMargin"),
                                        uno::Any(sal_Int32(-core::kLetterLinesOverhang)));
            paragraph->setPropertyValue(ascii("ParaRightMargin"),
                                        uno::Any(sal_Int32(-core::kLetterLinesOverhang)));
        }
        if (found.parts[k] != core::HeadPart::Number)
            continue;
        const core::NumberLine line = core::readNumberLine(element.ownText());
        if (line.signer)
            setSignerLine(document, element, line, textWidth);
        else if (found.format == core::HeadFormat::Letter)
            paragraph->setPropertyValue(ascii("ParaAdjust"), uno::Any(static_cast<sal_Int16>(
                                                                 style::ParagraphAdjust_RIGHT)));
    }
    if (found.suffixBeside)
    {
        std::vector<std::size_t> markRows;
        for (std::size_t k = 0; k < head.size(); ++k)
            if (found.parts[k] == core::HeadPart::Mark)
                markRows.push_back(head[k]);
        setJointMark(document, body, markRows, rows, markPt, textWidth);
    }
    // The title under the 版头 is placed by the 版头's space below it, not moved to the page grid's
    // next line; the lines after it are on the grid again.
    for (std::size_t i = head.back() + 1; i < roles.size() && i < body.size(); ++i)
        if (roles[i].role != core::LayoutRole::Blank)
        {
            if (body[i].paragraph.is())
            {
                writePoint();
                uno::Reference<beans::XPropertySet>(body[i].paragraph, uno::UNO_QUERY_THROW)
                    ->setPropertyValue(ascii("SnapToGrid"), uno::Any(false));
            }
            break;
        }
    // Blank lines a draft put inside the 版头 or under it for spacing.
    std::vector<std::size_t> blanks;
    for (std::size_t i = head.front(); i < roles.size(); ++i)
    {
        if (roles[i].role == core::LayoutRole::Blank && body[i].paragraph.is())
            blanks.push_back(i);
        else if (!core::isHeadRole(roles[i].role))
            break;
    }
    return blanks;
}

void removeParagraphs(const std::vector<BodyElement>& body, const std::vector<std::size_t>& which)
{
    for (auto i = which.rbegin(); i != which.rend(); ++i)
    {
        writePoint();
        uno::Reference<lang::XComponent>(body[*i].paragraph, uno::UNO_QUERY_THROW)->dispose();
    }
}

} // namespace gongwen::ext
