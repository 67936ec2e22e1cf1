# SPDX-License-Identifier: MPL-2.0
"""The 口径库 in the office: CSV sheets in $(user)/gongwen/register/ (here the sample of
examples/register/) reach the API's check, 修正 and the live proofreader, on the document's
成文日期; taking the sheets away takes the findings away."""
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402,F401
from com.sun.star.lang import IllegalArgumentException, Locale  # noqa: E402
from com.sun.star.sheet.ValidationType import DATE, WHOLE  # noqa: E402
from gongwen_fixtures import first_paragraph  # noqa: E402
from gongwen_office import NOBODY, PROJECT, prop, run_with_shared_office  # noqa: E402

CHECKER = "org.gongwen.StructureChecker"
PROOFREADER = "org.gongwen.Proofreader"
REGISTER = "org.gongwen.WordingRegister"
ZH = Locale("zh", "CN", "")
SAMPLE = os.path.join(PROJECT, "examples", "register")
TEXT = "张三副主席出席会议，王五、李四参加调研。\nX区政协会围绕中心开展协商议事。\n2026年11月29日"


def register_folder(office):
    return os.path.join(office.profile, "user", "gongwen", "register")


def register_findings(checker, doc):
    return [(f.RuleId, f.Paragraph, f.Start, f.Length, tuple(f.Suggestions)) for f in checker.checkDocument(doc)
            if f.RuleId.startswith("register.")]


def test_the_register_reaches_the_check_the_fix_and_the_proofreader(office):
    folder = register_folder(office)
    shutil.copytree(SAMPLE, folder, dirs_exist_ok=True)
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(TEXT.split("\n"))
    try:
        found = register_findings(checker, doc)
        assert found == [("register.title", 0, 2, 3, ("主席",)), ("register.order", 0, 10, 5, ("李四、王五",)),
                         ("register.organ", 1, 0, 5, ("区政协", "中国人民政治协商会议X区委员会")),
                         ("register.phrase", 1, 11, 4, ("协商议政",))], found
        title = [f for f in checker.checkDocument(doc) if f.RuleId == "register.title"][0]
        assert "主席" in title.Message and "2026年11月29日" in title.Message, title.Message
        # The document's own date decides: in a report dated before 2026-01-15 he was 副主席.
        last = doc.getText().getEnd()
        cursor = doc.getText().createTextCursorByRange(last)
        cursor.gotoStartOfParagraph(True)
        cursor.setString("2025年6月1日")
        dated = [f[0] for f in register_findings(checker, doc)]
        assert dated == ["register.order", "register.organ", "register.phrase"], dated
        cursor.setString("2026年11月29日")
        checker.applySuggestion(doc, title, 0)
        assert first_paragraph(doc).startswith("张三主席出席会议"), first_paragraph(doc)
        doc.getUndoManager().undo()
        assert first_paragraph(doc).startswith("张三副主席出席会议"), "the fix was not one undo step"
        # Live: a paragraph alone is read on today's date, when 张三 is 主席.
        proofreader = office.create(PROOFREADER)
        text = "张三副主席出席会议。"
        marks = [(e.aRuleIdentifier, e.nErrorStart, e.nErrorLength, tuple(e.aSuggestions))
                 for e in proofreader.doProofreading("register-1", text, ZH, 0, len(text), ()).aErrors]
        assert ("register.title", 2, 3, ("主席",)) in marks, marks
        # The sheet saved again (张三 副主席 to this day): the live marks follow within seconds,
        # with no setting touched.
        with open(os.path.join(folder, "人员.csv"), "w", encoding="utf-8") as f:
            f.write("姓名,职务,排序,起始日期,终止日期\n张三,副主席,2,2021-01-10,\n")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            marks = [e.aRuleIdentifier for e in
                     proofreader.doProofreading("register-2", text, ZH, 0, len(text), ()).aErrors]
            if "register.title" not in marks:
                break
            time.sleep(0.5)
        assert "register.title" not in marks, marks
        # Without the sheets nothing of the register is reported.
        shutil.rmtree(folder)
        assert register_findings(checker, doc) == []
    finally:
        doc.close(True)
        shutil.rmtree(folder, ignore_errors=True)


