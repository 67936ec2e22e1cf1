# SPDX-License-Identifier: MPL-2.0
"""The main job's office part: open the bundled sample report in the office that
gongwen-office.sh started, check it with org.gongwen.StructureChecker and write the findings.
  /usr/bin/python3 packaging/main_job.py PORT OUTPUT_DIR"""
import json
import os
import shutil
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(PROJECT, "examples", "seed-report.odt")


def connect(port, seconds=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main():
    port, out_dir = sys.argv[1], sys.argv[2]
    ctx = connect(port)
    smgr = ctx.ServiceManager
    rdb = os.path.join(PROJECT, "build", "gongwen.rdb")
    uno.getComponentContext().getValueByName(
        "/singletons/com.sun.star.reflection.theTypeDescriptionManager").insert(uno.systemPathToFileUrl(rdb))
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(SAMPLE), "_blank", 0, (hidden,))
    try:
        checker = smgr.createInstanceWithContext("org.gongwen.StructureChecker", ctx)
        findings = checker.checkDocument(doc)
    finally:
        doc.close(True)
    print(f"公文助手 检查 {os.path.relpath(SAMPLE, PROJECT)}：{len(findings)} 个问题")
    for f in findings:
        print(f"  第{f.Paragraph + 1}段 第{f.Start + 1}字 [{f.RuleId}] {f.Message}")
    rows = [{"ruleId": f.RuleId, "severity": f.Severity, "paragraph": f.Paragraph, "start": f.Start,
             "length": f.Length, "message": f.Message, "suggestions": list(f.Suggestions)} for f in findings]
    path = os.path.join(out_dir, "seed-report-findings.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(rows, out, ensure_ascii=False, indent=1)
    print(f"写入 {os.path.relpath(path, PROJECT)}")
    build_skeleton(smgr, ctx, desktop, hidden, os.path.join(out_dir, "documents"))
    build_tally_book(smgr, ctx, os.path.join(out_dir, "documents"))
    fill_sample_report(smgr, ctx, desktop, hidden, out_dir)


# Where the sample report's statistics go: the text around a placeholder → the indicator.
FIGURES = [("届中调整委员XX名", "委员调整人数"), ("常委X名", "常委调整人数"), ("双向交流X名", "干部交流人数"),
           ("等协商活动XX次", "协商活动次数"), ("提出XX余条建议", "建议条数"), ("捐款捐物XXX万元", "捐款捐物金额"),
           ("履职活动XXX次", "履职活动次数"), ("议政活动XX次", "群众课题议政活动次数"), ("解决具体问题XX件", "解决问题件数")]


def findings_json(checker, doc, path):
    findings = checker.checkDocument(doc)
    with open(path, "w", encoding="utf-8") as out:
        json.dump([{"ruleId": f.RuleId, "paragraph": f.Paragraph, "start": f.Start, "length": f.Length,
                    "message": f.Message} for f in findings], out, ensure_ascii=False, indent=1)
    return len(findings)


def fill_sample_report(smgr, ctx, desktop, hidden, out_dir):
    """The sample report linked to the sample tally book: its statistics placeholders become
    figure fields, filled by one refresh; saved as .odt and .pdf with the findings before/after."""
    folder = os.path.join(out_dir, "documents")
    report = os.path.join(folder, "工作报告-已填数.odt")
    shutil.copyfile(SAMPLE, report)  # a copy the office may write (as root it runs as nobody)
    if os.getuid() == 0:
        os.chown(report, 65534, 65534)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(report), "_blank", 0, (hidden,))
    try:
        checker = smgr.createInstanceWithContext("org.gongwen.StructureChecker", ctx)
        before = findings_json(checker, doc, os.path.join(out_dir, "findings-before.json"))
        link = smgr.createInstanceWithContext("org.gongwen.StatisticsLink", ctx)
        link.linkWorkbook(doc, uno.systemPathToFileUrl(os.path.join(folder, "统计台账.ods")))
        for context, indicator in FIGURES:
            search = doc.createSearchDescriptor()
            search.SearchString = context
            found = doc.findFirst(search)
            if found is None:
                raise RuntimeError(f"the sample has no “{context}”")
            slot = context.index("X")
            cursor = found.getText().createTextCursorByRange(found.getStart())
            cursor.goRight(slot, False)
            cursor.goRight(context.count("X"), True)
            link.insertFigure(doc, cursor, indicator)
        filled = link.refresh(doc)
        after = findings_json(checker, doc, os.path.join(out_dir, "findings-after.json"))
        formatter = smgr.createInstanceWithContext("org.gongwen.LayoutFormatter", ctx)
        laid_out = formatter.applyLayout(doc, "")  # 一键排版: a GB/T 9704 document
        doc.store()
        pdf = PropertyValue()
        pdf.Name, pdf.Value = "FilterName", "writer_pdf_Export"
        doc.storeToURL(uno.systemPathToFileUrl(os.path.join(folder, "工作报告-已填数.pdf")), (pdf,))
    finally:
        doc.close(True)
    print(f"写入 {os.path.relpath(report, PROJECT)}（及 .pdf）：链接统计台账，填入 {filled.FiguresUpdated} 个数字；"
          f"检查问题 {before} → {after} 个（余下为名称、日期等非统计占位符），见 out/findings-before.json、findings-after.json；"
          f"一键排版 {laid_out} 段")


