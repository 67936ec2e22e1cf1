#!/usr/bin/env python3
"""Builds the data of the typo check (word.typo) from two Debian packages, at build time.

  words.txt  "word<TAB>count" — the word list with frequencies of jieba (python3-jieba,
             /usr/lib/python3/dist-packages/jieba/dict.txt, MIT licence), Chinese words only.
  chars.txt  "char<TAB>readings<TAB>radical.strokes<TAB>phonetics" — every character of those
             words with its modern Mandarin readings without tones (kMandarin, kTGHZ2013), its radical and residual stroke count (kRSUnicode) and the phonetic
             series it belongs to (kPhonetic: 堂 and 常 share 尚), from the Unihan database
             (unicode-data, /usr/share/unicode, Unicode licence).

usage: make-typo-data.py JIEBA_DICT UNIHAN_DIR OUT_DIR
"""

import bz2
import os
import re
import sys
import unicodedata

MAX_WORD_LENGTH = 8  # longer entries are names of things, not words a typo turns into
READING_FIELDS = ("kMandarin", "kTGHZ2013")  # modern readings: old ones (遗 wèi) mislead


def is_han(ch):
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def read_words(path):
    words = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            parts = line.split()
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            word, count = parts[0], int(parts[1])
            if 1 <= len(word) <= MAX_WORD_LENGTH and all(is_han(ch) for ch in word):
                words[word] = words.get(word, 0) + count
    return words


def toneless(syllable):
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0308")
    return unicodedata.normalize("NFC", plain).replace("ü", "v")


def open_unihan(folder, name):
    plain = os.path.join(folder, name)
    if os.path.exists(plain):
        return open(plain, encoding="utf-8")
    return bz2.open(plain + ".bz2", "rt", encoding="utf-8")


def read_unihan(folder, wanted):
    readings, radicals, phonetics = {}, {}, {}
    with open_unihan(folder, "Unihan_Readings.txt") as source:
        for line in source:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field not in READING_FIELDS:
                continue
            ch = chr(int(code[2:], 16))
            if ch not in wanted:
                continue
            for syllable in re.findall(r"[^\s\d.:,*]+", value):
                readings.setdefault(ch, set()).add(toneless(syllable))
    with open_unihan(folder, "Unihan_IRGSources.txt") as source:
        for line in source:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field != "kRSUnicode":
                continue
            ch = chr(int(code[2:], 16))
            if ch in wanted:
                radicals[ch] = value.split()[0].replace("'", "")
    with open_unihan(folder, "Unihan_DictionaryLikeData.txt") as source:
        for line in source:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            ch = chr(int(code[2:], 16))
            if field == "kPhonetic" and ch in wanted:
                phonetics[ch] = sorted({re.sub(r"[^0-9]", "", v) for v in value.split()} - {""})
    return readings, radicals, phonetics


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    dict_path, unihan_dir, out_dir = sys.argv[1:]
    words = read_words(dict_path)
    chars = {ch for word in words for ch in word}
    readings, radicals, phonetics = read_unihan(unihan_dir, chars)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "words.txt"), "w", encoding="utf-8", newline="\n") as out:
        for word in sorted(words):
            out.write(f"{word}\t{words[word]}\n")
    with open(os.path.join(out_dir, "chars.txt"), "w", encoding="utf-8", newline="\n") as out:
        for ch in sorted(chars):
            out.write(f"{ch}\t{','.join(sorted(readings.get(ch, ())))}\t{radicals.get(ch, '')}"
                      f"\t{','.join(phonetics.get(ch, ()))}\n")


if __name__ == "__main__":
    main()
