# SPDX-License-Identifier: MPL-2.0
"""Writes the text the typo check's margins were set on: the Chinese prose lines of Debian's
Chinese manual pages (package manpages-zh, GFDL; not shipped, only read here), one a line.
Then: build/bench/typo_eval OUT (the margins in src/core/typo/detector.cpp keep at most 0.5 %
of its sentences flagged). The eight reports of tests/corpus are never used for this.
usage: /usr/bin/python3 bench/typo_tuning_text.py OUT [MAN_DIR]   (apt-get install manpages-zh)"""
import glob
import gzip
import re
import sys

ROFF_ESCAPES = re.compile(r"\\f[BIRP]|\\\(..|\\-|\\[a-z&]")


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff"


def prose_lines(man_dir):
    for path in sorted(glob.glob(f"{man_dir}/**/*.gz", recursive=True)):
        try:
            text = gzip.open(path).read().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for line in text.splitlines():
            if line.startswith((".", "'")):
                line = re.sub(r"^[.'][A-Za-z]+\s*", "", line)
            line = ROFF_ESCAPES.sub("", line).strip()
            han = sum(1 for ch in line if is_han(ch))
            if han >= 10 and han >= 0.6 * len(line.replace(" ", "")):
                yield line


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    man_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/man/zh_CN"
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for line in prose_lines(man_dir):
            out.write(line + "\n")


if __name__ == "__main__":
    main()
