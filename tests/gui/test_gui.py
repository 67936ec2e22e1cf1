# SPDX-License-Identifier: MPL-2.0
"""The real LibreOffice GUI under Xvfb: the 公文助手 menu is in Writer's and Calc's menu bars,
opens, runs its commands, and we keep screenshots of it in docs/screenshots/."""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_office import NOBODY, PROJECT, Office, Xvfb, run_tests  # noqa: E402

SHOTS = os.environ.get("GONGWEN_SCREENSHOT_DIR", os.path.join(PROJECT, "docs", "screenshots"))
MENU_BAR_ROLE = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.MENU_BAR")
PUSH_BUTTON_ROLE = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.PUSH_BUTTON")
TEXT_ROLE = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.TEXT")
LABEL_ROLE = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.LABEL")
CHECK_BOX_ROLE = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.CHECK_BOX")
CHECKED_STATE = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.CHECKED")
FOCUSED_STATE = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.FOCUSED")
SAMPLE_ODT = os.path.join(PROJECT, "examples", "seed-report.odt")
CHECK_TITLE = {"zh-CN": "检查文档结构", "en-US": "Check Document Structure"}
RENUMBER = {"zh-CN": "全部重新编号", "en-US": "Renumber All"}
MENU_TITLE = {"zh-CN": "公文助手(G)", "en-US": "Gongwen"}
ABOUT_ITEM = {"zh-CN": "关于公文助手(A)", "en-US": "About Gongwen Assistant"}
ABOUT_TITLE = {"zh-CN": "关于公文助手", "en-US": "About Gongwen Assistant"}


def wait_for(condition, seconds=15, what="condition"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def children(accessible):
    """The accessible's children now; a list that refills meanwhile (the deck after an edit)
    loses some, which are skipped, not an error: the callers look again until found."""
    try:
        ctx = accessible.getAccessibleContext()
        if ctx is None:
            return []
        found = []
        for i in range(ctx.getAccessibleChildCount()):
            try:
                found.append(ctx.getAccessibleChild(i))
            except Exception:  # noqa: B902 - IndexOutOfBounds/Disposed while the list refills
                break
        return found
    except Exception:  # noqa: B902 - the accessible itself went away
        return []


def name(accessible):
    try:
        context = accessible.getAccessibleContext()
        return context.getAccessibleName() if context is not None else ""
    except Exception:  # noqa: B902 - gone while being read
        return ""


def menu_bar(frame):
    for child in children(frame.getContainerWindow()):
        if child.getAccessibleContext().getAccessibleRole() == MENU_BAR_ROLE:
            return child
    raise AssertionError("the window has no menu bar")


def our_menu(frame, locale):
    menus = {name(m): m for m in children(menu_bar(frame))}
    assert MENU_TITLE[locale] in menus, f"no {MENU_TITLE[locale]} menu in {list(menus)}"
    return menus[MENU_TITLE[locale]]


def xdotool(display, *args):
    subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True, timeout=30)


def close_dialog(office, title):
    """Presses the dialog's default button (OK) through its window."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        window = toolkit.getTopWindow(i)
        if window is not None and name(window) == title:
            window.endDialog(1)
            return
    raise AssertionError(f"no dialog titled {title}")


def top_window(office, title):
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        window = toolkit.getTopWindow(i)
        if window is not None and name(window) == title:
            return window
    raise AssertionError(f"no window titled {title}")


def find_accessible(accessible, predicate, depth=0, limit=6):
    """The first accessible at most `limit` levels down that `predicate` accepts, or None."""
    try:
        accepted = predicate(accessible)
    except Exception:  # noqa: B902 - gone while being read (a list refilling)
        accepted = False
    if accepted:
        return accessible
    if depth > limit:
        return None
    for child in children(accessible):
        found = find_accessible(child, predicate, depth + 1, limit)
        if found is not None:
            return found
    return None


def press_button(office, dialog_title, label):
    """Clicks a dialog button through accessibility, as a screen reader would."""
    button = find_accessible(top_window(office, dialog_title),
                             lambda a: name(a).startswith(label)
                             and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE)
    assert button is not None, f"no button {label}"
    button.getAccessibleContext().doAccessibleAction(0)


def click_button(office, xvfb, dialog_title, label):
    """Clicks a dialog button with the mouse, at the centre of where accessibility says it is."""
    button = find_accessible(top_window(office, dialog_title),
                             lambda a: name(a).startswith(label)
                             and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE)
    assert button is not None, f"no button {label}"
    component = button.getAccessibleContext()
    where, size = component.getLocationOnScreen(), component.getSize()
    xdotool(xvfb.display, "mousemove", str(where.X + size.Width // 2), str(where.Y + size.Height // 2),
            "click", "1")


def answer_until(office, xvfb, title, label, done, what):
    """Clicks `label` on the box titled `title` until `done()` (a click that comes while the box
    settles is lost under Xvfb without a window manager)."""
    for _ in range(4):
        if title in top_window_titles(office):
            try:
                click_button(office, xvfb, title, label)
            except AssertionError:
                pass  # the box changed under the click: look again
        try:
            return wait_for(done, seconds=8, what=what)
        except AssertionError:
            continue
    raise AssertionError(f"timed out waiting for {what}")


def dismiss_message(office, xvfb, title, label):
    """Clicks a message box's button until the box is gone (a click that comes while the box
    is still settling is lost under Xvfb without a window manager)."""
    for _ in range(5):
        if title not in top_window_titles(office):
            return
        click_button(office, xvfb, title, label)
        time.sleep(1)
    assert title not in top_window_titles(office), f"{title} does not close"


def paragraphs(doc):
    enum = doc.getText().createEnumeration()
    return [enum.nextElement().getString() for _ in iter(enum.hasMoreElements, False)]


def replace_all(doc, old, new):
    search = doc.createReplaceDescriptor()
    search.SearchString = old
    search.ReplaceString = new
    assert doc.replaceAll(search) == 1


def top_window_titles(office):
    """Titles of the office's visible top-level windows (dialogs have no title bar without a WM;
    a closed message box may linger, hidden, until it is released)."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    titles = []
    for i in range(toolkit.getTopWindowCount()):
        try:
            window = toolkit.getTopWindow(i)
            if window is not None and window.isVisible():
                titles.append(name(window))
        except Exception:  # noqa: B902 - a window closing meanwhile is simply gone
            pass
    return titles


def open_menu_and_check(office, xvfb, kind, locale, shot):
    doc = office.new_document(kind, hidden=False)
    frame = doc.getCurrentController().getFrame()
    menu = wait_for(lambda: our_menu(frame, locale), what="our menu")
    time.sleep(1)  # let the first paint finish before keys arrive
    xdotool(xvfb.display, "key", "alt+g")
    items = [name(i) for i in children(menu)]
    assert ABOUT_ITEM[locale] in items, f"menu entries: {items}"
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, shot))
    return doc


def test_writer_menu_and_about_dialog_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        doc = open_menu_and_check(office, xvfb, "swriter", "zh-CN", "writer-menu-zh.png")
        xdotool(xvfb.display, "key", "a")   # the About entry's mnemonic
        wait_for(lambda: ABOUT_TITLE["zh-CN"] in top_window_titles(office), what="About dialog")
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "about-dialog-zh.png"))
        close_dialog(office, ABOUT_TITLE["zh-CN"])
        wait_for(lambda: ABOUT_TITLE["zh-CN"] not in top_window_titles(office), what="dialog to close")
        assert office.is_alive()
        doc.close(True)


def check_dialog_flow(office, xvfb, locale):
    """Menu ▸ check: the dialog lists the findings; 全部重新编号 fixes the numbering in one
    undo step."""
    doc = office.load(SAMPLE_ODT, hidden=False)
    replace_all(doc, "三、突出三个重点", "四、突出三个重点")
    original = paragraphs(doc)
    wait_for(lambda: our_menu(doc.getCurrentController().getFrame(), locale), what="our menu")
    time.sleep(1)
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "c")
    wait_for(lambda: CHECK_TITLE[locale] in top_window_titles(office), what="check dialog")
    time.sleep(1.5)
    suffix = "zh" if locale == "zh-CN" else "en"
    # Grouped as the sidebar groups them, structure first.
    headers = [name(a) for a in children_deep(top_window(office, CHECK_TITLE[locale]), limit=8)
               if name(a).startswith("▼")]
    assert headers and headers[0].startswith("▼ " + ("结构" if locale == "zh-CN" else "Structure")), headers
    xvfb.screenshot(os.path.join(SHOTS, f"check-dialog-{suffix}.png"))
    press_button(office, CHECK_TITLE[locale], RENUMBER[locale])
    wait_for(lambda: "三、突出三个重点，党委支持政协自身建设得到全方位加强。 " in paragraphs(doc), what="renumbering")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, f"check-dialog-renumbered-{suffix}.png"))
    close_dialog(office, CHECK_TITLE[locale])
    wait_for(lambda: CHECK_TITLE[locale] not in top_window_titles(office), what="dialog to close")
    office.dispatch(doc.getCurrentController().getFrame(), ".uno:Undo")
    assert paragraphs(doc) == original, "one undo did not restore the document"


