# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.Proofreader in a real office: called directly on paragraphs (each rule family,
positions, suggestions, underline colours, other languages left alone), and through the office's
proofreading iterator on a Writer document with zh-CN text, where the cross-paragraph rules
follow edits (fixing 三、 to 二、 removes the mark; a heading inserted before re-marks the one
after) and an edit that changes other paragraphs' marks asks the office to proofread again."""
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
TRACE_FOLDER = tempfile.mkdtemp(prefix="gongwen-trace-")
os.chmod(TRACE_FOLDER, 0o777)  # the office may run as another user
TRACE = os.path.join(TRACE_FOLDER, "proofread.log")
os.environ["GONGWEN_PROOFREAD_TRACE"] = TRACE  # before the office starts: it inherits it

import uno  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.text.TextMarkupType import PROOFREADING  # noqa: E402
from gongwen_fixtures import PROOFREAD_AGAIN, Recorder  # noqa: E402
from gongwen_office import paragraphs, run_with_shared_office  # noqa: E402

PROOFREADER = "org.gongwen.Proofreader"
ZH = Locale("zh", "CN", "")
EN = Locale("en", "US", "")


def errors(result):
    return [(e.aRuleIdentifier, e.nErrorStart, e.nErrorLength, tuple(e.aSuggestions)) for e in result.aErrors]


def colour(result, rule):
    found = [e for e in result.aErrors if e.aRuleIdentifier == rule]
    assert found, (rule, errors(result))
    return {p.Name: p.Value for p in found[0].aProperties}["LineColor"]


def test_each_rule_family_on_a_paragraph(office):
    proofreader = office.create(PROOFREADER)
    assert proofreader.getImplementationName() == PROOFREADER
    assert proofreader.supportsService("com.sun.star.linguistic2.Proofreader")
    # en-US for the Chinese sentences the office gives the Western language (see below).
    assert proofreader.hasLocale(ZH) and proofreader.hasLocale(EN) and not proofreader.hasLocale(Locale("en", "GB", ""))
    assert not proofreader.isSpellChecker()
    text = "一.总体情况，做为试点,完成XX项，每人补助3-5元。。"
    result = proofreader.doProofreading("direct-1", text, ZH, 0, len(text), ())
    assert result.nStartOfNextSentencePosition == len(text) and result.nBehindEndOfSentencePosition == len(text)
    assert sorted(errors(result)) == sorted([
        ("heading.form", 0, 2, ("一、",)),
        ("word.confusion", 7, 2, ("作为",)),
        ("punct.halfwidth", 11, 1, ("，",)),
        ("placeholder", 14, 2, ()),
        ("punct.range", 23, 1, ("～",)),
        ("punct.repeat", 26, 2, ("。",)),
    ]), errors(result)
    message = [e for e in result.aErrors if e.aRuleIdentifier == "word.confusion"][0]
    assert message.aShortComment == "“做为”应为“作为”（音近）。" and "易混词" in message.aFullComment
    # One colour per family: structure, words, punctuation, placeholders differ.
    heading = proofreader.doProofreading("direct-1", "(一)加强学习", ZH, 0, 6, ())
    assert errors(heading) == [("heading.form", 0, 3, ("（一）",))], errors(heading)
    colours = {rule: colour(result, rule) for rule in ("word.confusion", "punct.range", "placeholder")}
    colours["heading.form"] = colour(heading, "heading.form")
    assert len(set(colours.values())) == 4, colours
    assert colour(result, "punct.halfwidth") == colours["punct.range"]
    assert colour(result, "heading.form") == colours["heading.form"]
    # The 公文 elements: a title with stacked 文种, a 发文字号 with 第, live, in a colour of their own.
    title = "关于申请办公经费的请示报告"
    found = errors(proofreader.doProofreading("direct-1", title, ZH, 0, len(title), ()))
    assert found == [("doc.kind", 9, 4, ("请示", "报告"))], found
    number = "区政发〔2026〕第5号"
    document = proofreader.doProofreading("direct-1", number, ZH, 0, len(number), ())
    assert errors(document) == [("doc.number", 3, 9, ("〔2026〕5号",))], errors(document)
    assert colour(document, "doc.number") not in colours.values()
    # Chinese the office hands over as en-US (it starts with a Latin letter or a digit) is
    # checked as Chinese; English text, other languages, empty text and positions past the end
    # are left alone.
    assert sorted(errors(proofreader.doProofreading("direct-1", text, EN, 0, len(text), ()))) == sorted(errors(result))
    assert errors(proofreader.doProofreading("direct-1", "Do it,please.", EN, 0, 13, ())) == []
    assert errors(proofreader.doProofreading("direct-1", text, Locale("en", "GB", ""), 0, len(text), ())) == []
    assert errors(proofreader.doProofreading("direct-1", "", ZH, 0, 0, ())) == []
    # A call for the Chinese part after a Western "1." (start 2) marks only from there.
    later = proofreader.doProofreading("direct-1", "1、做为试点", ZH, 2, 6, ())
    assert errors(later) == [("word.confusion", 2, 2, ("作为",))], errors(later)
    # Ignore (from the context menu) silences a rule until reset.
    proofreader.ignoreRule("placeholder", ZH)
    assert "placeholder" not in [e[0] for e in errors(proofreader.doProofreading("direct-1", text, ZH, 0, len(text), ()))]
    proofreader.resetIgnoreRules()
    assert "placeholder" in [e[0] for e in errors(proofreader.doProofreading("direct-1", text, ZH, 0, len(text), ()))]



