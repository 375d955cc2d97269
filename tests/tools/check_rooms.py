#!/usr/bin/env python3
"""Fails when a source file includes a room it may not use (HACKING.md, "Rooms").

Each room may include itself and the rooms listed for it; includes name their room from the
project root ("core/trace.h", "ui/render/stage_renderer.h"). Usage: check_rooms.py SOURCE_DIR
"""
import pathlib
import re
import sys

# room -> rooms it may include (besides itself)
ALLOWED = {
    "core": set(),
    "io": {"core"},
    "ui/render": {"core", "io"},
    "ui/export": {"core", "io", "ui/render"},
    "ui/session": {"core", "io", "ui/render"},
    "ui/widgets": {"core", "io", "ui/render", "ui/session"},
    "ui/labs": {"core", "io", "ui/render", "ui/session", "ui/widgets"},
    "ui/window": {"core", "io", "ui/render", "ui/export", "ui/session", "ui/widgets", "ui/labs"},
    "app/cli": {"core", "io", "ui/render", "ui/export"},
    "app/gui": {"core", "io", "ui/window"},
    "tools/screenshots": {"core", "io", "ui/render", "ui/session", "ui/widgets", "ui/window"},
}
# Qt modules a room may include headers of, where it is limited.
QT_FORBIDDEN = {
    "core": re.compile(r"^<Q"),
    "ui/render": re.compile(r"^<(QWidget|QApplication|QtWidgets|QMainWindow|QDialog|QLabel|qcustomplot)"),
    "ui/export": re.compile(r"^<(QWidget|QApplication|QtWidgets|QMainWindow|QDialog|QLabel|qcustomplot)"),
    "ui/session": re.compile(r"^<(QWidget|QApplication|QtWidgets|QMainWindow|QDialog|QLabel|qcustomplot)"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])', re.M)


def room_of(path: str):
    for room in sorted(ALLOWED, key=len, reverse=True):
        if path == room or path.startswith(room + "/"):
            return room
    return None


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    problems = []
    for file in sorted(root.glob("**/*")):
        if file.suffix not in {".h", ".cpp"} or "build" in file.relative_to(root).parts[:1]:
            continue
        rel = file.relative_to(root).as_posix()
        room = room_of(rel)
        if room is None:
            continue
        text = file.read_text(encoding="utf-8")
        for name in INCLUDE.findall(text):
            if name.startswith('"'):
                target = name.strip('"')
                if target.endswith(".moc"):
                    continue
                other = room_of(target)
                if other is None:
                    problems.append(f"{rel}: {name} does not name its room from the project root")
                elif other != room and other not in ALLOWED[room]:
                    problems.append(f"{rel}: {room} may not include {other} ({name})")
            elif room in QT_FORBIDDEN and QT_FORBIDDEN[room].match(name):
                problems.append(f"{rel}: {room} may not include {name}")
    for problem in problems:
        print(problem)
    if not problems:
        print("every include respects the rooms")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