def test_check_dialog_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        check_dialog_flow(office, xvfb, "zh-CN")


INSERT_TITLE = {"zh-CN": "插入标准段落", "en-US": "Insert Standard Section"}
INSERT_BUTTON = {"zh-CN": "插入", "en-US": "Insert"}
MESSAGE_TITLE = {"zh-CN": "公文助手", "en-US": "Gongwen Assistant"}


def insert_section_flow(office, xvfb, locale):
    """Menu ▸ insert: the catalog with its preview; 插入 puts the 工作总结 skeleton in, styled,
    and tells which fonts were substituted."""
    doc = office.new_document("swriter", hidden=False)
    frame = doc.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, locale), what="our menu")
    time.sleep(1)
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "i")
    wait_for(lambda: INSERT_TITLE[locale] in top_window_titles(office), what="insert dialog")
    time.sleep(1.5)
    suffix = "zh" if locale == "zh-CN" else "en"
    xvfb.screenshot(os.path.join(SHOTS, f"insert-section-{suffix}.png"))
    press_button(office, INSERT_TITLE[locale], INSERT_BUTTON[locale])
    wait_for(lambda: paragraphs(doc)[0] == "XX单位XXXX年工作总结", what="the section inserted")
    # The fonts the styles name are shown through the pairs the .oxt ships: no restart notice.
    time.sleep(1.5)
    assert MESSAGE_TITLE[locale] not in top_window_titles(office), "a font notice on a machine with the shipped fonts"
    text = paragraphs(doc)
    assert text[0] == "XX单位XXXX年工作总结", text
    assert "一、主要做法和成效" in text and "三、下一步工作打算" in text, text
    checker = office.create("org.gongwen.StructureChecker")
    assert [f.RuleId for f in checker.checkDocument(doc) if f.RuleId != "placeholder"] == []
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, f"insert-section-result-{suffix}.png"))
    doc.close(True)


def test_insert_section_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        insert_section_flow(office, xvfb, "zh-CN")


def open_menu_entry(xvfb, key):
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", key)


def wait_for_dialog(office, title):
    wait_for(lambda: title in top_window_titles(office), what=title)
    time.sleep(1.5)


def tally_flow(office, xvfb):
    """Calc: 新建统计台账, 登记 one record through the dialog, 定义指标, 检查台账, 汇总图表."""
    tally = office.create("org.gongwen.TallyBook")
    book = tally.createTallyBook()
    frame = book.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
    time.sleep(1)
    open_menu_entry(xvfb, "r")
    wait_for_dialog(office, "登记台账记录")
    # −3 typed as the quantity is kept as typed and refused: nothing is written.
    quantity = find_accessible(top_window(office, "登记台账记录"),
                               lambda a: a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE
                               and a.getAccessibleContext().getText() == "1")
    assert quantity is not None, "no quantity field holding 1"
    quantity.getAccessibleContext().setText("-3")
    press_button(office, "登记台账记录", "登记")
    status = wait_for(lambda: find_accessible(top_window(office, "登记台账记录"),
                                              lambda a: "数量应为非负整数" in name(a)), what="the refusal")
    assert status is not None
    assert book.Sheets.getByName("台账").getCellByPosition(1, 1).getString() == "", "a refused record was written"
    assert quantity.getAccessibleContext().getText() == "-3", "the field changed what was typed"
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "tally-add-record-refused-zh.png"))
    quantity.getAccessibleContext().setText("1")
    press_button(office, "登记台账记录", "登记")
    wait_for(lambda: book.Sheets.getByName("台账").getCellByPosition(1, 1).getString() != "", what="the record")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "tally-add-record-zh.png"))
    close_dialog(office, "登记台账记录")
    assert book.NamedRanges.getByName("协商活动次数").getReferredCells().getCellByPosition(0, 0).getValue() == 1
    ledger = book.Sheets.getByName("台账")
    ledger.getCellByPosition(4, 1).setValue(-3)  # a fault for 检查台账 to find
    indicators = book.Sheets.getByName("指标")
    # A new indicator row: 定义指标 proposes its label as the name and confirms what it defined.
    indicators.getCellRangeByName("A15").setString("新增调研次数")
    indicators.getCellRangeByName("B15").setFormula('=COUNTIFS($台账.$B$2:$B$10001;"视察调研")')
    book.getCurrentController().setActiveSheet(indicators)
    book.getCurrentController().select(indicators.getCellRangeByName("B15"))
    open_menu_entry(xvfb, "d")
    wait_for_dialog(office, "定义指标")
    proposed = find_accessible(top_window(office, "定义指标"),
                               lambda a: a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE)
    assert proposed.getAccessibleContext().getText() == "新增调研次数", "the row label is not proposed"
    xvfb.screenshot(os.path.join(SHOTS, "tally-define-indicator-zh.png"))
    press_button(office, "定义指标", "定义")
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="the confirmation")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "tally-define-indicator-done-zh.png"))
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "确定")
    assert book.NamedRanges.hasByName("新增调研次数")
    open_menu_entry(xvfb, "k")
    wait_for_dialog(office, "检查台账")
    xvfb.screenshot(os.path.join(SHOTS, "tally-check-zh.png"))
    close_dialog(office, "检查台账")
    open_menu_entry(xvfb, "h")
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="chart notice")
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "确定")
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "tally-chart-zh.png"))
    charts = indicators.getCharts()
    titles = sorted(charts.getByIndex(i).getEmbeddedObject().getTitle().String for i in range(charts.getCount()))
    assert titles == sorted(f"指标汇总（单位：{u}）" for u in ("人", "次", "条", "件", "万元")), titles
    times = next(charts.getByIndex(i).getEmbeddedObject() for i in range(charts.getCount())
                 if "（单位：次）" in charts.getByIndex(i).getEmbeddedObject().getTitle().String)
    assert "新增调研次数" in times.getData().getRowDescriptions(), "the new indicator is not charted"
    assert times.getDiagram().getYAxisTitle().String == "数量（次）"
    # The 公文助手 deck in Calc: the book's findings and its indicators with their values.
    # (Calc's accessible tree holds the grid's cells: too slow to search; the panel itself is
    # tested headless in tests/integration/test_sidebar.py.)
    office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
    time.sleep(4)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-tally-zh.png"))
    book.close(True)


def test_tally_book_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        tally_flow(office, xvfb)


