# SPDX-License-Identifier: MPL-2.0
"""Our help pages in a real office, headless: every help ID we hand out (each dialog's, the options
page's, the panels', the overview) has a page in zh-CN and en-US with the screenshots it shows on
disk, a dialog's page headed by its title, and the overview names every menu command of that
language; 公文助手帮助 opens the page in one window. On LibreOffice 7.x the pages are the office's
help viewer's (compiled from the .xhp at install) and the options page and the sidebar panel carry
their help IDs; from 24 on they are the package's HTML pages and no help ID is handed out (25.2's
viewer crashes on extension help). Where the office has no help stylesheet (GONGWEN_HELP_DIR points
at an empty folder) 7.x hands out no help ID and the command opens nothing — rendering would crash
the office."""
import glob
import html
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_office import PROJECT, Office, OptionsPage, prop, run_tests  # noqa: E402

LANGUAGES = ("zh-CN", "en-US")
DIALOG_TOPICS = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(PROJECT, "dialogs", "*.xdl")))
OTHER_TOPICS = ["index", "proofreader", "layout", "tally", "keys"]
PANEL_PREFIX = "private:resource/toolpanel/GongwenPanelFactory/"
HELP_FRAME = "org.gongwen.help"
CHECK_TITLE = {"zh-CN": "检查文档结构", "en-US": "Check Document Structure"}
SECTION_TITLE = {"zh-CN": "插入标准段落", "en-US": "Insert Standard Section"}


def help_url(topic, language):
    return f"vnd.sun.star.help://swriter/org.gongwen.help.{topic}?Language={language}&System=UNIX"


def read_help(office, url):
    """The HTML the office's help provider makes of a help URL ("" when nothing is found)."""
    stream = office.create("com.sun.star.ucb.SimpleFileAccess").openFileRead(url)
    chunks = []
    while True:
        count, data = stream.readBytes(None, 65536)
        if count == 0:
            break
        chunks.append(bytes(data.value))
    stream.closeInput()
    return b"".join(chunks).decode("utf-8")


def page_text(page_html):
    return html.unescape(re.sub(r"<[^>]+>", " ", page_html))


def menu_titles(language):
    """Every menu entry's title in Addons.xcu, as the user reads it: no "(~C)", "~" or "…"."""
    with open(os.path.join(PROJECT, "extension", "registry", "Addons.xcu"), encoding="utf-8") as f:
        xcu = f.read()
    menu = xcu[:xcu.index('<node oor:name="OfficeToolBar">')]
    titles = re.findall(rf'<value xml:lang="{language}">([^<]*)</value>', menu)
    cleaned = [re.sub(r"\(~.\)|~|…", "", t).strip() for t in titles]
    assert len(cleaned) >= 19, cleaned
    return cleaned


# From LibreOffice 24 the extension shows its help as HTML pages of the package instead of through
# the office's help viewer, which crashes on any extension's page in 25.2 (core/common/help_pages.hpp).
FIRST_VERSION_WITH_HTML_HELP = (24, 0)


def html_help_folder(office):
    pip = office.ctx.getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider")
    return uno.fileUrlToSystemPath(pip.getPackageLocation("org.gongwen.assistant") + "/help-html")


def html_page(folder, topic, language):
    """The package's HTML page for a help topic and its images as file paths ("", [] when none)."""
    with open(os.path.join(folder, "topics.txt"), encoding="utf-8") as f:
        pages = dict(line.split() for line in f if line.strip())
    if topic not in pages:
        return "", []
    path = os.path.join(folder, language, pages[topic] + ".html")
    with open(path, encoding="utf-8") as f:
        page = f.read()
    images = [os.path.normpath(os.path.join(os.path.dirname(path), src))
              for src in re.findall(r'<img src="([^"]+)"', page)]
    return page, images


def provider_page(office, topic, language):
    """The office's help viewer's page for a help topic and its images as file paths."""
    page = read_help(office, help_url(topic, language))
    return page, [uno.fileUrlToSystemPath(src) for src in re.findall(r'<img src="([^"]+)"', page)]


