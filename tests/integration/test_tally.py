# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.TallyBook in a real office: the book's layout, 1,000 records against sums computed
here, formula injection, every tally.* rule on a seeded fault, names, .ods/.xlsx round trips."""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_fixtures import expect_illegal_argument  # noqa: E402
from gongwen_office import prop, run_with_shared_office  # noqa: E402

TALLY = "org.gongwen.TallyBook"
YEAR = datetime.date.today().year
CATEGORIES = ["协商活动", "建议", "视察调研", "提案", "社情民意信息", "履职活动", "群众课题议政", "解决问题",
              "捐款捐物", "委员调整", "常委调整", "干部交流", "特邀监督员"]
UNITS = ["区政协机关", "第一联络组", "第二联络组", "第三联络组", "第四联络组"]
INDICATORS = {  # name: (category, what is aggregated)
    "委员调整人数": ("委员调整", "quantity"), "常委调整人数": ("常委调整", "quantity"),
    "干部交流人数": ("干部交流", "quantity"), "协商活动次数": ("协商活动", "count"), "建议条数": ("建议", "quantity"),
    "特邀监督员人数": ("特邀监督员", "quantity"), "捐款捐物金额": ("捐款捐物", "amount"),
    "履职活动次数": ("履职活动", "count"), "群众课题议政活动次数": ("群众课题议政", "count"),
    "解决问题件数": ("解决问题", "quantity"), "视察调研次数": ("视察调研", "count"), "提案件数": ("提案", "quantity"),
    "社情民意信息条数": ("社情民意信息", "quantity")}
CELL_TEXT = uno.Enum("com.sun.star.table.CellContentType", "TEXT")


def names(book):
    return book.NamedRanges


def value_of(book, name):
    return names(book).getByName(name).getReferredCells().getCellByPosition(0, 0).getValue()


def ledger_rows(book):
    cursor = book.Sheets.getByName("台账").createCursor()
    cursor.gotoEndOfUsedArea(False)
    return cursor.getRangeAddress().EndRow


def random_records(count, seed=7):
    rng = random.Random(seed)
    start = datetime.date(YEAR, 1, 1)
    records = []
    for i in range(count):
        day = start + datetime.timedelta(days=rng.randrange(365))
        records.append((day.isoformat(), rng.choice(CATEGORIES), rng.choice(UNITS), f"事项{i}",
                        rng.randrange(0, 20), round(rng.uniform(0, 50), 2), ""))
    return records


def expected(records):
    out = {}
    for name, (category, what) in INDICATORS.items():
        rows = [r for r in records if r[1] == category]
        out[name] = len(rows) if what == "count" else sum(r[4] if what == "quantity" else r[5] for r in rows)
    return out


def test_a_new_book_has_its_sheets_names_and_year(office):
    book = office.create(TALLY).createTallyBook()
    try:
        assert list(book.Sheets.getElementNames()) == ["台账", "指标", "分组统计", "参数"]
        assert set(INDICATORS) | {"分组统计"} <= set(names(book).getElementNames())
        assert book.Sheets.getByName("参数").getCellByPosition(1, 0).getValue() == YEAR
        table = names(book).getByName("分组统计").getReferredCells()
        assert table.Columns.getCount() == len(CATEGORIES) + 1 and table.Rows.getCount() == len(UNITS) + 1
        assert office.create(TALLY).checkBook(book) == ()
    finally:
        book.close(True)


def test_a_thousand_records_add_up(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        records = random_records(1000)
        for r in records:
            tally.addRecord(book, r)
        assert ledger_rows(book) == 1000
        for name, want in expected(records).items():
            assert abs(value_of(book, name) - want) < 1e-6, (name, value_of(book, name), want)
        table = names(book).getByName("分组统计").getReferredCells()
        for row, unit in enumerate(UNITS, start=1):
            for column, category in enumerate(CATEGORIES, start=1):
                want = sum(1 for r in records if r[2] == unit and r[1] == category)
                assert table.getCellByPosition(column, row).getValue() == want, (unit, category)
        assert tally.checkBook(book) == ()
    finally:
        book.close(True)


def test_text_never_becomes_a_formula(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        for text in ("=1+1", "+1-2", "-3", "@SUM(A1)", "=HYPERLINK(\"http://example.invalid\")"):
            tally.addRecord(book, (f"{YEAR}-03-07", "协商活动", text, text, 1, 0.0, text))
        ledger = book.Sheets.getByName("台账")
        for row in range(1, 6):
            for column in (2, 3, 6):
                cell = ledger.getCellByPosition(column, row)
                assert cell.getType() == CELL_TEXT, (row, column, cell.getFormula())
        assert ledger.getCellByPosition(3, 1).getString() == "=1+1"
    finally:
        book.close(True)


def test_bad_values_name_the_column_and_change_nothing(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        good = [f"{YEAR}-03-07", "协商活动", "第一联络组", "事项", 1, 2.5, ""]
        cases = [(0, f"{YEAR - 1}-12-31", "日期"), (0, "not a date", "日期"), (1, "喝茶", "类别"),
                 (4, -1, "数量"), (4, 1.5, "数量"), (5, -0.1, "金额"), (2, "", "单位")]
        for index, bad, column in cases:
            values = list(good)
            values[index] = bad
            expect_illegal_argument(lambda: tally.addRecord(book, values), column)
        expect_illegal_argument(lambda: tally.addRecord(book, good[:3]))
        assert ledger_rows(book) == 0
        # A Writer document is not a tally book: UNO's type conversion refuses it before the
        # method is called (from C++ it would arrive as no spreadsheet: test_contract covers
        # a null book), and the office stays alive.
        from com.sun.star.script import CannotConvertException
        writer = office.new_document("swriter")
        try:
            refused = False
            try:
                tally.addRecord(writer, good)
            except CannotConvertException:
                refused = True
            assert refused, "a Writer document was taken for a tally book"
            assert office.is_alive()
            assert ledger_rows(book) == 0
        finally:
            writer.close(True)
    finally:
        book.close(True)


def test_the_books_own_lists_are_the_only_ones(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        lists = book.Sheets.getByName("参数")
        column = [lists.getCellByPosition(0, r).getString() for r in range(3, 40)]
        free = column.index("")
        lists.getCellByPosition(0, 3 + free).setString("专题调研")  # a category the user added
        tally.addRecord(book, (f"{YEAR}-05-01", "专题调研", "第一联络组", "调研", 1, 0.0, ""))
        assert ledger_rows(book) == 1
        assert not [f for f in tally.checkBook(book) if f.RuleId == "tally.category"], "an own category is refused"
        lists.getCellByPosition(0, 3).setString("")  # 协商活动 removed from the list
        expect_illegal_argument(
            lambda: tally.addRecord(book, (f"{YEAR}-05-02", "协商活动", "第一联络组", "x", 1, 0.0, "")), "类别", "参数")
        message = expect_illegal_argument(
            lambda: tally.addRecord(book, (f"{YEAR + 1}-01-02", "专题调研", "第一联络组", "x", 1, 0.0, "")), "日期")
        assert str(YEAR) in message and "参数" in message and "B1" in message, message
        assert ledger_rows(book) == 1
    finally:
        book.close(True)


def test_error_values_anywhere_in_a_table_range_are_found(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        assert not [f for f in tally.checkBook(book) if f.RuleId == "tally.error"]
        groups = book.Sheets.getByName("分组统计")
        groups.getCellByPosition(3, 2).setFormula("=1/0")  # D3, inside the 分组统计 range
        errors = [f for f in tally.checkBook(book) if f.RuleId == "tally.error"]
        assert [(f.Paragraph, f.Start) for f in errors] == [(2, 3)], [(f.Paragraph, f.Start, f.Message) for f in errors]
        assert "分组统计.D3" in errors[0].Message and "#DIV/0!" in errors[0].Message, errors[0].Message
    finally:
        book.close(True)


def test_each_rule_fires_on_its_fault_only(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        for r in random_records(20, seed=3):
            tally.addRecord(book, r)
        assert tally.checkBook(book) == ()
        ledger = book.Sheets.getByName("台账")
        indicators = book.Sheets.getByName("指标")

        def only(rule, setup):
            setup()
            rules = {f.RuleId for f in tally.checkBook(book)}
            assert rules == {rule}, (rule, rules)

        def undo():
            book.getUndoManager().undo()
            assert tally.checkBook(book) == ()

        only("tally.count", lambda: ledger.getCellByPosition(4, 3).setValue(-2)); undo()
        only("tally.count", lambda: ledger.getCellByPosition(4, 3).setValue(2.5)); undo()
        only("tally.date", lambda: ledger.getCellByPosition(0, 4).setValue(30000)); undo()
        only("tally.category", lambda: ledger.getCellByPosition(1, 5).setString("喝茶")); undo()
        only("tally.error", lambda: indicators.getCellByPosition(1, 1).setFormula("=1/0")); undo()
        only("tally.error", lambda: indicators.getCellByPosition(1, 1).setFormula("=INDIRECT(\"nosuch.A1\")")); undo()
        only("tally.indicator", lambda: indicators.getCellByPosition(1, 2).setString("很多")); undo()
        only("tally.indicator", lambda: indicators.getCellByPosition(1, 2).setString("")); undo()
        only("tally.indicator", lambda: names(book).removeByName("协商活动次数")); undo()
        source = ledger.getCellRangeByPosition(0, 1, 6, 1).getDataArray()
        only("tally.duplicate", lambda: ledger.getCellRangeByPosition(0, 21, 6, 21).setDataArray(source))
        finding = [f for f in tally.checkBook(book)][0]
        assert (finding.Paragraph, finding.Start) == (21, 0) and "台账!A22" in finding.Message, finding
    finally:
        book.close(True)


def test_define_indicator_validates_names(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        tally.defineIndicator(book, "联络组活动合计", "指标.B3")
        where = names(book).getByName("联络组活动合计").getReferredCells().getRangeAddress()
        assert (where.Sheet, where.StartColumn, where.StartRow, where.EndRow) == (1, 1, 2, 2), where
        tally.defineIndicator(book, "分组前三行", "$'分组统计'.$A$1:$C$3")
        assert names(book).getByName("分组前三行").getReferredCells().Rows.getCount() == 3
        expect_illegal_argument(lambda: tally.defineIndicator(book, "联络组活动合计", "指标.B4"), "已经存在")
        expect_illegal_argument(lambda: tally.defineIndicator(book, "A1", "指标.B4"))
        expect_illegal_argument(lambda: tally.defineIndicator(book, "金额(万元)", "指标.B4"))
        expect_illegal_argument(lambda: tally.defineIndicator(book, "好名字", "无此表.B4"), "无此表")
        assert not names(book).hasByName("好名字")
    finally:
        book.close(True)


def test_ods_and_xlsx_keep_names_and_formulas(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    records = random_records(30, seed=11)
    for r in records:
        tally.addRecord(book, r)
    want = expected(records)
    paths = {"ods": (office.writable_path("book.ods"), "calc8"),
             "xlsx": (office.writable_path("book.xlsx"), "Calc Office Open XML")}
    try:
        for path, filter_name in paths.values():
            book.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
    finally:
        book.close(True)
    for kind, (path, _) in paths.items():
        reloaded = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        try:
            for name, value in want.items():
                cell = names(reloaded).getByName(name).getReferredCells().getCellByPosition(0, 0)
                assert cell.getFormula().startswith(("=COUNTIFS(", "=SUMIFS(")), (kind, name, cell.getFormula())
                assert abs(cell.getValue() - value) < 1e-6, (kind, name)
            assert names(reloaded).hasByName("分组统计"), kind
            assert tally.checkBook(reloaded) == (), (kind, [f.Message for f in tally.checkBook(reloaded)])
        finally:
            reloaded.close(True)


# The units the built-in indicators count in, read from their names (…次数 → 次 …).
EXPECTED_UNITS = {"人": 4, "次": 4, "条": 2, "件": 2, "万元": 1}


def chart_summary(chart):
    """(title, value axis title, category labels, series count) of a sheet chart."""
    doc = chart.getEmbeddedObject()
    diagram = doc.getDiagram()
    data = doc.getData()
    return (doc.getTitle().String, diagram.getYAxisTitle().String, tuple(data.getRowDescriptions()),
            len(data.getColumnDescriptions()), diagram.Vertical, diagram.getYAxis())


def check_summary_charts(book):
    charts = book.Sheets.getByName("指标").getCharts()
    summaries = [chart_summary(charts.getByIndex(i)) for i in range(charts.getCount())]
    assert summaries, "no chart"
    units = {}
    for title, axis, categories, series, horizontal, y in summaries:
        unit = title[title.index("单位：") + 3:-1]
        # Counts are whole numbers: so are the ticks of their axis (amounts keep Calc's own).
        if unit != "万元":
            assert not y.AutoStepMain and y.StepMain >= 1 and y.StepMain == int(y.StepMain), (title, y.StepMain)
            assert not y.AutoMin and y.Min == 0, (title, y.Min)
        else:
            assert y.AutoStepMain, title
        assert unit in EXPECTED_UNITS, (title, summaries)
        assert axis.endswith(f"（{unit}）"), (axis, title)  # the unit is on the value axis, once
        assert series == 1 and horizontal, (title, series)
        assert all(name in INDICATORS for name in categories), categories
        units[unit] = len(categories)
    assert units == EXPECTED_UNITS, units  # every indicator in exactly one chart of its unit


def test_commands_run_headless_and_keep_the_office_alive(office):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        frame = book.getCurrentController().getFrame()
        for command in ("AddRecord", "DefineIndicator", "CheckTally", "SummaryChart"):
            result = office.dispatch(frame, f"org.gongwen:{command}")
            assert result.State == 1 and office.is_alive(), command
        check_summary_charts(book)
        before = office.desktop.getComponents().createEnumeration()
        count = 0
        while before.hasMoreElements():
            before.nextElement()
            count += 1
        writer = office.new_document("swriter")
        office.dispatch(writer.getCurrentController().getFrame(), "org.gongwen:NewTallyBook")
        after = office.desktop.getComponents().createEnumeration()
        books = []
        while after.hasMoreElements():
            c = after.nextElement()
            if c.supportsService("com.sun.star.sheet.SpreadsheetDocument") and c != book:
                books.append(c)
        assert len(books) == 1 and books[0].Sheets.hasByName("台账"), "新建统计台账 made no tally book"
        for c in books + [writer]:
            c.close(True)
    finally:
        book.close(True)


def test_a_name_over_a_whole_sheet_is_checked_in_the_size_of_its_data(office):
    """defineIndicator over a whole sheet, then checkBook: only the used cells are read (the
    office grew to 24 GB before)."""
    import time
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        tally.defineIndicator(book, "整张指标表", "$指标.$A$1:$AMJ$1048576")
        start = time.monotonic()
        findings = tally.checkBook(book)
        assert time.monotonic() - start < 60, "checkBook read the whole sheet"
        assert office.is_alive()
        assert not any(f.RuleId == "tally.error" for f in findings), [f.Message for f in findings]
    finally:
        book.close(True)


if __name__ == "__main__":
    run_with_shared_office([
        test_a_new_book_has_its_sheets_names_and_year, test_a_thousand_records_add_up,
        test_text_never_becomes_a_formula, test_bad_values_name_the_column_and_change_nothing,
        test_the_books_own_lists_are_the_only_ones, test_error_values_anywhere_in_a_table_range_are_found,
        test_each_rule_fires_on_its_fault_only, test_define_indicator_validates_names,
        test_ods_and_xlsx_keep_names_and_formulas, test_commands_run_headless_and_keep_the_office_alive,
        test_a_name_over_a_whole_sheet_is_checked_in_the_size_of_its_data],
        timeout=500)
