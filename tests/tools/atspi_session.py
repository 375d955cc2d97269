#!/usr/bin/python3
"""A private accessibility session for tests, the way a screen reader meets a program: an X
server (Xvfb), a D-Bus session bus with the AT-SPI bus started on it, and Qt's AT-SPI bridge
switched on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON) for the programs run in it.

  atspi_session.py PROGRAM [ARG...]   runs PROGRAM in a session and exits with its status,
                                      77 (skipped) when a tool the session needs is missing

As a module, AccessibilitySession() starts one and stop() ends it, every process it started
ended by its own id within a bounded time.
"""
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKIP = 77
SCREEN = "1600x1000x24"
STARTUP_SECONDS = 20  # for Xvfb, the session bus and the AT-SPI bus each
STOP_SECONDS = 5  # for a process to end after SIGTERM, before SIGKILL
XVFB_ATTEMPTS = 3

AT_SPI_BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")


def missing_tools():
    """What the session needs and this machine lacks (Debian: xvfb, dbus, at-spi2-core)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not AT_SPI_BUS_SERVICE.exists():
        missing.append(str(AT_SPI_BUS_SERVICE))
    return missing


def stop_process(process):
    """Ends a process this session started: SIGTERM, then SIGKILL if it lingers."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_SECONDS)


class AccessibilitySession:
    """Xvfb, a session bus and the AT-SPI bus; `env` is the environment to run programs in."""

    def __init__(self):
        self._xvfb = None
        self._bus = None
        self._home = tempfile.TemporaryDirectory(prefix="convstep-atspi-")
        try:
            self.env = self._base_env()
            self._start_xvfb()
            self._start_bus()
            self._start_atspi_bus()
        except BaseException:
            self.stop()
            raise

    def _base_env(self):
        home = Path(self._home.name)
        env = dict(os.environ)
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                     "QT_QPA_PLATFORM", "NO_AT_BRIDGE", "QT_ACCESSIBILITY"):
            env.pop(name, None)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        for name, folder in (("XDG_RUNTIME_DIR", runtime), ("XDG_CONFIG_HOME", home / "config"),
                             ("XDG_DATA_HOME", home / "data"), ("XDG_CACHE_HOME", home / "cache"),
                             ("HOME", home)):
            Path(folder).mkdir(exist_ok=True)
            env[name] = str(folder)
        env["QT_QPA_PLATFORM"] = "xcb"
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        return env

    def _start_xvfb(self):
        # Two servers starting at once can both pick the same free display; the one that loses
        # ends, and a new one picks again.
        for _ in range(XVFB_ATTEMPTS):
            display = self._try_xvfb()
            if display is not None:
                self.env["DISPLAY"] = ":" + display
                return
            stop_process(self._xvfb)
        raise RuntimeError(f"no X server after {XVFB_ATTEMPTS} attempts")

    def _try_xvfb(self):
        """Starts Xvfb; its display number once a client can connect, else None."""
        # -displayfd: Xvfb picks a free display and writes its number once it is ready.
        # -noreset: the server would otherwise reset, refusing connections for a moment, each
        # time its last client leaves (the check below, the AT-SPI bus launcher).
        read_end, write_end = os.pipe()
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp",
             "-noreset"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=self.env)
        os.close(write_end)
        try:
            display = self._read_line(read_end, "display from Xvfb")
        except RuntimeError:
            return None
        finally:
            os.close(read_end)
        deadline = time.monotonic() + STARTUP_SECONDS
        while self._xvfb.poll() is None and time.monotonic() < deadline:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                try:
                    probe.connect(f"/tmp/.X11-unix/X{display}")
                    return display
                except OSError:
                    time.sleep(0.1)
        return None

    def _start_bus(self):
        self._bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=self.env)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(self._bus.stdout.fileno(),
                                                               "session bus address")

    def _start_atspi_bus(self):
        # Asking for the AT-SPI bus's address starts it (D-Bus activation of org.a11y.Bus);
        # Qt's bridge then finds it on the session bus and switches itself on.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                        "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                       env=self.env, check=True, stdout=subprocess.DEVNULL,
                       timeout=STARTUP_SECONDS)

    @staticmethod
    def _read_line(fd, what):
        """The first line written to `fd`, waiting at most STARTUP_SECONDS."""
        deadline = time.monotonic() + STARTUP_SECONDS
        data = b""
        while b"\n" not in data:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise RuntimeError(f"no {what} within {STARTUP_SECONDS} s")
            chunk = os.read(fd, 256)
            if not chunk:
                raise RuntimeError(f"no {what}: the program ended")
            data += chunk
        return data.split(b"\n", 1)[0].decode().strip()

    def stop(self):
        """Ends the bus (the AT-SPI bus and registry go with it) and the X server."""
        stop_process(self._bus)
        stop_process(self._xvfb)
        self._bus = self._xvfb = None
        self._home.cleanup()


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    missing = missing_tools()
    if missing:
        print("skipped: missing " + ", ".join(missing))
        return SKIP
    session = AccessibilitySession()
    program = None
    try:
        program = subprocess.Popen(argv[1:], env=session.env)
        return program.wait()
    finally:
        stop_process(program)
        session.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