def settings_node(office, update=False):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", "/org.gongwen.Settings/Register")
    kind = "ConfigurationUpdateAccess" if update else "ConfigurationAccess"
    return provider.createInstanceWithArguments(f"com.sun.star.configuration.{kind}", (path,))


def set_register_location(office, location):
    node = settings_node(office, update=True)
    node.setPropertyValue("Location", location)
    node.commitChanges()


def serial(day):
    return (datetime.date.fromisoformat(day) - datetime.date(1899, 12, 30)).days


def fill(book, sheet_name, rows):
    """Rows after the header; a date column's ISO text goes in as a date value, except when it
    starts with "'" (kept as text, as a user may type it)."""
    sheet = book.getSheets().getByName(sheet_name)
    header = [sheet.getCellByPosition(c, 0).getString() for c in range(6)]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if header[c] in ("起始日期", "终止日期") and value and not value.startswith("'"):
                cell.setValue(serial(value))
            elif header[c] == "排序" and value:
                cell.setValue(int(value))
            else:
                cell.setString(value.lstrip("'"))


def store(book, path, password=None):
    args = [prop("FilterName", "calc8"), prop("Overwrite", True)]
    if password:
        args.append(prop("Password", password))
    book.storeToURL(uno.systemPathToFileUrl(path), tuple(args))


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def open_components(office):
    return len(list(iter_enumeration(office.desktop.getComponents().createEnumeration())))


def iter_enumeration(enum):
    while enum.hasMoreElements():
        yield enum.nextElement()


def test_a_register_workbook_is_read_hidden_read_only_and_again_when_it_changes(office):
    api = office.create(REGISTER)
    book = api.createRegister()
    path = office.writable_path("口径库.ods")
    doc = None
    try:
        # What 新建口径库 makes: the four sheets, their columns, a date and a whole-number check.
        assert list(book.getSheets().getElementNames()) == ["人员", "机构", "提法", "禁用词"]
        people = book.getSheets().getByName("人员")
        assert [people.getCellByPosition(c, 0).getString() for c in range(5)] == ["姓名", "职务", "排序", "起始日期",
                                                                                  "终止日期"]
        assert people.getCellByPosition(3, 1).Validation.Type == DATE
        assert people.getCellByPosition(2, 1).Validation.Type == WHOLE
        fill(book, "人员", [["张三", "主席", "1", "2026-01-15", ""], ["张三", "副主席", "2", "'2021-01-10", "2026-01-14"],
                          ["李四", "副主席", "2", "2021-01-10", ""], ["王五", "副主席", "3", "2021-01-10", ""]])
        fill(book, "机构", [["中国人民政治协商会议X区委员会", "区政协", "X区政协会、区政治协商会"]])
        fill(book, "提法", [["协商议政", "协商议事", "2025 年起统一", "2025-01-01", ""]])
        store(book, path)
        book.close(True)
        book = None
        if os.getuid() == 0:
            os.chown(path, NOBODY, NOBODY)
        before = digest(path)
        set_register_location(office, uno.systemPathToFileUrl(path))
        # 张三 is also a common word (张三李四): said once, on its first row; nothing else.
        problems = [(p.RuleId, p.Paragraph, p.Message) for p in api.checkRegister("")]
        assert [p[:2] for p in problems] == [("register.entry", 1)], problems
        assert "“人员”表第 2 行" in problems[0][2] and "常用词" in problems[0][2], problems
        checker = office.create(CHECKER)
        doc = office.writer_with_paragraphs(TEXT.split("\n"))
        components = open_components(office)
        found = register_findings(checker, doc)
        assert found == [("register.title", 0, 2, 3, ("主席",)), ("register.order", 0, 10, 5, ("李四、王五",)),
                         ("register.organ", 1, 0, 5, ("区政协", "中国人民政治协商会议X区委员会")),
                         ("register.phrase", 1, 11, 4, ("协商议政",))], found
        assert open_components(office) == components, "the register was left open"
        assert digest(path) == before, "the register file was written"
        # The file changes (李四 leaves, 王五 has no title): read again, and 检查口径库 names the row.
        book = api.createRegister()
        fill(book, "人员", [["张三", "主席", "1", "2026-01-15", ""], ["王五", "", "3", "2021-01-10", ""],
                          ["赵六", "副主席", "4", "", ""]])
        time.sleep(1.1)  # a new modification time even where the file system counts seconds
        store(book, path)
        book.close(True)
        book = None
        found = register_findings(checker, doc)
        assert [f[0] for f in found] == ["register.title"], found
        problems = api.checkRegister("")
        assert [(p.RuleId, p.Paragraph) for p in problems] == [("register.entry", 1), ("register.entry", 2)], problems
        assert "“人员”表第 3 行" in problems[1].Message and "职务" in problems[1].Message, problems[1].Message
    finally:
        set_register_location(office, "")
        if book is not None:
            book.close(True)
        if doc is not None:
            doc.close(True)


