# SPDX-License-Identifier: MPL-2.0
"""The checker on documents as Writer holds them: automatic list labels (outline numbering,
a .docx multilevel list), tracked changes, fields and footnote anchors — through the API and
through the gongwen-check command line (.odt/.docx read through its own office)."""
import json
import os
import socket
import subprocess
import time
import tempfile
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, paragraphs, prop, run_with_shared_office  # noqa: E402

BUILD = os.environ.get("GONGWEN_BUILD_DIR", os.path.join(PROJECT, "build"))
CLI = os.path.join(BUILD, "src", "cli", "gongwen-check")
CHECKER = "org.gongwen.StructureChecker"
NUMBER_LOWER_ZH = 15  # com.sun.star.style.NumberingType: 一 二 三


def places(findings):
    return [(f.RuleId, f.Paragraph, f.Start, f.Length) for f in findings]


def number_headings(doc, suffix, heading_indexes):
    """Outline numbering 一<suffix> on level 1, applied through the Heading 1 style."""
    rules = doc.getChapterNumberingRules()
    level = list(rules.getByIndex(0))
    for p in level:
        if p.Name == "NumberingType":
            p.Value = NUMBER_LOWER_ZH
        elif p.Name == "Suffix":
            p.Value = suffix
    uno.invoke(rules, "replaceByIndex", (0, uno.Any("[]com.sun.star.beans.PropertyValue", tuple(level))))
    body = paragraphs(doc)
    for i in heading_indexes:
        body[i].ParaStyleName = "Heading 1"
    return [p.ListLabelString for p in body]


def multilevel_list(doc, levels):
    """A two-level list 一. / （一） over the whole document (as Word and WPS make them),
    paragraph i at list level levels[i]."""
    rules = doc.createInstance("com.sun.star.text.NumberingRules")
    for level, list_format in enumerate(("%1%.", "（%2%）")):
        props = list(rules.getByIndex(level))
        for p in props:
            if p.Name == "NumberingType":
                p.Value = NUMBER_LOWER_ZH
            elif p.Name == "ListFormat":
                p.Value = list_format
        uno.invoke(rules, "replaceByIndex", (level, uno.Any("[]com.sun.star.beans.PropertyValue", tuple(props))))
    cursor = doc.getText().createTextCursor()
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.NumberingRules = rules
    body = paragraphs(doc)
    for paragraph, level in zip(body, levels):
        paragraph.NumberingLevel = level
    return [p.ListLabelString for p in body]


