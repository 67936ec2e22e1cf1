# SPDX-License-Identifier: MPL-2.0
"""checkDocument against a bare paragraph enumeration (+getString) of the same 2,000-paragraph
document. Both run in C++ inside the same office process, started by one bridge call each from
the jobs of bench/component (build/bench/gongwen-bench.uno.so, loaded into this run's office
only): EnumerateBody reads every paragraph's text, CheckDocument calls checkDocument in the
office as a macro or our dialog does. Only a count crosses the bridge either way.
Run after building: /usr/bin/python3 bench/bench_check_document.py"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, Office, arm_timeout  # noqa: E402
from targets import missed_exit, target  # noqa: E402

PARAGRAPHS = 2000
BASELINES = os.path.join(PROJECT, "build", "bench", "gongwen-bench.uno.so")



def build_document(office):
    with open(os.path.join(PROJECT, "examples", "seed-report.txt"), encoding="utf-8") as f:
        lines = [line for line in f.read().split("\n") if line]
    doc = office.new_document("swriter")
    text = doc.getText()
    cursor = text.createTextCursor()
    for i in range(PARAGRAPHS):
        if i:
            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        text.insertString(cursor, lines[i % len(lines)], False)
    return doc


def best_of(runs, call):
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - start)
    return best, result


def main():
    arm_timeout(600)
    with Office() as office:
        enumerate_body = office.load_component_library(BASELINES, "org.gongwen.bench.EnumerateBody")
        check_document = office.load_component_library(BASELINES, "org.gongwen.bench.CheckDocument")
        doc = build_document(office)
        document = uno.createUnoStruct("com.sun.star.beans.NamedValue", "Document", doc)
        elements = enumerate_body.execute((document,))
        assert elements == PARAGRAPHS, elements
        bare, _ = best_of(9, lambda: enumerate_body.execute((document,)))
        check, findings = best_of(9, lambda: check_document.execute((document,)))
        print(f"document: {elements} paragraphs read by both; checkDocument found {findings} problems")
        print(f"bare enumeration + getString (C++, in the office): {bare * 1000:8.1f} ms")
        print(f"checkDocument (C++, in the office):                {check * 1000:8.1f} ms")
        print(f"ratio checkDocument / bare enumeration: {check / bare:.2f} (target <= 1.5)")
        target(check / bare <= 1.5, "checkDocument within 1.5x a bare enumeration")
        doc.close(True)
    missed_exit()


if __name__ == "__main__":
    main()
