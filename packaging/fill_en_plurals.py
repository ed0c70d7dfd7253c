#!/usr/bin/env python3
"""Fills the English plural forms in translations/patchline_en.ts.

English needs a translation only for `tr("%n call(s)", nullptr, n)`: the source text keeps
"(s)" and this script writes the singular and plural forms ("1 call", "2 calls"). Every
other message stays unfinished and empty, so the source text is shown. Run after
`cmake --build build --target update_translations`; it changes only unfinished numerus
messages, so hand-made forms are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

PATH = sys.argv[1] if len(sys.argv) > 1 else "translations/patchline_en.ts"

# Singular wording where more than the noun changes (verb agreement, pronouns).
SINGULAR_FIXES = [
    ("(s) were left open", " was left open"),
    ("they are now marked", "it is now marked"),
    ("(s) were lost", " was lost"),
    ("(s) were dropped", " was dropped"),
    ("(s) were stored", " was stored"),
    ("(s) are live. Quitting hangs them up.", " is live. Quitting hangs it up."),
]


def forms(source):
    singular = source
    for a, b in SINGULAR_FIXES:
        singular = singular.replace(a, b)
    singular = singular.replace("(s)", "")
    plural = re.sub(r"\(s\)", "s", source)
    return singular, plural


def main():
    tree = ET.parse(PATH)
    filled = 0
    for m in tree.iter("message"):
        if m.get("numerus") != "yes":
            continue
        tr = m.find("translation")
        if tr.get("type") != "unfinished":
            continue
        for old in list(tr):
            tr.remove(old)
        singular, plural = forms(m.find("source").text)
        for text in (singular, plural):
            nf = ET.SubElement(tr, "numerusform")
            nf.text = text
        del tr.attrib["type"]
        filled += 1
    tree.write(PATH, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE; lupdate and lrelease want it back.
    text = open(PATH, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    open(PATH, "w", encoding="utf-8").write(text)
    print(f"{filled} plural message(s) filled")


if __name__ == "__main__":
    main()
