# SPDX-License-Identifier: MPL-2.0
"""Test support: a real LibreOffice with 公文助手 installed in a throw-away profile.

Every office (and Xvfb) started here is recorded by PID and ended by PID when the test ends,
also when it fails or is killed: the child processes get PR_SET_PDEATHSIG, and each test arms
an alarm that raises before ctest's own timeout would kill it.
Run with /usr/bin/python3 (python3-uno).
"""
import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROFILE_SCRIPT = os.path.join(PROJECT, "packaging", "gongwen-office.sh")
PROGRAM_DIR = os.environ.get("LO_PROGRAM_DIR", "/usr/lib/libreoffice/program")
NOBODY = 65534
IDENTIFIER = "org.gongwen.assistant"


# Every process this module started and has not ended yet.
_RUNNING = []


class TestTimeout(Exception):
    pass


def arm_timeout(seconds):
    """Raises TestTimeout in the main thread after `seconds`, so cleanup still runs.

    A call blocked inside the office never sees that signal: a watchdog thread then ends every
    process we started (which unblocks the call) and, failing that, the test itself.
    """
    def on_alarm(_signum, _frame):
        raise TestTimeout(f"test took longer than {seconds} s")

    def watchdog():
        time.sleep(seconds + 20)
        print(f"watchdog: test hung for {seconds + 20} s; ending its processes", flush=True)
        for process in list(_RUNNING):
            with contextlib.suppress(Exception):
                process.kill()
        time.sleep(10)
        os._exit(124)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    signal.alarm(seconds)
    threading.Thread(target=watchdog, daemon=True).start()


def _started(process):
    _RUNNING.append(process)
    return process


