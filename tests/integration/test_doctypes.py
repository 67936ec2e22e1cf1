# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.DocumentTypes in a real office: 新建公文 makes each kind of 公文 with its 版头, and the
exported PDF measures as GB/T 9704 §7.2 and §10.1 want it — read from the PDF's pixels (red ink,
red lines) and its text boxes: the 标志's top edge 35 mm under the 版心 (信函: 30 mm from the page's
top), the red line 4 mm under the 发文字号 and as wide as the 版心, the title two lines under it,
信函's 170 mm double lines (thick over thin under the 标志, thin over thick 20 mm above the foot)
and no page number on its first page. 一键排版 recognises a draft's 版头; bad fields are refused
with a reason and nothing is made."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from com.sun.star.beans import NamedValue  # noqa: E402
from gongwen_fixtures import expect_illegal_argument  # noqa: E402
from gongwen_office import PROJECT, Office, paragraphs, prop, run_with_shared_office  # noqa: E402

TYPES = "org.gongwen.DocumentTypes"
FORMATTER = "org.gongwen.LayoutFormatter"
DPI = 200
MM_PER_PIXEL = 25.4 / DPI
MM_PER_PT = 25.4 / 72
PITCH_MM = 28.95 * MM_PER_PT
TEXT_TOP_MM = 37.0  # the 版心's top (GB/T 9704 §5.2.1)
TEXT_LEFT_MM, TEXT_RIGHT_MM = 28.0, 184.0
INK_TOLERANCE_MM = 1.0  # a character's ink starts a little inside its em box


def fields(**values):
    return tuple(NamedValue(name, value) for name, value in values.items()) + (NamedValue("Hidden", True),)


REQUEST = dict(Organs="X区政协", OrganCode="X政协", Year="2026", Serial="12", Signers="张三",
               CopyNumber="12", Urgency="特急", Subject="申请2027年度履职经费", Addressee="区人民政府")
NOTICE = dict(Organs="X区人民政府", OrganCode="X政发", Year="2026", Serial="5")
LETTER = dict(Organs="X区人民政府办公室", OrganCode="X政办函", Year="2026", Serial="3")
MINUTES = dict(Organs="X区政协主席会议", OrganCode="X政协纪", Year="2026", Serial="2")


class Page:
    """Page 1 of a PDF as pixels: where the red ink is, row by row."""

    def __init__(self, pdf, page=1):
        out = subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", pdf],
                             capture_output=True, check=True, timeout=120).stdout
        magic, size, _depth, data = out.split(b"\n", 3)
        assert magic == b"P6"
        self.width, self.height = map(int, size.split())
        self.data = data
        self.red = {}  # row → (count, first x, last x) of its pure-red pixels
        self.reds = {}  # colour → pixels, for the reddish ones
        self.dark = []  # rows with dark (black text) pixels
        for y in range(self.height):
            row = data[y * self.width * 3:(y + 1) * self.width * 3]
            xs = []
            dark = False
            for x in range(0, self.width):
                r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
                if r > 180 and g < 90 and b < 90:
                    xs.append(x)
                    self.reds[(r, g, b)] = self.reds.get((r, g, b), 0) + 1
                elif r < 100 and g < 100 and b < 100:
                    dark = True
            if xs:
                self.red[y] = (len(xs), xs[0], xs[-1])
            if dark:
                self.dark.append(y)

    def mm(self, pixels):
        return pixels * MM_PER_PIXEL

    def first_red_row(self):
        return self.mm(min(self.red))

    def lines(self, longer_than_mm=100):
        """Red rules: runs of rows whose red spans more than `longer_than_mm`, as
        (top mm, bottom mm, thickness mm, left mm, right mm)."""
        rows = sorted(y for y, (count, _, _) in self.red.items() if self.mm(count) > longer_than_mm)
        runs = []
        for y in rows:
            if runs and y == runs[-1][-1] + 1:
                runs[-1].append(y)
            else:
                runs.append([y])
        return [(self.mm(r[0]), self.mm(r[-1] + 1), self.mm(len(r)), self.mm(self.red[r[0]][1]),
                 self.mm(self.red[r[0]][2] + 1)) for r in runs]

    def dark_between(self, top_mm, bottom_mm):
        return [self.mm(y) for y in self.dark if top_mm <= self.mm(y) < bottom_mm]


def export(office, doc, name):
    pdf = office.writable_path(name)
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    return pdf


