# SPDX-License-Identifier: MPL-2.0
"""gongwen-check on text files, without an office: the sample report's exact findings (the
golden file written for the core), every supported encoding, and the command-line contract."""
import json
import os
import subprocess
import sys
import tempfile

PROJECT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("GONGWEN_BUILD_DIR", os.path.join(PROJECT, "build"))
CLI = os.path.join(BUILD, "src", "cli", "gongwen-check")
SAMPLE = os.path.join(PROJECT, "examples", "seed-report.txt")
GOLDEN = os.path.join(PROJECT, "tests", "golden", "seed-report.expected")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, timeout=60)


def findings(path):
    result = run("--format", "json", "--lang", "zh-CN", path)
    assert result.returncode in (0, 1), (result.returncode, result.stderr)
    files = json.loads(result.stdout.decode("utf-8"))
    assert len(files) == 1 and files[0]["file"] == path, files
    return files[0]["encoding"], files[0]["findings"]


def golden_lines(found):
    return "".join(f'{f["paragraph"]}:{f["start"]}:{f["length"]} {f["ruleId"]}'
                   + (" -> " + "|".join(f["suggestions"]) if f["suggestions"] else "") + "\n" for f in found)


def test_sample_report_findings_are_the_golden_ones():
    encoding, found = findings(SAMPLE)
    assert encoding == "UTF-8"
    with open(GOLDEN, encoding="utf-8") as f:
        assert golden_lines(found) == f.read()
    assert len(found) == 25 and {f["ruleId"] for f in found} == {"placeholder"}


def test_every_supported_encoding_gives_the_same_findings(tmp):
    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    _, expected = findings(SAMPLE)
    cases = {
        "gbk.txt": (text.encode("gbk"), "GB18030"),
        "gb18030.txt": (text.encode("gb18030"), "GB18030"),
        "utf16le.txt": (b"\xff\xfe" + text.encode("utf-16-le"), "UTF-16LE"),
        "utf16be.txt": (b"\xfe\xff" + text.encode("utf-16-be"), "UTF-16BE"),
        "bom.txt": (b"\xef\xbb\xbf" + text.encode("utf-8"), "UTF-8 (BOM)"),
        "crlf.txt": (text.replace("\n", "\r\n").encode("gbk"), "GB18030"),
    }
    for name, (data, encoding) in cases.items():
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        assert findings(path) == (encoding, expected), name


def test_undecodable_text_is_refused_naming_what_was_tried(tmp):
    path = os.path.join(tmp, "binary.txt")
    with open(path, "wb") as f:
        f.write(bytes([0x80, 0xff, 0x00, 0xfe, 0x30, 0x81]) * 50)
    result = run("--lang", "zh-CN", path)
    assert result.returncode == 2
    message = result.stderr.decode("utf-8")
    assert "binary.txt" in message and "UTF-8" in message and "GB18030" in message and "UTF-16" in message, message
    odd = os.path.join(tmp, "odd-utf16.txt")
    with open(odd, "wb") as f:
        f.write(b"\xff\xfe" + "一、甲".encode("utf-16-le") + b"\x00")  # a dangling half character
    assert run(odd).returncode == 2


def test_command_line_contract(tmp):
    help_text = run("--help")
    assert help_text.returncode == 0 and help_text.stderr == b""
    assert b"gongwen-check" in help_text.stdout and b"GB18030" in help_text.stdout
    assert run("-h").returncode == 0
    for bad in (["--lang", "fr", SAMPLE], ["--bogus", SAMPLE], [], ["--format", "xml", SAMPLE], ["--lang"]):
        result = run(*bad)
        assert result.returncode == 2 and b"usage" in result.stderr.lower() or "用法".encode() in result.stderr, bad
        assert result.stdout == b"", bad
    clean = os.path.join(tmp, "clean.txt")
    with open(clean, "w", encoding="utf-8") as f:
        f.write("一、总体情况\n今年将采取两项举措。一是甲；二是乙。\n")
    assert run(clean).returncode == 0
    with open(clean, "w", encoding="utf-8") as f:
        f.write("一、总体情况\n今年将采取三项举措。一是甲；二是乙。\n")
    counted = run("--lang", "en-US", clean)
    assert counted.returncode == 1 and b"[item.count]" in counted.stdout, counted.stdout



