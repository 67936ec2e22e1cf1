# SPDX-License-Identifier: MPL-2.0
"""The live proofreader (org.gongwen.Proofreader) timed inside the office by the ProofreadDocument
job of bench/component (C++, loaded from build/bench/gongwen-bench.uno.so), on a report of about
30 and of about 300 laid-out pages with 500-character paragraphs among its paragraphs: the first
pass over every paragraph, the per-paragraph time afterwards (p50, p99, p99 of the 500-character
ones; target p99 <= 1 ms), an edit of body text and of a heading number (found in place, or the
document read again), and for comparison a whole-document check (checkDocument) per edit.
Run after building: /usr/bin/python3 bench/bench_proofreader.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, Office, arm_timeout, prop  # noqa: E402
from targets import missed_exit, target  # noqa: E402

BASELINES = os.path.join(PROJECT, "build", "bench", "gongwen-bench.uno.so")



def report_lines():
    with open(os.path.join(PROJECT, "examples", "seed-report.txt"), encoding="utf-8") as f:
        return [line.strip() for line in f.read().split("\n") if line.strip()]


def long_paragraph(lines):
    """500 characters of the sample's text in one paragraph."""
    text = ""
    while len(text) < 500:
        for line in lines[1:]:
            text += line
    return text[:500]


def build(office, path, paragraphs):
    lines = report_lines()
    long = long_paragraph(lines)
    doc = office.new_document("swriter")
    text = doc.getText()
    cursor = text.createTextCursor()
    for i in range(paragraphs):
        if i:
            text.insertControlCharacter(cursor, 0, False)
        text.insertString(cursor, long if i % 40 == 20 else lines[i % len(lines)], False)
    office.create("org.gongwen.LayoutFormatter").applyLayout(doc, "")
    pages = doc.getCurrentController().PageCount
    doc.storeToURL(uno.systemPathToFileUrl(path), ())
    doc.close(True)
    return pages


def first_index(doc, predicate):
    enum = doc.getText().createEnumeration()
    index = 0
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            if predicate(element.getString()):
                return index
            index += 1
    raise AssertionError("no such paragraph")


def main():
    arm_timeout(1800)
    with Office() as office:
        job = office.load_component_library(BASELINES, "org.gongwen.bench.ProofreadDocument")
        results = {}
        for paragraphs in (88, 880):
            path = office.writable_path(f"bench-proofread-{paragraphs}.odt")
            pages = build(office, path, paragraphs)
            doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                      (prop("Hidden", True),))
            edit = first_index(doc, lambda t: len(t) > 60 and not t.startswith(("一", "二", "三", "四", "（")))
            heading = first_index(doc, lambda t: t.startswith("二、"))
            values = job.execute((uno.createUnoStruct("com.sun.star.beans.NamedValue", "Document", doc),
                                  uno.createUnoStruct("com.sun.star.beans.NamedValue", "EditParagraph", edit),
                                  uno.createUnoStruct("com.sun.star.beans.NamedValue", "HeadingParagraph", heading)))
            doc.close(True)
            r = {v.Name: v.Value for v in values}
            results[paragraphs] = (pages, r)
            target(r['P99Ms'] <= 1 and r['Long500P99Ms'] <= 1, f"per-paragraph p99 <= 1 ms on {pages} pages")
            print(f"{pages} pages, {r['Paragraphs']} paragraphs, {r['ErrorsPerPass']} marks a pass:")
            print(f"  first pass over every paragraph: {r['FirstPassMs']:.0f} ms")
            print(f"  afterwards per paragraph: p50 {r['P50Ms']:.3f} ms, p99 {r['P99Ms']:.3f} ms; "
                  f"{r['Long500Count']} paragraphs of 500 characters: p99 {r['Long500P99Ms']:.3f} ms (target <= 1 ms)")
            print(f"  an edit of body text: {r['BodyEditMs']:.2f} ms (the first, before the proofreader knows where "
                  f"the user types: {r['BodyEditMaxMs']:.1f} ms); of a heading number: {r['HeadingEditMs']:.2f} ms; "
                  f"checkDocument of the whole document: {r['WholeCheckMs']:.1f} ms "
                  f"(edit / whole check: {r['BodyEditMs'] / r['WholeCheckMs']:.2f})")
        small, large = results[88][1], results[880][1]
        print(f"300 / 30 pages: per-paragraph p99 x{large['P99Ms'] / small['P99Ms']:.1f}, "
              f"body edit x{large['BodyEditMs'] / small['BodyEditMs']:.1f}, heading edit "
              f"x{large['HeadingEditMs'] / small['HeadingEditMs']:.1f}")
    missed_exit()


if __name__ == "__main__":
    main()
