# SPDX-License-Identifier: MPL-2.0
"""The typo check (word.typo) in a real office: the installed extension finds its model in the
package, checkDocument reports typos with their suggestions and applies one as one undo step,
the live proofreader marks them in their own colour, and 忽略 adds the word to the user's word
list ($(user)/gongwen/words.txt), after which no check flags it."""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from gongwen_fixtures import PROOFREAD_AGAIN, Recorder, first_paragraph  # noqa: E402
from gongwen_office import run_with_shared_office  # noqa: E402

CHECKER = "org.gongwen.StructureChecker"
PROOFREADER = "org.gongwen.Proofreader"
ZH = Locale("zh", "CN", "")
TYPO_COLOUR = 0xD81B60

TEXT = "我们要全面推近依法治国，深入调查研究，各部门要密切配和。"


def typos(checker, doc):
    return [(f.RuleId, f.Start, f.Length, tuple(f.Suggestions)) for f in checker.checkDocument(doc)
            if f.RuleId == "word.typo"]


def words_file(office):
    return os.path.join(office.profile, "user", "gongwen", "words.txt")


def test_check_document_reports_and_fixes_typos(office):
    checker = office.create(CHECKER)
    doc = office.new_document("swriter")
    try:
        doc.getText().setString(TEXT)
        found = typos(checker, doc)
        assert found == [("word.typo", 3, 4, ("全面推进",)), ("word.typo", 23, 4, ("密切配合",))], found
        message = [f.Message for f in checker.checkDocument(doc) if f.RuleId == "word.typo"][0]
        assert "推近" in message and "推进" in message, message
        first = [f for f in checker.checkDocument(doc) if f.RuleId == "word.typo"][0]
        checker.applySuggestion(doc, first, 0)
        assert first_paragraph(doc) == TEXT.replace("推近", "推进")
        assert [t[3] for t in typos(checker, doc)] == [("密切配合",)]
        doc.getUndoManager().undo()
        assert first_paragraph(doc) == TEXT, "the fix was not one undo step"
    finally:
        doc.close(True)


def test_the_proofreader_marks_typos_and_ignore_adds_the_word(office):
    proofreader = office.create(PROOFREADER)
    path = words_file(office)
    if os.path.exists(path):
        os.remove(path)
    try:
        result = proofreader.doProofreading("typo-1", TEXT, ZH, 0, len(TEXT), ())
        marks = [(e.aRuleIdentifier, e.nErrorStart, e.nErrorLength, tuple(e.aSuggestions)) for e in result.aErrors]
        assert ("word.typo:全面推近", 3, 4, ("全面推进",)) in marks, marks
        colours = {e.aRuleIdentifier: {p.Name: p.Value for p in e.aProperties}["LineColor"] for e in result.aErrors}
        assert colours["word.typo:全面推近"] == TYPO_COLOUR, colours
        proofreader.ignoreRule("word.typo:全面推近", ZH)
        with open(path, encoding="utf-8") as f:
            assert "全面推近" in f.read().split("\n")
        again = proofreader.doProofreading("typo-1", TEXT, ZH, 0, len(TEXT), ())
        assert "word.typo:全面推近" not in [e.aRuleIdentifier for e in again.aErrors]
        proofreader.resetIgnoreRules()
        # The word list itself keeps it exempt, for the check dialog and the API too.
        checker = office.create(CHECKER)
        doc = office.new_document("swriter")
        try:
            doc.getText().setString(TEXT)
            assert [t[3] for t in typos(checker, doc)] == [("密切配合",)]
        finally:
            doc.close(True)
    finally:
        proofreader.resetIgnoreRules()
        if os.path.exists(path):
            os.remove(path)





def test_a_word_added_anywhere_makes_every_proofreader_mark_again(office):
    """A word added to the list (here by another proofreader's 忽略全部; the deck and the options
    page store the same way) makes the proofreader the office uses ask it to proofread every
    paragraph again: marks of that word elsewhere go at once, not at the next edit."""
    path = words_file(office)
    watched, other = office.create(PROOFREADER), office.create(PROOFREADER)
    recorder = Recorder()
    assert watched.addLinguServiceEventListener(recorder)
    try:
        watched.doProofreading("typo-2", TEXT, ZH, 0, len(TEXT), ())  # in use from now on
        recorder.events.clear()
        other.ignoreRule("word.typo:密切配和", ZH)
        deadline = time.time() + 10
        while PROOFREAD_AGAIN not in recorder.events and time.time() < deadline:
            time.sleep(0.1)
        assert PROOFREAD_AGAIN in recorder.events, recorder.events
        again = watched.doProofreading("typo-2", TEXT, ZH, 0, len(TEXT), ())
        assert "word.typo:密切配和" not in [e.aRuleIdentifier for e in again.aErrors]
    finally:
        watched.removeLinguServiceEventListener(recorder)
        other.resetIgnoreRules()
        if os.path.exists(path):
            os.remove(path)


if __name__ == "__main__":
    run_with_shared_office([
        test_check_document_reports_and_fixes_typos,
        test_the_proofreader_marks_typos_and_ignore_adds_the_word,
        test_a_word_added_anywhere_makes_every_proofreader_mark_again], timeout=280)