def statistics_flow(office, xvfb):
    """Writer: 统计数据 ▸ 链接工作簿 (the file picker), 插入统计数字 replacing a selected XX,
    关联统计表 in a table, 更新统计数据 with its report."""
    tally = office.create("org.gongwen.TallyBook")
    book = tally.createTallyBook()
    year = int(book.Sheets.getByName("参数").getCellByPosition(1, 0).getValue())
    for day in (1, 2, 3):
        tally.addRecord(book, (f"{year}-03-0{day}", "协商活动", "第一联络组", "协商", 1, 0.0, ""))
    book_path = office.writable_path("统计台账.ods")
    book.storeToURL(uno.systemPathToFileUrl(book_path), ())
    book.close(True)
    doc = office.new_document("swriter", hidden=False)
    text = doc.getText()
    text.setString("全年开展协商活动XX次。")
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(2, 4)
    text.insertTextContent(text.getEnd(), table, False)
    frame = doc.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
    time.sleep(1)
    # Not linked yet: the picker opens next to the report, where its tallies usually live.
    report_folder = os.path.dirname(office.writable_path(os.path.join("报告", "x")))
    os.makedirs(report_folder, exist_ok=True)
    if os.getuid() == 0:
        os.chmod(report_folder, 0o777)
    doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(report_folder, "工作报告.odt")), ())
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "s")
    time.sleep(0.8)
    xdotool(xvfb.display, "key", "l")
    wait_for_dialog(office, "选择统计台账工作簿")
    picker = top_window(office, "选择统计台账工作簿")
    assert find_accessible(picker, lambda a: name(a).endswith("/报告") or name(a).endswith("/报告/"), limit=12) \
        is not None, "the picker does not open next to the report"
    time.sleep(1)
    dismiss_message(office, xvfb, "选择统计台账工作簿", "取消")
    office.create("org.gongwen.StatisticsLink").linkWorkbook(doc, uno.systemPathToFileUrl(book_path))
    # The link dialog is the office's own file picker: show it, then cancel.
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "s")
    time.sleep(0.8)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-menu-zh.png"))
    xdotool(xvfb.display, "key", "l")
    wait_for_dialog(office, "选择统计台账工作簿")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-link-picker-zh.png"))
    dismiss_message(office, xvfb, "选择统计台账工作簿", "取消")
    search = doc.createSearchDescriptor()
    search.SearchString = "XX"
    doc.getCurrentController().select(doc.findFirst(search))
    # The text context menu offers both our entries on a placeholder of a linked report.
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "shift+F10")
    menu = wait_for(lambda: context_menu_with(office, "插入统计数字(F)…"), what="our context menu entries")
    assert [name(c) for c in children(menu)][:3] == ["检查文档结构(C)…", "插入统计数字(F)…", ""], \
        [name(c) for c in children(menu)][:5]
    time.sleep(0.5)
    xvfb.screenshot(os.path.join(SHOTS, "context-menu-zh.png"))
    xdotool(xvfb.display, "key", "Escape")
    wait_for(lambda: context_menu_with(office, "插入统计数字(F)…") is None, what="the context menu to close")
    doc.getCurrentController().select(doc.findFirst(search))
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "s")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "f")
    wait_for_dialog(office, "插入统计数字")
    figure_dialog = top_window(office, "插入统计数字")
    # Sorted by name in pinyin order (常 chang … 协 xie; by code points 协 would come first),
    # or as in the workbook; narrowed by what is typed, with a message when nothing matches.
    first = find_accessible(figure_dialog, lambda a: name(a).startswith("常委调整人数"))
    assert first is not None, "常委调整人数 is not listed"
    name_list = first.getAccessibleContext().getAccessibleParent()
    rows = lambda: [name(c).split("  ·  ")[0] for c in children(name_list)]  # noqa: E731
    assert rows()[0] == "常委调整人数" and rows().index("干部交流人数") < rows().index("协商活动次数"), rows()
    time.sleep(0.5)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-insert-figure-zh.png"))
    search_field = find_accessible(figure_dialog, lambda a: a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE)
    search_field.getAccessibleContext().setText("活动次数")
    wait_for(lambda: rows() == ["履职活动次数", "群众课题议政活动次数", "协商活动次数"], what=f"the search (list: {rows()})")
    time.sleep(0.5)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-insert-figure-search-zh.png"))
    search_field.getAccessibleContext().setText("不存在的指标")
    wait_for(lambda: rows() == [], what="an empty list")
    assert find_accessible(figure_dialog, lambda a: "没有与“不存在的指标”相符" in name(a)) is not None
    search_field.getAccessibleContext().setText("")
    order_list = find_accessible(figure_dialog, lambda a: name(a).startswith("按名称"))
    assert order_list is not None, "no order list"
    list_entries = find_accessible(top_window(office, "插入统计数字"), lambda a: name(a).startswith("协商活动次数"))
    assert list_entries is not None, "协商活动次数 is not listed"
    list_entries.getAccessibleContext().getAccessibleParent().getAccessibleContext().selectAccessibleChild(
        list_entries.getAccessibleContext().getAccessibleIndexInParent())
    press_button(office, "插入统计数字", "插入")
    wait_for(lambda: "插入统计数字" not in top_window_titles(office), what="figure dialog to close")
    assert text.createEnumeration().nextElement().getString() == "全年开展协商活动3次。"
    doc.getCurrentController().select(table.getCellByName("A1"))
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "s")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "t")
    wait_for_dialog(office, "关联统计表")
    # The range's 14 columns are listed, all chosen; the user keeps the first three.
    bind_dialog = top_window(office, "关联统计表")
    wait_for(lambda: find_accessible(bind_dialog, lambda a: name(a).startswith("14  特邀监督员")) is not None,
             what="the column list")
    first_column = find_accessible(bind_dialog, lambda a: name(a).startswith("1  单位"))
    column_list = first_column.getAccessibleContext().getAccessibleParent().getAccessibleContext()
    xvfb.screenshot(os.path.join(SHOTS, "statistics-bind-table-zh.png"))
    column_list.clearAccessibleSelection()
    for index in range(3):
        column_list.selectAccessibleChild(index)
    time.sleep(0.5)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-bind-columns-zh.png"))
    press_button(office, "关联统计表", "关联")
    # 4 columns against the 3 chosen: the user is asked before the table is adapted.
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="the question")
    time.sleep(1)
    question = find_accessible(top_window(office, MESSAGE_TITLE["zh-CN"]), lambda a: "3 列" in name(a))
    assert question is not None and "4 列" in name(question), "the question does not name both sizes"
    assert table.getColumns().getCount() == 4, "the table changed before the user agreed"
    xvfb.screenshot(os.path.join(SHOTS, "statistics-bind-adapt-zh.png"))
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "是")
    wait_for(lambda: "关联统计表" not in top_window_titles(office), what="table dialog to close")
    assert table.getRows().getCount() == 6
    assert table.getColumns().getCount() == 3
    assert [table.getCellByName(c + "1").getString() for c in "BC"] == ["协商活动", "建议"], "the header was not filled"
    xdotool(xvfb.display, "key", "alt+g")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "s")
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "u")
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="refresh report")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "statistics-refresh-zh.png"))
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "确定")
    doc.close(True)


def test_statistics_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        statistics_flow(office, xvfb)


def layout_flow(office, xvfb):
    """Writer: a plain draft, 公文助手 ▸ 一键排版, the page question, the laid-out document."""
    with open(os.path.join(PROJECT, "tests", "golden", "layout", "draft-with-title.txt"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    doc = office.new_document("swriter", hidden=False)
    text = doc.getText()
    for i, line in enumerate(lines):
        if i:
            text.insertControlCharacter(text.getEnd(), 0, False)
        text.insertString(text.getEnd(), line, False)
    frame = doc.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
    doc.getCurrentController().getViewCursor().gotoStart(False)
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "layout-before-zh.png"))
    open_menu_entry(xvfb, "y")  # 版式检查: the layout findings of the draft
    wait_for_dialog(office, "版式检查")
    assert find_accessible(top_window(office, "版式检查"), lambda a: name(a).startswith("页面")) is not None
    xvfb.screenshot(os.path.join(SHOTS, "layout-check-zh.png"))
    close_dialog(office, "版式检查")
    wait_for(lambda: "版式检查" not in top_window_titles(office), what="the check to close")
    open_menu_entry(xvfb, "p")
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="the page question")
    time.sleep(1)
    question = find_accessible(top_window(office, MESSAGE_TITLE["zh-CN"]), lambda a: "无法撤销页面设置" in name(a))
    assert question is not None, "the page question does not say that the page cannot be undone"
    assert paragraphs(doc)[0] == lines[0] and doc.getText().createEnumeration().nextElement().ParaStyleName != "公文标题"
    xvfb.screenshot(os.path.join(SHOTS, "layout-question-zh.png"))
    # The layout is made before its summary box appears (the same title as the question).
    answer_until(office, xvfb, MESSAGE_TITLE["zh-CN"], "是",
                 lambda: doc.getText().createEnumeration().nextElement().ParaStyleName == "公文标题", "the layout")
    time.sleep(1)
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "确定")
    doc.getCurrentController().getViewCursor().gotoStart(False)  # show the title
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "layout-after-zh.png"))
    open_menu_entry(xvfb, "y")  # no layout finding is left
    wait_for_dialog(office, "版式检查")
    assert find_accessible(top_window(office, "版式检查"), lambda a: "版式符合" in name(a)) is not None
    xvfb.screenshot(os.path.join(SHOTS, "layout-check-after-zh.png"))
    close_dialog(office, "版式检查")
    wait_for(lambda: "版式检查" not in top_window_titles(office), what="the check to close")
    # 按版式方案排版 ▸ 地方版式: the page moves up, so the question comes again.
    open_menu_entry(xvfb, "f")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "layout-profiles-zh.png"))
    xdotool(xvfb.display, "key", "l")
    wait_for(lambda: MESSAGE_TITLE["zh-CN"] in top_window_titles(office), what="the page question")
    time.sleep(1)
    profile = lambda: doc.getDocumentProperties().getUserDefinedProperties().GongwenLayoutProfile  # noqa: E731
    answer_until(office, xvfb, MESSAGE_TITLE["zh-CN"], "是", lambda: profile() == "gbt9704-local", "the local layout")
    time.sleep(1)
    dismiss_message(office, xvfb, MESSAGE_TITLE["zh-CN"], "确定")
    page = doc.StyleFamilies.getByName("PageStyles").getByName("Standard")
    assert abs(page.TopMargin - 3458) <= 2, page.TopMargin
    doc.close(True)


