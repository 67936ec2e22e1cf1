"""checkDocument against a bare paragraph enumeration (+getString) of the same 2,000-paragraph
document, both inside the same office process: the baseline is a Basic routine run by the
office itself, so neither side pays a bridge round trip per paragraph.
Run after building: /usr/bin/python3 bench/bench_check_document.py"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
from gongwen_office import PROJECT, Office, arm_timeout  # noqa: E402

PARAGRAPHS = 2000
BASIC = """
Function EnumerateBody(doc As Object) As Long
    Dim count As Long, elements As Object, element As Object, text As String
    elements = doc.getText().createEnumeration()
    Do While elements.hasMoreElements()
        element = elements.nextElement()
        If element.supportsService("com.sun.star.text.Paragraph") Then text = element.getString()
        count = count + 1
    Loop
    EnumerateBody = count
End Function

Function CheckBody(doc As Object) As Long
    CheckBody = UBound(CreateUnoService("org.gongwen.StructureChecker").checkDocument(doc)) + 1
End Function
"""


def build_document(office):
    with open(os.path.join(PROJECT, "examples", "seed-report.txt"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l]
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
        enumerate_body, check_body = office.basic_functions("Bench", BASIC, "EnumerateBody", "CheckBody")
        doc = build_document(office)
        elements = enumerate_body.invoke((doc,), (), ())[0]
        bare, _ = best_of(7, lambda: enumerate_body.invoke((doc,), (), ()))
        check, findings = best_of(7, lambda: check_body.invoke((doc,), (), ()))
        print(f"document: {elements} paragraphs, {findings[0]} findings")
        print(f"bare enumeration + getString: {bare * 1000:8.1f} ms")
        print(f"checkDocument:                {check * 1000:8.1f} ms")
        print(f"ratio checkDocument / bare enumeration: {check / bare:.2f} (target <= 1.5)")
        doc.close(True)
    os._exit(0)


if __name__ == "__main__":
    main()
