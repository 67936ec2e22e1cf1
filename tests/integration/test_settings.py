# SPDX-License-Identifier: MPL-2.0
"""Tools ▸ Options ▸ 公文助手 ▸ 设置 in a real office: the page (dialogs/Options.xdl with
org.gongwen.OptionsPage) shows the settings in the UI language; what is changed there and stored
with OK reaches every caller through the one accessor: the check and fixes, the live
proofreader (already running), 一键排版 without a profile, and new tally books."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from gongwen_office import OptionsPage, paragraphs, run_with_shared_office  # noqa: E402

ZH = Locale("zh", "CN", "")
TEXT = "做为试点，全年完成□□项，每人补助3-5元。"


def settings_node(office, group, update=False):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", f"/org.gongwen.Settings/{group}")
    kind = "ConfigurationUpdateAccess" if update else "ConfigurationAccess"
    return provider.createInstanceWithArguments(f"com.sun.star.configuration.{kind}", (path,))


def open_page(office):
    doc = office.new_document("swriter")
    return doc, OptionsPage(office, doc)


def rules_of(findings):
    return sorted({f.RuleId for f in findings})


def test_the_page_shows_and_stores_the_settings(office):
    checker = office.create("org.gongwen.StructureChecker")
    proofreader = office.create("org.gongwen.Proofreader")  # running before the change
    assert rules_of(checker.checkText(TEXT)) == ["punct.range", "word.confusion"]
    marked = proofreader.doProofreading("settings-1", TEXT, ZH, 0, len(TEXT), ())
    assert len(marked.aErrors) == 2
    doc, page = open_page(office)
    try:
        assert page.control("RulesLabel").getText().startswith("检查规则（勾选的规则会报告")
        # Every rule once, under its group, ticked (on) as nothing is switched off yet.
        rules = page.every_rule()
        assert rules["word.confusion"] == ("字词（2/2）", "易混词", True), rules["word.confusion"]
        assert rules["heading.sequence"] == ("结构（4/4）", "标题序号", True), rules["heading.sequence"]
        assert rules["punct.range"][1:] == ("连接号", True)
        assert all(ticked for _, _, ticked in rules.values()), rules
        assert len(rules) == len(set(rules)) >= 40, len(rules)
        assert page.groups()[0].startswith("结构（")
        assert page.control("LiveChecking").getState() == 1
        assert page.control("ProfileList").getSelectedItem() == "GB/T 9704 标准版式"
        assert page.control("YearField").getValue() == 0
        assert page.control("RegisterField").getText() == ""
        assert page.control("RegisterLabel").getText().startswith("口径库")

        # The user unticks two rules (the group list counts them), adds a placeholder, turns
        # live checking off, picks the local profile and a year, and presses OK.
        page.tick("word.confusion", False)
        page.tick("punct.range", False)
        assert any(entry.startswith("字词（1/2）") for entry in page.groups()), page.groups()
        # Ticked again and off again: the last tick counts.
        page.tick("punct.range", True)
        page.tick("punct.range", False)
        page.control("PlaceholderField").setText("□□、＿＿")
        page.control("LiveChecking").setState(0)
        page.control("ProfileList").selectItemPos(1, True)
        page.control("YearField").setValue(2027)
        page.control("RegisterField").setText("  /srv/共享/口径库.ods ")
        page.ok()
    finally:
        doc.close(True)
    try:
        check = settings_node(office, "Check")
        assert sorted(check.DisabledRules) == ["punct.range", "word.confusion"]
        assert list(check.ExtraPlaceholders) == ["□□", "＿＿"]
        assert check.LiveChecking is False
        assert settings_node(office, "Layout").Profile == "gbt9704-local"
        assert settings_node(office, "Tally").DefaultYear == 2027
        assert settings_node(office, "Register").Location == "/srv/共享/口径库.ods"

        # Every caller follows: the check …
        found = checker.checkText(TEXT)
        assert rules_of(found) == ["placeholder"] and found[0].Start == 9, [(f.RuleId, f.Start) for f in found]
        # … the proofreader that was already running (live checking is off now) …
        assert len(proofreader.doProofreading("settings-1", TEXT, ZH, 0, len(TEXT), ()).aErrors) == 0
        # … 一键排版 without a profile …
        draft = office.writer_with_paragraphs(["关于工作情况的报告", "区委：", "今年工作取得成效。"])
        try:
            office.create("org.gongwen.LayoutFormatter").applyLayout(draft, "")
            assert draft.getDocumentProperties().getUserDefinedProperties().GongwenLayoutProfile == "gbt9704-local"
            assert paragraphs(draft)[0].ParaStyleName == "公文标题"
        finally:
            draft.close(True)
        # … and a new tally book.
        book = office.create("org.gongwen.TallyBook").createTallyBook()
        try:
            assert book.Sheets.getByName("参数").getCellByPosition(1, 0).getValue() == 2027
        finally:
            book.close(True)
        # The page shows what was stored.
        doc, page = open_page(office)
        try:
            off = sorted(rule for rule, (_, _, ticked) in page.every_rule().items() if not ticked)
            assert off == ["punct.range", "word.confusion"], off
            assert page.control("PlaceholderField").getText() == "□□、＿＿"
            assert page.control("LiveChecking").getState() == 0
            assert page.control("RegisterField").getText() == "/srv/共享/口径库.ods"
        finally:
            doc.close(True)
    finally:
        check = settings_node(office, "Check", update=True)
        check.DisabledRules = ()
        check.ExtraPlaceholders = ()
        check.LiveChecking = True
        check.commitChanges()
        for group, name, value in (("Layout", "Profile", "gbt9704"), ("Tally", "DefaultYear", 0),
                                   ("Register", "Location", "")):
            node = settings_node(office, group, update=True)
            setattr(node, name, value)
            node.commitChanges()


if __name__ == "__main__":
    run_with_shared_office([test_the_page_shows_and_stores_the_settings], timeout=240)
