# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.LayoutFormatter in a real office: 一键排版 lays a draft out as a GB/T 9704 document
(page, grid, page numbers, styles per role with outline levels, run-in heading sentences, the
成文日期 form), leaves no layout finding, is one undo step for the paragraphs and styles, keeps
tables and figure fields, refuses read-only documents and unknown profiles, and rolls back."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_fixtures import expect_illegal_argument, linked_report, placeholders  # noqa: E402
from gongwen_office import PROJECT, Office, paragraphs, prop, run_with_shared_office  # noqa: E402

FORMATTER = "org.gongwen.LayoutFormatter"
DRAFT = os.path.join(PROJECT, "tests", "golden", "layout", "draft-with-title.txt")
# The role of each paragraph of the draft (tests/golden/layout/draft-with-title.expected).
EXPECTED_STYLES = ["公文标题", "主送机关", "公文正文", "一级标题", "公文正文", "公文正文", "公文正文", "二级标题",
                   "公文正文", "公文正文", "一级标题", "公文正文", "一级标题", "公文正文", "公文正文", "公文正文",
                   "附件说明", "发文机关署名", "成文日期", "版记"]


def draft(office):
    with open(DRAFT, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    doc = office.writer_with_paragraphs(lines)
    doc.getUndoManager().clear()
    doc.setModified(False)
    return doc


def replacement_table(office):
    """The office's font replacement table (Tools ▸ Options ▸ Fonts): ReplaceFont → SubstituteFont."""
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", "/org.openoffice.Office.Common/Font/Substitution")
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (path,))
    pairs = access.getByName("FontPairs")
    return {"replacement": access.getByName("Replacement"),
            "pairs": {pairs.getByName(n).ReplaceFont: pairs.getByName(n).SubstituteFont
                      for n in pairs.getElementNames()}}


def page_of(doc):
    return doc.StyleFamilies.getByName("PageStyles").getByName(paragraphs(doc)[0].PageStyleName)


def snapshot(doc):
    body = [(p.getString(), p.ParaStyleName, p.OutlineLevel) for p in paragraphs(doc)]
    page = page_of(doc)
    return body, (page.TopMargin, page.LeftMargin, page.GridLines, page.FooterIsOn), doc.isModified()


def test_a_draft_becomes_an_official_document(office):
    doc = draft(office)
    try:
        formatter = office.create(FORMATTER)
        before = formatter.checkLayout(doc)
        assert {"layout.page", "layout.grid", "layout.pagenumber", "layout.style", "layout.date"} <= {f.RuleId for f in before}
        style_finding = next(f for f in before if f.RuleId == "layout.style")
        assert "“公文标题”" in style_finding.Message and "默认段落样式" in style_finding.Message, style_finding.Message
        assert formatter.applyLayout(doc, "") == len(EXPECTED_STYLES)
        body = paragraphs(doc)
        assert [p.ParaStyleName for p in body] == EXPECTED_STYLES, [p.ParaStyleName for p in body]
        # Headings carry outline levels; run-in ones (（一）… 1.… （1）…) too, on the paragraph.
        assert [p.OutlineLevel for p in body[3:11]] == [1, 2, 0, 0, 2, 3, 4, 1]
        styles = doc.StyleFamilies.getByName("ParagraphStyles")
        assert [styles.getByName(n).OutlineLevel for n in ("一级标题", "二级标题", "三级标题", "四级标题")] == [1, 2, 3, 4]
        # Only the run-in heading's sentence takes the heading's character style.
        run_in = body[4]
        portions = run_in.createEnumeration()
        first = portions.nextElement()
        assert first.getString() == "（一）坚持稳中求进。" and first.CharStyleName == "二级标题（标题句）", \
            (first.getString(), first.CharStyleName)
        assert body[18].getString() == "2026年11月29日"  # 成文日期 in Arabic numerals
        assert styles.getByName("成文日期").ParaAdjust in (1, uno.Enum("com.sun.star.style.ParagraphAdjust", "RIGHT"))
        assert styles.getByName("成文日期").ParaRightMargin > 2200  # 右空四字 of 16 pt
        assert styles.getByName("主送机关").ParaFirstLineIndent == 0
        # Sealed (the default): the date 右空四字, 署名 X区政协 (3.5 characters wide) centred over
        # the date (7 wide: its numerals are half-width); both kept with the lines above them.
        pitch = 16 * 2540 / 72 + styles.getByName("公文正文").CharKerning  # within a twip (1.76)
        assert abs(body[18].ParaRightMargin - 4 * pitch) <= 6, body[18].ParaRightMargin
        assert abs(body[17].ParaRightMargin - (4 + (7 - 3.5) / 2) * pitch) <= 6, body[17].ParaRightMargin
        assert [p.ParaKeepTogether for p in body[14:19]] == [False, False, True, True, False]
        # Styles name the standard fonts; this machine shows missing ones through the office's
        # font replacement table (pairs the .oxt ships), with a different open font for each.
        fonts = {n: styles.getByName(n).CharFontNameAsian for n in ("公文标题", "一级标题", "二级标题", "公文正文")}
        assert fonts == {"公文标题": "方正小标宋简体", "一级标题": "黑体", "二级标题": "楷体_GB2312", "公文正文": "仿宋_GB2312"}, fonts
        table = replacement_table(office)
        assert table["replacement"], "the font replacement table is off"
        assert [table["pairs"].get(f) for f in ("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312")] == \
            ["Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN", "AR PL UMing CN"], table
        page = page_of(doc)
        assert (round(page.Width / 100), round(page.Height / 100)) == (210, 297)
        assert (round(page.TopMargin / 100), round(page.LeftMargin / 100), round(page.RightMargin / 100)) == (37, 28, 26)
        assert (page.GridMode, page.GridLines) == (1, 22)
        assert page.FooterIsOn and not page.FooterIsShared
        assert page.FooterText.getString() == "— 1 —" and page.FooterTextLeft.getString() == "— 2 —"
        assert list(formatter.checkLayout(doc)) == [], [(f.RuleId, f.Paragraph, f.Message) for f in formatter.checkLayout(doc)]
        user = doc.getDocumentProperties().getUserDefinedProperties()
        assert user.GongwenLayoutProfile == "gbt9704"
        # One undo step restores the paragraphs and styles (Writer cannot undo the page).
        assert doc.getUndoManager().getAllUndoActionTitles() == ("公文助手：一键排版",)
        doc.getUndoManager().undo()
        assert body[18].getString() == "二〇二六年十一月二十九日"
        assert {p.ParaStyleName for p in paragraphs(doc)} == {"Standard"}
        assert round(page_of(doc).TopMargin / 100) == 37, "the page is not undone (documented)"
    finally:
        doc.close(True)