def text_lines(pdf, page=1):
    """(yMin mm, yMax mm, xMin mm, xMax mm, text) of each line pdftotext finds on `page`."""
    import re
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", pdf, "-"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    lines = []
    for box, content in re.findall(r'<line (xMin="[^>]*")>(.*?)</line>', out, re.S):
        x0, y0, x1, y1 = (float(v) * MM_PER_PT for v in re.findall(r'"([\d.]+)"', box))
        lines.append((y0, y1, x0, x1, "".join(re.findall(r">([^<]+)</word>", content))))
    return lines


def text_words(pdf, page=1):
    """(yMin mm, yMax mm, xMin mm, xMax mm, text) of each word pdftotext finds on `page`."""
    import re
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", pdf, "-"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    words = []
    for box, word in re.findall(r'<word (xMin="[^>]*")>([^<]*)</word>', out):
        x0, y0, x1, y1 = (float(v) * MM_PER_PT for v in re.findall(r'"([\d.]+)"', box))
        words.append((y0, y1, x0, x1, word))
    return words


def strings(doc):
    return [p.String for p in paragraphs(doc)]


def created(office, kind, values):
    return office.create(TYPES).createDocument(kind, fields(**values))


def test_the_kinds_are_listed_with_their_properties(office):
    types = {t.Id: t for t in office.create(TYPES).getDocumentTypes()}
    assert list(types)[:8] == ["report", "request", "notice", "bulletin", "opinion", "reply", "letter", "minutes"]
    request = types["request"]
    assert (request.Kind, request.Name, request.Direction, request.Format) == ("请示", "请示", "upward", "file")
    assert request.Signer and request.ContactNote and request.OneMatter
    assert "妥否，请批示。" in request.Closings
    assert types["letter"].Format == "letter" and types["letter"].Direction == "parallel"
    assert types["minutes"].Format == "minutes" and not types["notice"].Signer


def test_every_kind_is_made_with_nothing_for_the_checks_to_find(office):
    """Each kind, made with the same fields: its 文种 ends the title, its closing phrase and blocks
    are there, and neither 版式检查 nor the kind's own checks find anything (the ×××× are the
    user's to fill: the placeholder check names them)."""
    types = office.create(TYPES)
    for info in types.getDocumentTypes():
        doc = types.createDocument(info.Id, fields(**dict(REQUEST, Subject="做好2027年度协商工作")))
        try:
            texts = strings(doc)
            assert f"关于做好2027年度协商工作的{info.Kind}" in texts, (info.Id, texts)
            if info.Closings:
                assert info.Closings[0] in texts, (info.Id, texts)
            assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == [], info.Id
            assert [f.RuleId for f in types.checkDocumentType(doc)] == [], info.Id
            styles = [p.ParaStyleName for p in iter_paragraphs(doc)]
            assert "发文机关标志" in styles and "发文字号" in styles and "公文标题" in styles, (info.Id, styles)
        finally:
            doc.close(True)


def test_a_request_measures_as_gbt9704(office):
    doc = created(office, "request", REQUEST)
    try:
        texts = strings(doc)
        assert texts[:4] == ["000012", "特急", "X区政协文件", "X政协〔2026〕12号\t签发人：张三"], texts
        assert "关于申请2027年度履职经费的请示" in texts and "妥否，请批示。" in texts
        assert texts[-1].startswith("（联系人：")
        styles = [p.ParaStyleName for p in iter_paragraphs(doc)]
        assert styles[:4] == ["版头要素", "版头要素", "发文机关标志", "发文字号"], styles
        assert not doc.isModified() and not doc.getUndoManager().isUndoPossible()
        # Nothing for 版式检查 or the 版头's checks to find (the placeholders are the user's to fill).
        assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == []
        assert [f.RuleId for f in office.create(TYPES).checkDocumentType(doc)] == []
        pdf = export(office, doc, "request.pdf")
    finally:
        doc.close(True)
    page = Page(pdf)
    mark_top = page.first_red_row()
    assert abs(mark_top - (TEXT_TOP_MM + 35)) <= INK_TOLERANCE_MM, mark_top
    (line_top, line_bottom, thickness, left, right), = page.lines()
    assert abs(left - TEXT_LEFT_MM) <= 0.5 and abs(right - TEXT_RIGHT_MM) <= 0.5, (left, right)  # 156 mm
    assert 0.3 <= thickness <= 1.0, thickness
    # The 发文字号's characters: the black ink just above the line, 4 mm above it.
    number_ink = page.dark_between(mark_top + 10, line_top)
    assert number_ink, "no 发文字号 above the red line"
    assert abs(line_top - max(number_ink) - 4) <= INK_TOLERANCE_MM, (line_top, max(number_ink))
    # Two blank lines between the 标志 and the 发文字号.
    mark_bottom = max(y for y in (page.mm(r) for r in page.red) if y < line_top - 1)
    gap = min(number_ink) - mark_bottom
    assert abs(gap - 2 * PITCH_MM) <= 1.5, gap
    # 上行文: the number one character in from the left, 签发人 one character in from the right.
    lines = text_lines(pdf)
    number_line = [line for line in lines if "12" in line[4] and "签发人" in line[4]] or \
        [line for line in lines if "签发人" in line[4]]
    assert number_line, lines
    words = [line for line in lines if line[0] < line_top and line[1] > mark_top + 15]
    left_edge = min(line[2] for line in words)
    right_edge = max(line[3] for line in words)
    assert abs(left_edge - (TEXT_LEFT_MM + 16 * MM_PER_PT)) <= 1.0, (left_edge, words, line_top, mark_top)
    assert abs(right_edge - (TEXT_RIGHT_MM - 16 * MM_PER_PT)) <= 1.0, right_edge
    # The title two blank lines under the red line: its line starts two lines (28.95 pt each)
    # under it, and its characters 1.3 mm into that line (22 pt in a fixed line: baseline at 4/5).
    title_ink = page.dark_between(line_bottom + 1, line_bottom + 40)
    assert title_ink, "no title under the red line"
    title_gap = min(title_ink) - line_bottom
    assert abs(title_gap - (2 * PITCH_MM + 1.3)) <= INK_TOLERANCE_MM, title_gap
    # The standard's red: the ink of the 标志 and the line is pure red.
    colour, _ = max(page.reds.items(), key=lambda item: item[1])
    assert colour == (255, 0, 0), colour


