#!/usr/bin/python3
"""PyTorch's outputs for the built-in channel lessons.

Every lesson in resources/lessons (each lesson of a sequence too) whose input
has a channel axis or whose kernel is 4-D becomes a case named
"<lesson id>/<place in its file>", its problem as the lesson states it (the
defaults written out) and its output computed in float64 by
make_reference_cases.compute.  The committed file is regenerated with:
  /usr/bin/python3 tests/tools/make_lesson_cases.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_reference_cases as ref  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LESSONS = ROOT / "resources" / "lessons"
OUT = ROOT / "tests" / "data" / "channel_lesson_cases.json"
DEFAULTS = {"stride": [1, 1], "dilation": [1, 1], "padding": [0, 0], "output_padding": [0, 0],
            "bias": 0, "groups": 1}
PROBLEM_KEYS = ("op", "input", "kernel") + tuple(DEFAULTS)


def problem_of(lesson):
    return {key: lesson.get(key, DEFAULTS.get(key)) for key in PROBLEM_KEYS}


def cases():
    found = []
    for path in sorted(LESSONS.glob("*.json")):
        lesson_id = re.sub(r"^\d+-", "", path.stem)
        data = json.loads(path.read_text())
        for place, lesson in enumerate(data.get("sequence", [data])):
            problem = problem_of(lesson)
            if problem["op"] in ref.UPSAMPLE_OPS or not ref.has_channels(problem):
                continue
            found.append(ref.make_case(f"{lesson_id}/{place}", problem))
    return found


def main():
    ref.GENERATOR = "tests/tools/make_lesson_cases.py"
    written = ref.write_cases(OUT, cases())
    print(f"wrote {OUT.relative_to(ROOT)} ({written} bytes)")


if __name__ == "__main__":
    main()
