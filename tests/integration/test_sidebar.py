# SPDX-License-Identifier: MPL-2.0
"""The 公文助手 sidebar panel made by its factory in a real office, headless: its list groups the
findings by family with their counts, hides placeholders on request, and its summary reads
naturally in English too ("1 problem: 1 error, 0 warnings, 0 hints"); the Calc panel shows the tally
book's findings and indicators and follows an edit by itself."""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import unohelper  # noqa: E402
from com.sun.star.lang import XEventListener  # noqa: E402
from gongwen_office import Office, OptionsPage, prop, run_tests  # noqa: E402

PANEL_PREFIX = "private:resource/toolpanel/GongwenPanelFactory/"


def panel_for(office, doc, name="Findings"):
    frame = doc.getCurrentController().getFrame()
    factory = office.create("org.gongwen.PanelFactory")
    element = factory.createUIElement(PANEL_PREFIX + name,
                                      (prop("Frame", frame), prop("ParentWindow", frame.getContainerWindow())))
    return element.getRealInterface().Window  # XToolPanel's attribute


def tree_groups(window):
    """The findings tree: (group node, its text, whether unfolded, the texts of its findings)."""
    tree = window.getControl("FindingList")
    root = tree.getModel().DataModel.getRoot()
    groups = []
    for i in range(root.getChildCount()):
        group = root.getChildAt(i)
        groups.append((group, group.getDisplayValue(), tree.isNodeExpanded(group),
                       [group.getChildAt(j).getDisplayValue() for j in range(group.getChildCount())]))
    return groups


def rows(window):
    """The tree as lines: "▼ 结构（1）" for a group, then its findings."""
    lines = []
    for _, text, _, findings in tree_groups(window):
        lines.append("▼ " + text)
        lines.extend(findings)
    return lines


def test_findings_grouped_by_family():
    with Office(ui_locale="zh-CN") as office:
        doc = office.writer_with_paragraphs(["一、总体情况", "今年将采取三项举措。一是学习；二是落实。", "三、下一步工作",
                                             "做为试点单位，全年完成XX项。"])
        try:
            window = panel_for(office, doc)
            listed = rows(window)
            groups = [r for r in listed if r.startswith("▼")]
            assert groups == ["▼ 结构（1）", "▼ 数量（1）", "▼ 占位符（1）", "▼ 易混词（1）"], listed
            assert any("第 4 段" in r and "“做为”应为“作为”" in r for r in listed), listed
            assert window.getControl("Summary").getText().startswith("共发现 4 个问题"), window.getControl("Summary").getText()
            # A real tree: every group unfolded at first; a finding chosen shows its whole
            # message and suggestion and selects its text in the document.
            tree = window.getControl("FindingList")
            assert all(unfolded for _, _, unfolded, _ in tree_groups(window))
            words = next(group for group, text, _, _ in tree_groups(window) if text == "易混词（1）")
            tree.select(words.getChildAt(0))
            detail = window.getControl("Detail").getText()
            assert "“做为”应为“作为”" in detail and "作为" in detail.split("“做为”应为")[-1], detail
            assert doc.getCurrentController().getSelection().getByIndex(0).getString() == "做为"
            # The user folds 结构 and edits: the tree is filled again, 结构 stays folded, the
            # others unfolded, the chosen finding still chosen.
            structure = next(group for group, text, _, _ in tree_groups(window) if text == "结构（1）")
            tree.collapseNode(structure)
            doc.getText().getEnd().setString("又一段。")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and tree_groups(window)[0][0] == structure:
                time.sleep(0.3)
            if tree_groups(window)[0][0] == structure:
                # Under a loaded machine a check over 0.3 s turns the automatic re-check off
                # (the panel's rule); the user then presses 重新检查, which refills the same way.
                window.getControl("RecheckButton").getAccessibleContext().doAccessibleAction(0)
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline and tree_groups(window)[0][0] == structure:
                    time.sleep(0.3)
            assert tree_groups(window)[0][0] != structure, "the tree was not filled again after the edit"
            unfolded = {text: state for _, text, state, _ in tree_groups(window)}
            assert unfolded == {"结构（1）": False, "数量（1）": True, "占位符（1）": True, "易混词（1）": True}, unfolded
            chosen = tree.getSelection()
            assert chosen is not None and "做为" in chosen.getDisplayValue(), chosen
            # Any width the sidebar gives the panel: every control within it (none cut off at the
            # right edge, no horizontal scroll bar in the deck), the two columns of buttons kept.
            for width in (260, 420):
                window.setPosSize(0, 0, width, 600, 15)  # PosSize.POSSIZE
                time.sleep(0.3)
                for name in ("Summary", "HidePlaceholders", "FindingList", "Detail", "FixButton",
                             "RecheckButton", "RenumberButton", "LayoutButton", "AddWordButton"):
                    box = window.getControl(name).getPosSize()
                    assert 0 <= box.X and box.X + box.Width <= width, (width, name, box.X, box.Width)
                fix, recheck = window.getControl("FixButton").getPosSize(), window.getControl("RecheckButton").getPosSize()
                assert fix.X + fix.Width <= recheck.X and recheck.X + recheck.Width >= width * 0.9, (width, fix, recheck)
            # A group chosen is no finding: the hint, and no fix.
            tree.select(tree_groups(window)[1][0])
            assert not window.getControl("FixButton").isEnabled()
            # The filter, ticked as a user (or a screen reader) does: the panel hears the click.
            window.getControl("HidePlaceholders").getAccessibleContext().doAccessibleAction(0)
            assert window.getControl("HidePlaceholders").getState() == 1
            assert "▼ 占位符（1）" not in rows(window) and "▼ 易混词（1）" in rows(window)
            # A rule switched off on the options page: the panel follows without an edit.
            switch_off(office, "word.confusion")
            try:
                deadline = time.monotonic() + 10
                while "▼ 易混词（1）" in rows(window) and time.monotonic() < deadline:
                    time.sleep(0.5)
                assert "▼ 易混词（1）" not in rows(window) and "▼ 结构（1）" in rows(window), rows(window)
            finally:
                switch_off(office, None)
        finally:
            doc.close(True)