def _die_with_parent():
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    PR_SET_PDEATHSIG = 1
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _as_office_user():
    """Popen keyword arguments that run a child as the profile owner (nobody when we are root)."""
    if os.getuid() != 0:
        return {}
    return {"user": NOBODY, "group": NOBODY, "extra_groups": []}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def paragraphs(doc):
    """The top-level elements of a Writer document's body text (paragraphs and tables)."""
    enum = doc.getText().createEnumeration()
    out = []
    while enum.hasMoreElements():
        out.append(enum.nextElement())
    return out


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def run_profile_script(*args, check=True):
    """Runs packaging/gongwen-office.sh (the script users run) and returns its output."""
    result = subprocess.run([PROFILE_SCRIPT, *args], capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise RuntimeError(f"gongwen-office.sh {args[0]} failed: {result.stdout}{result.stderr}")
    return result


def find_oxt():
    oxt = os.environ.get("GONGWEN_OXT", os.path.join(PROJECT, "build", "gongwen.oxt"))
    if not os.path.isfile(oxt):
        raise RuntimeError(f"no {oxt}: build the project first")
    return oxt


def _set_user_config(profile, items):
    """Adds configuration items (path, property, value) to the profile before the office starts."""
    path = os.path.join(profile, "user", "registrymodifications.xcu")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/'
                '2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org'
                '/2001/XMLSchema-instance">\n</oor:items>\n')
    lines = "".join(
        f'<item oor:path="{p}"><prop oor:name="{n}" oor:op="fuse"><value>{v}</value></prop></item>\n'
        for p, n, v in items)
    text = text.replace("</oor:items>", lines + "</oor:items>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if os.getuid() == 0:
        subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", profile], check=True)


class Xvfb:
    """A virtual X display, started and ended by PID."""

    def __enter__(self):
        read_fd, write_fd = os.pipe()
        self.process = _started(subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-ac"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent))
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            self.__exit__(None, None, None)
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc):
        _end_process(self.process)

    def screenshot(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run(["import", "-display", self.display, "-window", "root", path],
                       check=True, timeout=60)


def _end_process(process, grace=10):
    """Ends one process we started, by its PID: SIGTERM, then SIGKILL after `grace` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(grace)
    if process in _RUNNING:
        _RUNNING.remove(process)


class Office:
    """A LibreOffice with the built .oxt installed in a new temporary profile.

    headless by default; with `display` it runs the real GUI (gen VCL plugin) on that X display.
    `ui_locale` sets the office UI language ("zh-CN", "en-US").
    """

    def __init__(self, display=None, ui_locale="zh-CN", install=True, config=()):
        self.display = display
        self.ui_locale = ui_locale
        self.install = install
        self.config = list(config)  # further (path, property, value) of the user's configuration
        self.process = None

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="gongwen-test-")
        os.chmod(self.tmp, 0o755)
        self.profile = os.path.join(self.tmp, "profile")
        try:
            if self.install:
                run_profile_script("install", self.profile, find_oxt())
            else:
                os.makedirs(os.path.join(self.profile, "home"))
            _set_user_config(self.profile, [
                ("/org.openoffice.Office.Linguistic/General", "UILocale", self.ui_locale),
                ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
                ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
                ("/org.openoffice.Setup/Product", "LastTimeDonateShown", "0"),
            ] + self.config)
            self._start()
            if self.install:
                self.register_our_types()
            return self
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _start(self):
        port = free_port()
        args = [os.path.join(PROGRAM_DIR, "soffice.bin"), "--norestore", "--nologo", "--nodefault",
                "--nolockcheck", f"-env:UserInstallation=file://{self.profile}",
                f"--accept=socket,host=127.0.0.1,port={port};urp;"]
        env = dict(os.environ, HOME=os.path.join(self.profile, "home"))
        if self.display:
            env.update(DISPLAY=self.display, SAL_USE_VCLPLUGIN="gen")
        else:
            args[1:1] = ["--headless", "--invisible"]
        self.log = open(os.path.join(self.tmp, "office.log"), "w")
        for _attempt in range(3):
            self.process = _started(subprocess.Popen(
                args, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent, **_as_office_user()))
            ctx = self._connect(port)
            if ctx is not None:
                self.ctx = ctx
                self.smgr = ctx.ServiceManager
                self.desktop = self.create("com.sun.star.frame.Desktop")
                return
            # Exit code 81: a new profile asks for one restart (oosplash would do it).
            if self.process.poll() != 81:
                break
        raise RuntimeError(f"office did not start (exit {self.process.poll()}); log in {self.log.name}")

    def restart(self, seconds=60):
        """Ends the office the way a user quits it (File ▸ Exit) and starts it again on the same
        profile: what is read only at start-up (the font replacement table) takes effect."""
        with contextlib.suppress(Exception):
            self._close_documents()
        with contextlib.suppress(Exception):
            self.desktop.terminate()
        try:
            self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            pass
        _end_process(self.process)
        self.log.close()
        self._start()
        if self.install:
            self.register_our_types()

    def _connect(self, port, seconds=60):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return None
            try:
                return resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            except Exception:
                time.sleep(0.2)
        return None

    def __exit__(self, *exc):
        if self.process is not None:
            with contextlib.suppress(Exception):
                self._close_documents()
            _end_process(self.process)
            self.log.close()
        if os.environ.get("GONGWEN_KEEP_PROFILE"):
            print(f"kept {self.tmp}", file=sys.stderr)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _close_documents(self):
        components = self.desktop.getComponents().createEnumeration()
        docs = []
        while components.hasMoreElements():
            docs.append(components.nextElement())
        for doc in docs:
            with contextlib.suppress(Exception):
                doc.close(True)

    # Helpers for tests
    def create(self, service):
        obj = self.smgr.createInstanceWithContext(service, self.ctx)
        if obj is None:
            raise AssertionError(f"createInstance('{service}') returned null")
        return obj

    def version(self):
        """The office's version as numbers, (25, 2) for LibreOffice 25.2."""
        provider = self.create("com.sun.star.configuration.ConfigurationProvider")
        path = uno.createUnoStruct("com.sun.star.beans.NamedValue", "nodepath", "/org.openoffice.Setup/Product")
        product = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (path,))
        return tuple(int(part) for part in product.getByName("ooSetupVersion").split(".")[:2])

    def register_our_types(self):
        """Lets this client use our IDL types (structs like org.gongwen.Finding)."""
        rdb = os.environ.get("GONGWEN_RDB", os.path.join(PROJECT, "build", "gongwen.rdb"))
        tdm = self.ctx.getValueByName("/singletons/com.sun.star.reflection.theTypeDescriptionManager")
        tdm.insert(uno.systemPathToFileUrl(rdb))
        local_tdm = uno.getComponentContext().getValueByName(
            "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
        with contextlib.suppress(Exception):
            local_tdm.insert(uno.systemPathToFileUrl(rdb))

    def new_document(self, kind="swriter", hidden=True):
        return self.desktop.loadComponentFromURL(f"private:factory/{kind}", "_blank", 0,
                                                 (prop("Hidden", hidden),))

    def copy_in(self, path):
        """A copy of `path` in this office's folder, which the office user can read and write
        (as root the office runs as nobody, who may not see the project folder)."""
        folder = os.path.join(self.tmp, "docs")
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, os.path.basename(path))
        if os.path.abspath(path) != target:  # a file written there already is its own copy
            shutil.copyfile(path, target)
        if os.getuid() == 0:
            subprocess.run(["chown", "-R", f"{NOBODY}:{NOBODY}", folder], check=True)
        return target

    def writable_path(self, name):
        """A path in a folder the office user may write to."""
        folder = os.path.join(self.tmp, "docs")
        os.makedirs(folder, exist_ok=True)
        if os.getuid() == 0:
            os.chown(folder, NOBODY, NOBODY)
        return os.path.join(folder, name)

    def load(self, path, hidden=True, read_only=False):
        """Loads a copy of the document at `path` (see copy_in)."""
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(self.copy_in(os.path.abspath(path))), "_blank", 0,
            (prop("Hidden", hidden), prop("ReadOnly", read_only)))

    def writer_with_paragraphs(self, paragraphs):
        """A new hidden Writer document with these paragraphs."""
        doc = self.new_document("swriter")
        text = doc.getText()
        for i, paragraph in enumerate(paragraphs):
            if i:
                text.insertControlCharacter(text.getEnd(), 0, False)  # PARAGRAPH_BREAK
            text.insertString(text.getEnd(), paragraph, False)
        return doc

    def basic_functions(self, module, code, *functions):
        """Puts Basic `code` into module `module` of the application library GongwenBench and
        returns its `functions` as scripts to invoke (baselines that run inside the office)."""
        libraries = self.create("com.sun.star.script.ApplicationScriptLibraryContainer")
        if not libraries.hasByName("GongwenBench"):
            libraries.createLibrary("GongwenBench")
        library = libraries.getByName("GongwenBench")
        if library.hasByName(module):
            library.removeByName(module)
        library.insertByName(module, code)
        provider = self.create("com.sun.star.script.provider.MasterScriptProviderFactory").createScriptProvider("")
        return [provider.getScript(f"vnd.sun.star.script:GongwenBench.{module}.{name}?language=Basic&location=application")
                for name in functions]

    def load_component_library(self, path, implementation):
        """An instance of `implementation` from the C++ component library at `path`, loaded
        into this office without installing anything (for the benchmarks' baselines)."""
        copy = os.path.join(self.tmp, "docs", os.path.basename(path))
        if not os.path.exists(copy):  # never overwrite a library the office has loaded
            self.copy_in(path)
        loader = self.create("com.sun.star.loader.SharedLibrary")
        factory = loader.activate(implementation, "", uno.systemPathToFileUrl(copy), None)
        return factory.createInstanceWithContext(self.ctx)

    def dispatch(self, frame, url):
        helper = self.create("com.sun.star.frame.DispatchHelper")
        return helper.executeDispatch(frame, url, "", 0, ())

    def is_alive(self):
        if self.process.poll() is not None:
            return False
        try:
            return self.desktop.getComponents() is not None
        except Exception:
            return False