def test_cross_paragraph_rules_follow_edits_and_ask_to_proofread_again(office):
    proofreader = office.create(PROOFREADER)
    recorder = Recorder()
    assert proofreader.addLinguServiceEventListener(recorder)
    doc = office.writer_with_paragraphs(["一、总体情况", "今年将采取三项举措。一是学习；二是落实。", "三、工作打算", "明年继续努力。"])
    try:
        body = paragraphs(doc)

        def check(index):
            text = body[index].getString()
            return errors(proofreader.doProofreading("doc-7", text, ZH, 0, len(text), ()))

        assert [e[0] for e in check(1)] == ["item.count"]
        assert check(2) == [("heading.sequence", 0, 1, ("二",))]
        assert recorder.events == []
        body[2].setString("二、工作打算")  # the user fixes the number
        assert check(2) == []
        body[1].setString("今年将采取两项举措。一是学习；二是落实。")
        assert check(1) == []
        # A level-1 heading typed before the last one: that one is now out of sequence, so the
        # office is asked to proofread again, and the mark is there when it does.
        events_before = len(recorder.events)
        doc.getText().insertControlCharacter(body[0].getEnd(), 0, False)  # PARAGRAPH_BREAK
        paragraphs(doc)[1].setString("二、新增部分")
        body = paragraphs(doc)
        assert check(1) == []  # the new heading itself follows 一、
        assert PROOFREAD_AGAIN in recorder.events[events_before:], recorder.events
        assert check(3) == [("heading.sequence", 0, 1, ("三",))]
    finally:
        doc.close(True)
        proofreader.removeLinguServiceEventListener(recorder)


def reset_trace():
    open(TRACE, "w").close()
    os.chmod(TRACE, 0o666)  # the office may run as another user


