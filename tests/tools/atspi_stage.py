#!/usr/bin/python3
"""The stage as a screen reader reads it, over AT-SPI, for CTest; exit 77 (skipped) when
pyatspi or the session's tools (xvfb, dbus, at-spi2-core) are missing.

  atspi_stage.py CONVSTEP [--dump]

Starts CONVSTEP on the default lesson in a private accessibility session (atspi_session.py)
and, through pyatspi only: finds the stage's output table and reads 55 at (0, 0) after the
first step; presses Step Forward through its AT-SPI action and hears the new step announced
(object:state-changed:showing of a notification named with the narration the explanation
panel shows), once. --dump prints the window's accessible tree, tables summarised.
"""
import argparse
import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import atspi_session  # noqa: E402

SKIP = atspi_session.SKIP
APP_SECONDS = 30  # for the program to appear on the desktop with its stage
EVENT_SECONDS = 10  # for an announcement after a step
QUIET_SECONDS = 1.0  # with no announcement expected (the animation's frames, say)
SEARCH_LIMIT = 4000  # accessible objects visited in one search at most


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Reader:
    """What a screen reader does with the program: look things up, listen, press."""

    def __init__(self, program):
        import pyatspi
        from gi.repository import GLib

        self.pyatspi = pyatspi
        self.context = GLib.MainContext.default()
        self.program = program
        self.app = self.wait_for(lambda: self._application(program.pid), APP_SECONDS,
                                 "the program on the AT-SPI desktop")
        self.heard = []  # announcements: the names of notifications shown
        pyatspi.Registry.registerEventListener(self._on_showing, "object:state-changed:showing")

    def close(self):
        self.pyatspi.Registry.deregisterEventListener(self._on_showing,
                                                      "object:state-changed:showing")

    def _application(self, pid):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        return None

    def _on_showing(self, event):
        if event.detail1 and event.source.getRole() == self.pyatspi.ROLE_NOTIFICATION:
            self.heard.append(event.source.name)

    def pump(self):
        while self.context.pending():
            self.context.iteration(False)

    def wait_for(self, probe, seconds, what):
        """Pumps AT-SPI events until probe() gives something, for `seconds` at most."""
        deadline = time.monotonic() + seconds
        while True:
            self.pump()
            try:
                found = probe()
            except Exception:  # an object that went away while it was read: ask again
                found = None
            if found:
                return found
            if self.program.poll() is not None:
                raise Failure(f"the program ended with status {self.program.returncode} "
                              f"while waiting for {what}")
            if time.monotonic() >= deadline:
                raise Failure(f"no {what} within {seconds} s")
            time.sleep(0.05)

    def listen(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.pump()
            time.sleep(0.05)

    def find(self, root, role, name=None, prefix=None):
        """Breadth first, not into tables (their cells) or menus."""
        pyatspi = self.pyatspi
        queue, visited = [root], 0
        while queue and visited < SEARCH_LIMIT:
            node = queue.pop(0)
            visited += 1
            node_name = node.name or ""
            if node.getRole() == role and (name is None or node_name == name) and (
                    prefix is None or node_name.startswith(prefix)):
                return node
            if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU):
                continue
            queue.extend(c for c in (node.getChildAtIndex(i) for i in range(node.childCount)) if c)
        return None

    def dump(self, node, depth=0):
        pyatspi = self.pyatspi
        line = f"{'  ' * depth}[{node.getRoleName()}] {node.name!r}"
        if node.description:
            line += f" — {node.description!r}"
        print(line)
        if node.getRole() == pyatspi.ROLE_TABLE:
            table = node.queryTable()
            for r in range(min(table.nRows, 3)):
                for c in range(min(table.nColumns, 3)):
                    print(f"{'  ' * (depth + 1)}({r}, {c}) {table.getAccessibleAt(r, c).name!r}")
            return
        if node.getRole() in (pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU) or depth > 12:
            return
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                self.dump(child, depth + 1)


def cell_name(table, row, col):
    return table.queryTable().getAccessibleAt(row, col).name


def run(convstep, dump):
    session = atspi_session.AccessibilitySession()
    program = reader = None
    try:
        os.environ.update({k: session.env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")})
        program = subprocess.Popen([convstep], env=session.env)
        reader = Reader(program)
        roles = reader.pyatspi
        stage = reader.wait_for(lambda: reader.find(reader.app, roles.ROLE_PANEL, name="Stage"),
                                APP_SECONDS, "panel named Stage")
        output = reader.wait_for(lambda: reader.find(stage, roles.ROLE_TABLE, prefix="Output"),
                                 APP_SECONDS, "output table on the stage")
        if dump:
            reader.dump(reader.app)

        # The default lesson opens at its first step: output (0, 0) = 55.
        table = output.queryTable()
        check((table.nRows, table.nColumns) == (2, 2),
              f"output table is {table.nRows}×{table.nColumns}, not 2×2")
        first = cell_name(output, 0, 0)
        check(re.match(r"Output row 0, column 0\b.*: 55 = ", first), f"output (0, 0) says {first!r}")
        check(cell_name(output, 0, 1).endswith("not computed yet"),
              f"output (0, 1) says {cell_name(output, 0, 1)!r} before its step")
        source = reader.find(stage, roles.ROLE_TABLE, prefix="Input")
        check(source is not None, "no input table on the stage")
        check(cell_name(source, 0, 0).startswith("Input row 0, column 0: 3"),
              f"input (0, 0) says {cell_name(source, 0, 0)!r}")

        # Step Forward, pressed the way a screen reader presses a button.
        narration = reader.find(reader.app, roles.ROLE_LABEL, name="Narration")
        check(narration is not None, "no narration label in the explanation panel")
        before = narration.description
        button = reader.find(reader.app, roles.ROLE_PUSH_BUTTON, name="Step Forward")
        check(button is not None, "no Step Forward button")
        reader.listen(QUIET_SECONDS)  # the first step's own announcement, if it is still due
        reader.heard.clear()
        button.queryAction().doAction(0)
        said = reader.wait_for(lambda: reader.heard, EVENT_SECONDS, "announcement of the step")
        reader.listen(QUIET_SECONDS)
        check(len(reader.heard) == 1, f"{len(reader.heard)} announcements for one step: "
              f"{reader.heard}")
        check(narration.description != before, "the narration did not change with the step")
        check(said[0] == narration.description,
              f"announced {said[0]!r}, but the panel says {narration.description!r}")
        second = cell_name(output, 0, 1)
        check(re.match(r"Output row 0, column 1, computed in this step: 52 = ", second),
              f"output (0, 1) says {second!r} after its step")
        print(f"output (0, 0): {first}")
        print(f"announced: {said[0]}")
        print(f"output (0, 1): {second}")
        return 0
    except Failure as failure:
        print(f"FAIL: {failure}")
        return 1
    finally:
        if reader is not None:
            reader.close()
        atspi_session.stop_process(program)
        session.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("convstep")
    parser.add_argument("--dump", action="store_true")
    args = parser.parse_args()
    missing = atspi_session.missing_tools()
    if not importlib.util.find_spec("gi") or not importlib.util.find_spec("pyatspi"):
        missing.append("python3-pyatspi")
    if missing:
        print("skipped: missing " + ", ".join(missing))
        return SKIP
    return run(args.convstep, args.dump)


if __name__ == "__main__":
    sys.exit(main())
