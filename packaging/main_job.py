"""The main job's office part: open the bundled sample report in the office that
gongwen-office.sh started, check it with org.gongwen.StructureChecker and write the findings.
  /usr/bin/python3 packaging/main_job.py PORT OUTPUT_DIR"""
import json
import os
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
        path = os.path.join(folder, "工作总结-框架.odt")
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
    finally:
        doc.close(True)
    print(f"写入 {os.path.relpath(path, PROJECT)}：{len(findings)} 个待填写的占位符，结构问题 {len(structural)} 个")


if __name__ == "__main__":
    code = 0
    try:
        main()
    except Exception as e:  # report and leave with an error code; the shell script stops the office
        print(f"main job failed: {e}", file=sys.stderr)
        code = 1
    sys.stdout.flush()
    os._exit(code)  # pyuno may crash at interpreter exit while a bridge is alive