def test_layout_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        layout_flow(office, xvfb)


def remember_new_document_fields(office, **values):
    """What 新建公文 remembers for the user (org.gongwen.Settings/NewDocument), set as a user who
    made a document before would have left it."""
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", "/org.gongwen.Settings/NewDocument")
    group = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (path,))
    for key, value in values.items():
        setattr(group, key, value)
    group.commitChanges()


def new_document_flow(office, xvfb):
    """新建公文 for a 请示 and a 函 with the organ's fields remembered: the dialog, the new laid-out
    document with its 版头, then 版式检查 with nothing left."""
    start = office.new_document("swriter", hidden=False)
    remember_new_document_fields(office, Type="request", Organs="X区政协", OrganCode="X政协", Signers="张三")
    for kind, shot, mark in (("request", "request", "X区政协文件"), ("letter", "letter", "X区政协"),
                             ("minutes", "minutes", "X区政协纪要")):
        remember_new_document_fields(office, Type=kind)
        frame = office.desktop.getCurrentComponent().getCurrentController().getFrame()
        wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
        time.sleep(1)
        before = office.desktop.getCurrentComponent()
        open_menu_entry(xvfb, "o")
        wait_for_dialog(office, "新建公文")
        dialog = top_window(office, "新建公文")
        note = {"request": "上行文", "letter": "平行文", "minutes": "下行文"}[kind]
        assert find_accessible(dialog, lambda a: name(a).startswith(note)) is not None, f"no {note} note"
        xvfb.screenshot(os.path.join(SHOTS, f"new-document-{shot}-dialog-zh.png"))
        if kind == "request":
            # A year typed with a letter O: the dialog says why and stays, nothing is made.
            year = find_accessible(dialog, lambda a: a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE
                                   and a.getAccessibleContext().getText() == "2026")
            assert year is not None, "no year field holding 2026"
            year.getAccessibleContext().setText("2O26")
            components = len(list(iterate(office.desktop.getComponents())))
            press_button(office, "新建公文", "新建")
            wait_for(lambda: find_accessible(top_window(office, "新建公文"), lambda a: "四位数字" in name(a)),
                     what="the reason in the dialog")
            assert len(list(iterate(office.desktop.getComponents()))) == components, "a document was made"
            time.sleep(1)
            xvfb.screenshot(os.path.join(SHOTS, "new-document-refused-zh.png"))
            year.getAccessibleContext().setText("2026")
        press_button(office, "新建公文", "新建")
        doc = wait_for(lambda: office.desktop.getCurrentComponent()
                       if office.desktop.getCurrentComponent() != before
                       and paragraphs(office.desktop.getCurrentComponent())[:1] == [mark] else None,
                       seconds=30, what=f"the new {kind}")
        assert "新建公文" not in top_window_titles(office)
        text = paragraphs(doc)
        if kind == "request":
            assert text[1] == "X政协〔2026〕1号\t签发人：张三" or text[1].endswith("\t签发人：张三"), text[:3]
        doc.getCurrentController().getViewCursor().gotoStart(False)
        time.sleep(2)
        xvfb.screenshot(os.path.join(SHOTS, f"new-document-{shot}-zh.png"))
        open_menu_entry(xvfb, "y")  # 版式检查: nothing left on the new document
        wait_for_dialog(office, "版式检查")
        assert find_accessible(top_window(office, "版式检查"), lambda a: "版式符合" in name(a)) is not None
        close_dialog(office, "版式检查")
        wait_for(lambda: "版式检查" not in top_window_titles(office), what="the check to close")
    start.close(True)
    # A draft's own 版头, before and after 一键排版.
    with open(os.path.join(PROJECT, "tests", "golden", "layout", "draft-letterhead.txt"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    draft, _frame = visible_writer_with(office, lines, "zh-CN")
    draft.getCurrentController().getViewCursor().gotoStart(False)
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "letterhead-draft-before-zh.png"))
    office.create("org.gongwen.LayoutFormatter").applyLayout(draft, "")
    assert paragraphs(draft)[3:5] == ["X区人民政府文件", "X政发〔2026〕5号"], paragraphs(draft)[:6]
    draft.getCurrentController().getViewCursor().gotoStart(False)
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "letterhead-draft-after-zh.png"))
    draft.close(True)


def iterate(access):
    e = access.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()


def test_new_document_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        new_document_flow(office, xvfb)


def top_windows(office):
    toolkit = office.create("com.sun.star.awt.Toolkit")
    return [w for w in (toolkit.getTopWindow(i) for i in range(toolkit.getTopWindowCount())) if w is not None]


def entry_name(accessible):
    """A menu entry's text without the mnemonic the office may add ("作为(B)" → "作为")."""
    text = name(accessible)
    return text[:-3] if len(text) > 3 and text[-3] == "(" and text[-1] == ")" and text[-2].isalpha() else text


def context_menu_with(office, entry):
    """The open context menu that has an entry named `entry` (a popup is a nameless top window)."""
    for window in top_windows(office):
        if any(name(c) == entry or entry_name(c) == entry for c in children(window)):
            return window
    return None


def proofreader_menu(office, xvfb, suggestion):
    """The context menu at the view cursor once it offers `suggestion` (Shift+F10, up to eight
    times). The office proofreads when idle: until it has, the word has the plain text menu."""
    seen = []
    for _ in range(8):
        xdotool(xvfb.display, "key", "shift+F10")
        try:
            return wait_for(lambda: context_menu_with(office, suggestion), seconds=4,
                            what="the proofreader's context menu")
        except AssertionError:
            seen = [[name(c) for c in children(w)][:4] for w in top_windows(office)]
            xdotool(xvfb.display, "key", "Escape")
            time.sleep(2)
    raise AssertionError(f"the proofreader's context menu never came; windows: {seen}")