def test_a_local_profile_and_refusals(office):
    doc = draft(office)
    try:
        formatter = office.create(FORMATTER)
        expect_illegal_argument(lambda: formatter.applyLayout(doc, "no-such-profile"), "no-such-profile", "gbt9704")
        expect_illegal_argument(lambda: formatter.applyLayout(doc, "gbt9704\0junk"))  # not cut at the NUL
        expect_illegal_argument(lambda: formatter.applyLayout(None, ""))
        expect_illegal_argument(lambda: formatter.checkLayout(None))
        assert snapshot(doc)[0][0][1] == "Standard", "a refused call changed the document"
        formatter.applyLayout(doc, "gbt9704-local")
        assert abs(page_of(doc).TopMargin - 3458) <= 2  # the office rounds to its own units
        assert doc.StyleFamilies.getByName("ParagraphStyles").getByName("三级标题").CharWeight == 150.0
        assert doc.getDocumentProperties().getUserDefinedProperties().GongwenLayoutProfile == "gbt9704-local"
        assert list(formatter.checkLayout(doc)) == []  # checked against the profile it was laid out with
        path = office.writable_path("laid-out.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
    finally:
        doc.close(True)
    ro = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                             (prop("Hidden", True), prop("ReadOnly", True)))
    try:
        expect_illegal_argument(lambda: office.create(FORMATTER).applyLayout(ro, ""), "只读")
    finally:
        ro.close(True)


def test_the_command_takes_a_profile_and_keeps_the_remembered_one(office):
    """The menu's 按版式方案排版 entries dispatch org.gongwen:LayOut?profile=…; plain 一键排版 keeps
    the profile the document was laid out with. (Headless, the page-change question is answered
    No, so these runs use documents whose page already matches.)"""
    doc = draft(office)
    try:
        frame = doc.getCurrentController().getFrame()
        formatter = office.create(FORMATTER)
        heading3 = doc.StyleFamilies.getByName("ParagraphStyles")
        stored = lambda: doc.getDocumentProperties().getUserDefinedProperties().GongwenLayoutProfile  # noqa: E731
        formatter.applyLayout(doc, "gbt9704-local")
        assert heading3.getByName("三级标题").CharWeight == 150.0

        before = snapshot(doc)
        office.dispatch(frame, "org.gongwen:LayOut?profile=no-such-profile")
        assert snapshot(doc) == before and stored() == "gbt9704-local", "an unknown profile changed the document"

        # Plain 一键排版 on the local layout: no page change, so it runs, with the local profile.
        body = paragraphs(doc)[2]
        body.CharHeight = 9.0
        office.dispatch(frame, "org.gongwen:LayOut")
        assert paragraphs(doc)[2].CharHeight == 16.0, "一键排版 did not run"
        assert stored() == "gbt9704-local" and abs(page_of(doc).TopMargin - 3458) <= 2
        assert heading3.getByName("三级标题").CharWeight == 150.0

        # The national profile named in the URL: with the page already national it runs at once.
        page = page_of(doc)
        page.TopMargin, page.BottomMargin = 3700, 2300  # the national page, by hand
        office.dispatch(frame, "org.gongwen:LayOut?profile=gbt9704")
        assert stored() == "gbt9704", "the profile in the URL was not used"
        assert heading3.getByName("三级标题").CharWeight == 100.0
        assert list(formatter.checkLayout(doc)) == []

        # The national layout asked for on a local page: the question (answered No) stops it.
        formatter.applyLayout(doc, "gbt9704-local")
        before = snapshot(doc)
        office.dispatch(frame, "org.gongwen:LayOut?profile=gbt9704")
        assert snapshot(doc) == before and stored() == "gbt9704-local"
    finally:
        doc.close(True)


