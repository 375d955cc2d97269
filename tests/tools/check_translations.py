#!/usr/bin/env python3
"""The translations are complete: every .ts file matches the sources and translates all of them.

    check_translations.py LUPDATE SOURCE_LIST [OPTION...] -- TS_FILE...

Copies each .ts file, runs lupdate over the sources into the copy with the project's options
(what `cmake --build --preset release --target update_translations` does, without touching the
real files), then fails on any message that is unfinished (a source string new in the code or
not yet translated), vanished or obsolete (gone from the code), on numerus forms left empty, on
placeholders (%1 … %9, %n) a translation drops or invents, and on a menu mnemonic (&) that the
source has and the translation lacks.
"""

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?n|[1-9])")
MNEMONIC = re.compile(r"&(?!&)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return translation, texts


def check_file(path, language):
    problems = []
    counts = {"messages": 0, "numerus": 0}
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            counts["messages"] += 1
            source = message.findtext("source") or ""
            where = f"{language}: {name}: {source[:70]!r}"
            translation, texts = translations_of(message)
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {kind}")
                continue
            numerus = message.get("numerus") == "yes"
            counts["numerus"] += numerus
            wanted = placeholders(source)
            for text in texts:
                if not text.strip():
                    problems.append(f"{where} has an empty translation")
                    continue
                got = placeholders(text)
                # A numerus form may leave out %n where the language says "one" in words.
                if numerus and "%n" in wanted and "%n" not in got:
                    got = sorted(set(got) | {"%n"})
                if got != wanted:
                    problems.append(f"{where}: placeholders {got} instead of {wanted}")
                if MNEMONIC.search(source.replace("&&", "")) and not MNEMONIC.search(
                    text.replace("&&", "")
                ):
                    problems.append(f"{where}: the translation lost the & mnemonic")
    return problems, counts


def main(argv):
    if "--" not in argv or len(argv) < 5:
        sys.exit(__doc__)
    split = argv.index("--")
    lupdate, source_list, options = argv[1], argv[2], argv[3:split]
    ts_files = [Path(p) for p in argv[split + 1 :]]
    sources = [line for line in Path(source_list).read_text().splitlines() if line]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        listed = Path(work) / "sources.lst"
        listed.write_text("\n".join(sources) + "\n")
        copies = []
        for ts in ts_files:
            copy = Path(work) / ts.name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        # -no-obsolete would drop what this test is for: keep vanished entries visible.
        kept = [o for o in options if o != "-no-obsolete"]
        run = subprocess.run(
            [lupdate, *kept, f"@{listed}", "-ts", *map(str, copies)],
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            sys.exit(f"lupdate failed with exit code {run.returncode}")
        for copy in copies:
            language = copy.stem.split("_", 1)[1]
            found, counts = check_file(copy, language)
            problems += found
            print(
                f"{copy.name}: {counts['messages']} messages ({counts['numerus']} with plural "
                f"forms), {len(found)} problems"
            )
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"\n{len(problems)} problems. Run `cmake --build --preset release --target "
            "update_translations`, translate what is unfinished (HACKING.md, 'Translations') "
            "and commit the .ts files."
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