def proofreader_flow(office, xvfb):
    """Writer: the live proofreader underlines faults while the user types; the context menu of
    an underlined word gives the message, the suggestion (one undo step) and Ignore."""
    lines = ["一、总体情况", "今年将采取三项举措。一是学习；二是落实。", "三、下一步工作", "做为试点单位,全年完成XX项。"]
    doc = office.new_document("swriter", hidden=False)
    controller = doc.getCurrentController()
    controller.getViewSettings().ZoomType = 3  # by value
    controller.getViewSettings().ZoomValue = 160
    text = doc.getText()
    for i, line in enumerate(lines):
        if i:
            text.insertControlCharacter(text.getEnd(), 0, False)
        text.insertString(text.getEnd(), line, False)
    doc.getUndoManager().clear()
    time.sleep(6)  # the office proofreads in the background when idle
    xvfb.screenshot(os.path.join(SHOTS, "proofreader-underlines-zh.png"))
    last = paragraphs(doc)  # texts
    assert last[3] == lines[3]
    enum = text.createEnumeration()
    body = []
    while enum.hasMoreElements():
        body.append(enum.nextElement())
    cursor = text.createTextCursorByRange(body[3].getStart())
    cursor.goRight(1, False)
    controller.getViewCursor().gotoRange(cursor, False)
    time.sleep(1)
    menu = proofreader_menu(office, xvfb, "作为")
    entries = [entry_name(c) for c in children(menu)]
    # Our own entry first (the text context menu), then the proofreader's message and suggestion.
    assert entries[0] == "检查文档结构(C)…" and entries[2] == "“做为”应为“作为”（音近）。", entries
    assert "作为" in entries and "忽略(I)" in [name(c) for c in children(menu)], entries
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "proofreader-menu-zh.png"))
    suggestion = [c for c in children(menu) if entry_name(c) == "作为"][0].getAccessibleContext()
    where, size = suggestion.getLocationOnScreen(), suggestion.getSize()
    xdotool(xvfb.display, "mousemove", str(where.X + size.Width // 2), str(where.Y + size.Height // 2), "click", "1")
    wait_for(lambda: paragraphs(doc)[3].startswith("作为试点"), what="the suggestion applied")
    doc.getUndoManager().undo()  # one step restores the word
    assert paragraphs(doc)[3] == lines[3]
    doc.close(True)


def test_proofreader_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        proofreader_flow(office, xvfb)


def end_message_boxes(office, which):
    """Cancels the office's message boxes whose title `which` accepts."""
    toolkit = office.create("com.sun.star.awt.Toolkit")
    for i in range(toolkit.getTopWindowCount()):
        try:
            window = toolkit.getTopWindow(i)
            if window is not None and window.isVisible() and which(name(window)):
                window.endDialog(0)
        except Exception:  # noqa: B902 - a window closing meanwhile is simply gone
            pass


# The options dialog's words in each UI language.
OPTIONS = {
    "zh-CN": {"title": "选项", "node": "公文助手", "leaf": "设置", "group": "标点用法（6/6）",
              "group_after": "标点用法（5/6）", "rule": "连接号", "cancel": "取消"},
    "en-US": {"title": "Options", "node": "Gongwen Assistant", "leaf": "Settings",
              "group": "Punctuation use (6/6)", "group_after": "Punctuation use (5/6)",
              "rule": "Range mark", "cancel": "Cancel"},
}


def has_focus(accessible):
    """Whether the keyboard focus is in this control (its own state, or its list box's)."""
    for node in (accessible, accessible.getAccessibleContext().getAccessibleParent()):
        try:
            if node is not None and node.getAccessibleContext().getAccessibleStateSet().contains(FOCUSED_STATE):
                return True
        except Exception:  # noqa: B902 - gone while being read (the list refilling)
            pass
    return False


def options_flow(office, xvfb, lang="zh-CN"):
    """Tools ▸ Options ▸ 公文助手 ▸ 设置: the page in the real options dialog; in zh-CN also F1."""
    words = OPTIONS[lang]
    import threading
    doc = office.new_document("swriter", hidden=False)
    frame = doc.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, lang), what="our menu")
    time.sleep(1)
    # The options dialog is modal: its dispatch returns when it closes.
    helper = office.create("com.sun.star.frame.DispatchHelper")
    opener = threading.Thread(target=lambda: helper.executeDispatch(frame, ".uno:OptionsTreeDialog", "", 0, ()),
                              daemon=True)
    opener.start()
    try:
        title = wait_for(lambda: next((t for t in top_window_titles(office) if t.startswith(words["title"])), None),
                         what="the options dialog")
        options = top_window(office, title)
        # The tree ends with 公文助手, whose only leaf is 设置: clicked and unfolded as a user does.
        ours = wait_for(lambda: find_deep(options, lambda a: name(a) == words["node"]), what="our node in the tree")
        click_accessible(xvfb, ours)
        time.sleep(0.5)
        xdotool(xvfb.display, "key", "Right")
        page = wait_for(lambda: find_deep(options, lambda a: name(a) == words["leaf"]), what="our page in the tree")
        click_accessible(xvfb, page)
        # The rules as check boxes, a group at a time: 标点用法 chosen, 连接号 unticked (a click
        # on its box); the group list counts it at once.
        group = lambda: find_deep(options, lambda a: name(a) == words["group"])  # noqa: E731
        wait_for(group, what="the group of punctuation use in the list")
        rule_box = lambda: find_deep(options, lambda a: name(a).startswith(words["rule"])  # noqa: E731
                                     and a.getAccessibleContext().getAccessibleRole() == CHECK_BOX_ROLE)
        # The page refills the list on every choice (its counts follow the ticks), so an entry
        # found once goes stale: the group is chosen with the keyboard as a user does (Home, then
        # Down to its place) once the list has the keyboard focus (a click into it, or asked for as
        # a screen reader does) — never while the focus is elsewhere, where the keys would walk the
        # options tree to another page — and in turn with a click on the entry looked up afresh.
        # Should another page show all the same, our page is chosen again in the tree.
        place = group().getAccessibleContext().getAccessibleIndexInParent()
        for attempt in range(12):
            punctuation = group()
            if punctuation is None:
                click_accessible(xvfb, find_deep(options, lambda a: name(a) == words["leaf"]))
                time.sleep(1 + attempt * 0.5)
                continue
            if attempt % 2 == 0:
                group_list = punctuation.getAccessibleContext().getAccessibleParent()
                click_accessible(xvfb, group_list)
                time.sleep(0.5)
                if not has_focus(group_list):
                    try:
                        group_list.getAccessibleContext().grabFocus()
                    except Exception:  # noqa: B902 - not offered: the click is retried
                        pass
                    time.sleep(0.5)
                if has_focus(group_list):
                    xdotool(xvfb.display, "key", "Home")
                    for _ in range(place):
                        xdotool(xvfb.display, "key", "Down")
            else:
                click_accessible(xvfb, punctuation)
            time.sleep(1 + attempt * 0.5)
            if rule_box() is not None:
                break
        if rule_box() is None:
            xvfb.screenshot("/tmp/gongwen-options-group-failed.png")
        dash = wait_for(rule_box, what="the check box of the range mark rule (the screen in "
                        "/tmp/gongwen-options-group-failed.png)")
        box = dash.getAccessibleContext()
        # A click that comes while the dialog settles can be lost under Xvfb: click again until
        # the box is unticked.
        for _attempt in range(5):
            xdotool(xvfb.display, "mousemove", str(box.getLocationOnScreen().X + 6),
                    str(box.getLocationOnScreen().Y + box.getSize().Height // 2), "click", "1")
            time.sleep(1)
            if not box.getAccessibleStateSet().contains(CHECKED_STATE):
                break
        assert not box.getAccessibleStateSet().contains(CHECKED_STATE), "the range mark rule stayed ticked"
        wait_for(lambda: find_deep(options, lambda a: name(a) == words["group_after"]), what="the new count")
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, f"options-page-{lang[:2]}.png"))
        if lang != "zh-CN":
            return
        # F1 in the page, with the keyboard focus in its placeholder field (found through
        # accessibility, and clicked until it has the focus), opens LibreOffice's help window
        # at our page.
        # The user's word list for the typo check is edited here too.
        assert wait_for(lambda: find_deep(options, lambda a: "错别字检查不标记的词语" in name(a)),
                        what="the word list's label")
        field = wait_for(lambda: find_deep(options, lambda a: "其他占位符" in name(a)
                                           and a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE),
                         what="the placeholder field")
        focused = lambda: field.getAccessibleContext().getAccessibleStateSet().contains(FOCUSED_STATE)  # noqa: E731
        # Under load without a window manager a click can be lost: click again, and ask the
        # field itself for the focus (as a screen reader would), for up to 15 s.
        for attempt in range(10):
            click_accessible(xvfb, field)
            time.sleep(0.5 + 0.1 * attempt)
            if focused():
                break
            try:
                field.getAccessibleContext().grabFocus()
            except Exception:  # noqa: B902 - not every toolkit offers it; the click is retried
                pass
            time.sleep(0.5)
            if focused():
                break
        # Elsewhere (the tree) F1 would ask for LibreOffice's own help, which is not installed.
        assert focused(), "the placeholder field did not take the keyboard focus"
        # A key press can be lost while the dialog settles under load: click into the field again
        # (which also gives the dialog the server's focus) and press again, up to four times,
        # before giving up on the help window.
        shown = None
        for attempt in range(4):
            if attempt:
                end_message_boxes(office, lambda title: "没有安装" in title)
                click_accessible(xvfb, field)
                time.sleep(1)
            xdotool(xvfb.display, "key", "F1")
            try:
                shown = wait_for(lambda: office_help_page(office), seconds=15 + 5 * attempt,
                                 what="LibreOffice's help window")
                break
            except AssertionError:
                assert focused(), "the placeholder field lost the keyboard focus"
        if shown is None:
            xvfb.screenshot("/tmp/gongwen-options-f1-failed.png")
        assert shown is not None, (
            "timed out waiting for LibreOffice's help window (F1 pressed four times; windows "
            f"{top_window_titles(office)}, the X focus on {x_focus_window(xvfb)}, the dialog "
            f"{x_windows_named(xvfb, words['title'])}; the screen in /tmp/gongwen-options-f1-failed.png)")
        assert "org.gongwen.help.Options" in shown, shown
        office.desktop.findFrame("OFFICE_HELP_TASK", 55).close(True)
        time.sleep(1)
    finally:
        # Whatever happened, the modal dialog must close, or ending the office would wait on it.
        for _ in range(5):  # a click that comes while the dialog settles can be lost under Xvfb
            end_message_boxes(office, lambda title: "没有安装" in title)
            try:
                window = top_window(office, next(t for t in top_window_titles(office)
                                                 if t.startswith(words["title"])))
                cancel = find_deep(window, lambda a: name(a).startswith(words["cancel"])
                                   and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE)
                cancel.getAccessibleContext().doAccessibleAction(0)
            except (StopIteration, AttributeError, AssertionError):
                pass  # not open (yet, or any more)
            opener.join(3)
            if not opener.is_alive():
                break
    assert not opener.is_alive(), "the options dialog did not close"
    doc.close(True)
    # 取消 keeps what was stored: 连接号 stays on.
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", "/org.gongwen.Settings/Check")
    check = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (path,))
    assert "punct.range" not in (check.DisabledRules or ()), check.DisabledRules