def test_styles_changed_by_hand_are_found_and_put_right(office):
    """A laid-out 请示 with three attachments and a two-line 版记: its attachment lines are
    aligned under the first name, the 版记 sits between thick lines with a thin one between.
    Styles changed by hand afterwards each get their own layout.* rule; 一键排版 puts them right."""
    with open(os.path.join(PROJECT, "tests", "golden", "layout", "draft-attachments.txt"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    doc = office.writer_with_paragraphs(lines)
    try:
        formatter = office.create(FORMATTER)
        formatter.applyLayout(doc, "")
        assert list(formatter.checkLayout(doc)) == []
        body = paragraphs(doc)
        styles = [p.ParaStyleName for p in body]
        assert styles[9:12] == ["附件说明", "附件说明（续）", "附件说明（续）"], styles
        assert styles[14:] == ["版记", "版记"], styles
        widths = [(p.TopBorder.LineWidth, p.BottomBorder.LineWidth) for p in body[14:]]
        assert [(abs(t - 35) <= 2 if t else 0, abs(b - w) <= 2) for (t, b), w in zip(widths, (25, 35))] == \
            [(True, True), (0, True)], widths
        assert body[13].BottomBorder.LineWidth == 0
        # The continued names start under the first name: 2 characters and 附件：.
        assert abs(body[10].ParaFirstLineIndent - round(5 * 16 * 2540 / 72)) <= 5

        family = doc.StyleFamilies.getByName("ParagraphStyles")
        family.getByName("一级标题").CharFontNameAsian = "宋体"
        family.getByName("公文标题").ParaAdjust = 0  # left
        family.getByName("公文正文").ParaFirstLineIndent = 0
        spacing = family.getByName("公文正文").ParaLineSpacing
        spacing.Mode, spacing.Height = 0, 100  # proportional, single
        family.getByName("公文正文").ParaLineSpacing = spacing
        family.getByName("一级标题").OutlineLevel = 0
        no_line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
        body[15].BottomBorder = no_line
        body[9].setString("附件:1．专项工作经费预算表。")
        found = sorted((f.RuleId, f.Paragraph) for f in formatter.checkLayout(doc))
        assert found == [("layout.align", 0), ("layout.attachment", 9), ("layout.font", 3), ("layout.indent", 2),
                         ("layout.linepitch", 2), ("layout.outline", 3), ("layout.rules", 14)], found

        formatter.applyLayout(doc, "")
        assert list(formatter.checkLayout(doc)) == []
        assert paragraphs(doc)[9].getString() == "附件：1．专项工作经费预算表"
        assert family.getByName("一级标题").CharFontNameAsian == "黑体"
        assert family.getByName("公文正文").ParaLineSpacing.Mode == 3  # FIX
        assert paragraphs(doc)[15].BottomBorder.LineWidth > 0
    finally:
        doc.close(True)


def test_tables_and_figures_survive_and_a_failure_rolls_back(office):
    doc, link, _ = linked_report(office, "layout")
    try:
        link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
        link.bindTable(doc, "联络组统计", "分组统计")
        table = doc.getTextTables().getByName("联络组统计")
        cells = [[table.getCellByPosition(c, r).getString() for c in range(3)] for r in range(3)]
        formatter = office.create(FORMATTER)
        formatter.applyLayout(doc, "")
        assert paragraphs(doc)[0].getString().startswith("全年开展协商活动3次")
        assert [[table.getCellByPosition(c, r).getString() for c in range(3)] for r in range(3)] == cells
        assert link.refresh(doc).TablesUpdated == 1  # the binding survived
    finally:
        doc.close(True)


def test_a_section_inserted_into_a_laid_out_document_keeps_it_laid_out(office):
    doc = draft(office)
    try:
        formatter = office.create(FORMATTER)
        formatter.applyLayout(doc, "")
        at = paragraphs(doc)[13].getEnd()  # after "我们将继续努力。"
        office.create("org.gongwen.SectionCatalog").insertSection(doc, at, "section.next-steps", 2)
        assert list(formatter.checkLayout(doc)) == [], \
            [(f.RuleId, f.Paragraph, f.Message) for f in formatter.checkLayout(doc)]
        assert "一级标题" in [p.ParaStyleName for p in paragraphs(doc)[14:]]
    finally:
        doc.close(True)


def test_tracked_changes_survive(office):
    doc = office.writer_with_paragraphs(["工作总结", "今年完成了各项任务。", "一、总体情况", "全年开展活动12次。"])
    try:
        doc.RecordChanges = True
        body = paragraphs(doc)
        cursor = doc.getText().createTextCursorByRange(body[3].getStart())
        cursor.goRight(2, False)
        cursor.goRight(2, True)
        cursor.setString("")  # 开展 deleted, tracked
        doc.RecordChanges = False

        def redline_types():
            found = doc.getRedlines().createEnumeration()
            return sorted(found.nextElement().RedlineType for _ in iter(found.hasMoreElements, False))
        before = redline_types()
        assert before == ["Delete"], before
        office.create(FORMATTER).applyLayout(doc, "")
        assert redline_types() == before, redline_types()
        assert paragraphs(doc)[3].getString() == "全年开展活动12次。"  # the deletion is still only tracked
        assert paragraphs(doc)[2].ParaStyleName == "一级标题"
    finally:
        doc.close(True)


MM_PER_PT = 25.4 / 72


def pdf_lines(pdf):
    """Per page: (xMin, yMin, xMax, yMax) in mm and the text of each line, from pdftotext."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        size = tuple(float(v) * MM_PER_PT for v in re.findall(r'(?:width|height)="([\d.]+)"', page)[:2])
        lines = []
        for box, content in re.findall(r'<line (xMin="[^>]*")>(.*?)</line>', page, re.S):
            x0, y0, x1, y1 = (float(v) * MM_PER_PT for v in re.findall(r'"([\d.]+)"', box))
            lines.append(((x0, y0, x1, y1), "".join(re.findall(r">([^<]+)</word>", content))))
        pages.append((size, lines))
    return pages


LONG_PARAGRAPH = ("今年以来，区政协在区委的坚强领导下，围绕中心、服务大局，各项工作取得新成效，协商议政质量不断提高，"
                  "民主监督更加有力，团结联谊广泛深入，自身建设全面加强，为全区经济社会发展作出了积极贡献。")


def test_the_exported_pdf_measures_as_gbt9704(office):
    with open(DRAFT, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    # Two full pages and more, with paragraphs long enough for many full lines.
    doc = office.writer_with_paragraphs(lines[:13] + [LONG_PARAGRAPH, lines[2]] * 15 + lines[13:])
    try:
        office.create(FORMATTER).applyLayout(doc, "")
        pdf = office.writable_path("laid-out.pdf")
        doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)
    pages = pdf_lines(pdf)
    assert len(pages) >= 3
    for size, _ in pages:
        assert abs(size[0] - 210) < 0.5 and abs(size[1] - 297) < 0.5, size  # A4
    pitch = 28.95 * MM_PER_PT
    (_, first), (_, second) = pages[0], pages[1]
    body = [(box, text) for box, text in second if box[1] < 262]  # above the page number
    assert len(body) == 22, [t for _, t in body]  # 22 lines on a full page
    assert abs(min(box[0] for box, _ in body) - 28) <= 1, min(box[0] for box, _ in body)  # left edge 28 mm
    # The first grid line's top, 37 mm down (GB/T 9704 版心). LibreOffice 7.4 sets text on the
    # bottom of its grid line, 25.2 in its middle (same line pitch; versions between untested).
    (_, glyph_top, _, glyph_bottom), _ = body[0]
    if office.version() < (25, 0):
        top = glyph_bottom - pitch
    else:
        top = (glyph_top + glyph_bottom) / 2 - pitch / 2
    assert abs(top - 37) <= 1, (top, office.version())
    # 28 characters a full line (GB/T 9704 §5.2.2), the first line's 2-character indent counted,
    # and none past the text area's right edge (184 mm).
    assert max(box[2] for box, _ in body) <= 184.2, max(box[2] for box, _ in body)
    full = [(box, text) for box, text in body if box[2] > 180]
    assert len(full) >= 10, [t for _, t in body]
    assert {len(text) + (2 if box[0] > 30 else 0) for box, text in full} == {28}, \
        [(len(text), round(box[0]), text) for box, text in full]
    number1 = [box for box, text in first if text == "—1—"]
    number2 = [box for box, text in second if text == "—2—"]
    assert number1 and number2, ([t for _, t in first[-2:]], [t for _, t in second[-2:]])
    # 7 mm under the 225 mm text area; one 四号 character (4.9 mm) in from its right / left edge.
    assert abs(number1[0][1] - (37 + 225 + 7)) <= 1.5 and abs(number1[0][2] - (210 - 26 - 4.94)) <= 1, number1
    assert abs(number2[0][0] - (28 + 4.94)) <= 1, number2
    # 版记: one 四号 character in from the text area's left edge, inside its full-width lines.
    copy = [box for _, page_lines in pages for box, text in page_lines if text.startswith("抄送")]
    assert copy and abs(copy[0][0] - (28 + 4.94)) <= 1, copy
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True, timeout=60).stdout
    # The levels look different here: the body in a serif, level-1 headings in a sans.
    assert "NotoSerifCJK" in fonts and "NotoSansCJK" in fonts, fonts


def test_tables_get_a_table_style_and_bold_in_body_text_stays(office):
    """A table's cells take 表格文字 (its first row 表格标题行, bold): 四号, single spacing and off the
    line grid, so text sits at the top of a tall cell. Bold the user gave a body word stays;
    bold on a heading goes."""
    doc = office.writer_with_paragraphs(["关于2026年度工作情况的报告", "区委：", "一、主要工作",
                                         "全年开展协商活动12次，重点工作全部完成。", "详见下表。"])
    try:
        text = doc.getText()
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(3, 2)
        text.insertTextContent(text.getEnd(), table, False)
        for name, value in (("A1", "项目"), ("B1", "次数"), ("A2", "甲项活动"), ("B2", "5"), ("A3", "乙项活动"), ("B3", "7")):
            table.getCellByName(name).setString(value)
        row = table.getRows().getByIndex(1)
        row.IsAutoHeight = False
        row.Height = 3000  # 30 mm
        body = paragraphs(doc)
        cursor = text.createTextCursorByRange(body[3].getStart())
        cursor.goRight(4, True)  # 全年开展
        cursor.CharWeight = 150.0
        heading = text.createTextCursorByRange(body[2].getStart())
        heading.gotoEndOfParagraph(True)
        heading.CharWeight = 150.0
        office.create(FORMATTER).applyLayout(doc, "")
        cell = lambda name: table.getCellByName(name).createEnumeration().nextElement()  # noqa: E731
        assert [cell(n).ParaStyleName for n in ("A1", "B1", "A2", "B3")] == ["表格标题行", "表格标题行", "表格文字", "表格文字"]
        styles = doc.StyleFamilies.getByName("ParagraphStyles")
        assert styles.getByName("表格标题行").CharWeight == 150.0 and styles.getByName("表格文字").CharHeight == 14.0
        assert not styles.getByName("表格文字").SnapToGrid and styles.getByName("公文正文").SnapToGrid
        portions = body[3].createEnumeration()
        first = portions.nextElement()
        assert first.getString() == "全年开展" and first.CharWeight == 150.0, (first.getString(), first.CharWeight)
        assert all(p.CharWeight < 150.0 for p in body[2].createEnumeration()), "a heading's bold stays"
        pdf = office.writable_path("table.pdf")
        doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)
    lines = {text: box for box, text in pdf_lines(pdf)[0][1]}
    header, tall = lines["项目次数"] if "项目次数" in lines else lines["项目"], lines["甲项活动5"] if "甲项活动5" in lines else lines["甲项活动"]
    # The tall row's text starts right under the header row, not a grid line or more below.
    assert tall[1] - header[3] < 4, (header, tall)


def test_a_round_trip_through_word_formats_keeps_the_layout(office):
    """Laid out, saved as .docx and as .doc and opened again: 版式检查 finds nothing, and the
    .docx carries what Word and WPS need (East Asian font names, the line grid, odd and even
    footers with page numbers)."""
    doc = draft(office)
    try:
        office.create(FORMATTER).applyLayout(doc, "")
        for filter_name, extension in (("MS Word 2007 XML", "docx"), ("MS Word 97", "doc")):
            path = office.writable_path("round-trip." + extension)
            doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
            if extension == "docx":
                with zipfile.ZipFile(path) as package:
                    document = package.read("word/document.xml").decode("utf-8")
                    styles = package.read("word/styles.xml").decode("utf-8")
                    settings = package.read("word/settings.xml").decode("utf-8")
                assert 'w:eastAsia="仿宋_GB2312"' in styles and 'w:eastAsia="黑体"' in styles
                assert re.search(r'<w:docGrid w:type="lines" w:linePitch="(57[89]|580)"', document), \
                    re.findall(r"<w:docGrid[^>]*>", document)
                assert 'w:footerReference w:type="even"' in document and "<w:evenAndOddHeaders" in settings
            again = office.load(path)
            try:
                findings = [(f.RuleId, f.Paragraph, f.Message) for f in office.create(FORMATTER).checkLayout(again)]
                assert findings == [], (extension, findings)
            finally:
                again.close(True)
    finally:
        doc.close(True)


def test_an_automatic_list_stays_a_list(office):
    """Items of a Writer numbered list after "如下：" are body text, not 三级标题, and keep
    their numbering; a short item numbered under （一） is still a heading."""
    doc = office.writer_with_paragraphs(
        ["关于2026年度工作情况的报告", "区委：", "一、主要工作", "今年主要工作如下：",
         "落实协商计划，全年开展协商12次。", "加强民主监督。", "完善制度建设"])
    try:
        body = paragraphs(doc)
        for p in body[4:7]:
            p.NumberingStyleName = "Numbering 123"
        assert [p.ListLabelString for p in body[4:7]] == ["1.", "2.", "3."]
        office.create(FORMATTER).applyLayout(doc, "")
        body = paragraphs(doc)
        assert [p.ParaStyleName for p in body[4:7]] == ["公文正文"] * 3, [p.ParaStyleName for p in body]
        assert [p.ListLabelString for p in body[4:7]] == ["1.", "2.", "3."]
        assert list(office.create(FORMATTER).checkLayout(doc)) == []
    finally:
        doc.close(True)


def page_of_paragraph(doc, paragraph):
    cursor = doc.getCurrentController().getViewCursor()
    cursor.gotoRange(paragraph.getEnd(), False)
    return cursor.getPage()


def test_signature_and_date_never_part(office):
    """For every body length, 落款 and 成文日期 end up on one page, with the body's last line on
    that page too, and 版式检查 agrees. Without the keeping, some of these lengths split them
    (so the sweep covers the case), and 版式检查 reports each such split."""
    with open(DRAFT, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    closing = ["我们将继续努力。", "", "X区政协", "二〇二六年十一月二十九日"]
    split_without_keeping = 0
    for count in range(14, 24):
        doc = office.writer_with_paragraphs(lines[:2] + ["今年以来，各项工作取得新成效。"] * count + closing)
        try:
            office.create(FORMATTER).applyLayout(doc, "")
            body = paragraphs(doc)
            signature, date, last = body[-2], body[-1], body[-4]
            pages = [page_of_paragraph(doc, p) for p in (last, signature, date)]
            assert pages[0] == pages[1] == pages[2], (count, pages)
            findings = [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)]
            assert findings == [], (count, findings)
            for p in body:
                p.ParaKeepTogether = False
            apart = page_of_paragraph(doc, signature), page_of_paragraph(doc, date)
            split = [f.Message for f in office.create(FORMATTER).checkLayout(doc) if f.RuleId == "layout.split"]
            if apart[0] != apart[1]:
                split_without_keeping += 1
                assert split == [f"落款在第 {apart[0]} 页，成文日期在第 {apart[1]} 页：二者应在同一页（一键排版将使其不分页）。"], \
                    (count, apart, split)
            elif page_of_paragraph(doc, last) != apart[0]:
                assert len(split) == 1 and "没有正文" in split[0], (count, split)
            else:
                assert split == [], (count, split)
        finally:
            doc.close(True)
    assert split_without_keeping, "no body length splits 落款 from the date: the sweep tests nothing"


LONG_TITLE = "中国人民政治协商会议某某区委员会关于认真学习贯彻党的二十届四中全会精神进一步做好新时代政协工作的意见"


def test_a_long_title_is_broken_between_words(office):
    """A title longer than a line (20 characters of 二号 in 156 mm): 版式检查 says so, 一键排版 puts line
    breaks between words — none inside 委员会, 学习 or 政协, no line starting with 的, no hourglass — in
    one undo step, and checks clean afterwards; laying out again adds none."""
    doc = office.writer_with_paragraphs([LONG_TITLE, "区委：", "现提出如下意见。", "区政协办公室", "2026年11月29日"])
    doc.getUndoManager().clear()
    try:
        formatter = office.create(FORMATTER)
        before = [f for f in formatter.checkLayout(doc) if f.RuleId == "layout.titlebreak"]
        assert len(before) == 1 and "每行 20 字" in before[0].Message, [f.Message for f in before]
        formatter.applyLayout(doc, "")
        title = paragraphs(doc)[0].getString()
        lines = title.split("\n")
        assert "".join(lines) == LONG_TITLE and len(lines) == 3, lines
        assert all(len(line) <= 20 and not line.startswith(("的", "和", "之")) for line in lines), lines
        assert not (len(lines[1]) < len(lines[0]) and len(lines[1]) < len(lines[2])), lines
        breaks = [sum(len(line) for line in lines[:k]) for k in (1, 2)]  # offsets in LONG_TITLE
        for word in ("委员会", "学习", "政协", "精神"):
            at = LONG_TITLE.find(word)
            while at != -1:
                assert not any(at < b < at + len(word) for b in breaks), (word, lines)
                at = LONG_TITLE.find(word, at + 1)
        assert [f.RuleId for f in formatter.checkLayout(doc) if f.RuleId == "layout.titlebreak"] == []
        formatter.applyLayout(doc, "")
        assert paragraphs(doc)[0].getString() == title  # no second set of breaks
        undo = doc.getUndoManager()
        while undo.isUndoPossible():
            undo.undo()
        assert paragraphs(doc)[0].getString() == LONG_TITLE
    finally:
        doc.close(True)


def test_a_title_line_starting_with_a_particle_is_found(office):
    """A title broken by hand before 的 is found, at the 的."""
    doc = office.writer_with_paragraphs(["关于开展专题协商活动情况的调研报告", "区委：", "现报告如下。"])
    try:
        title = paragraphs(doc)[0]
        cursor = title.getText().createTextCursorByRange(title.getStart())
        cursor.goRight(12, False)  # before 的
        title.getText().insertControlCharacter(cursor, 1, False)  # ControlCharacter.LINE_BREAK
        assert paragraphs(doc)[0].getString() == "关于开展专题协商活动情况\n的调研报告"
        found = [f for f in office.create(FORMATTER).checkLayout(doc) if f.RuleId == "layout.titlebreak"]
        assert len(found) == 1 and "“的”" in found[0].Message and found[0].Start == 13, \
            [(f.Message, f.Start) for f in found]
    finally:
        doc.close(True)


def test_unsealed_profile_places_the_signature_two_characters_in(office):
    doc = draft(office)
    try:
        office.create(FORMATTER).applyLayout(doc, "gbt9704-unsealed")
        body = paragraphs(doc)
        pitch = 16 * 2540 / 72 + doc.StyleFamilies.getByName("ParagraphStyles").getByName("公文正文").CharKerning
        # The date (7 wide) is longer than X区政协 (3.5) allows: it stays 右空二字 and starts two
        # characters right of the 署名's first character.
        assert abs(body[18].ParaRightMargin - 2 * pitch) <= 6, body[18].ParaRightMargin
        assert abs(body[17].ParaRightMargin - (2 + 7 + 2 - 3.5) * pitch) <= 6, body[17].ParaRightMargin
        assert list(office.create(FORMATTER).checkLayout(doc)) == []
        # The same placement under the sealed profile is out of place there.
        office.create(FORMATTER).applyLayout(doc, "gbt9704")
        body[17].ParaRightMargin = int((2 + 7 + 2 - 3.5) * pitch)
        assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == ["layout.closing"]
    finally:
        doc.close(True)


def legacy_styles(doc):
    """The styles named in English by earlier versions under an English UI."""
    return sorted(n for family in ("ParagraphStyles", "CharacterStyles")
                  for n in doc.StyleFamilies.getByName(family).getElementNames() if n.startswith("Gongwen "))


def add_style(doc, family, name, **properties):
    style = doc.createInstance("com.sun.star.style." + ("ParagraphStyle" if family == "ParagraphStyles" else "CharacterStyle"))
    doc.StyleFamilies.getByName(family).insertByName(name, style)
    for key, value in properties.items():
        style.setPropertyValue(key, value)


def test_style_names_do_not_depend_on_the_ui_language(office):
    """A document laid out by an earlier version under an English UI has English style names:
    一键排版 renames them (what it does not set stays as the user had it), or, where a
    Chinese one exists too, moves the paragraphs over and removes the English one."""
    doc = draft(office)
    try:
        add_style(doc, "ParagraphStyles", "Gongwen Body", CharHeight=12.0, ParaBackColor=0xFFFF00)
        add_style(doc, "ParagraphStyles", "Gongwen Title")
        add_style(doc, "ParagraphStyles", "公文标题")  # both names: the Chinese one is kept
        add_style(doc, "CharacterStyles", "Gongwen Heading 2 (run-in)")
        body = paragraphs(doc)
        body[0].ParaStyleName = "Gongwen Title"
        body[2].ParaStyleName = "Gongwen Body"
        before = {f.RuleId for f in office.create(FORMATTER).checkLayout(doc)}
        assert "layout.style" in before, before
        office.create(FORMATTER).applyLayout(doc, "")
        assert legacy_styles(doc) == [], legacy_styles(doc)
        # Renamed, not made anew: what 一键排版 does not set (a background) is the user's still.
        body_style = doc.StyleFamilies.getByName("ParagraphStyles").getByName("公文正文")
        assert body_style.ParaBackColor == 0xFFFF00 and body_style.CharHeight == 16.0
        assert [p.ParaStyleName for p in paragraphs(doc)] == EXPECTED_STYLES
        assert "二级标题（标题句）" in doc.StyleFamilies.getByName("CharacterStyles").getElementNames()
        assert list(office.create(FORMATTER).checkLayout(doc)) == []
        doc.getUndoManager().undo()  # one step puts the English names back
        assert legacy_styles(doc) == ["Gongwen Body", "Gongwen Heading 2 (run-in)", "Gongwen Title"], legacy_styles(doc)
    finally:
        doc.close(True)


def test_laid_out_under_english_the_styles_are_the_same():
    """Laid out under an en-US UI, the document has the very styles a zh-CN UI gives it, and a
    document laid out under zh-CN has no layout finding under en-US."""
    kept = tempfile.TemporaryDirectory(prefix="gongwen-layout-")
    path = os.path.join(kept.name, "zh-laid-out.odt")
    with kept:
        with Office(ui_locale="zh-CN") as chinese:
            doc = draft(chinese)
            stored = chinese.writable_path("zh-laid-out.odt")
            try:
                chinese.create(FORMATTER).applyLayout(doc, "")
                zh_styles = sorted(doc.StyleFamilies.getByName("ParagraphStyles").getElementNames())
                doc.storeToURL(uno.systemPathToFileUrl(stored), ())
            finally:
                doc.close(True)
            shutil.copy(stored, path)  # the office's folder goes with it
        in_english(path, zh_styles)


def in_english(path, zh_styles):
    with Office(ui_locale="en-US") as english:
        doc = english.load(path)
        try:
            findings = list(english.create(FORMATTER).checkLayout(doc))
            assert findings == [], [(f.RuleId, f.Message) for f in findings]
        finally:
            doc.close(True)
        doc = draft(english)
        try:
            english.create(FORMATTER).applyLayout(doc, "")
            assert [p.ParaStyleName for p in paragraphs(doc)] == EXPECTED_STYLES
            assert legacy_styles(doc) == []
            names = sorted(doc.StyleFamilies.getByName("ParagraphStyles").getElementNames())
            assert names == zh_styles, set(names) ^ set(zh_styles)
            assert list(english.create(FORMATTER).checkLayout(doc)) == []
        finally:
            doc.close(True)


def pdf_text_fonts(pdf):
    """(text, font family) of each text line of the PDF's first page, from pdftohtml."""
    out = subprocess.run(["pdftohtml", "-xml", "-i", "-f", "1", "-l", "1", "-stdout", pdf], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    families = dict(re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]*)"', out))
    return [(re.sub(r"<[^>]+>| ", "", text), families[font])
            for font, text in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', out)]


def test_each_role_shows_its_own_font_at_once():
    """On a fresh installation, in the first session: the title, level-1 and level-2 headings and
    the body of a laid-out draft reach the PDF in four different families (the pairs the .oxt
    ships are in force from the first start; nothing waits for a restart)."""
    with Office() as office:
        doc = draft(office)
        pdf = office.writable_path("first-session.pdf")
        try:
            office.create(FORMATTER).applyLayout(doc, "")
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
        finally:
            doc.close(True)
        lines = pdf_text_fonts(pdf)
    def family(start):
        found = [f for text, f in lines if text.startswith(start)]
        assert found, (start, lines)
        return found[0]
    fonts = {role: family(start) for role, start in
             (("title", "关于2026"), ("heading1", "一、主要工作"), ("heading2", "（二）加强"), ("body", "我们将继续"))}
    assert "NotoSerifCJK" in fonts["title"] and "NotoSansCJK" in fonts["heading1"], fonts
    assert "UKai" in fonts["heading2"] and "UMing" in fonts["body"], fonts
    assert len(set(fonts.values())) == 4, fonts


def test_replaced_fonts_reach_the_pdf_after_a_restart():
    """On this machine none of the standard fonts is installed. 一键排版 maps each to its open
    substitute in the office's replacement table, which the office reads when it starts: after
    a restart the exported PDF shows 楷体 level-2 headings in AR PL UKai and level-1 headings in
    Noto Sans CJK SC, while the document still names the standard fonts."""
    with Office() as office:
        doc = draft(office)
        path = office.writable_path("fonts.odt")
        try:
            office.create(FORMATTER).applyLayout(doc, "")
            doc.storeToURL(uno.systemPathToFileUrl(path), ())
        finally:
            doc.close(True)
        table = replacement_table(office)
        assert table["replacement"] and table["pairs"].get("楷体_GB2312") == "AR PL UKai CN", table
        office.restart()
        doc = office.load(path)
        try:
            styles = doc.StyleFamilies.getByName("ParagraphStyles")
            assert styles.getByName("二级标题").CharFontNameAsian == "楷体_GB2312"
            assert styles.getByName("一级标题").CharFontNameAsian == "黑体"
            pdf = office.writable_path("fonts.pdf")
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
        finally:
            doc.close(True)
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True, timeout=60).stdout
    assert "UKai" in fonts, fonts  # the level-2 heading
    # 黑体 and 仿宋/小标宋 (the PDF names a Noto CJK collection after its first face, "jp").
    assert "NotoSansCJK" in fonts and "NotoSerifCJK" in fonts, fonts


if __name__ == "__main__":
    run_with_shared_office([
        test_a_draft_becomes_an_official_document, test_a_local_profile_and_refusals,
        test_the_command_takes_a_profile_and_keeps_the_remembered_one,
        test_styles_changed_by_hand_are_found_and_put_right,
        test_tables_and_figures_survive_and_a_failure_rolls_back, test_the_exported_pdf_measures_as_gbt9704,
        test_a_section_inserted_into_a_laid_out_document_keeps_it_laid_out, test_tracked_changes_survive,
        test_style_names_do_not_depend_on_the_ui_language, test_signature_and_date_never_part,
        test_unsealed_profile_places_the_signature_two_characters_in, test_an_automatic_list_stays_a_list,
        test_tables_get_a_table_style_and_bold_in_body_text_stays,
        test_a_round_trip_through_word_formats_keeps_the_layout, test_a_long_title_is_broken_between_words,
        test_a_title_line_starting_with_a_particle_is_found],
        plain_tests=[test_replaced_fonts_reach_the_pdf_after_a_restart, test_each_role_shows_its_own_font_at_once,
                     test_laid_out_under_english_the_styles_are_the_same], timeout=500)
