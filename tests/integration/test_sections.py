# SPDX-License-Identifier: MPL-2.0
"""org.gongwen.SectionCatalog in a real office: every template inserts anywhere, numbering
continues, styles are created, one undo restores the text exactly."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from gongwen_fixtures import expect_illegal_argument  # noqa: E402
from gongwen_office import NOBODY, paragraphs, run_with_shared_office  # noqa: E402

CATALOG = "org.gongwen.SectionCatalog"
CHECKER = "org.gongwen.StructureChecker"
EXISTING = ["总体情况良好。", "一、强化三项举措，保障有力。", "一是甲。", "二是乙。", "三是丙。", "二、存在问题", "问题如下。"]
REQUIRED_IDS = {"skeleton.work-summary", "skeleton.work-report", "skeleton.situation-report",
                "skeleton.research-report", "skeleton.request", "section.overview", "section.achievements",
                "section.problems", "section.causes", "section.next-steps", "section.suggestions",
                "closing.report", "closing.request", "closing.signature-date", "closing.attachments",
                "items.group"}


def texts(doc):
    return [p.getString() if p.supportsService("com.sun.star.text.Paragraph") else "<table>"
            for p in paragraphs(doc)]


def structural(office, doc):
    return [(f.RuleId, f.Paragraph, f.Message) for f in office.create(CHECKER).checkDocument(doc)
            if f.RuleId.startswith(("heading.", "item."))]


def positions(doc):
    """Start, middle (between 一是 and … would split a run), end, and inside the run-in heading."""
    text = doc.getText()
    paras = paragraphs(doc)
    inside_heading = text.createTextCursorByRange(paras[1].getStart())
    inside_heading.goRight(4, False)
    return {"start": paras[0].getStart(), "middle": paras[5].getStart(), "inside-run": paras[3].getEnd(),
            "end": text.getEnd(), "run-in": inside_heading}


def test_catalog_lists_every_required_template(office):
    sections = office.create(CATALOG).getSections()
    ids = [s.Id for s in sections]
    assert REQUIRED_IDS <= set(ids), REQUIRED_IDS - set(ids)
    assert len(ids) == len(set(ids))
    work_summary = sections[ids.index("skeleton.work-summary")]
    assert work_summary.Title == "工作总结" and work_summary.Category == "全文框架", work_summary


def test_every_template_inserts_into_an_empty_document(office):
    catalog = office.create(CATALOG)
    for section in catalog.getSections():
        doc = office.new_document("swriter")
        try:
            catalog.insertSection(doc, doc.getText().getStart(), section.Id, 0)
            assert len(texts(doc)) > 1 or texts(doc)[0] != "", f"{section.Id}: nothing inserted"
            assert structural(office, doc) == [], (section.Id, structural(office, doc))
            doc.getUndoManager().undo()
            assert texts(doc) == [""], (section.Id, texts(doc))
        finally:
            doc.close(True)


def test_every_template_inserts_among_existing_chapters(office):
    catalog = office.create(CATALOG)
    for section in catalog.getSections():
        for where in ("start", "middle", "inside-run", "end", "run-in"):
            doc = office.writer_with_paragraphs(EXISTING)
            try:
                catalog.insertSection(doc, positions(doc)[where], section.Id, 4)
                found = structural(office, doc)
                assert found == [], (section.Id, where, found, texts(doc))
                doc.getUndoManager().undo()
                assert texts(doc) == EXISTING, (section.Id, where, texts(doc))
            finally:
                doc.close(True)


def test_numbering_continues_and_shifts(office):
    catalog = office.create(CATALOG)
    doc = office.writer_with_paragraphs(EXISTING)
    try:
        catalog.insertSection(doc, positions(doc)["middle"], "section.next-steps", 2)
        assert texts(doc) == EXISTING[:5] + [
            "二、下一步工作打算", "下一步，我们将重点做好两个方面的工作：", "一是进一步XXXX。", "二是进一步XXXX。",
            "三、存在问题", "问题如下。"], texts(doc)
        heading = paragraphs(doc)[5]
        assert heading.ParaStyleName == "一级标题", heading.ParaStyleName
        styles = doc.getStyleFamilies().getByName("ParagraphStyles")
        assert styles.getByName("一级标题").CharHeight == 16
        assert styles.getByName("公文标题").CharHeight == 22
        assert abs(styles.getByName("公文正文").ParaFirstLineIndent - 1129) <= 2  # 2 characters of 16 pt
        assert styles.getByName("公文正文").ParaLineSpacing.Mode == 3  # FIX, 22 lines a page
    finally:
        doc.close(True)


def test_count_word_matches_the_chosen_item_count(office):
    catalog = office.create(CATALOG)
    doc = office.new_document("swriter")
    try:
        catalog.insertSection(doc, doc.getText().getStart(), "items.group", 5)
        assert texts(doc)[0] == "强化五项举措：", texts(doc)
        assert texts(doc)[5].startswith("五是")
    finally:
        doc.close(True)


def test_existing_user_style_is_not_overwritten(office):
    catalog = office.create(CATALOG)
    doc = office.new_document("swriter")
    try:
        styles = doc.getStyleFamilies().getByName("ParagraphStyles")
        mine = doc.createInstance("com.sun.star.style.ParagraphStyle")
        styles.insertByName("一级标题", mine)
        mine.CharHeight = 30
        catalog.insertSection(doc, doc.getText().getStart(), "section.overview", 0)
        assert styles.getByName("一级标题").CharHeight == 30
        assert paragraphs(doc)[0].ParaStyleName == "一级标题"
    finally:
        doc.close(True)


def test_bad_requests_are_refused_and_change_nothing(office):
    catalog = office.create(CATALOG)
    doc = office.writer_with_paragraphs(EXISTING)
    try:
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(1, 1)
        doc.getText().insertTextContent(doc.getText().getEnd(), table, False)
        before = texts(doc)
        at = doc.getText().getEnd()
        message = expect_illegal_argument(lambda: catalog.insertSection(doc, at, "no.such.template", 0))
        assert "no.such.template" in message
        expect_illegal_argument(lambda: catalog.insertSection(doc, at, "items.group", 31))
        expect_illegal_argument(lambda: catalog.insertSection(doc, at, "items.group", -1))
        expect_illegal_argument(lambda: catalog.insertSection(doc, table.getCellByName("A1"), "items.group", 3))
        expect_illegal_argument(lambda: catalog.insertSection(None, at, "items.group", 3))
        assert texts(doc) == before
        assert not doc.getUndoManager().isUndoPossible() or \
            doc.getUndoManager().getCurrentUndoActionTitle() != "公文助手：插入标准段落"
    finally:
        doc.close(True)


def test_user_templates_come_after_the_built_in_ones(office):
    folder = os.path.join(office.profile, "user", "gongwen", "templates")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "mine.gwt"), "w", encoding="utf-8") as f:
        f.write("id: user.mine\ncategory: 我的模板 | Mine\ntitle: 我的段落 | Mine\nlevel: 1\n\nh 我的标题\nbody XXXX。\n")
    with open(os.path.join(folder, "broken.gwt"), "w", encoding="utf-8") as f:
        f.write("id: user.broken\ncategory: 我的模板\ntitle: 坏的\n\nnonsense 文本\n")
    if os.getuid() == 0:
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", os.path.join(office.profile, "user", "gongwen")],
                       check=True)
    ids = [s.Id for s in office.create(CATALOG).getSections()]
    assert ids[-1] == "user.mine", ids
    assert "user.broken" not in ids
    doc = office.new_document("swriter")
    try:
        office.create(CATALOG).insertSection(doc, doc.getText().getStart(), "user.mine", 0)
        assert texts(doc)[0] == "一、我的标题"
    finally:
        doc.close(True)


def test_insert_command_runs_headless(office):
    doc = office.new_document("swriter")
    try:
        result = office.dispatch(doc.getCurrentController().getFrame(), "org.gongwen:InsertSection")
        assert result.State == 1 and office.is_alive()
    finally:
        doc.close(True)


if __name__ == "__main__":
    run_with_shared_office([
        test_catalog_lists_every_required_template, test_every_template_inserts_into_an_empty_document,
        test_every_template_inserts_among_existing_chapters, test_numbering_continues_and_shifts,
        test_count_word_matches_the_chosen_item_count, test_existing_user_style_is_not_overwritten,
        test_bad_requests_are_refused_and_change_nothing, test_user_templates_come_after_the_built_in_ones,
        test_insert_command_runs_headless], timeout=400)
