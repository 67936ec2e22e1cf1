# SPDX-License-Identifier: MPL-2.0
"""The release package as a user's machine sees it (issue #24).

Reads build/gongwen.oxt and the library in it with readelf/objdump:
- the library needs nothing but LibreOffice's URE and glibc (with libgcc_s): no libicu*, no
  libstdc++, no GLIBCXX/CXXABI version;
- it exports only the component's entry points (ICU's and the C++ runtime's symbols hidden);
- it carries no debug information, which stays beside the package (gongwen.uno.so.debug);
- nothing unused ships (data/confusions.txt is compiled in);
- the library reads no test hook: none of their environment variables' names is in it, while
  they are in the integration tests' library (build/testing/gongwen.oxt), so the check can tell;
- the sizes: the package, the typo model, the rest (issue #24 asks for at most 4 MB besides the
  typo model; printed with the part ICU's CJK word dictionary takes, not yet asserted: see the
  README's "Release package").
Prints the highest GLIBC version the library needs.
usage: test_package.py BUILD_DIR
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import zlib

# Libraries every LibreOffice brings (its URE) and the C library with its parts.
URE = re.compile(r"lib(uno_(sal|cppu|cppuhelpergcc3|salhelpergcc3|purpenvhelpergcc3)|reglo|unoidllo|xmlreaderlo)\.so(\.\d+)?$")
GLIBC = re.compile(r"(libc|libm|libdl|libpthread|librt|libgcc_s)\.so\.\d+$|ld-linux[-a-z0-9_]*\.so\.\d+$")
# The component's entry points: the factory and each implementation's constructor.
ENTRY_POINT = re.compile(r"component_\w+|org_gongwen_comp_\w+_get_implementation")
LANGUAGE_DATA = ("typo-data/",)  # the typo check's model, reported on its own (issue #24)
LIMIT_BYTES = 4 * 1024 * 1024


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def needed(library):
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", run("readelf", "-d", library))


def versions(library):
    found = set(re.findall(r"\b((?:GLIBC|GLIBCXX|CXXABI|GCC)_[0-9.]+)\b", run("objdump", "-T", library)))
    return sorted(found, key=lambda v: [int(p) for p in v.split("_", 1)[1].split(".")])


def exported(library):
    names = set()
    for line in run("objdump", "-T", library).splitlines():
        fields = line.split()
        # defined (not *UND*), global symbols: "addr g DF .text size version name"
        if len(fields) >= 6 and " g " in f" {fields[1]} " and "*UND*" not in line:
            names.add(fields[-1])
    return names


def cjk_dictionary(build):
    """ICU's CJK word dictionary as the portable build cut it (build/icu/icudtNNl.dat)."""
    folder = os.path.join(build, "icu")
    packages = [n for n in os.listdir(folder) if n.endswith(".dat")]
    with tempfile.TemporaryDirectory() as work:
        listed = os.path.join(work, "items.txt")
        with open(listed, "w") as f:
            f.write("brkitr/cjdict.dict\n")
        # --ignore-deps: the cut package lacks what its other items name and ICU does not need.
        run("icupkg", "--ignore-deps", "-x", listed, "-d", work, os.path.join(folder, packages[0]))
        with open(os.path.join(work, "brkitr", "cjdict.dict"), "rb") as f:
            return f.read()


def duplicate_payload(package, infos):
    """A file whose bytes another file of the package already has (a screenshot copied into a
    second language's help, say): one failure per extra copy."""
    first_with = {}
    failures = []
    for info in infos:
        if info.is_dir() or info.file_size == 0:
            continue
        digest = hashlib.sha256(package.read(info)).hexdigest()
        if digest in first_with:
            failures.append(f"{info.filename} repeats {first_with[digest]} "
                            f"({info.compress_size / 1e3:.0f} kB)")
        else:
            first_with[digest] = info.filename
    return failures


# The environment variables of the test hooks (src/uno/common/TestHooks.hxx).
TEST_HOOKS = (b"GONGWEN_FAULT_FILE", b"GONGWEN_PROOFREAD_TRACE", b"GONGWEN_HELP_DIR")