def trace_calls():
    with open(TRACE, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t")[:3] for line in f if line.strip()]


def test_the_offices_iterator_on_a_document(office):
    """The office's own iterator: what it hands over (and with which locale), and what it gets."""
    lines = ["一、总体情况", "今年将采取三项举措。一是学习；二是落实。", "三、下一步", "1.加强学习,做为试点。", "2026年工作XX项。",
             "X区委做为试点单位，全年完成任务。", "This paragraph is English."]
    reset_trace()
    doc = office.writer_with_paragraphs(lines)
    try:
        iterator = office.create("com.sun.star.linguistic2.ProofreadingIterator")
        flat = doc.getFlatParagraphIterator(PROOFREADING, False)
        found = {}
        paragraph = flat.getFirstPara()
        while paragraph is not None:
            text = paragraph.getText()
            result = iterator.checkSentenceAtPosition(doc, paragraph, text, ZH, 0, len(text), 0)
            found[text] = [(e.aRuleIdentifier, e.nErrorStart) for e in result.aErrors]
            paragraph = flat.getNextPara()
        assert found[lines[2]] == [("heading.sequence", 0)], found
        assert ("item.count", 5) in found[lines[1]], found
        # The office's background checking: which paragraphs reach the proofreader, with which
        # locale. A sentence takes the language of its first character, so "2026年……" and
        # "X区委……" are Western (en-US) sentences: the office has made the proofreader en-US's
        # checker too (none was chosen in this profile) and it marks them, the whole paragraph.
        iterator.startProofreading(doc, doc)
        deadline = time.monotonic() + 40
        wanted = {lines[0], lines[2], lines[3], lines[4], lines[5]}
        while time.monotonic() < deadline:
            reached = {text for _, _, text in trace_calls()}
            if wanted <= reached:
                break
            time.sleep(0.5)
        calls = trace_calls()
        reached = {(locale, text, int(start)) for locale, start, text in calls}
        assert ("zh-CN", lines[0], 0) in reached and ("zh-CN", lines[2], 0) in reached, calls
        assert ("en-US", lines[4], 0) in reached and ("en-US", lines[5], 0) in reached, calls
        assert any(text == lines[3] for _, text, _ in reached), calls
        manager = office.create("com.sun.star.linguistic2.LinguServiceManager")
        assert list(manager.getConfiguredServices("com.sun.star.linguistic2.Proofreader", EN)) == [PROOFREADER]
        # What it answers for them: the Chinese paragraph's faults from its first character; an
        # English sentence passes untouched, ending where the office suggested.
        proofreader = office.create(PROOFREADER)
        marked = proofreader.doProofreading("iterator-1", lines[5], EN, 0, 5, ())
        assert ("word.confusion", 3, 2, ("作为",)) in errors(marked), errors(marked)
        assert marked.nBehindEndOfSentencePosition == len(lines[5])
        english = proofreader.doProofreading("iterator-1", lines[6], EN, 0, 15, ())
        assert errors(english) == [] and english.nBehindEndOfSentencePosition == 15
        assert proofreader.doProofreading("iterator-1", lines[6], Locale("en", "GB", ""), 0, 15, ()).aErrors == ()
    finally:
        doc.close(True)


def test_live_checking_follows_the_writing_aids_switch(office):
    """Installed, the proofreader is zh-CN's grammar checker; unticked in Tools ▸ Options ▸
    Language Settings ▸ Writing Aids (the configured services), the office stops calling it."""
    manager = office.create("com.sun.star.linguistic2.LinguServiceManager")
    service = "com.sun.star.linguistic2.Proofreader"
    assert PROOFREADER in manager.getAvailableServices(service, ZH)
    assert list(manager.getConfiguredServices(service, ZH)) == [PROOFREADER]
    lines = ["一、总体情况", "三、下一步工作"]
    iterator = office.create("com.sun.star.linguistic2.ProofreadingIterator")

    def calls_for(doc):
        """The paragraphs the office hands the proofreader, and the rules it reports, when asked
        to check each paragraph through its iterator (synchronously: nothing to wait for, for
        the call or its absence)."""
        open(TRACE, "w").close()
        os.chmod(TRACE, 0o666)  # the office may run as another user
        flat = doc.getFlatParagraphIterator(PROOFREADING, False)
        paragraph, marks = flat.getFirstPara(), []
        while paragraph is not None:
            text = paragraph.getText()
            result = iterator.checkSentenceAtPosition(doc, paragraph, text, ZH, 0, len(text), 0)
            marks += [e.aRuleIdentifier for e in result.aErrors]
            paragraph = flat.getNextPara()
        # The zh-CN calls (an English paragraph still reaches us as en-US, and passes), and the
        # marks: switched off for zh-CN, Chinese handed over as English is not marked either.
        with open(TRACE, encoding="utf-8") as f:
            calls = [line.split("\t") for line in f if line.strip()]
        return [c[2] for c in calls if c[0] == "zh-CN"], marks

    doc = office.writer_with_paragraphs(lines)
    try:
        called, marks = calls_for(doc)
        assert lines[1] in called and "heading.sequence" in marks, (called, marks)
    finally:
        doc.close(True)
    manager.setConfiguredServices(service, ZH, ())
    try:
        doc = office.writer_with_paragraphs(lines + ["switched off", "X区委做为试点。"])
        try:
            assert calls_for(doc) == ([], [])
        finally:
            doc.close(True)
    finally:
        manager.setConfiguredServices(service, ZH, (PROOFREADER,))
    assert list(manager.getConfiguredServices(service, ZH)) == [PROOFREADER]

if __name__ == "__main__":
    try:
        run_with_shared_office([
            test_each_rule_family_on_a_paragraph,
            test_cross_paragraph_rules_follow_edits_and_ask_to_proofread_again,
            test_the_offices_iterator_on_a_document,
            test_live_checking_follows_the_writing_aids_switch], timeout=300)
    finally:
        import shutil
        shutil.rmtree(TRACE_FOLDER, ignore_errors=True)