def switch_off(office, rule):
    """Unticks `rule` on the options page, or ticks every rule again when it is None, and
    presses OK."""
    host = office.new_document("swriter")
    try:
        page = OptionsPage(office, host)
        for each, (_, _, ticked) in page.every_rule().items():
            if (each == rule) == ticked:
                page.tick(each, each != rule)
        page.ok()
    finally:
        host.close(True)


def test_english_reads_naturally():
    with Office(ui_locale="en-US") as office:
        doc = office.writer_with_paragraphs(["一、总体情况", "三、下一步工作"])
        try:
            window = panel_for(office, doc)
            assert rows(window)[0] == "▼ Structure (1)", rows(window)  # no full-width brackets
            summary = window.getControl("Summary").getText()
            assert summary.startswith("1 problem: 1 error, 0 warnings, 0 hints."), summary
        finally:
            doc.close(True)



def test_the_calc_panel_shows_the_books_findings_and_indicators():
    with Office(ui_locale="zh-CN") as office:
        book = office.create("org.gongwen.TallyBook").createTallyBook()
        try:
            window = panel_for(office, book, "Tally")
            assert window.getControl("Summary").getText() == "未发现问题。"
            indicators = [window.getControl("IndicatorList").getItem(i)
                          for i in range(window.getControl("IndicatorList").getItemCount())]
            names = [row.split("  ·  ")[0] for row in indicators]
            # In pinyin order, as 插入统计数字 lists them: chang gan jian jie juan lü qun she shi te ti wei xie.
            assert names == ["常委调整人数", "干部交流人数", "建议条数", "解决问题件数", "捐款捐物金额", "履职活动次数",
                             "群众课题议政活动次数", "社情民意信息条数", "视察调研次数", "特邀监督员人数", "提案件数",
                             "委员调整人数", "协商活动次数"], indicators
            # An error value in the 分组统计 table: a moment after the edit the panel shows it.
            book.Sheets.getByName("分组统计").getCellByPosition(3, 2).setFormula("=1/0")
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and window.getControl("FindingList").getItemCount() == 0:
                time.sleep(0.5)
            finding = window.getControl("FindingList").getItem(0)
            assert "#DIV/0!" in finding and "分组统计.D3" in finding, finding
            assert window.getControl("Summary").getText().startswith("共发现 1 个问题")
        finally:
            book.close(True)

def office_threads(office):
    """The number of threads of the office process (soffice.bin, below the launcher we started)."""
    pending = [office.process.pid]
    while pending:
        pid = pending.pop()
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() == "soffice.bin":
                    return len(os.listdir(f"/proc/{pid}/task"))
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                pending.extend(int(child) for child in f.read().split())
        except OSError:
            continue
    raise AssertionError("no soffice.bin below the office we started")


class Ended(unohelper.Base, XEventListener):
    def __init__(self):
        self.count = 0

    def disposing(self, event):
        self.count += 1


def test_panels_are_components_that_leave_nothing_behind():
    """The sidebar ends a panel with XComponent.dispose: 50 panels made, each with an edit waiting
    to be checked, then disposed — every listener told, the window gone, and no thread left
    waiting (one timer thread serves all the waits; a thread per edit would show here)."""
    with Office(ui_locale="zh-CN") as office:
        for kind, name in (("swriter", "Findings"), ("scalc", "Tally")):
            doc = office.writer_with_paragraphs(["一、总体情况", "全年完成XX项。"]) if kind == "swriter" \
                else office.create("org.gongwen.TallyBook").createTallyBook()
            frame = doc.getCurrentController().getFrame()
            factory = office.create("org.gongwen.PanelFactory")

            def make():
                return factory.createUIElement(
                    PANEL_PREFIX + name,
                    (prop("Frame", frame), prop("ParentWindow", frame.getContainerWindow()))).getRealInterface()

            def edit(i):
                if kind == "swriter":
                    doc.getText().insertString(doc.getText().getEnd(), "改", False)
                else:
                    doc.getSheets().getByName("台账").getCellByPosition(3, 1).setString(f"事项{i}")

            warm = make()  # the timer thread and the office's own helpers exist from here on
            edit(0)
            time.sleep(2.5)
            warm.dispose()
            time.sleep(1)
            before = office_threads(office)
            ended = Ended()
            for i in range(50):
                panel = make()
                panel.addEventListener(ended)
                edit(i)  # a check is now waiting for the edits to stop
                panel.dispose()
                panel.dispose()  # a second dispose does nothing
                assert panel.Window is None, "the window outlived the panel"
            during = office_threads(office)
            assert ended.count == 50, ended.count
            assert during <= before + 2, (name, before, during)
            time.sleep(2.5)  # a wait that survived its panel would fire now, on a disposed window
            assert office.is_alive(), "the office died after the panels were disposed"
            assert office_threads(office) <= before + 2, (name, before, office_threads(office))
            doc.close(True)


if __name__ == "__main__":
    run_tests([test_findings_grouped_by_family, test_english_reads_naturally,
               test_the_calc_panel_shows_the_books_findings_and_indicators,
               test_panels_are_components_that_leave_nothing_behind], timeout=400)
