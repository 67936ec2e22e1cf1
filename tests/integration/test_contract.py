# SPDX-License-Identifier: MPL-2.0
"""What every API method and command promises, in a real office: read-only documents and
protected text are refused (API and dispatch, with the menu state), only declared exceptions
leave a method and no empty undo step is left, an edit that fails part way (a failure injected
at every write in turn) leaves the document exactly as it was, and a fix of a stale finding is
refused."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.frame import XStatusListener  # noqa: E402
from gongwen_fixtures import (CHECKER, LINK, SECTIONS, TALLY, YEAR, expect_illegal_argument, folder,  # noqa: E402
                              linked_report, make_book, placeholders, url)
from gongwen_office import PROJECT, paragraphs, prop, run_with_shared_office  # noqa: E402

# The office reads this file at the start of every edit: a number N makes the Nth write fail.
FAULT_DIR = tempfile.mkdtemp(prefix="gongwen-fault-")
os.chmod(FAULT_DIR, 0o755)
FAULT_FILE = os.path.join(FAULT_DIR, "fail-at")
os.environ["GONGWEN_FAULT_FILE"] = FAULT_FILE

OUTLINE = ["一、总体情况", "三、主要工作", "四．下一步打算"]  # 三 and 四 out of sequence, 四． mistyped
EDITING_COMMANDS = ["InsertSection", "LinkWorkbook", "InsertFigure", "BindTable", "RefreshStatistics"]
READING_COMMANDS = ["CheckStructure", "About"]


def outlined_report(office, base):
    """A report linked to a tally book, with its first figure inserted, its table bound and a
    faulty outline after the first paragraph."""
    doc, link, book_path = linked_report(office, base)
    link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
    link.bindTable(doc, "联络组统计", "分组统计")
    text = doc.getText()
    first = paragraphs(doc)[0]
    for line in reversed(OUTLINE):
        cursor = text.createTextCursorByRange(first.getEnd())
        text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        text.insertString(cursor, line, False)
    doc.store()
    doc.getUndoManager().clear()
    doc.setModified(False)
    return doc, link, book_path


def table_texts(table):
    return tuple(tuple(table.getCellByPosition(c, r).getString() for c in range(table.getColumns().getCount()))
                 for r in range(table.getRows().getCount()))


def snapshot(doc):
    """Everything a failed edit could have touched in a Writer document."""
    body = []
    elements = doc.getText().createEnumeration()
    while elements.hasMoreElements():
        e = elements.nextElement()
        if e.supportsService("com.sun.star.text.TextTable"):
            body.append((e.getName(), table_texts(e)))
        else:
            body.append((e.getString(), e.ParaStyleName))
    masters = sorted(n for n in doc.getTextFieldMasters().getElementNames() if ".User.gw_" in n)
    contents = [doc.getTextFieldMasters().getByName(n).Content for n in masters]
    user = doc.getDocumentProperties().getUserDefinedProperties()
    stored = sorted((p.Name, str(user.getPropertyValue(p.Name))) for p in user.getPropertySetInfo().getProperties())
    styles = sorted(doc.StyleFamilies.getByName("ParagraphStyles").getElementNames())
    return (body, masters, contents, stored, styles, doc.isModified(),
            tuple(doc.getUndoManager().getAllUndoActionTitles()))


def book_snapshot(book):
    ledger = book.Sheets.getByName("台账").getCellRangeByName("A1:G40").getDataArray()
    names = sorted((n, book.NamedRanges.getByName(n).getContent()) for n in book.NamedRanges.getElementNames())
    return ledger, names, book.isModified(), tuple(book.getUndoManager().getAllUndoActionTitles())


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i, x, y
    return None


def fails_cleanly_at_every_write(take_snapshot, document, call):
    """Makes write 1, 2, 3 … of `call` fail until it succeeds, alternately with an office
    RuntimeException (which the method lets through: UNO allows it everywhere) and a checked
    office exception (which the method cannot declare: it becomes an IllegalArgumentException
    naming it). Either way `document` must be left as it was. Returns the writes made."""
    n = 0
    try:
        while True:
            n += 1
            checked = n % 2 == 0
            with open(FAULT_FILE, "w") as f:
                f.write(f"{n} checked" if checked else str(n))
            before = take_snapshot(document)
            try:
                call()
            except Exception as e:  # noqa: B902
                expected = "IllegalArgumentException" if checked else "RuntimeException"
                assert type(e).__name__.endswith(expected), (n, expected, type(e).__name__, str(e))
                assert "injected failure" in str(e), (n, str(e))
                after = take_snapshot(document)
                assert after == before, (n, first_difference(before, after))
                continue
            return n - 1
    finally:
        if os.path.exists(FAULT_FILE):
            os.remove(FAULT_FILE)


class StatusRecorder(unohelper.Base, XStatusListener):
    def __init__(self):
        self.enabled = []

    def statusChanged(self, event):  # noqa: N802 - UNO method name
        self.enabled.append(event.IsEnabled)

    def disposing(self, event):
        pass


def command_enabled(office, frame, command):
    target = uno.createUnoStruct("com.sun.star.util.URL")
    target.Complete = f"org.gongwen:{command}"
    dispatch = frame.queryDispatch(target, "_self", 0)
    recorder = StatusRecorder()
    dispatch.addStatusListener(recorder, target)
    dispatch.removeStatusListener(recorder, target)
    assert recorder.enabled, f"{command}: no state sent"
    return recorder.enabled[-1]


def finding_with_suggestion(office, doc, rule):
    findings = office.create(CHECKER).checkDocument(doc)
    return next(f for f in findings if f.RuleId == rule and f.Suggestions)


def every_edit_refused(office, doc, link, words):
    """Calls every editing API method on `doc`; each must be refused with `words`."""
    checker = office.create(CHECKER)
    finding = finding_with_suggestion(office, doc, "heading.form")
    at = paragraphs(doc)[1].getStart()
    book_url = link.getWorkbookUrl(doc)
    before = snapshot(doc)
    expect_illegal_argument(lambda: link.linkWorkbook(doc, book_url), *words)
    expect_illegal_argument(lambda: link.insertFigure(doc, placeholders(doc)[0], "建议条数"), *words)
    expect_illegal_argument(lambda: link.bindTable(doc, "联络组统计", "分组统计"), *words)
    expect_illegal_argument(lambda: link.refresh(doc), *words)
    expect_illegal_argument(lambda: office.create(SECTIONS).insertSection(doc, at, "section.overview", 0), *words)
    expect_illegal_argument(lambda: checker.renumberAll(doc), *words)
    expect_illegal_argument(lambda: checker.applySuggestion(doc, finding, 0), *words)
    assert snapshot(doc) == before
    assert checker.checkDocument(doc), "checking a read-only document must still work"


def test_read_only_documents_are_refused_by_the_api_and_the_commands(office):
    doc, _link, _ = outlined_report(office, "readonly")
    path = uno.fileUrlToSystemPath(doc.getURL())
    doc.close(True)
    doc = office.desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    try:
        assert doc.isReadonly()
        every_edit_refused(office, doc, office.create(LINK), ["只读"])
        frame = doc.getCurrentController().getFrame()
        for command in EDITING_COMMANDS:
            assert not command_enabled(office, frame, command), f"{command} is offered on a read-only document"
        for command in READING_COMMANDS:
            assert command_enabled(office, frame, command), f"{command} is not offered on a read-only document"
        before = snapshot(doc)
        for command in ("RefreshStatistics", "InsertSection"):  # invoked anyway: refused, nothing changes
            assert office.dispatch(frame, f"org.gongwen:{command}").State == 0, command
        assert snapshot(doc) == before
    finally:
        doc.close(True)
    # The same document opened for editing offers the commands.
    doc = office.desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))
    try:
        frame = doc.getCurrentController().getFrame()
        for command in EDITING_COMMANDS + READING_COMMANDS:
            assert command_enabled(office, frame, command), f"{command} is not offered on an editable document"
        office.dispatch(frame, ".uno:EditDoc")  # Edit ▸ Edit Mode off: a read-only view
        assert doc.isReadonly()
        every_edit_refused(office, doc, office.create(LINK), ["只读"])
        assert not command_enabled(office, frame, "RefreshStatistics")
    finally:
        doc.close(True)


def test_a_read_only_tally_book_is_refused(office):
    path = os.path.join(folder(office, "robook"), "book.ods")
    make_book(office, path)
    book = office.desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
    try:
        tally = office.create(TALLY)
        before = book_snapshot(book)
        expect_illegal_argument(lambda: tally.addRecord(book, (f"{YEAR}-05-01", "建议", "第一联络组", "x", 1, 0.0, "")),
                                "只读")
        expect_illegal_argument(lambda: tally.defineIndicator(book, "新指标", "指标.B2"), "只读")
        assert book_snapshot(book) == before
        frame = book.getCurrentController().getFrame()
        for command in ("AddRecord", "DefineIndicator", "SummaryChart"):
            assert not command_enabled(office, frame, command), command
        assert command_enabled(office, frame, "CheckTally")
        assert tally.checkBook(book) is not None
    finally:
        book.close(True)


def test_protected_text_is_refused(office):
    doc, link, _ = outlined_report(office, "protected")
    try:
        text = doc.getText()
        section = doc.createInstance("com.sun.star.text.TextSection")
        body = paragraphs(doc)
        cursor = text.createTextCursorByRange(body[0].getStart())
        cursor.gotoRange(body[3].getEnd(), True)
        text.insertTextContent(cursor, section, True)  # the figures and the outline, protected
        section.IsProtected = True
        doc.setModified(False)
        checker = office.create(CHECKER)
        before = snapshot(doc)
        expect_illegal_argument(lambda: link.insertFigure(doc, placeholders(doc)[0], "建议条数"), "受保护")
        expect_illegal_argument(lambda: checker.applySuggestion(doc, finding_with_suggestion(office, doc, "heading.form"), 0),
                                "受保护")
        expect_illegal_argument(lambda: checker.renumberAll(doc), "受保护")
        assert snapshot(doc) == before
        cell = doc.getTextTables().getByName("联络组统计").getCellByName("A2")
        cell.IsProtected = True
        expect_illegal_argument(lambda: link.bindTable(doc, "联络组统计", "分组统计"), "受保护")
    finally:
        doc.close(True)


def test_only_declared_exceptions_leave_and_no_empty_undo_step(office):
    doc, link, _ = outlined_report(office, "contract")
    other = office.writer_with_paragraphs(["别的文档XX"])
    calc = office.new_document("scalc")
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        checker, sections = office.create(CHECKER), office.create(SECTIONS)
        finding = finding_with_suggestion(office, doc, "heading.form")
        elsewhere = other.getText().getStart()
        before, book_before, other_before = snapshot(doc), book_snapshot(book), snapshot(other)
        bad_calls = [
            lambda: checker.checkDocument(None),
            lambda: checker.renumberAll(None),
            lambda: checker.applySuggestion(None, finding, 0),
            lambda: checker.applySuggestion(doc, finding, 7),
            lambda: checker.applySuggestion(doc, finding, -1),
            lambda: checker.applySuggestion(doc, uno.createUnoStruct("org.gongwen.Finding", "heading.form", 2, 999,
                                                                     0, 1, "", ("、",)), 0),
            lambda: sections.insertSection(None, elsewhere, "section.overview", 0),
            lambda: sections.insertSection(doc, elsewhere, "section.overview", 0),
            lambda: sections.insertSection(doc, None, "section.overview", 0),
            lambda: sections.insertSection(doc, paragraphs(doc)[1].getStart(), "no-such-template", 0),
            lambda: sections.insertSection(doc, paragraphs(doc)[1].getStart(), "section.overview", 31),
            lambda: link.linkWorkbook(None, "file:///nothing.ods"),
            lambda: link.linkWorkbook(doc, ""),
            lambda: link.linkWorkbook(doc, "file:///dev/null"),
            lambda: link.getIndicators(None),
            lambda: link.getTables(other),
            lambda: link.insertFigure(doc, elsewhere, "协商活动次数"),  # a position in another document
            lambda: link.insertFigure(doc, None, "协商活动次数"),
            lambda: link.insertFigure(doc, placeholders(doc)[0], ""),
            lambda: link.insertFigure(doc, placeholders(doc)[0], "没有这个指标"),
            lambda: link.bindTable(doc, "", ""),
            lambda: link.bindTable(doc, "联络组统计", "协商活动次数"),  # one cell is not a table
            lambda: link.refresh(None),
            lambda: link.refresh(other),
            lambda: tally.addRecord(None, ()),
            lambda: tally.addRecord(book, ()),
            lambda: tally.addRecord(book, (f"{YEAR}-05-01", "建议", "第一联络组", "x", -3, 0.0, "")),
            lambda: tally.addRecord(calc, (f"{YEAR}-05-01", "建议", "第一联络组", "x", 1, 0.0, "")),
            lambda: tally.defineIndicator(book, "指标.B5", "指标.B5"),  # Calc would read the name as a cell
            lambda: tally.defineIndicator(book, "好名字", "没有这张表.B5"),
            lambda: tally.defineIndicator(book, "好名字", "指标.B99999999"),
            lambda: tally.defineIndicator(book, "协商活动次数", "指标.B5"),
            lambda: tally.defineIndicator(None, "好名字", "指标.B5"),
            lambda: tally.checkBook(None),
            lambda: tally.checkBook(calc),
        ]
        for i, call in enumerate(bad_calls):
            try:
                call()
            except Exception as e:  # noqa: B902
                assert "IllegalArgumentException" in type(e).__name__, (i, type(e).__name__, str(e))
                assert str(e), (i, "an exception without a message")
            else:
                raise AssertionError(f"bad call {i} was accepted")
            assert snapshot(doc) == before, (i, first_difference(before, snapshot(doc)))
            assert book_snapshot(book) == book_before, i
        assert snapshot(other) == other_before
        # Methods that declare nothing answer harmless inputs without an exception.
        assert checker.checkText("") == ()
        assert link.getWorkbookUrl(None) == ""
        assert link.getWorkbookUrl(other) == ""
        assert len(sections.getSections()) > 0
    finally:
        for d in (doc, other, calc, book):
            d.close(True)


def test_a_failed_edit_leaves_the_document_as_it_was(office):
    doc, link, book_path = outlined_report(office, "faults")
    try:
        checker, sections = office.create(CHECKER), office.create(SECTIONS)
        writes = {}
        writes["insertFigure"] = fails_cleanly_at_every_write(
            snapshot, doc, lambda: link.insertFigure(doc, placeholders(doc)[0], "建议条数"))
        make_book(office, book_path, records=5)  # every refresh below changes a figure and the table
        writes["refresh"] = fails_cleanly_at_every_write(snapshot, doc, lambda: link.refresh(doc))
        writes["bindTable"] = fails_cleanly_at_every_write(
            snapshot, doc, lambda: link.bindTable(doc, "联络组统计", "分组统计"))
        writes["insertSection"] = fails_cleanly_at_every_write(
            snapshot, doc, lambda: sections.insertSection(doc, paragraphs(doc)[2].getStart(), "section.overview", 0))
        writes["renumberAll"] = fails_cleanly_at_every_write(snapshot, doc, lambda: checker.renumberAll(doc))
        doc.getText().getEnd().setString("五．工作要求")
        finding = finding_with_suggestion(office, doc, "heading.form")
        writes["applySuggestion"] = fails_cleanly_at_every_write(
            snapshot, doc, lambda: checker.applySuggestion(doc, finding, 0))
        assert all(n >= 1 for n in writes.values()), writes
        assert writes["refresh"] >= 3 and writes["insertSection"] >= 3 and writes["renumberAll"] >= 2, writes
        print("writes per edit:", writes)
    finally:
        doc.close(True)
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    # Building the book filled Calc's undo stack (100 steps); on a full stack the office drops
    # the oldest step whenever any undo context opens, which would hide what is compared here.
    book.getUndoManager().clear()
    try:
        record = (f"{YEAR}-05-01", "建议", "第一联络组", "调研", 2, 1.5, "备注")
        assert fails_cleanly_at_every_write(book_snapshot, book, lambda: tally.addRecord(book, record)) >= 5
        assert fails_cleanly_at_every_write(book_snapshot, book, lambda: tally.defineIndicator(book, "新指标", "指标.B3")) >= 1
    finally:
        book.close(True)


def test_a_failed_layout_leaves_the_draft_as_it_was(office):
    doc = office.writer_with_paragraphs(["工作总结", "今年完成了各项任务。"] + OUTLINE + ["X区政协", "二〇二六年十一月二十九日"])
    doc.getUndoManager().clear()
    doc.setModified(False)

    def with_page(d):
        page = d.StyleFamilies.getByName("PageStyles").getByName(paragraphs(d)[0].PageStyleName)
        return snapshot(d) + ((page.TopMargin, page.LeftMargin, page.GridMode, page.GridLines, page.FooterIsOn),)
    try:
        formatter = office.create("org.gongwen.LayoutFormatter")
        writes = fails_cleanly_at_every_write(with_page, doc, lambda: formatter.applyLayout(doc, ""))
        assert writes >= 30, writes  # page settings, footers, styles, then every paragraph
        assert list(formatter.checkLayout(doc)) == []
        print("writes in applyLayout:", writes)
    finally:
        doc.close(True)


def test_a_stale_finding_is_refused(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(OUTLINE)
    try:
        finding = finding_with_suggestion(office, doc, "heading.form")
        assert finding.Paragraph == 2
        text = doc.getText()
        cursor = text.createTextCursorByRange(text.getStart())
        text.insertString(cursor, "前言", False)  # a paragraph above: the finding's place moved
        text.insertControlCharacter(cursor, 0, False)
        doc.setModified(False)
        before = snapshot(doc)
        expect_illegal_argument(lambda: checker.applySuggestion(doc, finding, 0), "文档已修改，请重新检查")
        assert snapshot(doc) == before
        # Checked again, the fix applies where the text now is.
        checker.applySuggestion(doc, finding_with_suggestion(office, doc, "heading.form"), 0)
        assert [p.getString() for p in paragraphs(doc)] == ["前言"] + OUTLINE[:2] + ["四、下一步打算"]
    finally:
        doc.close(True)


def test_a_fix_next_to_an_inserted_figure_lands_on_its_text(office):
    doc, link, _ = outlined_report(office, "figurefix")
    try:
        # The figure field shows five characters but takes one place in the document.
        masters = doc.getTextFieldMasters()
        name = next(n for n in masters.getElementNames() if n.endswith("_协商活动次数"))
        masters.getByName(name).Content = "12345"
        doc.getTextFields().refresh()
        text = doc.getText()
        text.insertString(paragraphs(doc)[0].getEnd(), "合计XX次,共计", False)
        assert paragraphs(doc)[0].getString() == "全年开展协商活动12345次，提出建议XX条。合计XX次,共计"
        checker = office.create(CHECKER)
        finding = finding_with_suggestion(office, doc, "punct.halfwidth")
        assert (finding.Paragraph, finding.Start) == (0, 28), (finding.Paragraph, finding.Start)
        checker.applySuggestion(doc, finding, 0)
        assert paragraphs(doc)[0].getString() == "全年开展协商活动12345次，提出建议XX条。合计XX次，共计", paragraphs(doc)[0].getString()
    finally:
        doc.close(True)


def test_a_failed_head_layout_and_a_failed_new_document_leave_nothing_behind(office):
    """一键排版 of a draft with a 版头 (styles, the 标志's size, the red line, blank lines removed)
    fails cleanly at every write; 新建公文 failing part way closes what it made."""
    with open(os.path.join(PROJECT, "tests", "golden", "layout", "draft-letterhead.txt"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    doc = office.writer_with_paragraphs(lines)
    doc.getUndoManager().clear()
    doc.setModified(False)
    try:
        formatter = office.create("org.gongwen.LayoutFormatter")
        writes = fails_cleanly_at_every_write(snapshot, doc, lambda: formatter.applyLayout(doc, ""))
        assert writes >= 40, writes
        assert [p.getString() for p in paragraphs(doc)][:5] == lines[:4] + [lines[5]]  # the blank lines gone
        assert list(formatter.checkLayout(doc)) == []
    finally:
        doc.close(True)
    types = office.create("org.gongwen.DocumentTypes")
    fields = tuple(uno.createUnoStruct("com.sun.star.beans.NamedValue", n, v) for n, v in (
        ("Organs", "X区政协"), ("OrganCode", "X政协"), ("Year", "2026"), ("Serial", "3"), ("Signers", "张三"),
        ("Hidden", True)))

    def components():
        e = office.desktop.getComponents().createEnumeration()
        return len([e.nextElement() for _ in iter(e.hasMoreElements, False)])
    before = components()
    for n in (1, 10, 40):
        with open(FAULT_FILE, "w") as f:
            f.write(str(n))
        try:
            types.createDocument("request", fields)
        except Exception as e:  # noqa: B902
            assert type(e).__name__.endswith("RuntimeException") and "injected failure" in str(e), (n, str(e))
        else:
            raise AssertionError(f"write {n} did not fail")
        finally:
            os.remove(FAULT_FILE)
        assert components() == before, n
    expect_illegal_argument(lambda: types.createDocument("memo", fields), "memo")
    expect_illegal_argument(lambda: types.checkDocumentType(None))
    closed = office.new_document("swriter")
    closed.close(True)
    expect_illegal_argument(lambda: types.checkDocumentType(closed), "closed")
    assert office.is_alive()


def test_closed_documents_are_refused_and_the_office_lives(office):
    """A document the user has closed: every API call says so (IllegalArgumentException) or, for
    a query, answers nothing; none reaches into the closed document (that crashed the office)."""
    checker, tally, link = office.create(CHECKER), office.create(TALLY), office.create(LINK)
    doc = office.new_document("swriter")
    doc.getText().setString("一、总体情况")
    doc.close(True)
    expect_illegal_argument(lambda: checker.checkDocument(doc), "closed")
    assert office.is_alive()
    assert link.getWorkbookUrl(doc) == ""
    assert office.is_alive()
    book = tally.createTallyBook()
    book.close(True)
    expect_illegal_argument(lambda: tally.checkBook(book), "closed")
    assert office.is_alive()
    expect_illegal_argument(lambda: tally.addRecord(book, (f"{YEAR}-03-01", "协商活动", "第一联络组", "事项", 1, 0.0, "")),
                            "closed")
    expect_illegal_argument(lambda: tally.defineIndicator(book, "好名字", "指标.B5"), "closed")
    assert office.is_alive()


if __name__ == "__main__":
    try:
        run_with_shared_office([
            test_read_only_documents_are_refused_by_the_api_and_the_commands, test_a_read_only_tally_book_is_refused,
            test_protected_text_is_refused, test_only_declared_exceptions_leave_and_no_empty_undo_step,
            test_a_failed_edit_leaves_the_document_as_it_was, test_a_failed_layout_leaves_the_draft_as_it_was,
            test_a_stale_finding_is_refused,
            test_a_fix_next_to_an_inserted_figure_lands_on_its_text,
            test_a_failed_head_layout_and_a_failed_new_document_leave_nothing_behind,
            test_closed_documents_are_refused_and_the_office_lives], timeout=500)
    finally:
        shutil.rmtree(FAULT_DIR, ignore_errors=True)