def test_options_page_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        options_flow(office, xvfb)


def test_shortcut_and_docked_toolbar_zh():
    """Ctrl+Alt+Shift+J opens 检查文档结构 (the menu shows the shortcut); the 公文助手 toolbar is
    docked in the top toolbar area, not floating."""
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        doc = office.new_document("swriter", hidden=False)
        frame = doc.getCurrentController().getFrame()
        wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
        toolbar = frame.LayoutManager.getElement("private:resource/toolbar/addon_org.gongwen.assistant.toolbar")
        assert toolbar is not None, [e.ResourceURL for e in frame.LayoutManager.getElements()]
        assert frame.LayoutManager.isElementDocked(toolbar.ResourceURL)
        assert not frame.LayoutManager.isElementFloating(toolbar.ResourceURL)
        # Its buttons show our Colibre-style icons (extension/icons, packaging/make-icons.py).
        toolbar_window = toolbar.getRealInterface().getAccessibleContext()
        buttons = [toolbar_window.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                   for i in range(toolbar_window.getAccessibleChildCount())]
        assert any(b.startswith("检查文档结构") for b in buttons), buttons
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "toolbar-zh.png"))
        xdotool(xvfb.display, "key", "ctrl+alt+shift+j")
        wait_for_dialog(office, CHECK_TITLE["zh-CN"])
        close_dialog(office, CHECK_TITLE["zh-CN"])
        wait_for(lambda: CHECK_TITLE["zh-CN"] not in top_window_titles(office), what="the dialog to close")
        doc.close(True)


def x_focus_window(xvfb):
    """The X id of the window holding the server's keyboard focus (for messages)."""
    found = subprocess.run(["xdotool", "getwindowfocus"], env=dict(os.environ, DISPLAY=xvfb.display),
                           capture_output=True, text=True, timeout=30)
    return found.stdout.strip() or found.stderr.strip()