def test_every_help_id_opens_a_page_and_the_overview_names_every_command():
    with Office() as office:
        if office.version() >= FIRST_VERSION_WITH_HTML_HELP:
            folder = html_help_folder(office)
            page_of = lambda topic, language: html_page(folder, topic, language)  # noqa: E731
        else:
            page_of = lambda topic, language: provider_page(office, topic, language)  # noqa: E731
        for language in LANGUAGES:
            pages = {}
            for topic in DIALOG_TOPICS + OTHER_TOPICS:
                page, images = page_of(topic, language)
                assert re.search(f'<(body|html) lang="{language}">', page) and "<h1>" in page, \
                    (topic, language, page[:300])
                pages[topic] = page
                assert images, (topic, language)
                for path in images:
                    assert os.path.isfile(path) and os.path.getsize(path) > 10000, path
            overview = page_text(pages["index"])
            missing = [t for t in menu_titles(language) if t not in overview]
            assert not missing, (language, missing)
            # Each dialog's page is about that dialog: its title is the page's heading.
            for topic, title in (("CheckResults", CHECK_TITLE[language]), ("InsertSection", SECTION_TITLE[language])):
                heading = re.search(r"<h1>(.*?)</h1>", pages[topic], re.S).group(1)
                assert page_text(heading).strip() == title, (topic, heading)
        # The answer for an ID that no page has: the control the above is measured by.
        unknown, _ = page_of("NoSuchDialog", "zh-CN")
        assert "<h1>" not in unknown, unknown[:300]


def help_windows(office):
    """The documents open in our help window (by the viewer's URL or the HTML page's)."""
    return [c for c in components(office)
            if c.getURL().startswith("vnd.sun.star.help://") or "/help-html/" in c.getURL()]


def test_the_command_opens_the_page_in_one_window_and_the_windows_carry_help_ids():
    with Office(ui_locale="zh-CN") as office:
        doc = office.new_document()
        frame = doc.getCurrentController().getFrame()
        for _ in range(2):
            office.dispatch(frame, "org.gongwen:Help")
        help_docs = help_windows(office)
        assert len(help_docs) == 1, [c.getURL() for c in help_docs]
        html_help = office.version() >= FIRST_VERSION_WITH_HTML_HELP
        if html_help:
            assert help_docs[0].getURL().endswith("/help-html/zh-CN/index.html"), help_docs[0].getURL()
        else:
            assert help_docs[0].getURL() == help_url("index", "zh-CN"), help_docs[0].getURL()
        text = help_docs[0].getText().getString()
        assert text.startswith("公文助手\n") and "检查文档结构" in text and "统计台账" in text, text[:200]
        assert office.desktop.findFrame(HELP_FRAME, 55) is not None  # FrameSearchFlag.GLOBAL

        # F1 goes through the office's help viewer: our IDs only where it shows extension help.
        expected = ("", "") if html_help else ("org.gongwen.help.Options", "org.gongwen.help.FindingsPanel")
        assert (options_page_help_id(office, doc), panel_help_id(office, doc)) == expected


def test_without_the_help_stylesheet_no_help_is_offered():
    """Without the office's help stylesheet its viewer cannot show our pages: on 7.x the command
    opens nothing; the HTML pages of later versions do not need it."""
    empty = tempfile.mkdtemp(prefix="gongwen-no-help-")
    os.environ["GONGWEN_HELP_DIR"] = empty
    try:
        with Office(ui_locale="en-US") as office:
            doc = office.new_document()
            frame = doc.getCurrentController().getFrame()
            office.dispatch(frame, "org.gongwen:Help")
            time.sleep(1)
            opened = [c.getURL() for c in help_windows(office)]
            if office.version() >= FIRST_VERSION_WITH_HTML_HELP:
                assert len(opened) == 1 and opened[0].endswith("/help-html/en-US/index.html"), opened
            else:
                assert not opened, opened
            assert options_page_help_id(office, doc) == ""
            assert panel_help_id(office, doc) == ""
            assert office.is_alive()
    finally:
        del os.environ["GONGWEN_HELP_DIR"]
        os.rmdir(empty)


def components(office):
    found = []
    enumeration = office.desktop.getComponents().createEnumeration()
    while enumeration.hasMoreElements():
        found.append(enumeration.nextElement())
    return found


def options_page_help_id(office, doc):
    page = OptionsPage(office, doc)
    try:
        return page.page.getModel().getPropertyValue("HelpURL")
    finally:
        page.dispose()


def panel_help_id(office, doc):
    frame = doc.getCurrentController().getFrame()
    element = office.create("org.gongwen.PanelFactory").createUIElement(
        PANEL_PREFIX + "Findings", (prop("Frame", frame), prop("ParentWindow", frame.getContainerWindow())))
    return element.getRealInterface().Window.getModel().getPropertyValue("HelpURL")


if __name__ == "__main__":
    run_tests([test_every_help_id_opens_a_page_and_the_overview_names_every_command,
               test_the_command_opens_the_page_in_one_window_and_the_windows_carry_help_ids,
               test_without_the_help_stylesheet_no_help_is_offered], timeout=300)