def build_tally_book(smgr, ctx, folder):
    """The sample tally book: the template with the records of examples/tally-records.tsv."""
    tally = smgr.createInstanceWithContext("org.gongwen.TallyBook", ctx)
    book = tally.createTallyBook()
    try:
        year = int(book.Sheets.getByName("参数").getCellByPosition(1, 0).getValue())
        with open(os.path.join(PROJECT, "examples", "tally-records.tsv"), encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
        for day, category, unit, item, quantity, amount, note in rows:
            tally.addRecord(book, (f"{year}-{day}", category, unit, item, float(quantity), float(amount), note))
        problems = tally.checkBook(book)
        ods = os.path.join(folder, "统计台账.ods")
        book.storeToURL(uno.systemPathToFileUrl(ods), ())
        xlsx = PropertyValue()
        xlsx.Name, xlsx.Value = "FilterName", "Calc Office Open XML"
        book.storeToURL(uno.systemPathToFileUrl(os.path.join(folder, "统计台账.xlsx")), (xlsx,))
        print(f"写入 {os.path.relpath(ods, PROJECT)}（及 .xlsx）：{len(rows)} 条记录，检查问题 {len(problems)} 个；指标：")
        names = book.NamedRanges
        for name in ("委员调整人数", "协商活动次数", "建议条数", "特邀监督员人数", "捐款捐物金额", "履职活动次数",
                     "群众课题议政活动次数", "解决问题件数"):
            value = names.getByName(name).getReferredCells().getCellByPosition(0, 0).getValue()
            print(f"  {name} = {value:g}")
    finally:
        book.close(True)


def build_skeleton(smgr, ctx, desktop, hidden, folder):
    """A fresh 工作总结 skeleton from the section catalog, saved as .odt."""
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (hidden,))
    try:
        catalog = smgr.createInstanceWithContext("org.gongwen.SectionCatalog", ctx)
        catalog.insertSection(doc, doc.getText().getStart(), "skeleton.work-summary", 3)
        checker = smgr.createInstanceWithContext("org.gongwen.StructureChecker", ctx)
        findings = checker.checkDocument(doc)
        structural = [f for f in findings if f.RuleId != "placeholder"]
        smgr.createInstanceWithContext("org.gongwen.LayoutFormatter", ctx).applyLayout(doc, "")
        path = os.path.join(folder, "工作总结-框架.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
        pdf = PropertyValue()
        pdf.Name, pdf.Value = "FilterName", "writer_pdf_Export"
        doc.storeToURL(uno.systemPathToFileUrl(os.path.join(folder, "工作总结-框架.pdf")), (pdf,))
    finally:
        doc.close(True)
    print(f"写入 {os.path.relpath(path, PROJECT)}（及 .pdf，已一键排版）：{len(findings)} 个待填写的占位符，"
          f"结构问题 {len(structural)} 个")


if __name__ == "__main__":
    code = 0
    try:
        main()
    except Exception as e:  # report and leave with an error code; the shell script stops the office
        print(f"main job failed: {e}", file=sys.stderr)
        code = 1
    sys.stdout.flush()
    os._exit(code)  # pyuno may crash at interpreter exit while a bridge is alive
