# SPDX-License-Identifier: MPL-2.0
"""Writes our help pages as plain HTML for the offices that cannot show extension help.

LibreOffice 25.2 (Debian's bookworm-backports build) crashes while it renders any extension's
help page with its help provider (tried with a one-paragraph extension as well as ours), so
from LibreOffice 24 on the extension opens these pages instead (src/uno/common/Help.cxx).
They are made from the same .xhp pages the provider renders on 7.x, so both say the same.

usage: help-html.py HELP_DIR OUT_DIR
  HELP_DIR holds LANGUAGE/org.gongwen.assistant/*.xhp; OUT_DIR gets LANGUAGE/PAGE.html for each,
  help.css, and topics.txt: a line "TOPIC PAGE" for each help ID org.gongwen.help.TOPIC.
The screenshots stay where the package has them (help/LANGUAGE/org.gongwen.assistant/); a page
links to them relatively, so OUT_DIR must be the package's help-html/ beside help/.
"""
import glob
import html
import os
import sys
import xml.etree.ElementTree as ElementTree

EXTENSION_FOLDER = "org.gongwen.assistant"
HELP_ID_PREFIX = "hid/org.gongwen.help."
STYLE = """body { font-family: sans-serif; margin: 1.5em 2em; max-width: 52em; line-height: 1.5; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; }
img { max-width: 100%; height: auto; }
"""


def inline(element):
    """The element's text and its children's, escaped; an image becomes <img>."""
    parts = [html.escape(element.text or "")]
    for child in element:
        if child.tag == "image":
            parts.append(image(child))
        elif child.tag != "alt":
            parts.append(inline(child))
        parts.append(html.escape(child.tail or ""))
    return "".join(parts)


def image(element):
    # The provider turns "org.gongwen.assistant/NAME" into a file beside the page's language
    # folder of help/; from help-html/LANGUAGE/ that folder is ../../help/LANGUAGE/.
    source = element.get("src")
    if not source.startswith(EXTENSION_FOLDER + "/"):
        raise SystemExit(f"help-html: an image outside the extension's help: {source}")
    language = element.get("language")
    alt = element.find("alt")
    alt_text = html.escape(alt.text or "", quote=True) if alt is not None else ""
    return f'<img src="../../help/{language}/{html.escape(source, quote=True)}" alt="{alt_text}">'


def block(element, language):
    """HTML for one element of a page's body."""
    if element.tag == "paragraph":
        role = element.get("role")
        for img in element.iter("image"):
            img.set("language", language)
        if role == "heading":
            level = min(int(element.get("level", "1")), 6)
            return f"<h{level}>{inline(element)}</h{level}>"
        return f"<p>{inline(element)}</p>"
    if element.tag == "list":
        tag = "ol" if element.get("type") == "ordered" else "ul"
        items = "".join(f"<li>{''.join(inline(p) for p in item)}</li>" for item in element)
        return f"<{tag}>{items}</{tag}>"
    if element.tag == "table":
        rows = []
        for row in element:
            cells = []
            for cell in row:
                paragraphs = list(cell)
                tag = "th" if paragraphs and paragraphs[0].get("role") == "tablehead" else "td"
                cells.append(f"<{tag}>{'<br>'.join(inline(p) for p in paragraphs)}</{tag}>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        return f"<table>{''.join(rows)}</table>"
    if element.tag == "bookmark":
        return ""
    raise SystemExit(f"help-html: no HTML for <{element.tag}>")


def convert(page, language):
    """(the page's HTML, the help topics its bookmarks name)."""
    root = ElementTree.parse(page).getroot()
    title = root.find("meta/topic/title").text or ""
    body = root.find("body")
    topics = [b.get("branch")[len(HELP_ID_PREFIX):] for b in body.iter("bookmark")
              if (b.get("branch") or "").startswith(HELP_ID_PREFIX)]
    content = "\n".join(filter(None, (block(e, language) for e in body)))
    document = (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
                f"<title>{html.escape(title)}</title>\n"
                f'<link rel="stylesheet" href="../help.css">\n</head>\n<body>\n{content}\n</body>\n</html>\n')
    return document, topics


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    help_dir, out = sys.argv[1:3]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "help.css"), "w", encoding="utf-8") as f:
        f.write(STYLE)
    topics = {}
    for language_dir in sorted(glob.glob(os.path.join(help_dir, "*", EXTENSION_FOLDER))):
        language = os.path.basename(os.path.dirname(language_dir))
        os.makedirs(os.path.join(out, language), exist_ok=True)
        for page in sorted(glob.glob(os.path.join(language_dir, "*.xhp"))):
            name = os.path.splitext(os.path.basename(page))[0]
            document, page_topics = convert(page, language)
            with open(os.path.join(out, language, name + ".html"), "w", encoding="utf-8") as f:
                f.write(document)
            for topic in page_topics:
                if topics.setdefault(topic, name) != name:
                    sys.exit(f"help-html: topic {topic} is on {topics[topic]} and {name}")
    with open(os.path.join(out, "topics.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{topic} {name}\n" for topic, name in sorted(topics.items())))
    print(f"help-html: {len(topics)} topics")


if __name__ == "__main__":
    main()