def test_a_register_that_cannot_be_read_is_refused_and_the_other_checks_go_on(office):
    api = office.create(REGISTER)
    damaged = office.writable_path("损坏.ods")
    with open(damaged, "wb") as f:
        f.write(b"PK\x03\x04" + os.urandom(3000))
    locked = office.writable_path("加密.ods")
    book = api.createRegister()
    fill(book, "人员", [["张三", "主席", "1", "", ""]])
    store(book, locked, password="secret")
    book.close(True)
    for path in (damaged, locked):
        if os.getuid() == 0:
            os.chown(path, NOBODY, NOBODY)
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["张三副主席出席会议,并讲话。"])
    try:
        for path, word in ((damaged, ("损坏", "无法读取", "不是电子表格")), (locked, ("密码",)),
                           (path_missing := office.writable_path("没有.ods"), ("找不到",))):
            try:
                api.checkRegister(uno.systemPathToFileUrl(path))
                raise AssertionError(f"{path} was read")
            except IllegalArgumentException as e:
                assert any(w in e.Message for w in word), e.Message
            set_register_location(office, uno.systemPathToFileUrl(path))
            rules = [f.RuleId for f in checker.checkDocument(doc)]
            assert "punct.halfwidth" in rules and not any(r.startswith("register.") for r in rules), rules
        assert not os.path.exists(path_missing)
    finally:
        set_register_location(office, "")
        doc.close(True)


def test_big_and_malformed_register_workbooks(office):
    """10,000 rows are read (and checked) whole; a workbook with none of the four sheets is refused
    by name; a sheet without its required column and dates typed as text are named by sheet and
    row while the rest of the register still works."""
    api = office.create(REGISTER)
    checker = office.create(CHECKER)
    big, none, odd = (office.writable_path(n) for n in ("大口径库.ods", "无表.ods", "列名错.ods"))
    book = api.createRegister()
    people = book.getSheets().getByName("人员")
    rows = [(f"甲{i:05d}", "委员", i + 10, "", "") for i in range(10000)]
    rows[9998] = ("钱七", "副主席", 2, "", "")
    rows[9999] = ("赵六", "主席", 1, "", "")
    people.getCellRangeByPosition(0, 1, 4, 10000).setDataArray(tuple(rows))
    store(book, big)
    book.close(True)
    book = office.new_document("scalc")
    store(book, none)
    book.close(True)
    book = api.createRegister()
    organs = book.getSheets().getByName("机构")
    organs.getCellByPosition(0, 0).setString("名称")  # not 全称
    fill(book, "人员", [["赵六", "主席", "1", "'2026年1月15日", ""], ["李四", "副主席", "2", "'2021.13.01", ""],
                      ["孙八", "副主席", "3", "", ""]])
    store(book, odd)
    book.close(True)
    for path in (big, none, odd):
        if os.getuid() == 0:
            os.chown(path, NOBODY, NOBODY)
    doc = office.writer_with_paragraphs(["赵六副主席出席会议。", "2026年11月29日"])
    try:
        started = time.monotonic()
        problems = [p.Message for p in api.checkRegister(uno.systemPathToFileUrl(big))]
        assert problems == [], problems[:3]
        set_register_location(office, uno.systemPathToFileUrl(big))
        assert [f[0] for f in register_findings(checker, doc)] == ["register.title"]
        print(f"10,000 rows read and checked in {time.monotonic() - started:.1f} s")
        try:
            api.checkRegister(uno.systemPathToFileUrl(none))
            raise AssertionError("a workbook without the sheets was read")
        except IllegalArgumentException as e:
            assert "人员" in e.Message and "禁用词" in e.Message, e.Message
        problems = [p.Message for p in api.checkRegister(uno.systemPathToFileUrl(odd))]
        assert len(problems) == 2, problems
        assert "“人员”表第 3 行" in problems[0] and "2021.13.01" in problems[0], problems
        assert "“机构”表第 1 行" in problems[1] and "全称" in problems[1], problems
        # 2026年1月15日 typed as text is a date: 赵六 is 主席 from then, 李四's row is left out.
        set_register_location(office, uno.systemPathToFileUrl(odd))
        assert [f[0] for f in register_findings(checker, doc)] == ["register.title"]
    finally:
        set_register_location(office, "")
        doc.close(True)