def test_rule_families_and_user_word_lists(tmp):
    """--rules keeps or drops rule families; --words adds the user's confused-word pairs."""
    draft = os.path.join(tmp, "families.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("一、总体情况\n今年将采取三项举措。一是甲；二是乙。\n做为试点，完成XX项，每人补助3-5元。\n")

    def rules(*args):
        result = run("--format", "json", *args, draft)
        assert result.returncode in (0, 1), result.stderr
        return sorted({f["ruleId"] for f in json.loads(result.stdout.decode("utf-8"))[0]["findings"]})

    everything = ["item.count", "placeholder", "punct.range", "word.confusion"]
    assert rules() == everything
    assert rules("--rules", "punct,word") == ["punct.range", "word.confusion"]
    assert rules("--rules", "-word,-count") == ["placeholder", "punct.range"]
    bad = run("--rules", "spelling", draft)
    assert bad.returncode == 2 and b"spelling" in bad.stderr, bad.stderr
    words = os.path.join(tmp, "words.txt")
    with open(words, "w", encoding="utf-8") as f:
        f.write("# 本单位的写法\n试点\t示范点\t本单位用语\n")
    mine = json.loads(run("--format", "json", "--lang", "zh-CN", "--words", words, draft).stdout.decode("utf-8"))
    added = [x for x in mine[0]["findings"] if x["ruleId"] == "word.confusion" and x["suggestions"] == ["示范点"]]
    assert len(added) == 1 and "本单位用语" in added[0]["message"], mine
    with open(words, "w", encoding="utf-8") as f:
        f.write("试点 示范点\n")  # no tab
    broken = run("--lang", "zh-CN", "--words", words, draft)
    assert broken.returncode == 2 and "第 1 行".encode() in broken.stderr, broken.stderr
    # --config: the settings of the options page, from a file; --rules adds to it.
    config = os.path.join(tmp, "settings.cfg")
    with open(config, "w", encoding="utf-8") as f:
        f.write("# 本单位\ndisabled-rules = punct.range\nextra-placeholders = 试点\n")
    assert rules("--config", config) == ["item.count", "placeholder", "word.confusion"]
    assert rules("--config", config, "--rules", "-word") == ["item.count", "placeholder"]
    with open(config, "w", encoding="utf-8") as f:
        f.write("disabled-rules = punct.nothing\n")
    bad_config = run("--lang", "zh-CN", "--config", config, draft)
    assert bad_config.returncode == 2 and "没有这条规则：punct.nothing".encode() in bad_config.stderr, bad_config.stderr

def test_figures_that_must_add_up(tmp):
    """--rules data keeps only the data.* rules, -data drops them; messages show the computation."""
    draft = os.path.join(tmp, "figures.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("全年共开展视察调研18次，其中重点视察25次。\n收到提案193件，办结188件，办结率99.0%。\n"
                "由80亿元增加到100亿元，增长20%。完成XX项。\n")

    def found(*args):
        result = run("--format", "json", "--lang", "zh-CN", *args, draft)
        assert result.returncode in (0, 1), result.stderr
        return json.loads(result.stdout.decode("utf-8"))[0]["findings"]

    data = found("--rules", "data")
    assert [(f["ruleId"], f["paragraph"], f["suggestions"]) for f in data] == [
        ("data.parts", 0, []), ("data.share", 1, ["97.4%"]), ("data.growth", 2, ["25%"])], data
    assert data[1]["message"] == "188 ÷ 193 = 97.4%，文中为 99.0%", data[1]
    assert all(f["severity"] == 1 for f in data), data  # warning
    assert sorted({f["ruleId"] for f in found("--rules", "-data")}) == ["placeholder"]
    english = json.loads(run("--format", "json", "--lang", "en-US", "--rules", "data", draft).stdout.decode("utf-8"))
    assert english[0]["findings"][1]["message"] == "188 ÷ 193 = 97.4%, the text says 99.0%", english


def test_typos(tmp):
    """word.typo: found with its suggestion in both languages, dropped by --rules -word, by
    --words-allowed and by allowed-words in --config; without its model (missing or damaged)
    one message names what to install and every other rule still runs."""
    draft = os.path.join(tmp, "typos.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("我们要全面推近依法治国，完成XX项。\n")

    def found(*args, env=None):
        result = subprocess.run([CLI, "--format", "json", *args, draft], capture_output=True, timeout=60,
                                env=dict(os.environ, **(env or {})))
        assert result.returncode in (0, 1), result.stderr
        return json.loads(result.stdout.decode("utf-8"))[0]["findings"], result.stderr.decode("utf-8")

    zh, _ = found("--lang", "zh-CN")
    typo = [f for f in zh if f["ruleId"] == "word.typo"]
    assert [(f["start"], f["length"], f["suggestions"]) for f in typo] == [(3, 4, ["全面推进"])], zh
    assert typo[0]["message"] == "“全面推近”疑为“全面推进”（“近”“进”音形相近）。", typo
    en, _ = found("--lang", "en-US")
    assert [f["message"] for f in en if f["ruleId"] == "word.typo"] == [
        "“全面推近” may be a typo for “全面推进” (“近” for “进”: similar sound and shape)."], en
    assert "word.typo" not in {f["ruleId"] for f in found("--rules", "-word")[0]}
    allowed = os.path.join(tmp, "allowed.txt")
    with open(allowed, "w", encoding="utf-8") as f:
        f.write("# 人名、地名\n全面推近\n")
    assert "word.typo" not in {f["ruleId"] for f in found("--words-allowed", allowed)[0]}
    config = os.path.join(tmp, "typo.cfg")
    with open(config, "w", encoding="utf-8") as f:
        f.write("allowed-words = 全面推近、王某某\n")
    assert "word.typo" not in {f["ruleId"] for f in found("--config", config)[0]}
    # No model: one message, in the user's language, and the placeholder still reported.
    missing, message = found("--lang", "zh-CN", env={"GONGWEN_TYPO_DATA": os.path.join(tmp, "nowhere")})
    assert [f["ruleId"] for f in missing] == ["placeholder"], missing
    assert message.count("sunpinyin-data") == 1 and "语言模型缺失" in message, message
    damaged_dir = os.path.join(tmp, "damaged")
    os.makedirs(damaged_dir, exist_ok=True)
    with open(os.path.join(damaged_dir, "model.bin"), "wb") as f:
        f.write(b"GWTM" + b"\x01\x00\x00\x00" + b"\x00" * 100)
    damaged, message = found("--lang", "en-US", env={"GONGWEN_TYPO_DATA": damaged_dir})
    assert [f["ruleId"] for f in damaged] == ["placeholder"], damaged
    assert "damaged" in message and "reinstall" in message, message


def test_settings_and_word_files_are_bounded(tmp):
    """--config and --words read only a regular file of at most 4 MB: /dev/zero, a folder or a
    huge file is refused at once with exit 2 and a message, never read on."""
    draft = os.path.join(tmp, "bounded.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("完成XX项。\n")
    huge = os.path.join(tmp, "huge.cfg")
    with open(huge, "w", encoding="utf-8") as f:
        f.write("\n" * (5 << 20))
    for option in ("--config", "--words", "--words-allowed"):
        for path, words in (("/dev/zero", "普通文件"), (tmp, "普通文件"), (huge, "4 MB")):
            result = run("--lang", "zh-CN", option, path, draft)
            assert result.returncode == 2, (option, path, result.returncode)
            assert words.encode() in result.stderr, (option, path, result.stderr[:200])


REGISTER = os.path.join(PROJECT, "examples", "register")


def test_register(tmp):
    """--register: the sample 口径库 on the document's 成文日期 — title, order, near name, organ,
    wording, banned word; a register with bad rows is read as far as it goes (stderr names sheet
    and row) and every other rule still runs; a register that is not there is a usage error.
    (A workbook register is read through an office: tests/integration/test_register.py.)"""
    draft = os.path.join(tmp, "register.txt")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("张三副主席出席会议，王五、李四参加调研。\n区政治协商会围绕中心开展协商议事。\n秘书长赵陆主持。\n"
                "领导小组长由主席担任。\n区政协办公室\n2026年11月29日\n")
    result = run("--format", "json", "--lang", "zh-CN", "--rules", "register", "--register", REGISTER, draft)
    assert result.returncode == 0, result.stderr  # warnings only
    found = [(f["ruleId"], f["paragraph"], f["suggestions"])
             for f in json.loads(result.stdout.decode("utf-8"))[0]["findings"]]
    assert found == [("register.title", 0, ["主席"]), ("register.order", 0, ["李四、王五"]),
                     ("register.organ", 1, ["区政协", "中国人民政治协商会议X区委员会"]),
                     ("register.phrase", 1, ["协商议政"]), ("register.name", 2, ["赵六"]),
                     ("register.forbidden", 3, [])], found
    # Dated last year, 张三 was 副主席.
    with open(draft, "w", encoding="utf-8") as f:
        f.write("张三副主席出席会议。\n2025年6月1日\n")
    result = run("--format", "json", "--rules", "register", "--register", REGISTER, draft)
    assert json.loads(result.stdout.decode("utf-8"))[0]["findings"] == [], result.stdout
    # A register with a bad row: told on stderr, the rest used, the other rules run.
    broken = os.path.join(tmp, "broken-register")
    os.makedirs(broken, exist_ok=True)
    with open(os.path.join(broken, "人员.csv"), "w", encoding="utf-8") as f:
        f.write("姓名,职务,排序,起始日期,终止日期\n张三,主席,1,2026-01-15,\n李四,副主席,二,,\n王五,副主席,3,,\n")
    with open(draft, "w", encoding="utf-8") as f:
        f.write("张三副主席出席会议，完成XX项。\n2026年11月29日\n")
    result = run("--format", "json", "--lang", "zh-CN", "--register", broken, draft)
    assert result.returncode == 1, result.stderr
    assert "人员.csv 第 3 行：排序“二”应为整数" in result.stderr.decode("utf-8"), result.stderr.decode("utf-8")
    rules = [f["ruleId"] for f in json.loads(result.stdout.decode("utf-8"))[0]["findings"]]
    assert rules == ["register.title", "placeholder"], rules
    result = run("--lang", "zh-CN", "--register", os.path.join(REGISTER, "没有这个口径库.ods"), draft)
    assert result.returncode == 2 and "找不到口径库" in result.stderr.decode("utf-8"), result.stderr


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for test in (test_sample_report_findings_are_the_golden_ones, test_every_supported_encoding_gives_the_same_findings,
                     test_undecodable_text_is_refused_naming_what_was_tried, test_command_line_contract,
                     test_rule_families_and_user_word_lists, test_figures_that_must_add_up,
                     test_typos, test_settings_and_word_files_are_bounded, test_register):
            try:
                test(tmp) if test.__code__.co_argcount else test()
                print("PASS", test.__name__)
            except Exception as e:  # noqa: B902 - report every failure, then fail
                failed += 1
                print("FAIL", test.__name__, repr(e))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