def iter_paragraphs(doc):
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph"):
            yield p


def test_a_notice_centres_its_number_and_a_minutes_takes_its_mark(office):
    for kind, values, mark in (("notice", NOTICE, "X区人民政府文件"), ("minutes", MINUTES, "X区政协主席会议纪要")):
        doc = created(office, kind, values)
        try:
            texts = strings(doc)
            assert texts[0] == mark, texts
            if kind == "minutes":
                assert "出席：××××" in texts and "2026年" not in "".join(texts[-3:])
                attendance = [p for p in iter_paragraphs(doc) if p.String == "出席：××××"][0]
                label = attendance.getText().createTextCursorByRange(attendance.getStart())
                label.goRight(3, True)
                assert label.CharStyleName == "一级标题（标题句）" and label.CharFontNameAsian == "黑体", \
                    (label.CharStyleName, label.CharFontNameAsian)
                names = attendance.getText().createTextCursorByRange(attendance.getEnd())
                names.goLeft(1, True)
                assert names.CharFontNameAsian != "黑体", names.CharFontNameAsian
            pdf = export(office, doc, kind + ".pdf")
        finally:
            doc.close(True)
        page = Page(pdf)
        assert abs(page.first_red_row() - (TEXT_TOP_MM + 35)) <= INK_TOLERANCE_MM, (kind, page.first_red_row())
        (line_top, _, _, left, right), = page.lines()
        assert abs(left - TEXT_LEFT_MM) <= 0.5 and abs(right - TEXT_RIGHT_MM) <= 0.5
        number = [line for line in text_lines(pdf) if line[4].endswith("号") and line[0] < line_top]
        assert number, text_lines(pdf)
        centre = (number[0][2] + number[0][3]) / 2
        assert abs(centre - (TEXT_LEFT_MM + TEXT_RIGHT_MM) / 2) <= 1.5, (kind, centre)


def test_a_letter_has_its_double_lines_and_no_page_number_on_page_one(office):
    doc = created(office, "letter", LETTER)
    try:
        # Long enough for a second page, which has the body's page style and its number.
        text = doc.getText()
        for _ in range(30):
            text.insertControlCharacter(text.getEnd(), 0, False)
            text.insertString(text.getEnd(), "为做好有关工作，现将有关事项函告如下，请予支持配合。", False)
        office.create(FORMATTER).applyLayout(doc, "")
        assert [f.RuleId for f in office.create(TYPES).checkDocumentType(doc)] == []
        pdf = export(office, doc, "letter.pdf")
    finally:
        doc.close(True)
    assert_letter_first_page(pdf)
    # No page number on page 1; page 2 has one.
    first = " ".join(line[4] for line in text_lines(pdf, 1))
    second = text_lines(pdf, 2)
    assert "— 1 —" not in first and "—1—" not in first.replace(" ", ""), first
    assert any(line[4].replace(" ", "") == "—2—" for line in second), second