def hook_names(oxt):
    with zipfile.ZipFile(oxt) as package:
        library = package.read("gongwen.uno.so")
    return [name.decode() for name in TEST_HOOKS if name in library]


def test_hooks(build):
    failures = []
    release = hook_names(os.path.join(build, "gongwen.oxt"))
    if release:
        failures.append(f"the release library reads test hooks: {release}")
    testing_oxt = os.path.join(build, "testing", "gongwen.oxt")
    if not os.path.exists(testing_oxt):  # a release variant packaged alone (build-arm64.sh)
        print(f"test hooks: release library {release or 'none'} (no testing package beside it)")
        return failures
    testing = hook_names(testing_oxt)
    if len(testing) != len(TEST_HOOKS):
        failures.append(f"the testing library should read every test hook, reads {testing}")
    print(f"test hooks: release library {release or 'none'}, testing library {testing}")
    return failures


def main():
    build = sys.argv[1]
    oxt = os.path.join(build, "gongwen.oxt")
    failures = []
    with zipfile.ZipFile(oxt) as package, tempfile.TemporaryDirectory() as work:
        infos = package.infolist()
        names = [i.filename for i in infos]
        libraries = [n for n in names if n.endswith(".so")]
        if not libraries:
            failures.append("no library in the package")
        for name in libraries:
            library = package.extract(name, work)
            libs = needed(library)
            foreign = [lib for lib in libs if not URE.match(lib) and not GLIBC.match(lib)]
            if foreign:
                failures.append(f"{name} needs {foreign}: only LibreOffice's URE and glibc may be")
            vers = versions(library)
            glibc = [v for v in vers if v.startswith("GLIBC_")]
            cxx = [v for v in vers if v.startswith(("GLIBCXX_", "CXXABI_"))]
            print(f"{name}: NEEDED {', '.join(libs)}")
            print(f"{name}: highest GLIBC version needed: {glibc[-1] if glibc else 'none'}")
            if cxx:
                failures.append(f"{name} needs the system's C++ runtime: {', '.join(cxx)}")
            extra = sorted(n for n in exported(library) if not ENTRY_POINT.fullmatch(n))
            if extra:
                failures.append(f"{name} exports {len(extra)} symbols besides its entry points, "
                                f"e.g. {extra[:5]}")
            sections = run("readelf", "-S", "-W", library)
            if ".debug_info" in sections:
                failures.append(f"{name} carries debug information")
            if ".gnu_debuglink" not in sections:
                failures.append(f"{name} has no link to its separate debug file")
        if not os.path.exists(os.path.join(build, "gongwen.uno.so.debug")):
            failures.append("gongwen.uno.so.debug is not beside the package")
        if any(n.startswith("data/") for n in names):
            failures.append("data/ ships although the confused-word list is compiled in")
        failures += duplicate_payload(package, infos)
        failures += test_hooks(build)
        language = sum(i.compress_size for i in infos if i.filename.startswith(LANGUAGE_DATA))
        rest = sum(i.compress_size for i in infos if not i.filename.startswith(LANGUAGE_DATA))
        # What one machine's user downloads besides the model: a package for several platforms
        # (build-arm64.sh) carries each platform's library, of which a machine loads one.
        library_sizes = sorted(i.compress_size for i in infos if i.filename.endswith(".so"))
        per_platform = rest - sum(library_sizes[:-1])
        total = os.path.getsize(oxt)
        dictionary = len(zlib.compress(cjk_dictionary(build), 6))
        print(f"package: {total / 1e6:.1f} MB; typo model {language / 1e6:.1f} MB; the rest "
              f"{rest / 1e6:.2f} MB, {per_platform / 1e6:.2f} MB for one platform (limit "
              f"{LIMIT_BYTES / 1e6:.2f} MB); ICU's CJK word dictionary, deflated, about "
              f"{dictionary / 1e6:.2f} MB of it")
        if per_platform > LIMIT_BYTES:
            failures.append(f"the package without the typo model takes {per_platform / 1e6:.2f} MB "
                            f"for one platform, over {LIMIT_BYTES / 1e6:.2f} MB")
        for i in sorted(infos, key=lambda i: -i.compress_size)[:5]:
            print(f"  {i.compress_size / 1e6:6.2f} MB  {i.filename}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