def x_windows_named(xvfb, title):
    """The X ids of the visible windows whose name starts with `title` (for messages)."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + re.escape(title)],
                           env=dict(os.environ, DISPLAY=xvfb.display), capture_output=True, text=True, timeout=30)
    return found.stdout.split()


def find_deep(accessible, predicate):
    """find_accessible far down (the sidebar's controls sit deep in the window)."""
    return find_accessible(accessible, predicate, limit=25)


def click_accessible(xvfb, accessible):
    context = accessible.getAccessibleContext()
    where, size = context.getLocationOnScreen(), context.getSize()
    xdotool(xvfb.display, "mousemove", str(where.X + size.Width // 2), str(where.Y + size.Height // 2), "click", "1")


def visible_writer_with(office, lines, lang="zh-CN"):
    """A new Writer window holding `lines` as paragraphs, once our menu is there."""
    doc = office.new_document("swriter", hidden=False)
    frame = doc.getCurrentController().getFrame()
    wait_for(lambda: our_menu(frame, lang), what="our menu")
    text = doc.getText()
    for i, line in enumerate(lines):
        if i:
            text.insertControlCharacter(text.getEnd(), 0, False)
        text.insertString(text.getEnd(), line, False)
    return doc, frame


def sidebar_flow(office, xvfb):
    """Writer: the 公文助手 deck lists the findings by family; choosing one selects its text, 修正
    applies it, and after an edit the list follows by itself."""
    doc, frame = visible_writer_with(office, ["一、总体情况", "今年将采取三项举措。一是学习；二是落实。",
                                              "三、下一步工作", "做为试点单位，全年完成XX项。"])
    text = doc.getText()
    office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
    window = frame.getContainerWindow()
    row = lambda words: find_deep(window, lambda a: words in name(a))  # noqa: E731
    wait_for(lambda: row("结构（1）"), what="the deck's list")
    assert row("数量（1）") and row("占位符（1）") and row("易混词（1）")
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-deck-zh.png"))
    # Choosing a finding selects its text in the document (the deck does not cover it).
    click_accessible(xvfb, wait_for(lambda: row("“做为”应为“作为”"), what="the word finding"))
    wait_for(lambda: doc.getCurrentController().getSelection().getByIndex(0).getString() == "做为",
             what="the finding selected in the document")
    click_accessible(xvfb, find_deep(window, lambda a: name(a).startswith("修正")
                                     and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE))
    wait_for(lambda: paragraphs(doc)[3].startswith("作为试点"), what="the fix")
    wait_for(lambda: row("易混词（1）") is None, what="the fixed finding to leave the list")
    # An edit elsewhere: a moment later the list has followed it.
    enum = text.createEnumeration()
    body = [enum.nextElement() for _ in range(4)]
    body[2].setString("二、下一步工作")
    wait_for(lambda: row("结构（1）") is None, seconds=20, what="the list to follow the edit")
    assert row("数量（1）") is not None
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-deck-after-zh.png"))
    # F1 inside the deck opens LibreOffice's help window at the deck's page.
    click_accessible(xvfb, row("数量（1）"))
    time.sleep(0.5)
    xdotool(xvfb.display, "key", "F1")
    shown = wait_for(lambda: office_help_page(office), what="LibreOffice's help window")
    assert "org.gongwen.help.FindingsPanel" in shown, shown
    office.desktop.findFrame("OFFICE_HELP_TASK", 55).close(True)
    doc.close(True)


def test_sidebar_deck_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        sidebar_flow(office, xvfb)


HELP_ITEM = {"zh-CN": "公文助手帮助(E)", "en-US": "Gongwen Assistant Help"}


def help_component(office):
    enumeration = office.desktop.getComponents().createEnumeration()
    while enumeration.hasMoreElements():
        component = enumeration.nextElement()
        if component.getURL().startswith("vnd.sun.star.help://"):
            return component
    return None


def office_help_page(office):
    """The URL shown by LibreOffice's own help window (the one F1 opens), or None."""
    task = office.desktop.findFrame("OFFICE_HELP_TASK", 55)
    content = task.findFrame("OFFICE_HELP", 4) if task is not None else None  # CHILDREN
    if content is None or content.getController() is None:
        return None
    return content.getController().getModel().getURL()


def test_help_from_menu_and_f1_zh():
    """F1 in 检查文档结构 opens LibreOffice's help window at that dialog's page; 公文助手 ▸
    公文助手帮助 opens the overview page with every command."""
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        doc = office.new_document("swriter", hidden=False)
        frame = doc.getCurrentController().getFrame()
        menu = wait_for(lambda: our_menu(frame, "zh-CN"), what="our menu")
        assert HELP_ITEM["zh-CN"] in [name(i) for i in children(menu)]
        time.sleep(1)
        xdotool(xvfb.display, "key", "ctrl+alt+shift+j")
        wait_for_dialog(office, CHECK_TITLE["zh-CN"])
        time.sleep(1)
        click_button(office, xvfb, CHECK_TITLE["zh-CN"], "重新检查")  # the keyboard focus into the dialog
        time.sleep(0.5)
        xdotool(xvfb.display, "key", "F1")
        shown = wait_for(lambda: office_help_page(office), what="LibreOffice's help window")
        assert "org.gongwen.help.CheckResults" in shown, shown
        time.sleep(4)
        xvfb.screenshot(os.path.join(SHOTS, "help-f1-zh.png"))
        office.desktop.findFrame("OFFICE_HELP_TASK", 55).close(True)
        close_dialog(office, CHECK_TITLE["zh-CN"])
        wait_for(lambda: CHECK_TITLE["zh-CN"] not in top_window_titles(office), what="the dialog to close")

        # Without a window manager the keyboard focus may not be back yet: ask until it opens.
        page = None
        for _attempt in range(5):
            frame.getContainerWindow().setFocus()
            time.sleep(1)
            xdotool(xvfb.display, "key", "alt+g")
            time.sleep(0.8)
            xdotool(xvfb.display, "key", "e")
            try:
                page = wait_for(lambda: help_component(office), seconds=5, what="the help page")
                break
            except AssertionError:
                xdotool(xvfb.display, "key", "Escape")
        assert page is not None, "the menu entry did not open the help page"
        assert page.getText().getString().startswith("公文助手\n")
        time.sleep(2)
        xvfb.screenshot(os.path.join(SHOTS, "help-page-zh.png"))
        page.getCurrentController().getFrame().close(True)
        assert office.is_alive()
        doc.close(True)


def figures_flow(office, xvfb):
    """Writer: figures that do not add up are listed under 数据 in the deck; choosing a table's
    finding selects its cell; 修正 writes 个百分点 for a difference of two rates."""
    doc, frame = visible_writer_with(office, ["全年共开展视察调研18次，其中重点视察25次。",
                                              "参保率从88.1%提高到92.6%，提高了4.5%。",
                                              "收到提案193件，办结188件，办结率99.0%。", "各联络组履职情况如下："])
    text = doc.getText()
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(4, 4)
    table.setName("履职统计")
    text.insertTextContent(text.getEnd(), table, False)
    for r, row in enumerate([["单位", "视察", "调研", "合计"], ["第一联络组", "3", "5", "8"],
                             ["第二联络组", "4", "2", "6"], ["合计", "7", "7", "15"]]):
        for c, value in enumerate(row):
            table.getCellByName(f"{chr(ord('A') + c)}{r + 1}").setString(value)
    office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
    window = frame.getContainerWindow()
    row = lambda words: find_deep(window, lambda a: words in name(a))  # noqa: E731
    wait_for(lambda: row("数据（"), what="the deck's 数据 group")
    assert row("其中的 25次 大于总数 18次") and row("188 ÷ 193 = 97.4%") and row("单元格 D4"), "a data finding is missing"
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-data-zh.png"))
    click_accessible(xvfb, row("单元格 D4"))
    def cell_of_cursor():
        cell = doc.getCurrentController().getViewCursor().Cell
        return cell.CellName if cell is not None else None
    wait_for(lambda: cell_of_cursor() == "D4", what="the table cell selected")
    click_accessible(xvfb, wait_for(lambda: row("应写作“个百分点”"), what="the points finding"))
    time.sleep(0.5)
    click_accessible(xvfb, find_deep(window, lambda a: name(a).startswith("修正")
                                     and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE))
    def second_paragraph():
        elements = doc.getText().createEnumeration()
        elements.nextElement()
        return elements.nextElement().getString()
    wait_for(lambda: second_paragraph().endswith("提高了4.5个百分点。"), what="the fix")
    time.sleep(2)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-data-after-zh.png"))
    assert office.is_alive()
    doc.close(True)


def test_figures_in_the_deck_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        figures_flow(office, xvfb)


def document_form_flow(office, xvfb):
    """Writer: a 请示 draft's 公文 elements (doc.*) are listed under 公文要素 in the deck — a
    发文字号 with 第 and a leading zero, a title asking for two things and ending in a full stop, the
    missing 附注 — and 修正 rewrites the 发文字号."""
    doc, frame = visible_writer_with(office, ["区政协办〔2026〕第05号", "关于申请办公经费和增加编制的请示。", "区委：",
                                              "为保障协商议事工作正常开展，拟申请办公经费5万元。", "妥否，请批示。",
                                              "区政协办公室", "2026年11月29日"])
    office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
    window = frame.getContainerWindow()
    row = lambda words: find_deep(window, lambda a: words in name(a))  # noqa: E731
    wait_for(lambda: row("公文要素（"), what="the deck's 公文要素 group")
    assert row("发文字号写法") and row("一文一事") and row("标题末尾") and row("附注"), "a 公文 finding is missing"
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-doc-zh.png"))
    click_accessible(xvfb, row("发文字号写法"))
    time.sleep(0.5)
    click_accessible(xvfb, find_deep(window, lambda a: name(a).startswith("修正")
                                     and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE))
    wait_for(lambda: paragraphs(doc)[0] == "区政协办〔2026〕5号", what="the document number fixed")
    time.sleep(2)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-doc-after-zh.png"))
    assert office.is_alive()
    doc.close(True)


def test_document_form_in_the_deck_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        document_form_flow(office, xvfb)


def typos_flow(office, xvfb):
    """Writer: typos are underlined live in their own colour and listed under 错别字 in the deck;
    修正 applies a suggestion; 不是错字：加入词表 in the deck and 忽略全部 in the live menu add the word
    to the user's word list (gongwen/words.txt), after which it is no longer marked. 忽略全部
    is the office's entry that calls the proofreader's ignoreRule."""
    words = os.path.join(office.profile, "user", "gongwen", "words.txt")
    if os.path.exists(words):
        os.remove(words)
    doc, frame = visible_writer_with(office, ["我们要全面推近依法治国。", "各部门要密切配和，形成工作合力。",
                                              "区政协堂委会召开会议。"])
    controller = doc.getCurrentController()
    controller.getViewSettings().ZoomType = 3  # by value
    controller.getViewSettings().ZoomValue = 160
    doc.getUndoManager().clear()
    time.sleep(6)  # the office proofreads in the background when idle
    xvfb.screenshot(os.path.join(SHOTS, "proofreader-typo-zh.png"))
    office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
    window = frame.getContainerWindow()
    row = lambda words: find_deep(window, lambda a: words in name(a))  # noqa: E731
    wait_for(lambda: row("疑为“全面推进”") and row("疑为“密切配合”") and row("疑为“政协常委会”"),
             what="the typos in the deck")
    assert row("错别字（3）"), "the typos are not under 错别字"
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "sidebar-typo-zh.png"))
    button = lambda label: find_deep(window, lambda a: name(a).startswith(label)  # noqa: E731
                                     and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE)
    click_accessible(xvfb, row("疑为“全面推进”"))
    time.sleep(0.5)
    click_accessible(xvfb, button("修正"))
    wait_for(lambda: paragraphs(doc)[0] == "我们要全面推进依法治国。", what="the fix")
    click_accessible(xvfb, wait_for(lambda: row("疑为“密切配合”"), what="the second typo"))
    time.sleep(0.5)
    click_accessible(xvfb, button("不是错字"))
    wait_for(lambda: os.path.exists(words) and "密切配和" in open(words, encoding="utf-8").read().split("\n"),
             what="the word list")
    wait_for(lambda: not row("疑为“密切配合”"), what="the word no longer listed")
    assert paragraphs(doc)[1] == "各部门要密切配和，形成工作合力。", "adding a word changed the text"
    # The live menu's 忽略 on the third.
    text = doc.getText()
    third = text.createEnumeration()
    third.nextElement()
    third.nextElement()
    cursor = text.createTextCursorByRange(third.nextElement().getStart())
    cursor.goRight(3, False)
    controller.getViewCursor().gotoRange(cursor, False)
    time.sleep(1)
    menu = proofreader_menu(office, xvfb, "政协常委会")
    entries = [entry_name(c) for c in children(menu)]
    assert "“政协堂委会”疑为“政协常委会”（“堂”“常”形近）。" in entries, entries
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "proofreader-typo-menu-zh.png"))
    # 忽略全部 (ignoreRule) adds the word; 忽略 only leaves this one place alone.
    ignore = [c for c in children(menu) if name(c).startswith("忽略全部")][0]
    click_accessible(xvfb, ignore)
    wait_for(lambda: "政协堂委会" in open(words, encoding="utf-8").read().split("\n"), what="忽略 writing the word")
    os.remove(words)
    assert office.is_alive()
    doc.close(True)