def test_a_letter_draft_gets_its_first_page_from_one_key_layout(office):
    """A draft whose 标志 names the organ alone is a 信函: 一键排版 gives it the first page of
    §10.1 (the command asks first, as for any page change) and 版式检查 finds nothing."""
    lines = ["X区人民政府办公室", "X政办函〔2026〕3号", "关于商请支持调研工作的函", "区财政局：",
             "为做好年度调研工作，请予支持配合。", "特此函告。", "", "X区人民政府办公室", "2026年12月4日"]
    doc = office.writer_with_paragraphs(lines)
    try:
        formatter = office.create(FORMATTER)
        office.create(FORMATTER).applyLayout(doc, "")
        assert list(iter_paragraphs(doc))[0].PageStyleName == "信函首页"
        assert [f.RuleId for f in formatter.checkLayout(doc)] == []
        assert [f.RuleId for f in office.create(TYPES).checkDocumentType(doc)] == []
        pdf = export(office, doc, "letter-draft.pdf")
    finally:
        doc.close(True)
    assert_letter_first_page(pdf)
    assert "— 1 —" not in " ".join(line[4] for line in text_lines(pdf, 1))


def assert_letter_first_page(pdf):
    """§10.1 on page 1: the 标志 30 mm from the top, 170 mm double lines thick over thin 4 mm
    under it and thin over thick ending 20 mm above the foot."""
    page = Page(pdf)
    assert abs(page.first_red_row() - 30) <= INK_TOLERANCE_MM, page.first_red_row()
    lines = page.lines()
    assert len(lines) == 4, lines  # two pairs
    for _top, _bottom, _thickness, left, right in lines:
        # 170 mm, centred on the 版心 (28 mm left, 26 mm right margins) like everything centred
        assert abs(left - (TEXT_LEFT_MM - 7)) <= 0.5 and abs(right - (TEXT_RIGHT_MM + 7)) <= 0.5, (left, right)
    upper_thick, upper_thin, lower_thin, lower_thick = lines
    assert upper_thick[2] > 2 * upper_thin[2] and lower_thick[2] > 2 * lower_thin[2], lines
    # Under the 标志 by 4 mm: the 标志's em box is 1 em (42 pt, "X区人民政府办公室" fits at full size).
    mark_foot = 30 + 42 * MM_PER_PT
    assert abs(upper_thick[0] - mark_foot - 4) <= INK_TOLERANCE_MM, (upper_thick, mark_foot)
    assert abs(lower_thick[1] - (297 - 20)) <= 0.5, lower_thick


