# SPDX-License-Identifier: MPL-2.0
"""Documents the integration tests share: tally books, linked reports, the check that a
call is refused with an IllegalArgumentException (and nothing else), and a recorder of the
proofreader's events."""
import datetime
import os

import uno
import unohelper
from com.sun.star.linguistic2 import XLinguServiceEventListener
from gongwen_office import NOBODY, prop

LINK = "org.gongwen.StatisticsLink"
TALLY = "org.gongwen.TallyBook"
CHECKER = "org.gongwen.StructureChecker"
SECTIONS = "org.gongwen.SectionCatalog"
YEAR = datetime.date.today().year
PROOFREAD_AGAIN = 8  # LinguServiceEventFlags


class Recorder(unohelper.Base, XLinguServiceEventListener):
    """Keeps the flags of every event a proofreader broadcasts."""

    def __init__(self):
        self.events = []

    def processLinguServiceEvent(self, event):
        self.events.append(event.nEvent)

    def disposing(self, source):
        pass


def expect_illegal_argument(call, *words):
    """Calls `call`; it must raise exactly IllegalArgumentException whose message has `words`."""
    try:
        call()
    except Exception as e:  # noqa: B902 - pyuno generates its exception classes
        assert type(e).__name__ == "com.sun.star.lang.IllegalArgumentException" or \
            type(e).__name__ == "IllegalArgumentException", (type(e).__name__, str(e))
        for w in words:
            assert w in str(e), (w, str(e))
        return str(e)
    raise AssertionError("no IllegalArgumentException")


def url(path):
    return uno.systemPathToFileUrl(path)


def folder(office, name):
    path = office.writable_path(name)
    os.makedirs(path, exist_ok=True)
    if os.getuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    return path


def make_book(office, path, records=3, edit=None, filter_name=None, password=None):
    tally = office.create(TALLY)
    book = tally.createTallyBook()
    try:
        for i in range(records):
            tally.addRecord(book, (f"{YEAR}-03-{i + 1:02d}", "协商活动", "第一联络组", f"协商{i}", 1, 0.0, ""))
        tally.addRecord(book, (f"{YEAR}-04-01", "建议", "第二联络组", "建议", 7, 0.0, ""))
        if edit:
            edit(book)
        args = []
        if filter_name:
            args.append(prop("FilterName", filter_name))
        if password:
            args.append(prop("Password", password))
        book.storeToURL(url(path), tuple(args))
    finally:
        book.close(True)


def make_report(office, path):
    doc = office.new_document("swriter")
    text = doc.getText()
    text.setString("全年开展协商活动XX次，提出建议XX条。")
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(2, 14)
    table.setName("联络组统计")
    text.insertTextContent(text.getEnd(), table, False)
    table.getCellByName("A1").setString("单位/联络组 ")  # the range's header; spacing does not matter
    doc.storeToURL(url(path), ())
    doc.close(True)
    return office.desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))


def placeholders(doc):
    search = doc.createSearchDescriptor()
    search.SearchString = "XX"
    found = doc.findAll(search)
    return [found.getByIndex(i) for i in range(found.getCount())]


def first_paragraph(doc):
    return doc.getText().createEnumeration().nextElement().getString()


def linked_report(office, base):
    folder(office, base)
    data = folder(office, os.path.join(base, "data"))
    book_path = os.path.join(data, "统计台账.ods")
    make_book(office, book_path)
    doc = make_report(office, office.writable_path(os.path.join(base, "report.odt")))
    link = office.create(LINK)
    link.linkWorkbook(doc, url(book_path))
    return doc, link, book_path
