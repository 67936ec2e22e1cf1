# SPDX-License-Identifier: MPL-2.0
"""Draws the toolbar and menu icons (extension/icons/*-16.png, *-26.png) in the manner of
LibreOffice's Colibre theme: a dark grey outline on a white page or sheet, one blue accent, a
green tick for checks, the red of a 公文's 版头 for layout. Each icon is a few drawing
primitives per size, so that lines fall on whole pixels (no blur at 16 px).

usage: python3 packaging/make-icons.py [OUT_DIR]   (needs ImageMagick's convert; the icons
are committed, this is their source)
"""
import os
import re
import subprocess
import sys

GREY = "#3c3c3c"
PAPER = "#ffffff"
BLUE = "#1e8bcd"
GREEN = "#2b9a45"
RED = "#d42a2a"
SMOOTH = "~"  # a primitive drawn with antialiasing


def page(s):
    """A page with a folded corner."""
    if s == 16:
        pts = "2.5,0.5 9.5,0.5 13.5,4.5 13.5,15.5 2.5,15.5"
        fold = "9.5,0.5 9.5,4.5 13.5,4.5"
    else:
        pts = "4.5,1.5 15.5,1.5 21.5,7.5 21.5,24.5 4.5,24.5"
        fold = "15.5,1.5 15.5,7.5 21.5,7.5"
    return [f"fill {PAPER} stroke {GREY} stroke-width 1 polygon {pts}",
            f"~fill none stroke {GREY} stroke-width 1 polyline {fold}"]


def sheet(s):
    """A spreadsheet: a frame with a header row and grid lines."""
    if s == 16:
        out = [f"fill {PAPER} stroke {GREY} stroke-width 1 rectangle 0.5,1.5 15.5,14.5",
               f"fill {GREY} stroke none rectangle 1,2 15,4"]
        out += [f"stroke {GREY} stroke-width 1 line 0.5,{y}.5 15.5,{y}.5" for y in (8, 11)]
        out += [f"stroke {GREY} stroke-width 1 line 5.5,4 5.5,14.5"]
    else:
        out = [f"fill {PAPER} stroke {GREY} stroke-width 1 rectangle 1.5,2.5 24.5,23.5",
               f"fill {GREY} stroke none rectangle 2,3 24,6"]
        out += [f"stroke {GREY} stroke-width 1 line 1.5,{y}.5 24.5,{y}.5" for y in (11, 15, 19)]
        out += [f"stroke {GREY} stroke-width 1 line 8.5,6 8.5,23.5"]
    return out


def lines(s, color, rows, left=None, right=None):
    """Text lines on the page."""
    out = []
    for y in rows:
        if s == 16:
            out.append(f"stroke {color} stroke-width 1 line {left or 4},{y}.5 {right or 11},{y}.5")
        else:
            out.append(f"fill {color} stroke none rectangle {left or 7},{y - 1} {right or 19},{y}")
    return out


def tick(s):
    if s == 16:
        return [f"~fill none stroke {GREEN} stroke-width 2 polyline 7,11 10,14 15,8"]
    return [f"~fill none stroke {GREEN} stroke-width 3 polyline 11,18 15,22 24,12"]


def plus(s, color=BLUE):
    if s == 16:
        return [f"fill {color} stroke none rectangle 10,11 15,12", f"fill {color} stroke none rectangle 12,9 13,14"]
    return [f"fill {color} stroke none rectangle 15,18 24,20", f"fill {color} stroke none rectangle 18.5,14.5 20.5,23.5"]


def icon_check(s):
    return page(s) + lines(s, GREY, (6, 9) if s == 16 else (10, 14)) + tick(s)


def icon_section(s):
    rows = (6, 8, 10) if s == 16 else (10, 13, 16)
    out = page(s) + lines(s, BLUE, rows[:1], right=9 if s == 16 else 14) + lines(s, GREY, rows[1:])
    return out + plus(s)


def icon_figure(s):
    # A page whose text holds a figure: a blue block of digits on a line.
    if s == 16:
        return page(s) + lines(s, GREY, (5, 13)) + [f"fill {BLUE} stroke none rectangle 4,8 11,10",
                                                     f"fill {PAPER} stroke none rectangle 6,8 6,10",
                                                     f"fill {PAPER} stroke none rectangle 9,8 9,10"]
    return page(s) + lines(s, GREY, (9, 20)) + [f"fill {BLUE} stroke none rectangle 7,12 19,16",
                                                f"fill {PAPER} stroke none rectangle 10,12 10,16",
                                                f"fill {PAPER} stroke none rectangle 13,12 13,16",
                                                f"fill {PAPER} stroke none rectangle 16,12 16,16"]


