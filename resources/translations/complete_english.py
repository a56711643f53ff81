"""The English translation is the source text: mark every English entry finished with it.

Run by `make translations` after lupdate; French entries are translated by hand in the .ts.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own .ts files, not outside input


def complete(path: str) -> int:
    tree = ET.parse(path)  # noqa: S314
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            text = source.text or ""
            wanted = [text.replace("y(ies)", "y").replace("(s)", ""), text.replace("y(ies)", "ies").replace("(s)", "s")]
            if [f.text for f in forms] != wanted or translation.get("type"):
                for form in forms:
                    translation.remove(form)
                for value in wanted:
                    ET.SubElement(translation, "numerusform").text = value
                translation.attrib.pop("type", None)
                changed += 1
        elif translation.get("type") in ("unfinished", "vanished", "obsolete") or translation.text != source.text:
            translation.text = source.text
            translation.attrib.pop("type", None)
            changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


if __name__ == "__main__":
    print(f"{complete(sys.argv[1])} English entries completed")
