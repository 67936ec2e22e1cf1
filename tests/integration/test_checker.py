# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.StructureChecker in a real office: checkText, checkDocument, the fixes, undo,
and agreement with the gongwen-check command line."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, Office, run_with_shared_office  # noqa: E402

SAMPLE_TXT = os.path.join(PROJECT, "examples", "seed-report.txt")
SAMPLE_ODT = os.path.join(PROJECT, "examples", "seed-report.odt")
BUILD = os.environ.get("GONGWEN_BUILD_DIR", os.path.join(PROJECT, "build"))
CLI = os.path.join(BUILD, "src", "cli", "gongwen-check")
CHECKER = "org.gongwen.StructureChecker"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def as_tuples(findings):
    return [(f.RuleId, f.Severity, f.Paragraph, f.Start, f.Length, f.Message, tuple(f.Suggestions))
            for f in findings]


def body_text(doc):
    enum = doc.getText().createEnumeration()
    out = []
    while enum.hasMoreElements():
        element = enum.nextElement()
        out.append(element.getString() if element.supportsService("com.sun.star.text.Paragraph") else "<table>")
    return out


def test_check_text_agrees_with_the_command_line(office):
    checker = office.create(CHECKER)
    api = as_tuples(checker.checkText(read(SAMPLE_TXT)))
    result = subprocess.run([CLI, "--format", "json", "--lang", "zh-CN", SAMPLE_TXT],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr  # placeholders are errors
    files = json.loads(result.stdout)
    assert [(f["file"], f["encoding"]) for f in files] == [(SAMPLE_TXT, "UTF-8")], files
    cli = [(f["ruleId"], f["severity"], f["paragraph"], f["start"], f["length"], f["message"],
            tuple(f["suggestions"])) for f in files[0]["findings"]]
    assert len(api) == 25 and api == cli, (api[:3], cli[:3])
    assert {f[0] for f in api} == {"placeholder"}


def test_command_line_reads_odt_through_its_own_office(office):
    result = subprocess.run([CLI, "--format", "json", "--lang", "zh-CN", SAMPLE_ODT], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 1, result.stderr
    from_odt = [(f["ruleId"], f["paragraph"], f["start"], f["length"]) for f in json.loads(result.stdout)[0]["findings"]]
    txt = subprocess.run([CLI, "--format", "json", SAMPLE_TXT], capture_output=True, text=True, timeout=60)
    from_txt = [(f["ruleId"], f["paragraph"], f["start"], f["length"]) for f in json.loads(txt.stdout)[0]["findings"]]
    assert from_odt == from_txt and len(from_odt) == 25
    broken = office.writable_path("broken.odt")
    with open(broken, "wb") as f:
        f.write(b"PK\x03\x04 not really a document")
    bad = subprocess.run([CLI, broken], capture_output=True, text=True, timeout=180)
    assert bad.returncode == 2 and "broken.odt" in bad.stderr, (bad.returncode, bad.stderr)
    missing = subprocess.run([CLI, "/nonexistent/report.docx"], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2
    clean = office.writable_path("clean.txt")
    with open(clean, "w", encoding="utf-8") as f:
        f.write("一、总体情况\n一是甲。\n二是乙。\n")
    assert subprocess.run([CLI, clean], capture_output=True, timeout=60).returncode == 0
    assert subprocess.run([CLI, "--format", "xml", clean], capture_output=True, timeout=60).returncode == 2


def test_check_document_on_the_sample(office):
    checker = office.create(CHECKER)
    doc = office.load(SAMPLE_ODT)
    try:
        in_document = as_tuples(checker.checkDocument(doc))
        assert in_document == as_tuples(checker.checkText(read(SAMPLE_TXT)))
        assert body_text(doc)[0] == read(SAMPLE_TXT).split("\n")[0]
    finally:
        doc.close(True)


def test_a_table_counts_as_one_element(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["一、甲", "二、乙"])
    try:
        text = doc.getText()
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(2, 2)
        cursor = text.createTextCursorByRange(text.getEnd())
        text.insertTextContent(cursor, table, False)
        text.insertString(text.getEnd(), "四、丁", False)  # after the table: 三、 is missing
        table.getCellByName("A1").setString("五、表格里的编号不算")
        elements = body_text(doc)
        assert "<table>" in elements, elements
        findings = checker.checkDocument(doc)
        assert [(f.RuleId, f.Paragraph) for f in findings] == [
            ("heading.sequence", elements.index("四、丁"))], as_tuples(findings)
    finally:
        doc.close(True)


def test_messages_follow_the_ui_language(office):
    finding = office.create(CHECKER).checkText("共有委员XX名")[0]
    assert "占位符" in finding.Message, finding.Message
    with Office(ui_locale="en-US") as english:
        finding = english.create(CHECKER).checkText("共有委员XX名")[0]
        assert finding.Message.startswith("Placeholder"), finding.Message


def test_bad_arguments_raise_and_leave_documents_alone(office):
    checker = office.create(CHECKER)
    try:
        checker.checkDocument(None)
        raise AssertionError("no exception for a null document")
    except Exception as e:  # noqa: B902 - pyuno maps IllegalArgumentException to its own class
        assert "IllegalArgumentException" in type(e).__name__, type(e)
    doc = office.writer_with_paragraphs(["一、甲", "三、乙"])
    try:
        finding = checker.checkDocument(doc)[0]
        finding.Start = 100  # no longer fits the paragraph
        before = body_text(doc)
        for bad_index in (0, 5):
            try:
                checker.applySuggestion(doc, finding, bad_index)
                raise AssertionError("stale finding accepted")
            except Exception as e:  # noqa: B902
                assert "IllegalArgumentException" in type(e).__name__, type(e)
        assert body_text(doc) == before
        assert office.is_alive()
    finally:
        doc.close(True)


def test_renumber_all_is_one_undo_step(office):
    checker = office.create(CHECKER)
    original = ["一、甲", "一是A。", "三是B。", "三、乙", "（二）丙", "(三)丁", "五、戊"]
    doc = office.writer_with_paragraphs(original)
    try:
        changed = checker.renumberAll(doc)
        assert changed == 5, changed
        assert body_text(doc) == ["一、甲", "一是A。", "二是B。", "二、乙", "（一）丙", "（二）丁", "三、戊"]
        assert checker.checkDocument(doc) == ()
        assert checker.renumberAll(doc) == 0
        doc.getUndoManager().undo()
        assert body_text(doc) == original
    finally:
        doc.close(True)


def test_apply_suggestion_fixes_one_finding_as_one_undo_step(office):
    checker = office.create(CHECKER)
    original = ["😀中文,中文", "二、强化五项举措", "一是A。", "二是B。", "三是C。", "四是D。"]
    doc = office.writer_with_paragraphs(original)
    try:
        findings = {f.RuleId: f for f in checker.checkDocument(doc)}
        assert set(findings) == {"punct.halfwidth", "heading.sequence", "item.count"}, list(findings)
        comma = findings["punct.halfwidth"]
        assert (comma.Paragraph, comma.Start, comma.Length) == (0, 4, 1)  # 😀 is two UTF-16 units
        checker.applySuggestion(doc, comma, 0)
        assert body_text(doc)[0] == "😀中文，中文"
        checker.applySuggestion(doc, findings["item.count"], 0)
        assert body_text(doc)[1] == "二、强化四项举措"
        doc.getUndoManager().undo()
        assert body_text(doc)[1] == "二、强化五项举措"
        assert body_text(doc)[0] == "😀中文，中文"
        doc.getUndoManager().undo()
        assert body_text(doc) == original
    finally:
        doc.close(True)


def test_check_command_runs_and_office_survives(office):
    for kind in ("swriter", "scalc"):
        doc = office.new_document(kind)
        try:
            result = office.dispatch(doc.getCurrentController().getFrame(), "org.gongwen:CheckStructure")
            assert result.State == 1, kind  # headless: the dialog is cancelled at once
            assert office.is_alive()
        finally:
            doc.close(True)



def test_new_rules_and_the_users_word_list_in_the_office(office):
    """The GB/T 15834/15835 rules and the confused-word list reach checkDocument; a word of the
    user's own list ($(user)/gongwen/confusions.txt) is found and fixed like a built-in one."""
    checker = office.create(CHECKER)
    lines = ["做为试点单位，全年完成3-5项。", "2026年03月召开会议。"]
    doc = office.writer_with_paragraphs(lines)
    user_list = os.path.join(office.profile, "user", "gongwen", "confusions.txt")
    try:
        found = sorted((f.RuleId, f.Paragraph, f.Start, f.Length, tuple(f.Suggestions)) for f in checker.checkDocument(doc))
        assert found == [("number.date", 1, 5, 2, ("3",)), ("punct.range", 0, 12, 1, ("～",)),
                         ("word.confusion", 0, 0, 2, ("作为",))], found
        os.makedirs(os.path.dirname(user_list), exist_ok=True)
        with open(user_list, "w", encoding="utf-8") as f:
            f.write("# 本单位的写法\n试点单位\t示范单位\t本单位用语\nnot a pair\n")
        if os.getuid() == 0:
            os.chmod(user_list, 0o644)
        mine = [f for f in checker.checkDocument(doc) if f.Suggestions == ("示范单位",)]
        assert len(mine) == 1 and (mine[0].Paragraph, mine[0].Start, mine[0].Length) == (0, 2, 4), mine
        assert "本单位用语" in mine[0].Message
        checker.applySuggestion(doc, mine[0], 0)
        assert body_text(doc)[0] == "做为示范单位，全年完成3-5项。"
        assert [f.Suggestions for f in checker.checkText("试点单位")] == [("示范单位",)]
    finally:
        doc.close(True)
        if os.path.exists(user_list):
            os.remove(user_list)

if __name__ == "__main__":
    run_with_shared_office([
        test_check_text_agrees_with_the_command_line, test_command_line_reads_odt_through_its_own_office,
        test_check_document_on_the_sample,
        test_a_table_counts_as_one_element, test_messages_follow_the_ui_language,
        test_bad_arguments_raise_and_leave_documents_alone, test_renumber_all_is_one_undo_step,
        test_apply_suggestion_fixes_one_finding_as_one_undo_step,
        test_check_command_runs_and_office_survives, test_new_rules_and_the_users_word_list_in_the_office],
        timeout=280)