def icon_refresh(s):
    # A sheet's figures coming round again: a blue arc with its arrow head over a page.
    if s == 16:
        return page(s) + [f"~fill none stroke {BLUE} stroke-width 1.5 arc 4,5 12,13 200,520",
                          f"~fill {BLUE} stroke none polygon 3,6 7,6 5,9"]
    return page(s) + [f"~fill none stroke {BLUE} stroke-width 2 arc 7,9 19,21 200,520",
                      f"~fill {BLUE} stroke none polygon 5,11 11,11 8,15"]


def icon_layout(s):
    # A 公文 laid out: the red 版头 line under a red heading, then the text.
    if s == 16:
        return page(s) + [f"fill {RED} stroke none rectangle 5,3 9,4",
                          f"stroke {RED} stroke-width 1 line 4,6.5 12,6.5"] + lines(s, GREY, (9, 11, 13))
    return page(s) + [f"fill {RED} stroke none rectangle 8,5 15,7",
                      f"stroke {RED} stroke-width 1 line 6,10.5 20,10.5"] + lines(s, GREY, (14, 17, 20))


def icon_newdoc(s):
    # A new 公文: the red 标志 and 版头 line on a page, and the plus of a new document.
    if s == 16:
        return page(s) + [f"fill {RED} stroke none rectangle 4,3 10,4",
                          f"stroke {RED} stroke-width 1 line 3,6.5 13,6.5"] + plus(s)
    return page(s) + [f"fill {RED} stroke none rectangle 6,5 15,7",
                      f"stroke {RED} stroke-width 1 line 5,10.5 21,10.5"] + plus(s)


def icon_newbook(s):
    if s == 16:
        return sheet(s) + [f"fill {PAPER} stroke none rectangle 8,8 15,15"] + plus(s)
    return sheet(s) + [f"fill {PAPER} stroke none rectangle 13,13 25,25"] + plus(s)


def icon_record(s):
    # A new row of the ledger: one row filled blue.
    if s == 16:
        return sheet(s) + [f"fill {BLUE} stroke none rectangle 6,9 15,10"]
    return sheet(s) + [f"fill {BLUE} stroke none rectangle 9,16 24,18"]


def icon_checkbook(s):
    if s == 16:
        return sheet(s) + [f"fill {PAPER} stroke none rectangle 6,7 15,14"] + tick(s)
    return sheet(s) + [f"fill {PAPER} stroke none rectangle 9,11 24,23"] + tick(s)


def icon_sidebar(s):
    # A window whose right part is the deck.
    if s == 16:
        return [f"fill {PAPER} stroke {GREY} stroke-width 1 rectangle 0.5,1.5 15.5,14.5",
                f"fill {GREY} stroke none rectangle 1,2 15,3",
                f"fill {BLUE} stroke none rectangle 10,4 15,14"] + lines(s, GREY, (6, 9), left=3, right=8)
    return [f"fill {PAPER} stroke {GREY} stroke-width 1 rectangle 1.5,2.5 24.5,23.5",
            f"fill {GREY} stroke none rectangle 2,3 24,5",
            f"fill {BLUE} stroke none rectangle 16,6 24,23"] + lines(s, GREY, (10, 14, 18), left=5, right=13)


ICONS = {"check": icon_check, "section": icon_section, "figure": icon_figure,
         "refresh": icon_refresh, "layout": icon_layout, "newdoc": icon_newdoc, "newbook": icon_newbook,
         "record": icon_record, "checkbook": icon_checkbook, "sidebar": icon_sidebar}


def draw(out_dir, name, size, primitives):
    args = ["convert", "-size", f"{size}x{size}", "xc:none"]
    for p in primitives:
        # Straight lines and boxes crisp on the pixel grid; curves and slants smoothed.
        # (Without antialiasing a 1-pixel line is centred on whole coordinates, with it between.)
        smooth = p.startswith(SMOOTH)
        crisp = re.sub(r"(\d+)\.5", r"\1", p)
        args += ["-antialias" if smooth else "+antialias", "-draw", p[len(SMOOTH):] if smooth else crisp]
    args += ["-strip", "-define", "png:color-type=6", os.path.join(out_dir, f"{name}-{size}.png")]
    subprocess.run(args, check=True)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "extension", "icons")
    for name, make in ICONS.items():
        for size in (16, 26):
            draw(out_dir, name, size, make(size))


if __name__ == "__main__":
    main()