class OptionsPage:
    """Tools ▸ Options ▸ 公文助手 ▸ 设置 (dialogs/Options.xdl with org.gongwen.OptionsPage) made
    as the options dialog makes it, in a window of `doc`; the rules are ticked as a user does
    (a group chosen in the list, then its check boxes), events sent as the dialog sends them."""

    RULE_BOXES = 10

    def __init__(self, office, doc):
        pip = office.ctx.getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider")
        url = pip.getPackageLocation("org.gongwen.assistant") + "/dialogs/Options.xdl"
        self.handler = office.create("org.gongwen.OptionsPage")
        self.page = office.create("com.sun.star.awt.ContainerWindowProvider").createContainerWindow(
            url, "", doc.getCurrentController().getFrame().getContainerWindow(), self.handler)
        assert self.handler.callHandlerMethod(self.page, "initialize", "external_event")

    def control(self, name):
        return self.page.getControl(name)

    def groups(self):
        groups = self.control("GroupList")
        return [groups.getItem(i) for i in range(groups.getItemCount())]

    def choose_group(self, index):
        self.control("GroupList").selectItemPos(index, True)
        assert self.handler.callHandlerMethod(self.page, None, "groupChosen")

    def shown_rules(self):
        """(title, rule id, ticked) of each check box shown."""
        shown = []
        for i in range(self.RULE_BOXES):
            box = self.control(f"Rule{i}")
            # An unused box is hidden and has no label.
            assert box.isVisible() == bool(box.getModel().Label), (i, box.getModel().Label)
            if box.isVisible():
                shown.append((box.getModel().Label, box.getModel().HelpText, box.getState() == 1))
        return shown

    def every_rule(self):
        """{rule id: (group entry, title, ticked)} over every group."""
        rules = {}
        for f, _group in enumerate(self.groups()):
            self.choose_group(f)
            for title, rule, ticked in self.shown_rules():
                rules[rule] = (self.groups()[f], title, ticked)
        return rules

    def tick(self, rule, on):
        for f in range(len(self.groups())):
            self.choose_group(f)
            for i in range(self.RULE_BOXES):
                box = self.control(f"Rule{i}")
                if box.getModel().Label and box.getModel().HelpText == rule:
                    box.setState(1 if on else 0)
                    assert self.handler.callHandlerMethod(self.page, None, "ruleToggled")
                    return
        raise AssertionError(f"{rule} is not on the page")

    def ok(self):
        assert self.handler.callHandlerMethod(self.page, "ok", "external_event")

    def dispose(self):
        self.page.dispose()