CLI = os.path.join(os.environ.get("GONGWEN_BUILD_DIR", os.path.join(PROJECT, "build")), "src", "cli", "gongwen-check")


def test_the_command_line_reads_a_register_workbook_through_its_own_office(office):
    """gongwen-check --register FILE: an .ods and an .xlsx register give the findings the CSV
    folder gives; the workbook's bytes are the same afterwards; rows that cannot be read are named
    on stderr with their sheet and row."""
    api = office.create(REGISTER)
    book = api.createRegister()
    fill(book, "人员", [["张三", "主席", "1", "2026-01-15", ""], ["张三", "副主席", "2", "2021-01-10", "2026-01-14"],
                      ["李四", "副主席", "2", "2021-01-10", ""], ["王五", "副主席", "3", "2021-01-10", ""],
                      ["赵六", "秘书长", "4", "2021-01-10", ""], ["钱七", "委员", "", "'2021年13月1日", ""]])
    fill(book, "机构", [["中国人民政治协商会议X区委员会", "区政协", "X区政协会、区政治协商会"]])
    fill(book, "提法", [["协商议政", "协商议事", "2025 年起统一", "2025-01-01", ""]])
    fill(book, "禁用词", [["领导小组长", "应写“领导小组组长”"]])
    ods, xlsx = office.writable_path("cli-口径库.ods"), office.writable_path("cli-口径库.xlsx")
    store(book, ods)
    book.storeToURL(uno.systemPathToFileUrl(xlsx), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    book.close(True)
    draft = office.writable_path("cli-register.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("张三副主席出席会议，王五、李四参加调研。\n区政治协商会围绕中心开展协商议事。\n秘书长赵陆主持。\n"
                "领导小组长由主席担任。\n区政协办公室\n2026年11月29日\n")

    def run(register):
        result = subprocess.run([CLI, "--format", "json", "--lang", "zh-CN", "--rules", "register", "--register",
                                 register, draft], capture_output=True, text=True, timeout=240)
        assert result.returncode == 0, (register, result.stderr)
        return ([(f["ruleId"], f["paragraph"], f["suggestions"]) for f in json.loads(result.stdout)[0]["findings"]],
                result.stderr)

    expected, _ = run(SAMPLE)
    assert len(expected) == 6, expected
    for path in (ods, xlsx):
        before = digest(path)
        found, stderr = run(path)
        assert found == expected, (path, found)
        assert "口径库 人员 第 7 行" in stderr and "2021年13月1日" in stderr, stderr
        assert digest(path) == before, f"{path} was written"


if __name__ == "__main__":
    run_with_shared_office([test_the_register_reaches_the_check_the_fix_and_the_proofreader,
                            test_a_register_workbook_is_read_hidden_read_only_and_again_when_it_changes,
                            test_a_register_that_cannot_be_read_is_refused_and_the_other_checks_go_on,
                            test_big_and_malformed_register_workbooks,
                            test_the_command_line_reads_a_register_workbook_through_its_own_office], timeout=600)
