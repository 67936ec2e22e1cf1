# SPDX-License-Identifier: MPL-2.0
"""Every visible text of our dialogs is a key resolved from the dialog's .properties, in zh-CN
and en-US alike: no key is missing in either language, none is left over, and no dialog
carries literal text a translator could not reach. Runs without an office."""
import glob
import os
import re
import sys

DIALOGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dialogs")
LANGUAGES = ("zh_CN", "en_US")
TEXT_ATTRIBUTES = re.compile(r'dlg:(title|value|help-text)="([^"]*)"')


def properties(path):
    with open(path, encoding="utf-8") as f:  # UTF-8 sources; packaging escapes them
        entries = {}
        for line in f:
            line = line.strip()
            if line and not line.startswith(("#", "!")):
                key, _, value = line.partition("=")
                assert key not in entries, f"{path}: {key} twice"
                assert value.strip(), f"{path}: {key} is empty"
                entries[key] = value
        return entries


def check_dialog(xdl):
    name = os.path.splitext(os.path.basename(xdl))[0]
    with open(xdl, encoding="utf-8") as f:
        text = f.read()
    keys, literals = set(), []
    for element in re.findall(r"<dlg:(\w+)([^>]*)>", text):
        kind, attributes = element
        for attribute, value in TEXT_ATTRIBUTES.findall(attributes):
            if value.startswith("&amp;"):
                keys.add(value[len("&amp;"):])
            elif value and not (kind in ("textfield", "numericfield") and attribute == "value"):
                literals.append(f"{kind} {attribute}={value!r}")
    assert not literals, f"{name}.xdl has literal texts: {literals}"
    assert os.path.isfile(os.path.join(DIALOGS, f"{name}_en_US.default")), f"{name}: no default language"
    for language in LANGUAGES:
        path = os.path.join(DIALOGS, f"{name}_{language}.properties")
        defined = set(properties(path))
        assert defined == keys, f"{path}: missing {sorted(keys - defined)}, left over {sorted(defined - keys)}"
    return len(keys)


def main():
    dialogs = sorted(glob.glob(os.path.join(DIALOGS, "*.xdl")))
    assert dialogs, "no dialogs found"
    failed = 0
    for xdl in dialogs:
        try:
            print(f"PASS {os.path.basename(xdl)}: {check_dialog(xdl)} texts in {len(LANGUAGES)} languages")
        except AssertionError as e:
            failed += 1
            print(f"FAIL {os.path.basename(xdl)}: {e}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
