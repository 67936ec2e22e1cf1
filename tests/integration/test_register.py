# SPDX-License-Identifier: MPL-2.0
"""The 口径库 in the office: CSV sheets in $(user)/gongwen/register/ (here the sample of
examples/register/) reach the API's check, 修正 and the live proofreader, on the document's
成文日期; taking the sheets away takes the findings away."""
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402,F401
from com.sun.star.lang import Locale  # noqa: E402
from gongwen_fixtures import first_paragraph  # noqa: E402
from gongwen_office import PROJECT, run_with_shared_office  # noqa: E402

CHECKER = "org.gongwen.StructureChecker"
PROOFREADER = "org.gongwen.Proofreader"
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
        # Without the sheets nothing of the register is reported.
        shutil.rmtree(folder)
        assert register_findings(checker, doc) == []
    finally:
        doc.close(True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run_with_shared_office([test_the_register_reaches_the_check_the_fix_and_the_proofreader], timeout=240)
