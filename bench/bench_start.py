# SPDX-License-Identifier: MPL-2.0
"""Office start with the extension against the same office without it (issue #20: the typo
check's model is read on first use, never at start; target <= 1.05x). Two offices on fresh
profiles, one with build/gongwen.oxt installed; each is restarted ROUNDS times, alternated, and
a start counts until a Writer document with Chinese text is open. Prints both times (best and
median) and the ratio of the medians.
Run after building: /usr/bin/python3 bench/bench_start.py"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "support"))
from gongwen_office import Office, arm_timeout  # noqa: E402
from targets import missed_exit, target  # noqa: E402

ROUNDS = 5
TARGET = 1.05


def timed_start(office):
    """Seconds from quitting to a new Writer document with text, on the same profile."""
    start = time.monotonic()
    office.restart()
    doc = office.new_document("swriter")
    doc.getText().setString("我们要全面推进依法治国。")
    seconds = time.monotonic() - start
    doc.close(True)
    return seconds


def main():
    arm_timeout(600)
    with Office(install=True) as with_extension, Office(install=False) as without:
        # The first start of a profile registers things once; time the starts after it.
        timed_start(with_extension)
        timed_start(without)
        ours, bare = [], []
        for _ in range(ROUNDS):  # alternated: both see the same machine load
            ours.append(timed_start(with_extension))
            bare.append(timed_start(without))
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"office start to a Writer document, {ROUNDS} rounds each, alternated:")
    print(f"  with the extension:    best {min(ours):.2f} s, median {statistics.median(ours):.2f} s")
    print(f"  without the extension: best {min(bare):.2f} s, median {statistics.median(bare):.2f} s")
    print(f"  ratio of the medians: {ratio:.3f}   (target <= {TARGET})")
    target(ratio <= TARGET, f"office start with the extension {ratio:.3f}x without (target <= {TARGET})")
    missed_exit()


if __name__ == "__main__":
    main()
