# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.StatisticsLink in a real office: a report linked to a tally book — figures and
tables filled, refreshed after the workbook changes, one undo step, relative links, the
workbook never written, and clear refusals for missing names, error cells, text cells,
missing, password-protected and remote workbooks."""
import hashlib
import os
import shutil
import urllib.parse
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_fixtures import (LINK, TALLY, YEAR, expect_illegal_argument, first_paragraph, folder,  # noqa: E402
                              linked_report, make_book, make_report, placeholders, url)
from gongwen_office import NOBODY, prop, run_with_shared_office  # noqa: E402


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_link_insert_bind_refresh_save_reload_change(office):
    folder(office, "pair")
    doc, link, book_path = linked_report(office, "pair")
    before_bytes = digest(book_path)
    try:
        assert link.getWorkbookUrl(doc) == url(book_path)
        stored = doc.getDocumentProperties().getUserDefinedProperties().GongwenWorkbook
        assert stored == "data/" + urllib.parse.quote("统计台账.ods"), stored  # a relative URL
        assert "协商活动次数" in link.getIndicators(doc) and "分组统计" in link.getTables(doc)
        xx = placeholders(doc)
        link.insertFigure(doc, xx[0], "协商活动次数")
        link.insertFigure(doc, placeholders(doc)[0], "建议条数")
        assert first_paragraph(doc) == "全年开展协商活动3次，提出建议7条。", first_paragraph(doc)
        link.bindTable(doc, "联络组统计", "分组统计")
        table = doc.getTextTables().getByName("联络组统计")
        assert table.getRows().getCount() == 6
        assert table.getCellByName("A2").getString() == "区政协机关"
        assert table.getCellByName("A1").getString() == "单位/联络组 ", "the header row was not kept"
        assert table.getCellByName("B1").getString() == "协商活动", "an empty header cell was not filled"
        assert table.getCellByName("B3").getString() == "3"  # 第一联络组 · 协商活动
        right = uno.Enum("com.sun.star.style.ParagraphAdjust", "RIGHT")
        assert table.getCellByName("C3").createTextCursor().ParaAdjust in (1, right), "numbers are not right-aligned"
        assert table.getCellByName("A3").createTextCursor().ParaAdjust not in (1, right)
        report = link.refresh(doc)
        assert (report.FiguresUpdated, report.FiguresChanged, report.TablesUpdated) == (2, 0, 1), report
        doc.store()
    finally:
        doc.close(True)
    assert digest(book_path) == before_bytes, "the workbook changed"
    # The tally book gets two more consultations; the reloaded report picks them up.
    make_book(office, book_path, records=5)
    doc = office.desktop.loadComponentFromURL(url(office.writable_path("pair/report.odt")), "_blank", 0,
                                              (prop("Hidden", True),))
    try:
        before = first_paragraph(doc)
        assert before == "全年开展协商活动3次，提出建议7条。", before
        changed_bytes = digest(book_path)
        report = link.refresh(doc)
        assert report.FiguresChanged == 1 and any("3 → 5" in m for m in report.Messages), report
        assert first_paragraph(doc) == "全年开展协商活动5次，提出建议7条。"
        assert digest(book_path) == changed_bytes
        doc.getUndoManager().undo()
        assert first_paragraph(doc) == before, "undo did not restore the previous values"
    finally:
        doc.close(True)


def test_a_moved_pair_still_resolves(office):
    folder(office, "old")
    doc, link, _ = linked_report(office, "old")
    link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
    doc.store()
    doc.close(True)
    moved = office.writable_path("moved-here")
    shutil.copytree(office.writable_path("old"), moved)
    if os.getuid() == 0:
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", moved], check=True)
    shutil.rmtree(office.writable_path("old"))
    doc = office.desktop.loadComponentFromURL(url(os.path.join(moved, "report.odt")), "_blank", 0, (prop("Hidden", True),))
    try:
        assert link.getWorkbookUrl(doc) == url(os.path.join(moved, "data", "统计台账.ods"))
        assert link.refresh(doc).FiguresUpdated == 1
    finally:
        doc.close(True)


def refresh_against(office, name, edit, *words):
    """A report with one figure, linked to a book that `edit` spoiled, refreshed."""
    base = folder(office, name)
    doc, link, book_path = linked_report(office, name)
    try:
        link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
        text = first_paragraph(doc)
        make_book(office, book_path, edit=edit)
        report = link.refresh(doc)
        assert first_paragraph(doc) == text, "a bad source changed the document"
        joined = " ".join(report.Messages) + " " + " ".join(report.Missing)
        for w in words:
            assert w in joined, (w, joined)
        return report
    finally:
        doc.close(True)
        shutil.rmtree(base, ignore_errors=True)


def test_missing_name_error_cell_and_text_cell_are_reported(office):
    report = refresh_against(office, "missing", lambda b: b.NamedRanges.removeByName("协商活动次数"), "协商活动次数")
    assert list(report.Missing) == ["协商活动次数"] and report.FiguresUpdated == 0
    refresh_against(office, "ref", lambda b: b.Sheets.getByName("指标").getCellByPosition(1, 4).setFormula(
        "=INDIRECT(\"nosuch.A1\")"), "#REF!")
    refresh_against(office, "div", lambda b: b.Sheets.getByName("指标").getCellByPosition(1, 4).setFormula("=1/0"),
                    "#DIV/0!")
    refresh_against(office, "text", lambda b: b.Sheets.getByName("指标").getCellByPosition(1, 4).setString("很多"),
                    "不是数字")


def test_unusable_workbooks_are_refused_at_link_time(office):
    link = office.create(LINK)
    base = folder(office, "bad")
    doc = make_report(office, os.path.join(base, "report.odt"))
    try:
        expect_illegal_argument(lambda: link.linkWorkbook(doc, url(os.path.join(base, "nothing.ods"))), "找不到")
        expect_illegal_argument(lambda: link.linkWorkbook(doc, "https://example.invalid/book.ods"), "本机")
        expect_illegal_argument(lambda: link.refresh(doc), "尚未链接")
        expect_illegal_argument(lambda: link.linkWorkbook(doc, url(folder(office, "bad/a-folder.ods"))), "文件夹")
        expect_illegal_argument(lambda: link.linkWorkbook(doc, url(os.path.join(base, "report.odt"))), "不是电子表格")
        locked = os.path.join(base, "locked.ods")
        make_book(office, locked, password="secret")
        expect_illegal_argument(lambda: link.linkWorkbook(doc, url(locked)), "密码")
        corrupt = os.path.join(base, "corrupt.ods")
        with open(corrupt, "wb") as f:
            f.write(b"PK\x03\x04 this is no workbook")
        expect_illegal_argument(lambda: link.linkWorkbook(doc, url(corrupt)), "已损坏")
        assert link.getWorkbookUrl(doc) == "", "a refused workbook was linked"
        user = doc.getDocumentProperties().getUserDefinedProperties()
        assert not user.getPropertySetInfo().hasPropertyByName("GongwenWorkbook")
        assert office.is_alive()
    finally:
        doc.close(True)


def test_a_workbook_that_became_unreadable_changes_nothing(office):
    base = folder(office, "spoiled")
    book_path = os.path.join(base, "book.ods")
    make_book(office, book_path)
    doc = make_report(office, os.path.join(base, "report.odt"))
    try:
        link = office.create(LINK)
        link.linkWorkbook(doc, url(book_path))
        doc.setModified(False)
        text = first_paragraph(doc)
        with open(book_path, "wb") as f:  # damaged after it was linked
            f.write(b"PK\x03\x04 this is no workbook")
        expect_illegal_argument(lambda: link.insertFigure(doc, placeholders(doc)[0], "协商活动次数"), "已损坏")
        expect_illegal_argument(lambda: link.refresh(doc), "已损坏")
        os.remove(book_path)
        expect_illegal_argument(lambda: link.refresh(doc), "找不到")
        assert first_paragraph(doc) == text
        assert not doc.isModified()
        expect_illegal_argument(lambda: link.bindTable(doc, "没有这个表", "分组统计"), "没有这个表")
        assert office.is_alive()
    finally:
        doc.close(True)


def table_texts(table):
    return [[table.getCellByPosition(c, r).getString() for c in range(table.getColumns().getCount())]
            for r in range(table.getRows().getCount())]


def test_a_table_of_another_shape_is_refused_at_bind_time(office):
    folder(office, "shape")
    doc, link, _ = linked_report(office, "shape")
    try:
        text = doc.getText()
        narrow = doc.createInstance("com.sun.star.text.TextTable")
        narrow.initialize(2, 3)
        narrow.setName("三列表")
        text.insertTextContent(text.getEnd(), narrow, False)
        doc.setModified(False)
        before = table_texts(narrow)
        message = expect_illegal_argument(lambda: link.bindTable(doc, "三列表", "分组统计"), "三列表", "分组统计")
        assert "3 列" in message and "14 列" in message, message  # both sizes are named
        wide = doc.getTextTables().getByName("联络组统计")
        wide.getCellByName("B1").setString("提案")  # the range's column B is 协商活动
        doc.setModified(False)
        wide_before = table_texts(wide)
        message = expect_illegal_argument(lambda: link.bindTable(doc, "联络组统计", "分组统计"), "提案", "协商活动")
        assert "第 2 列" in message, message
        assert table_texts(narrow) == before and table_texts(wide) == wide_before
        assert not doc.isModified(), "a refused bind changed the document"
        user = doc.getDocumentProperties().getUserDefinedProperties()
        assert not user.getPropertySetInfo().hasPropertyByName("GongwenTables"), "a refused bind was stored"
    finally:
        doc.close(True)


def test_a_table_bound_to_some_columns_keeps_them(office):
    """分组统计 has 14 columns; a report shows three of them (1, 2 and 14): the table is
    made three columns wide with those headers, filled from those columns, and refresh keeps the
    choice. A column outside the range, or a table of another width, is refused with nothing
    changed."""
    folder(office, "columns")
    doc, link, _ = linked_report(office, "columns")
    try:
        table = doc.getTextTables().getByName("联络组统计")
        doc.setModified(False)
        message = expect_illegal_argument(lambda: link.bindTableColumns(doc, "联络组统计", "分组统计", (1, 2, 14)),
                                          "14 列", "3 列")
        table.getColumns().removeByIndex(3, 11)  # the report's table: three columns
        doc.setModified(False)
        message = expect_illegal_argument(lambda: link.bindTableColumns(doc, "联络组统计", "分组统计", (1, 15)),
                                          "分组统计", "15", "14")
        assert not doc.isModified() and table.getColumns().getCount() == 3, message
        link.bindTableColumns(doc, "联络组统计", "分组统计", (1, 2, 14))
        assert table.getColumns().getCount() == 3
        assert [table.getCellByName(c + "1").getString() for c in "ABC"][1:] == ["协商活动", "特邀监督员"], \
            [table.getCellByName(c + "1").getString() for c in "ABC"]
        rows = [[table.getCellByName(f"{c}{r}").getString() for c in "ABC"] for r in range(2, table.getRows().getCount() + 1)]
        assert rows[1][:2] == ["第一联络组", "3"], rows
        stored = doc.getDocumentProperties().getUserDefinedProperties().GongwenTables
        assert stored == "联络组统计\t分组统计\t1,2,14\n", stored
        table.getCellByName("B3").setString("0")
        report = link.refresh(doc)
        assert report.TablesUpdated == 1 and table.getColumns().getCount() == 3
        assert table.getCellByName("B3").getString() == "3"
        titles = doc.getUndoManager().getAllUndoActionTitles()  # the latest first
        assert titles[0] == "公文助手：更新统计数据" and titles.count("公文助手：关联统计表") == 1, titles
    finally:
        doc.close(True)


def test_a_name_over_whole_columns_binds_its_rows_with_data(office):
    """Calc users name whole columns ($A$1:$N$1048576): binding and refreshing read only the rows
    that hold data (it never returned before)."""
    import time
    base = folder(office, "whole-columns")

    def whole_columns(book):
        cell = uno.createUnoStruct("com.sun.star.table.CellAddress")
        book.NamedRanges.addNewByName("全列统计", "$'分组统计'.$A$1:$N$1048576", cell, 0)

    data = folder(office, os.path.join("whole-columns", "data"))
    book_path = os.path.join(data, "统计台账.ods")
    make_book(office, book_path, edit=whole_columns)
    doc = make_report(office, office.writable_path(os.path.join("whole-columns", "report.odt")))
    try:
        link = office.create(LINK)
        link.linkWorkbook(doc, url(book_path))
        start = time.monotonic()
        link.bindTable(doc, "联络组统计", "全列统计")
        table = doc.getTextTables().getByName("联络组统计")
        assert table.getRows().getCount() == 6, table.getRows().getCount()  # the header and its five units
        assert link.refresh(doc).TablesUpdated == 1
        assert time.monotonic() - start < 60 and office.is_alive()
    finally:
        doc.close(True)
        shutil.rmtree(base, ignore_errors=True)


def test_an_xlsx_workbook_works(office):
    base = folder(office, "xlsx")
    book_path = os.path.join(base, "book.xlsx")
    make_book(office, book_path, filter_name="Calc Office Open XML")
    doc = make_report(office, os.path.join(base, "report.odt"))
    try:
        link = office.create(LINK)
        link.linkWorkbook(doc, url(book_path))
        link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
        assert first_paragraph(doc).startswith("全年开展协商活动3次")
        assert link.refresh(doc).FiguresUpdated == 1
    finally:
        doc.close(True)


def test_an_open_workbook_is_used_as_it_is(office):
    base = folder(office, "open")
    doc, link, book_path = linked_report(office, "open")
    try:
        link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
        book = office.desktop.loadComponentFromURL(url(book_path), "_blank", 0, (prop("Hidden", True),))
        try:
            office.create(TALLY).addRecord(book, (f"{YEAR}-05-01", "协商活动", "第一联络组", "未保存", 1, 0.0, ""))
            report = link.refresh(doc)
            assert first_paragraph(doc).startswith("全年开展协商活动4次"), first_paragraph(doc)
            assert any("已在本程序中打开" in m for m in report.Messages), report.Messages
        finally:
            book.close(True)
    finally:
        doc.close(True)
        shutil.rmtree(base, ignore_errors=True)


def test_commands_run_headless_and_keep_the_office_alive(office):
    base = folder(office, "commands")
    doc, link, _ = linked_report(office, "commands")
    try:
        frame = doc.getCurrentController().getFrame()
        for command in ("LinkWorkbook", "InsertFigure", "BindTable", "RefreshStatistics"):
            result = office.dispatch(frame, f"org.gongwen:{command}")
            assert result.State == 1 and office.is_alive(), command
    finally:
        doc.close(True)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    run_with_shared_office([
        test_link_insert_bind_refresh_save_reload_change, test_a_moved_pair_still_resolves,
        test_missing_name_error_cell_and_text_cell_are_reported, test_unusable_workbooks_are_refused_at_link_time,
        test_a_workbook_that_became_unreadable_changes_nothing, test_a_table_of_another_shape_is_refused_at_bind_time,
        test_a_name_over_whole_columns_binds_its_rows_with_data, test_a_table_bound_to_some_columns_keeps_them,
        test_an_xlsx_workbook_works, test_an_open_workbook_is_used_as_it_is,
        test_commands_run_headless_and_keep_the_office_alive], timeout=500)
