# SPDX-License-Identifier: MPL-2.0
"""Figures that must add up (data.*) in a real office: checkDocument on a report's text, on
Writer tables whose 合计 rows and 占比 columns do or do not add up, and on a report linked to a
tally book whose plain figures agree or disagree with its indicators (the workbook's bytes
unchanged, figure fields left alone, 修正 one undo step)."""
import hashlib
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_fixtures import first_paragraph, linked_report, placeholders  # noqa: E402
from gongwen_office import run_with_shared_office  # noqa: E402

CHECKER = "org.gongwen.StructureChecker"


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def data_findings(checker, doc):
    return [f for f in checker.checkDocument(doc) if f.RuleId.startswith("data.")]


def set_first_paragraph(doc, text):
    paragraph = doc.getText().createEnumeration().nextElement()
    paragraph.setString(text)


def add_table(doc, name, rows):
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(len(rows), len(rows[0]))
    table.setName(name)
    text = doc.getText()
    text.insertTextContent(text.getEnd(), table, False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.getCellByName(f"{chr(ord('A') + c)}{r + 1}").setString(value)
    return table


def test_the_paragraph_rules_reach_check_document(office):
    checker = office.create(CHECKER)
    doc = office.new_document("swriter")
    try:
        text = doc.getText()
        text.setString("地区生产总值由80亿元增加到100亿元，增长20%。")
        text.insertControlCharacter(text.getEnd(), 0, False)  # PARAGRAPH_BREAK
        text.insertString(text.getEnd(), "会议于2026年3月2日（星期二）召开。", False)
        found = data_findings(checker, doc)
        assert [(f.RuleId, f.Paragraph, tuple(f.Suggestions)) for f in found] == [
            ("data.growth", 0, ("25%",)), ("data.weekday", 1, ("一",))], \
            [(f.RuleId, f.Paragraph, tuple(f.Suggestions)) for f in found]
        assert "= 25%" in found[0].Message and "20%" in found[0].Message
        checker.applySuggestion(doc, found[0], 0)
        assert first_paragraph(doc) == "地区生产总值由80亿元增加到100亿元，增长25%。"
        assert [f.RuleId for f in data_findings(checker, doc)] == ["data.weekday"]
        doc.getUndoManager().undo()
        assert first_paragraph(doc).endswith("增长20%。"), "the fix was not one undo step"
    finally:
        doc.close(True)


def test_tables_whose_totals_and_shares_do_not_add_up(office):
    checker = office.create(CHECKER)
    doc = office.new_document("swriter")
    try:
        doc.getText().setString("各联络组履职情况如下：")
        good = add_table(doc, "履职统计", [["单位", "视察", "调研", "合计"], ["第一联络组", "3", "5", "8"],
                                       ["第二联络组", "4", "2", "6"], ["合计", "7", "7", "14"]])
        assert data_findings(checker, doc) == [], "a table that adds up was reported"
        good.getCellByName("D3").setString("7")      # row total: 4 + 2 = 6
        good.getCellByName("D4").setString("15")     # 8 + 7 = 15 down the column, but 7 + 7 = 14 across
        found = data_findings(checker, doc)
        assert [(f.RuleId, f.Paragraph, f.Start, f.Length) for f in found] == [
            ("data.table", 1, 0, 0), ("data.table", 1, 0, 0)], [(f.RuleId, f.Message) for f in found]
        messages = sorted(f.Message for f in found)
        assert "D3" in messages[0] and "4 + 2" not in messages[0] and "6" in messages[0], messages
        assert any("D4" in m and "14" in m and "15" in m for m in messages), messages
        # Shares of the 合计 row.
        add_table(doc, "占比表", [["单位", "人数", "占比"], ["甲", "30", "30%"], ["乙", "50", "50%"],
                                 ["丙", "20", "25%"], ["合计", "100", "100%"]])
        shares = [f for f in data_findings(checker, doc) if f.Paragraph == 2]
        assert len(shares) == 1 and "C4" in shares[0].Message and "20%" in shares[0].Message, \
            [f.Message for f in shares]
        # The rule can be switched off like any other (the CLI and settings use the same ids).
    finally:
        doc.close(True)


def test_plain_figures_against_the_linked_workbook(office):
    base = os.path.join("data-rules")
    doc, link, book_path = linked_report(office, base)
    before = digest(book_path)
    checker = office.create(CHECKER)
    try:
        # The tally book holds 3 协商活动 (协商活动次数) and 7 建议 (建议条数).
        set_first_paragraph(doc, "全年开展协商活动3次，提出建议7条。")
        assert data_findings(checker, doc) == []
        set_first_paragraph(doc, "全年开展协商活动5次，提出建议7条。")
        found = data_findings(checker, doc)
        assert [(f.RuleId, f.Paragraph, f.Start, f.Length, tuple(f.Suggestions)) for f in found] == [
            ("data.workbook", 0, 8, 1, ("3",))], [(f.RuleId, f.Message) for f in found]
        assert "协商活动次数" in found[0].Message and "指标." in found[0].Message, found[0].Message
        # 修正 puts the workbook's figure field there (one undo step), not a typed number.
        fields_before = doc.getTextFields().createEnumeration().hasMoreElements()
        checker.applySuggestion(doc, found[0], 0)
        assert first_paragraph(doc) == "全年开展协商活动3次，提出建议7条。", first_paragraph(doc)
        fields = doc.getTextFields().createEnumeration()
        assert not fields_before and fields.hasMoreElements(), "no figure field was inserted"
        assert fields.nextElement().getTextFieldMaster().Name.startswith("gw_"), "not a figure field"
        assert data_findings(checker, doc) == []
        doc.getUndoManager().undo()
        assert first_paragraph(doc) == "全年开展协商活动5次，提出建议7条。", first_paragraph(doc)
        # Written in Chinese numerals, the field shows Chinese numerals.
        set_first_paragraph(doc, "全年开展协商活动五次，提出建议7条。")
        chinese = data_findings(checker, doc)
        assert [(f.RuleId, f.Start, f.Length) for f in chinese] == [("data.workbook", 8, 1)], chinese
        checker.applySuggestion(doc, chinese[0], 0)
        assert first_paragraph(doc) == "全年开展协商活动三次，提出建议7条。", first_paragraph(doc)
        doc.getUndoManager().undo()
        set_first_paragraph(doc, "全年开展协商活动5次，提出建议7条。")
        # Live: the proofreader marks it too, with the indicators the check has read (it never
        # opens a workbook itself), in the 数据 family's colour.
        from com.sun.star.lang import Locale
        proofreader = office.create("org.gongwen.Proofreader")
        text = first_paragraph(doc)
        live = proofreader.doProofreading("data-live", text, Locale("zh", "CN", ""), 0, len(text), ())
        marks = [(e.aRuleIdentifier, e.nErrorStart, e.nErrorLength, tuple(e.aSuggestions)) for e in live.aErrors]
        assert ("data.workbook", 8, 1, ("3",)) in marks, marks
        set_first_paragraph(doc, "全年开展协商活动3次，提出建议7条。")
        text = first_paragraph(doc)
        live = proofreader.doProofreading("data-live", text, Locale("zh", "CN", ""), 0, len(text), ())
        assert [e.aRuleIdentifier for e in live.aErrors] == [], "the agreeing figure was marked live"
        # A figure field shows the workbook's own value: never reported.
        set_first_paragraph(doc, "全年开展协商活动XX次。")
        link.insertFigure(doc, placeholders(doc)[0], "协商活动次数")
        assert first_paragraph(doc) == "全年开展协商活动3次。"
        assert data_findings(checker, doc) == []
    finally:
        doc.close(True)
    assert digest(book_path) == before, "the workbook was modified"
    shutil.rmtree(office.writable_path(base), ignore_errors=True)


if __name__ == "__main__":
    run_with_shared_office([
        test_the_paragraph_rules_reach_check_document, test_tables_whose_totals_and_shares_do_not_add_up,
        test_plain_figures_against_the_linked_workbook], timeout=280)