def run_tests(tests, timeout=240, cleanup=None):
    """Runs test functions, prints 'N passed, N failed', exits non-zero on failure.

    `cleanup` runs at the end whatever happened (ends the shared office).
    os._exit avoids pyuno crashing at interpreter exit while a bridge is alive.
    """
    arm_timeout(timeout)
    passed = failed = 0
    for test in tests:
        try:
            test()
            passed += 1
            print(f"PASS {test.__name__}", flush=True)
        except BaseException as e:  # noqa: B902 - report every failure, then go on
            failed += 1
            print(f"FAIL {test.__name__}: {type(e).__name__}: {e}", flush=True)
            # Where it failed: the test's own frames (a CI log is all there is to read).
            print("".join(traceback.format_tb(e.__traceback__, limit=-4)), end="", flush=True)
            if isinstance(e, (TestTimeout, KeyboardInterrupt)):
                break
    if cleanup is not None:
        try:
            cleanup()
        except BaseException as e:  # noqa: B902
            failed += 1
            print(f"FAIL cleanup: {type(e).__name__}: {e}", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    sys.stdout.flush()
    os._exit(0 if failed == 0 and passed > 0 else 1)


def run_with_shared_office(office_tests, plain_tests=(), timeout=240, **office_args):
    """Runs plain_tests(), then office_tests(office) on one office started for them all
    (and ended afterwards whatever happens)."""
    shared = {}

    def with_office(test):
        def run():
            if "office" not in shared:
                shared["office"] = Office(**office_args).__enter__()
            test(shared["office"])
        run.__name__ = test.__name__
        return run

    def cleanup():
        if "office" in shared:
            shared["office"].__exit__(None, None, None)

    run_tests(list(plain_tests) + [with_office(t) for t in office_tests], timeout=timeout, cleanup=cleanup)