def cli_findings(path):
    result = subprocess.run([CLI, "--format", "json", "--lang", "zh-CN", path], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode in (0, 1), (result.returncode, result.stderr)
    files = json.loads(result.stdout)
    assert files[0]["encoding"] is None, files
    return [(f["ruleId"], f["paragraph"], f["start"], f["length"]) for f in files[0]["findings"]]


def store(office, doc, name, filter_name):
    path = office.writable_path(name)
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
    return path


def test_outline_numbering_labels_are_read_but_never_edited(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["总体要求", "做好三个方面工作", "（一）抓学习", "（二）抓落实", "主要工作"])
    try:
        labels = number_headings(doc, ".", [0, 1, 4])
        assert labels == ["一.", "二.", "", "", "三."], labels
        findings = checker.checkDocument(doc)
        assert places(findings) == [("heading.form", 0, 0, 0), ("heading.form", 1, 0, 0), ("item.count", 1, 2, 1),
                                    ("heading.form", 4, 0, 0)], places(findings)
        automatic = [f for f in findings if f.RuleId == "heading.form"]
        assert all("自动编号" in f.Message and not f.Suggestions for f in automatic), automatic[0].Message
        assert tuple(findings[2].Suggestions) == ("两",)
        before = [p.getString() for p in paragraphs(doc)]
        assert checker.renumberAll(doc) == 0
        assert [p.getString() for p in paragraphs(doc)] == before
        from_cli = cli_findings(store(office, doc, "labels.odt", "writer8"))
        assert from_cli == places(findings), from_cli
    finally:
        doc.close(True)


def test_a_docx_multilevel_list_is_read_with_its_labels(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["总体要求", "做好三个方面工作", "抓学习", "抓落实", "主要工作"])
    try:
        assert multilevel_list(doc, [0, 0, 1, 1, 0]) == ["一.", "二.", "（一）", "（二）", "三."]
        expected = [("heading.form", 0, 0, 0), ("heading.form", 1, 0, 0), ("item.count", 1, 2, 1),
                    ("heading.form", 4, 0, 0)]
        assert places(checker.checkDocument(doc)) == expected
        path = store(office, doc, "multilevel.docx", "MS Word 2007 XML")
        from_cli = cli_findings(path)
        assert from_cli == expected, from_cli
        reopened = office.load(path)
        try:
            assert places(checker.checkDocument(reopened)) == expected
            assert checker.renumberAll(reopened) == 0
        finally:
            reopened.close(True)
    finally:
        doc.close(True)


def test_renumbering_moves_past_labels(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["总体要求", "（一）抓学习", "（三）抓落实", "主要工作"])
    try:
        assert number_headings(doc, "、", [0, 3]) == ["一、", "", "", "二、"]
        assert places(checker.checkDocument(doc)) == [("heading.sequence", 2, 1, 1)]
        assert checker.renumberAll(doc) == 1
        body = paragraphs(doc)
        assert [p.getString() for p in body] == ["总体要求", "（一）抓学习", "（二）抓落实", "主要工作"]
        assert [p.ListLabelString for p in body] == ["一、", "", "", "二、"]
        assert checker.checkDocument(doc) == ()
    finally:
        doc.close(True)


def replace_tracked(doc, paragraph, start, length, replacement):
    text = doc.getText()
    cursor = text.createTextCursorByRange(paragraph.getStart())
    cursor.goRight(start, False)
    cursor.goRight(length, True)
    cursor.setString(replacement)


def visible_and_deleted(paragraph):
    """The paragraph's text as the reader sees it, and the text of its tracked deletions (still
    in getString(): where LibreOffice puts new text beside a deletion differs between versions)."""
    visible, deleted, depth = [], [], 0
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        if portion.TextPortionType == "Redline":
            if portion.RedlineType == "Delete" and not portion.IsCollapsed:
                depth = max(0, depth + (1 if portion.IsStart else -1))
            continue
        (deleted if depth else visible).append(portion.getString())
    return "".join(visible), "".join(deleted)


def test_tracked_deletions_are_not_checked(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["一、总体要求", "三、主要工作XX", "四．下一步"])
    try:
        doc.RecordChanges = True
        body = paragraphs(doc)
        replace_tracked(doc, body[1], 0, 1, "二")  # 三 deleted, 二 inserted: not accepted yet
        replace_tracked(doc, body[2], 0, 1, "三")
        assert doc.getRedlines().createEnumeration().hasMoreElements()
        assert "三" in body[1].getString()  # the deleted text is still in the paragraph
        findings = checker.checkDocument(doc)
        assert places(findings) == [("placeholder", 1, 6, 2), ("heading.form", 2, 0, 2)], places(findings)
        path = store(office, doc, "tracked.docx", "MS Word 2007 XML")
        assert cli_findings(path) == places(findings)
        # A fix next to tracked text replaces exactly the visible marker.
        checker.applySuggestion(doc, findings[1], 0)
        assert places(checker.checkDocument(doc)) == [("placeholder", 1, 6, 2)]
        # Exactly the visible 三． became 三、; the tracked deletion of 四 is kept as it was.
        assert visible_and_deleted(body[2]) == ("三、下一步", "四．"), visible_and_deleted(body[2])
    finally:
        doc.close(True)


def test_fields_and_footnote_anchors_keep_offsets_right(office):
    checker = office.create(CHECKER)
    doc = office.writer_with_paragraphs(["共开展活动", "召开会议"])
    try:
        text = doc.getText()
        body = paragraphs(doc)
        field = doc.createInstance("com.sun.star.text.TextField.Input")
        field.Content = "12345"
        text.insertTextContent(body[0].getEnd(), field, False)
        text.insertString(body[0].getEnd(), "次,参加人员XX名", False)
        footnote = doc.createInstance("com.sun.star.text.Footnote")
        text.insertTextContent(body[1].getEnd(), footnote, False)
        footnote.getText().setString("据会议记录")
        text.insertString(body[1].getEnd(), "三次,形成决议", False)
        findings = checker.checkDocument(doc)
        assert places(findings) == [("punct.halfwidth", 0, 11, 1), ("placeholder", 0, 16, 2),
                                    ("punct.halfwidth", 1, 6, 1)], places(findings)
        for f in (findings[2], findings[0]):
            checker.applySuggestion(doc, f, 0)
        assert body[0].getString() == "共开展活动12345次，参加人员XX名", body[0].getString()
        assert body[1].getString().endswith("三次，形成决议"), body[1].getString()
        assert places(checker.checkDocument(doc)) == [("placeholder", 0, 16, 2)]
    finally:
        doc.close(True)


def orphan_pipes():
    """This user's office pipes in /tmp that no process listens on (LibreOffice makes them there;
    a live office's pipe answers, so a test running beside this one does not count)."""
    prefix = f"OSL_PIPE_{os.getuid()}_"
    orphans = set()
    for name in os.listdir("/tmp"):
        if not name.startswith(prefix):
            continue
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(os.path.join("/tmp", name))
        except OSError:
            orphans.add(name)
        finally:
            probe.close()
    return orphans


def test_an_office_file_the_office_cannot_open_is_refused_and_cleaned_up():
    """A .docx that is not one: exit 2 with a message, no office left running and no pipe left
    in /tmp (each run used to leave two, and took 25 s)."""
    with tempfile.TemporaryDirectory() as folder:
        bad = os.path.join(folder, "damaged.docx")
        with open(bad, "wb") as f:
            f.write(bytes(range(256)) * 20)
        before = orphan_pipes()
        started = time.monotonic()
        result = subprocess.run([CLI, bad], capture_output=True, text=True, timeout=180)
        elapsed = time.monotonic() - started
        assert result.returncode == 2, (result.returncode, result.stderr)
        assert "damaged.docx" in result.stderr and "LibreOffice" in result.stderr, result.stderr
        left = orphan_pipes() - before
        assert not left, left
        print(f"refused in {elapsed:.1f} s")


if __name__ == "__main__":
    run_with_shared_office([
        test_outline_numbering_labels_are_read_but_never_edited, test_a_docx_multilevel_list_is_read_with_its_labels,
        test_renumbering_moves_past_labels,
        test_tracked_deletions_are_not_checked, test_fields_and_footnote_anchors_keep_offsets_right],
        plain_tests=[test_an_office_file_the_office_cannot_open_is_refused_and_cleaned_up], timeout=400)
