# SPDX-License-Identifier: MPL-2.0
"""Makes the integration tests' package: the release package with another library in it.

usage: swap-library.py RELEASE.oxt LIBRARY OUT.oxt
Every entry of RELEASE.oxt is copied as it is, except gongwen.uno.so, which becomes LIBRARY
(the same code with the test hooks: src/uno/common/TestHooks.hxx).
"""
import os
import sys
import zipfile

LIBRARY_ENTRY = "gongwen.uno.so"


def main():
    release, library, out = sys.argv[1:4]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    partial = out + ".part"
    swapped = False
    with zipfile.ZipFile(release) as source, zipfile.ZipFile(partial, "w") as target:
        for info in source.infolist():
            if info.filename == LIBRARY_ENTRY:
                with open(library, "rb") as f:
                    target.writestr(info, f.read(), zipfile.ZIP_DEFLATED)
                swapped = True
            else:
                target.writestr(info, source.read(info.filename), info.compress_type)
    if not swapped:
        os.remove(partial)
        sys.exit(f"{release} has no {LIBRARY_ENTRY}")
    os.replace(partial, out)


if __name__ == "__main__":
    main()