def test_a_drafts_head_is_recognised_by_one_key_layout(office):
    with open(os.path.join(PROJECT, "tests", "golden", "layout", "draft-letterhead.txt"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    doc = office.writer_with_paragraphs(lines)
    try:
        before = [f.RuleId for f in office.create(TYPES).checkDocumentType(doc)]
        assert "layout.head" in before, before
        office.create(FORMATTER).applyLayout(doc, "")
        texts = strings(doc)
        # The blank lines that spaced the draft's 版头 are gone: the styles space it.
        assert texts[:6] == ["000123", "机密★1年", "特急", "X区人民政府文件", "X政发〔2026〕5号",
                             "关于2027年度重点工作安排的通知"], texts
        styles = [p.ParaStyleName for p in iter_paragraphs(doc)][:6]
        assert styles == ["版头要素", "版头要素", "版头要素", "发文机关标志", "发文字号", "公文标题"], styles
        mark_style = doc.StyleFamilies.getByName("ParagraphStyles").getByName("发文机关标志")
        assert mark_style.CharColor == 0xFF0000 and not mark_style.SnapToGrid
        assert [f.RuleId for f in office.create(TYPES).checkDocumentType(doc)] == []
        assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == []
        # One undo step brings the draft back, blank lines and all.
        doc.getUndoManager().undo()
        assert strings(doc) == lines
        pdf = export(office, doc, "draft.pdf")
        doc.getUndoManager().redo()
        pdf = export(office, doc, "draft.pdf")
        # A 标志 moved by hand is found where it is, and 一键排版 puts it back.
        mark = list(iter_paragraphs(doc))[3]
        mark.ParaTopMargin = mark.ParaTopMargin + 800
        found = [(f.RuleId, f.Paragraph) for f in office.create(TYPES).checkDocumentType(doc)]
        assert found == [("layout.head", 3)], found
        office.create(FORMATTER).applyLayout(doc, "")
        assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == []
    finally:
        doc.close(True)
    page = Page(pdf)
    assert abs(page.first_red_row() - (TEXT_TOP_MM + 35)) <= INK_TOLERANCE_MM, page.first_red_row()


def test_bad_fields_are_refused_and_nothing_is_made(office):
    types = office.create(TYPES)
    components = len(list(iterate(office.desktop.getComponents())))
    expect_illegal_argument(lambda: types.createDocument("memo", fields(**NOTICE)), "memo", "request")
    expect_illegal_argument(lambda: types.createDocument("notice", fields(**dict(NOTICE, Organs=" "))), "发文机关")
    expect_illegal_argument(lambda: types.createDocument("notice", fields(**dict(NOTICE, Year="2O26"))), "四位数字")
    expect_illegal_argument(lambda: types.createDocument("request", fields(**dict(REQUEST, Signers=""))), "签发人")
    expect_illegal_argument(lambda: types.createDocument("notice", fields(**dict(NOTICE, Subject="长" * 200))), "过长")
    expect_illegal_argument(lambda: types.createDocument("notice", fields(**dict(NOTICE, Colour="red"))), "Colour")
    assert len(list(iterate(office.desktop.getComponents()))) == components
    expect_illegal_argument(lambda: types.checkDocumentType(None))


def iterate(access):
    e = access.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()


def test_a_joint_issuance_has_its_file_beside_the_names(office):
    """GB/T 9704 §7.2.4: 文件 right of the names, centred on them; the whole in the 版心."""
    doc = created(office, "notice", dict(NOTICE, Organs="X区人民政府\nX区政协\n中共X区委员会"))
    try:
        assert strings(doc)[:4] == ["X区人民政府", "X区政协", "中共X区委员会", "X政发〔2026〕5号"]
        assert [f.RuleId for f in office.create(FORMATTER).checkLayout(doc)] == []
        pdf = export(office, doc, "joint3.pdf")
    finally:
        doc.close(True)
    # Word boxes: pdftotext may join 文件 and the middle row into one line (LibreOffice 25.2 does).
    words = text_words(pdf)
    number_top = min(w[0] for w in words if w[4].endswith("号"))
    suffix = [w for w in words if w[4] == "文件"]
    names = [w for w in words if w[4] != "文件" and w[1] < number_top]
    assert len(suffix) == 1 and names, words
    (top, bottom, left, right, _), = suffix
    assert left > max(w[3] for w in names) + 5, (left, names)  # a character apart
    names_middle = (min(w[0] for w in names) + max(w[1] for w in names)) / 2
    assert abs((top + bottom) / 2 - names_middle) <= 2, ((top + bottom) / 2, names_middle)
    whole_left = min(w[2] for w in names)
    assert whole_left >= TEXT_LEFT_MM - 0.5 and right <= TEXT_RIGHT_MM + 0.5, (whole_left, right)
    assert abs((whole_left + right) / 2 - (TEXT_LEFT_MM + TEXT_RIGHT_MM) / 2) <= 6, (whole_left, right)
    # The names spread to one width: each row's last character ends at the same place.
    rows = {}
    for w in names:
        row = round(w[0])
        rows[row] = max(rows.get(row, 0), w[3])
    assert len(rows) == 3 and max(rows.values()) - min(rows.values()) <= 3, rows


def test_thirty_organs_fit_the_text_area(office):
    organs = [f"X区第{i + 1}委员会" for i in range(30)]
    doc = created(office, "notice", dict(NOTICE, Organs="\n".join(organs)))
    try:
        texts = strings(doc)
        assert texts[:2] == ["X区第1委员会", "X区第2委员会"] or texts[0].startswith("X区第1委员会"), texts[:3]
        pdf = export(office, doc, "joint.pdf")
    finally:
        doc.close(True)
    page = Page(pdf)
    (line_top, _, _, _, _), = page.lines()
    marks = [(count, first, last) for y, (count, first, last) in page.red.items() if page.mm(y) < line_top - 1]
    assert min(page.mm(first) for _, first, _ in marks) >= TEXT_LEFT_MM - 0.5
    assert max(page.mm(last) for _, _, last in marks) <= TEXT_RIGHT_MM + 0.5
    assert line_top < 297 - 35, line_top  # the 版头 leaves room on page 1


if __name__ == "__main__":
    run_with_shared_office([
        test_the_kinds_are_listed_with_their_properties,
        test_every_kind_is_made_with_nothing_for_the_checks_to_find, test_a_request_measures_as_gbt9704,
        test_a_notice_centres_its_number_and_a_minutes_takes_its_mark,
        test_a_letter_has_its_double_lines_and_no_page_number_on_page_one,
        test_a_drafts_head_is_recognised_by_one_key_layout,
        test_a_letter_draft_gets_its_first_page_from_one_key_layout, test_bad_fields_are_refused_and_nothing_is_made,
        test_a_joint_issuance_has_its_file_beside_the_names, test_thirty_organs_fit_the_text_area], timeout=600)
