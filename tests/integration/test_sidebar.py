"""The 公文助手 sidebar panel made by its factory in a real office, headless: its list groups the
findings by family with their counts, hides placeholders on request, and its summary reads
naturally in English too ("1 problem: 1 error, 0 warnings, 0 hints")."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from gongwen_office import Office, prop, run_tests  # noqa: E402

PANEL = "private:resource/toolpanel/GongwenPanelFactory/Findings"


def panel_for(office, doc):
    frame = doc.getCurrentController().getFrame()
    factory = office.create("org.gongwen.PanelFactory")
    element = factory.createUIElement(PANEL, (prop("Frame", frame), prop("ParentWindow", frame.getContainerWindow())))
    return element.getRealInterface().Window  # XToolPanel's attribute


def rows(window):
    listbox = window.getControl("FindingList")
    return [listbox.getItem(i) for i in range(listbox.getItemCount())]


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
            # The filter, ticked as a user (or a screen reader) does: the panel hears the click.
            window.getControl("HidePlaceholders").getAccessibleContext().doAccessibleAction(0)
            assert window.getControl("HidePlaceholders").getState() == 1
            assert "▼ 占位符（1）" not in rows(window) and "▼ 易混词（1）" in rows(window)
        finally:
            doc.close(True)


def test_english_reads_naturally():
    with Office(ui_locale="en-US") as office:
        doc = office.writer_with_paragraphs(["一、总体情况", "三、下一步工作"])
        try:
            window = panel_for(office, doc)
            assert rows(window)[0] == "▼ Structure（1）", rows(window)
            summary = window.getControl("Summary").getText()
            assert summary.startswith("1 problem: 1 error, 0 warnings, 0 hints."), summary
        finally:
            doc.close(True)


if __name__ == "__main__":
    run_tests([test_findings_grouped_by_family, test_english_reads_naturally], timeout=240)
