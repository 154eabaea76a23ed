#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt .ts catalogue. A developer tool, not used by the build or CI.

  scripts/ts-fill.py --english translations/boli_en.ts
      every entry's translation becomes its source text (English is the source language).
  scripts/ts-fill.py translations/boli_hi.ts hindi.tsv
      applies lines "context<TAB>source<TAB>translation" (\\n in a field means a newline).
  scripts/ts-fill.py --missing translations/boli_hi.ts
      prints the unfinished entries as "context<TAB>source<TAB>" lines, ready to translate.
Entries that get a translation lose type="unfinished".
"""
import sys
import xml.etree.ElementTree as ET


def entries(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def set_translation(message, text, english=False):
    """Writes `text` into the message; a plural (numerus) message gets one form per plural form:
    English singular and plural from a "(s)" source, Hindi the same text for both."""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") != "yes":
        translation.text = text
        return
    for form in list(translation):
        translation.remove(form)
    translation.text = None
    forms = [text.replace("(s)", ""), text.replace("(s)", "s")] if english else [text, text]
    for form_text in forms:
        ET.SubElement(translation, "numerusform").text = form_text


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def main(argv):
    if len(argv) == 3 and argv[1] == "--english":
        tree = ET.parse(argv[2])
        for _, message in entries(tree):
            set_translation(message, message.findtext("source"), english=True)
        save(tree, argv[2])
    elif len(argv) == 3 and argv[1] == "--missing":
        for name, message in entries(ET.parse(argv[2])):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip():
                print(f"{name}\t{escape(message.findtext('source'))}\t")
    elif len(argv) == 3:
        wanted = {}
        with open(argv[2], encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                parts = line.split("\t")
                if len(parts) != 3 or not parts[2].strip():
                    sys.exit(f"{argv[2]}:{number}: want context<TAB>source<TAB>translation")
                wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])
        tree = ET.parse(argv[1])
        applied = 0
        for name, message in entries(tree):
            text = wanted.get((name, message.findtext("source")))
            if text is not None:
                set_translation(message, text)
                applied += 1
        save(tree, argv[1])
        print(f"applied {applied} of {len(wanted)} translations")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
