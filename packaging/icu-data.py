# SPDX-License-Identifier: MPL-2.0
"""Cuts the ICU data the extension uses out of the system's ICU data library.

Debian's libicudata.so.NN holds ICU's whole data package (30 MB) as one symbol, icudtNN_dat.
This copies that package out and keeps only the items listed (packaging/icu-data-items.txt:
break iteration for Chinese, zh collation and number formats, NFKC, the GB18030/GBK
converters...) with icupkg of icu-devtools, into OUT, a package of its own that the portable
build links in under the same symbol name.

With SIMPLIFIED_CJDICT (the build's simplified-cjdict tool), the Chinese/Japanese break
dictionary is rebuilt with gendict from only the words that can occur in Simplified Chinese
text: the same word breaks there, in half the size.

usage: icu-data.py LIBICUDATA ITEMS_LIST OUT_DAT [SIMPLIFIED_CJDICT]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"icu-data: {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def common_data(library):
    """The bytes of the icudtNN_dat symbol of the data library."""
    symbol = None
    for line in run("nm", "-D", "-S", "--defined-only", library).splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            symbol = (int(fields[0], 16), int(fields[1], 16), fields[3])
    if symbol is None:
        sys.exit(f"icu-data: no icudtNN_dat symbol in {library}")
    address, size, name = symbol
    # The file offset of the address: through the section that holds it.
    for line in run("readelf", "-S", "-W", library).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if not m:
            continue
        start, offset, length = (int(m.group(k), 16) for k in (2, 3, 4))
        if start <= address and address + size <= start + length:
            with open(library, "rb") as f:
                f.seek(offset + address - start)
                return name, f.read(size)
    sys.exit(f"icu-data: {name} is in no section of {library}")


def items(list_file):
    with open(list_file, encoding="utf-8") as f:
        return [line.split("#")[0].strip() for line in f if line.split("#")[0].strip()]


CJDICT = "brkitr/cjdict.dict"


def shrink_cjdict(tool, extracted, work):
    """Rebuilds the extracted break dictionary from its Simplified-Chinese words."""
    gendict = shutil.which("gendict") or sys.exit("icu-data: no gendict (Debian package icu-devtools)")
    dictionary = os.path.join(extracted, CJDICT)
    words = os.path.join(work, "cjdict-words.txt")
    print(run(tool, dictionary, words).strip())
    run(gendict, "--uchars", "-q", words, dictionary)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    library, list_file, out = sys.argv[1:4]
    cjdict_tool = sys.argv[4] if len(sys.argv) == 5 else None
    name, data = common_data(library)
    package = name[: -len("_dat")] + "l"  # icudt72l: little-endian, ASCII
    wanted = items(list_file)
    with tempfile.TemporaryDirectory() as work:
        full = os.path.join(work, package + ".dat")
        with open(full, "wb") as f:
            f.write(data)
        listed = set(run("icupkg", "-l", full).split())
        missing = [item for item in wanted if item not in listed]
        if missing:
            sys.exit(f"icu-data: not in {library}: {' '.join(missing)}")
        wanted_list = os.path.join(work, "items.txt")
        with open(wanted_list, "w", encoding="utf-8") as f:
            f.write("\n".join(wanted) + "\n")
        extracted = os.path.join(work, "items")
        os.makedirs(extracted)
        run("icupkg", "-x", wanted_list, "-d", extracted, full)
        if cjdict_tool and CJDICT in wanted:
            shrink_cjdict(cjdict_tool, extracted, work)
        subset = os.path.join(work, "subset", package + ".dat")
        os.makedirs(os.path.dirname(subset))
        # The root rules name line, sentence and title rules and the Thai, Lao, Khmer and
        # Burmese dictionaries, none of which the extension asks for: ICU does without them.
        run("icupkg", "-tl", "--ignore-deps", "-a", wanted_list, "-s", extracted, "new", subset)
        shutil.copyfile(subset, out)
    print(f"icu-data: {len(wanted)} of {len(listed)} items, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
