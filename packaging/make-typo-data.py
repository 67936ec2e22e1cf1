#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Builds the data of the typo check (word.typo) from Debian packages, at build time.

  lm.bin     the word bigram language model of SunPinyin (sunpinyin-data, CC BY-SA 3.0): its
             lexicon (pydict_sc.bin: the words, by id) and its threaded back-off model
             (lm_sc.t3g, read through tslminfo of sunpinyin-utils), Chinese words only, in the
             form src/core/typo/model.cpp reads (see writeModel below).
  known.txt  "word<TAB>count", words a writer uses on purpose: the words of jieba's list
             (python3-jieba, /usr/lib/python3/dist-packages/jieba/dict.txt, MIT licence) of two
             to eight Chinese characters seen at least KNOWN_WORD_COUNT times. A character that
             makes such a word with its neighbours is taken as meant unless the evidence is
             strong; those the language model lacks (议政) join it as unigrams.
  chars.txt  "char<TAB>readings<TAB>other readings<TAB>radical.strokes<TAB>phonetics" — every
             character of those words with its usual Mandarin readings (kMandarin) and its other
             modern ones (kTGHZ2013), without tones, its
             radical and residual stroke count (kRSUnicode) and the phonetic series it belongs
             to (kPhonetic: 堂 and 常 share 尚), from the Unihan database (unicode-data,
             /usr/share/unicode, Unicode licence).

usage: make-typo-data.py PYDICT_SC_BIN LM_SC_T3G TSLMINFO JIEBA_DICT UNIHAN_DIR OUT_DIR
"""

import bz2
import math
import os
import re
import struct
import subprocess
import sys
import unicodedata

KNOWN_WORD_COUNT = 5  # rarer entries of jieba's list include typos (复盖)
MAX_WORD_LENGTH = 8  # longer entries are names of things, not words a typo turns into
PRIMARY_READING = "kMandarin"  # the usual reading
OTHER_READING = "kTGHZ2013"  # further modern readings (识 zhì); older ones (遗 wèi) mislead


def is_han(ch):
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def read_lexicon(path):
    """The words of pydict_sc.bin by id: a header of 32-bit counts (words, nodes, the offset of
    the string table, …) and the string table, NUL-terminated UCS-4 strings in id order."""
    with open(path, "rb") as source:
        data = source.read()
    count, _, offset = struct.unpack_from("<3I", data, 0)
    words, start = [], offset
    for _ in range(count):
        end = start
        while struct.unpack_from("<I", data, end)[0] != 0:
            end += 4
        units = struct.unpack_from("<%dI" % ((end - start) // 4), data, start)
        words.append("".join(chr(u) for u in units))
        start = end + 4
    return words


def read_model(tslminfo, t3g):
    """Unigram and bigram probabilities with back-off weights, from tslminfo's ARPA dump."""
    dump = subprocess.run([tslminfo, "-v", "-p", t3g], check=True, capture_output=True, text=True).stdout
    floor, unigrams, bigrams, level = 0.0, {}, {}, -1
    for line in dump.splitlines():
        if line.startswith("\\"):
            level = int(line[1])
            continue
        fields = line.split()
        if level == 0 and len(fields) >= 2:
            floor = float(fields[0])
        elif level == 1 and len(fields) >= 3:
            unigrams[int(fields[0])] = (float(fields[1]), float(fields[2]))
        elif level == 2 and len(fields) >= 4:
            bigrams.setdefault(int(fields[0]), []).append((int(fields[1]), float(fields[2])))
    return floor, unigrams, bigrams


def log(p):
    return math.log(p) if p > 0 else -50.0


def write_model(path, words, floor, unigrams, bigrams):
    """lm.bin, little-endian: "GWLM", version 1, counts (words, bigrams, bytes of the word
    block); the words in id order, UTF-8, each ended by a line feed (empty: not Chinese); per
    word log P and log back-off weight (float32); per word the start of its bigrams (uint32,
    one more at the end); the bigrams' next words (uint32, ascending per word) and log P."""
    kept = ["" if not word or not all(is_han(ch) for ch in word) or len(word) > MAX_WORD_LENGTH else word
            for word in words]
    block = "".join(word + "\n" for word in kept).encode("utf-8")
    # A word the model never saw is as likely as its rarest word (its floor is above many).
    rarest = min(p for p, _ in unigrams.values()) if unigrams else floor
    uni = [unigrams.get(i, (rarest, 1.0)) for i in range(len(words))]
    starts, nexts, probabilities = [], [], []
    for i in range(len(words)):
        starts.append(len(nexts))
        for following, p in sorted(bigrams.get(i, ())):
            nexts.append(following)
            probabilities.append(log(p))
    starts.append(len(nexts))
    with open(path, "wb") as out:
        out.write(b"GWLM")
        out.write(struct.pack("<4I", 1, len(words), len(nexts), len(block)))
        out.write(block)
        out.write(struct.pack("<%df" % len(uni), *(log(p) for p, _ in uni)))
        out.write(struct.pack("<%df" % len(uni), *(log(b) for _, b in uni)))
        out.write(struct.pack("<%dI" % len(starts), *starts))
        out.write(struct.pack("<%dI" % len(nexts), *nexts))
        out.write(struct.pack("<%df" % len(probabilities), *probabilities))
    return kept


def read_known_words(path):
    known = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= KNOWN_WORD_COUNT:
                word = parts[0]
                if 2 <= len(word) <= MAX_WORD_LENGTH and all(is_han(ch) for ch in word):
                    known[word] = known.get(word, 0) + int(parts[1])
    return known


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
    readings, others, radicals, phonetics = {}, {}, {}, {}
    with open_unihan(folder, "Unihan_Readings.txt") as source:
        for line in source:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field not in (PRIMARY_READING, OTHER_READING):
                continue
            ch = chr(int(code[2:], 16))
            if ch not in wanted:
                continue
            target = readings if field == PRIMARY_READING else others
            for syllable in re.findall(r"[^\s\d.:,*]+", value):
                target.setdefault(ch, set()).add(toneless(syllable))
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
    for ch, more in others.items():
        others[ch] = more - readings.get(ch, set())
    return readings, others, radicals, phonetics


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    pydict, t3g, tslminfo, jieba_dict, unihan_dir, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    floor, unigrams, bigrams = read_model(tslminfo, t3g)
    words = write_model(os.path.join(out_dir, "lm.bin"), read_lexicon(pydict), floor, unigrams, bigrams)
    with open(os.path.join(out_dir, "known.txt"), "w", encoding="utf-8", newline="\n") as out:
        known = read_known_words(jieba_dict)
        out.writelines(f"{word}\t{known[word]}\n" for word in sorted(known))
    chars = {ch for word in words for ch in word}
    readings, others, radicals, phonetics = read_unihan(unihan_dir, chars)
    with open(os.path.join(out_dir, "chars.txt"), "w", encoding="utf-8", newline="\n") as out:
        for ch in sorted(chars):
            out.write(f"{ch}\t{','.join(sorted(readings.get(ch, ())))}\t{','.join(sorted(others.get(ch, ())))}"
                      f"\t{radicals.get(ch, '')}\t{','.join(phonetics.get(ch, ()))}\n")


if __name__ == "__main__":
    main()
