# SPDX-License-Identifier: MPL-2.0
"""一键排版 (applyLayout) on a 300-page report against a naive per-paragraph loop doing property
setting in the same run: the NaiveLayout job of bench/component (C++ inside the office, loaded
from build/bench/gongwen-bench.uno.so) sets the body font, size, indent and line pitch on every
paragraph directly. Both run on fresh copies of the same document; the page count is measured
after 一键排版 (22 lines a page).
Run after building: /usr/bin/python3 bench/bench_layout.py"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, Office, arm_timeout, prop  # noqa: E402
from targets import missed_exit, target  # noqa: E402

BASELINES = os.path.join(PROJECT, "build", "bench", "gongwen-bench.uno.so")
PARAGRAPHS = 880  # about 300 pages once laid out (the seed's paragraphs are long)



def report_lines():
    with open(os.path.join(PROJECT, "examples", "seed-report.txt"), encoding="utf-8") as f:
        lines = [line.strip() for line in f.read().split("\n") if line.strip()]
    return ["关于2026年度政协工作情况的报告", "区委："] + lines


def build(office, path, paragraphs):
    doc = office.new_document("swriter")
    text = doc.getText()
    cursor = text.createTextCursor()
    lines = report_lines()
    for i in range(paragraphs):
        if i:
            text.insertControlCharacter(cursor, 0, False)
        text.insertString(cursor, lines[i % len(lines)] if i < 2 else lines[2 + (i - 2) % (len(lines) - 2)], False)
    doc.storeToURL(uno.systemPathToFileUrl(path), ())
    doc.close(True)


def load(office, path):
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))


def main():
    arm_timeout(1800)
    with Office() as office:
        path = office.writable_path("bench-layout.odt")
        build(office, path, PARAGRAPHS)
        formatter = office.create("org.gongwen.LayoutFormatter")
        naive = office.load_component_library(BASELINES, "org.gongwen.bench.NaiveLayout")
        ours, theirs, restyled, pages = [], [], 0, 0
        for _ in range(2):
            doc = load(office, path)
            start = time.perf_counter()
            restyled = formatter.applyLayout(doc, "")
            ours.append(time.perf_counter() - start)
            pages = doc.getCurrentController().PageCount
            doc.close(True)
            doc = load(office, path)
            start = time.perf_counter()
            set_by_hand = naive.execute((uno.createUnoStruct("com.sun.star.beans.NamedValue", "Document", doc),))
            theirs.append(time.perf_counter() - start)
            doc.close(True)
        print(f"document: {restyled} paragraphs restyled, {pages} pages after 一键排版 (target: a 300-page report)")
        print(f"一键排版 (page, styles, {restyled} paragraphs): best {min(ours):.2f} s (target <= 3 s)")
        print(f"naive loop, 6 properties on each of {set_by_hand} paragraphs: best {min(theirs):.2f} s")
        print(f"ratio naive / 一键排版: {min(theirs) / min(ours):.2f}")
        target(min(ours) <= 3, "一键排版 within 3 s")
    missed_exit()


if __name__ == "__main__":
    main()