def register_flow(office, xvfb):
    """Writer with the sample 口径库 (a folder of CSV sheets in the profile): a title that was right
    last year is underlined live with the register's title as the suggestion; 公文助手 ▸ 口径库 has
    新建/检查/加入; 加入口径库 puts the selected name in the 人员 sheet (refusing an order that is
    not a number first); 检查口径库 reports the register."""
    import shutil
    import threading
    folder = os.path.join(office.profile, "user", "gongwen", "register")
    shutil.copytree(os.path.join(PROJECT, "examples", "register"), folder, dirs_exist_ok=True)
    if os.getuid() == 0:
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", os.path.join(office.profile, "user", "gongwen")],
                       check=True)
    lines = ["张三副主席出席会议，王五、李四参加调研。", "李思同志作了发言，钱七委员作了补充。", "2026年11月29日"]
    doc, frame = visible_writer_with(office, lines)
    controller = doc.getCurrentController()
    controller.getViewSettings().ZoomType = 3
    controller.getViewSettings().ZoomValue = 160
    doc.getUndoManager().clear()
    time.sleep(6)  # the office proofreads in the background when idle
    xvfb.screenshot(os.path.join(SHOTS, "register-underlines-zh.png"))
    body = doc.getText().createEnumeration()
    first = body.nextElement()
    second = body.nextElement()
    cursor = doc.getText().createTextCursorByRange(first.getStart())
    cursor.goRight(3, False)  # inside 副主席
    controller.getViewCursor().gotoRange(cursor, False)
    time.sleep(1)
    menu = proofreader_menu(office, xvfb, "主席")
    entries = [entry_name(c) for c in children(menu)]
    # On the document's 成文日期, not today's.
    assert any("2026年11月29日的职务是“主席”" in e for e in entries), entries
    time.sleep(1)
    xvfb.screenshot(os.path.join(SHOTS, "register-proofreader-menu-zh.png"))
    xdotool(xvfb.display, "key", "Escape")
    time.sleep(1)
    # The menu: 公文助手 ▸ 口径库.
    open_menu_entry(xvfb, "w")
    time.sleep(1.5)
    xvfb.screenshot(os.path.join(SHOTS, "register-menu-zh.png"))
    xdotool(xvfb.display, "key", "Escape")
    xdotool(xvfb.display, "key", "Escape")
    time.sleep(1)
    # 加入口径库 on the selected name 钱七.
    cursor = doc.getText().createTextCursorByRange(second.getStart())
    cursor.goRight(9, False)
    cursor.goRight(2, True)
    assert cursor.getString() == "钱七", cursor.getString()
    controller.select(cursor)
    helper = office.create("com.sun.star.frame.DispatchHelper")
    opener = threading.Thread(target=lambda: helper.executeDispatch(frame, "org.gongwen:AddToRegister", "", 0, ()),
                              daemon=True)
    opener.start()
    try:
        wait_for_dialog(office, "加入口径库")
        dialog = top_window(office, "加入口径库")
        field = lambda text: find_accessible(dialog, lambda a: a.getAccessibleContext().getAccessibleRole()  # noqa: E731
                                             == TEXT_ROLE and a.getAccessibleContext().getText() == text)
        assert field("钱七") is not None, "the selection is not in the first field"
        def column(label):  # a field is named after its label: 职务(D)
            return next(a for a in children_deep(dialog) if a.getAccessibleContext().getAccessibleRole() == TEXT_ROLE
                        and name(a).startswith(label)).getAccessibleContext()
        # An order in words is refused and nothing is written.
        column("职务").setText("委员")
        column("排序").setText("五")
        press_button(office, "加入口径库", "加入")
        wait_for(lambda: find_accessible(top_window(office, "加入口径库"), lambda a: "应为整数" in name(a)),
                 what="the refusal")
        with open(os.path.join(folder, "人员.csv"), encoding="utf-8") as f:
            assert "钱七" not in f.read(), "a refused row was written"
        column("排序").setText("5")
        press_button(office, "加入口径库", "加入")
        wait_for(lambda: find_accessible(top_window(office, "加入口径库"), lambda a: "第 7 行" in name(a)),
                 what="the row added")
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "register-add-zh.png"))
        with open(os.path.join(folder, "人员.csv"), encoding="utf-8") as f:
            assert f.read().splitlines()[-1] == "钱七,委员,5,,", "the row is not in the sheet"
    finally:
        for _ in range(5):
            end_message_boxes(office, lambda title: title == "加入口径库")
            opener.join(3)
            if not opener.is_alive():
                break
    assert not opener.is_alive(), "the dialog did not close"
    # 检查口径库: 张三 is also a common word (张三李四), said on its first row.
    opener = threading.Thread(target=lambda: helper.executeDispatch(frame, "org.gongwen:CheckRegister", "", 0, ()),
                              daemon=True)
    opener.start()
    try:
        wait_for_dialog(office, "检查口径库")
        window = top_window(office, "检查口径库")
        assert wait_for(lambda: find_accessible(window, lambda a: "第 2 行" in name(a) and "常用词" in name(a)),
                        what="row 2 in the report")
        assert find_accessible(window, lambda a: "有 1 处需要处理" in name(a)), "no summary"
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "register-check-zh.png"))
    finally:
        for _ in range(5):
            if "检查口径库" in top_window_titles(office):
                close_dialog(office, "检查口径库")
            opener.join(3)
            if not opener.is_alive():
                break
    assert not opener.is_alive(), "the report did not close"
    doc.close(True)


def children_deep(accessible, depth=0, limit=6):
    """Every accessible below `accessible`, in order, at most `limit` levels down."""
    out = []
    for child in children(accessible):
        out.append(child)
        if depth < limit:
            out.extend(children_deep(child, depth + 1, limit))
    return out


def test_register_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        register_flow(office, xvfb)


def test_typos_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        typos_flow(office, xvfb)


def test_calc_menu_zh():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="zh-CN") as office:
        open_menu_and_check(office, xvfb, "scalc", "zh-CN", "calc-menu-zh.png")


def test_writer_menu_and_about_dialog_en():
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="en-US") as office:
        open_menu_and_check(office, xvfb, "swriter", "en-US", "writer-menu-en.png")
        xdotool(xvfb.display, "key", "a")
        wait_for(lambda: ABOUT_TITLE["en-US"] in top_window_titles(office), what="About dialog")
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "about-dialog-en.png"))
        close_dialog(office, ABOUT_TITLE["en-US"])
        check_dialog_flow(office, xvfb, "en-US")
        insert_section_flow(office, xvfb, "en-US")


def test_english_tour_en():
    """The parts users touch every minute, in English: the toolbar, the deck at the sidebar's
    default width (groups without full-width brackets, nothing cut off) and the options page."""
    with Xvfb() as xvfb, Office(display=xvfb.display, ui_locale="en-US") as office:
        doc, frame = visible_writer_with(office, ["一、总体情况", "三、下一步工作", "做为试点单位，全年完成XX项。"], "en-US")
        office.dispatch(frame, ".uno:SidebarDeck.GongwenDeck")
        window = frame.getContainerWindow()
        row = lambda words: find_deep(window, lambda a: name(a) == words)  # noqa: E731
        wait_for(lambda: row("Structure (1)"), what="the deck's tree")
        assert row("Placeholders (1)") and row("Words (1)")
        # The deck's buttons in English (their fit to the deck's width: integration.sidebar).
        for label in ("Fix", "Check Again", "Renumber All", "Lay Out"):
            assert find_deep(window, lambda a, label=label: name(a).startswith(label)
                             and a.getAccessibleContext().getAccessibleRole() == PUSH_BUTTON_ROLE), label
        time.sleep(1)
        xvfb.screenshot(os.path.join(SHOTS, "sidebar-deck-en.png"))
        doc.close(True)
        options_flow(office, xvfb, "en-US")
        # New Official Document in English: the kinds and their note in English.
        doc, frame = visible_writer_with(office, [], "en-US")
        time.sleep(1)
        open_menu_entry(xvfb, "o")
        wait_for_dialog(office, "New Official Document")
        dialog = top_window(office, "New Official Document")
        assert find_accessible(dialog, lambda a: name(a).startswith("To a higher body")) is not None
        assert find_accessible(dialog, lambda a: name(a) == "Request for instructions") is not None
        xvfb.screenshot(os.path.join(SHOTS, "new-document-dialog-en.png"))
        press_button(office, "New Official Document", "Cancel")
        wait_for(lambda: "New Official Document" not in top_window_titles(office), what="the dialog to close")
        doc.close(True)


if __name__ == "__main__":
    run_tests([test_writer_menu_and_about_dialog_zh, test_check_dialog_zh, test_insert_section_zh, test_tally_book_zh,
               test_statistics_zh, test_layout_zh, test_new_document_zh, test_proofreader_zh, test_options_page_zh,
               test_shortcut_and_docked_toolbar_zh, test_sidebar_deck_zh, test_figures_in_the_deck_zh,
               test_document_form_in_the_deck_zh, test_typos_zh, test_register_zh, test_help_from_menu_and_f1_zh,
               test_calc_menu_zh,
               test_writer_menu_and_about_dialog_en, test_english_tour_en], timeout=840)
