"""The benchmarks in this folder: `python -m bench` lists them, `python -m bench.NAME` runs one.

Each line is the first sentence of the module's docstring, read without importing it (some
benchmarks load large data on import).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
# "...: `python -m bench.x`." or "Run: `python -m bench.x`." spell out how to run it: dropped here
RUN_HINT = re.compile(r"(?:\s*Run)?:?\s*`(?:\.venv/bin/)?python -m bench\.[^`]*`\.?")


def summary(path: Path) -> str:
    """The first sentence of a module's docstring, without its run hint."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    paragraph = " ".join(doc.split("\n\n", 1)[0].split())
    paragraph = RUN_HINT.sub("", paragraph).strip()
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].rstrip(".:")
    return sentence or "(no description)"


def benchmarks() -> list[tuple[str, str]]:
    return [
        (path.stem, summary(path))
        for path in sorted(HERE.glob("*.py"))
        if not path.stem.startswith("_")
    ]


def main() -> None:
    found = benchmarks()
    width = max(len(name) for name, _ in found)
    print("Benchmarks: run one with `.venv/bin/python -m bench.NAME` (its docstring says more).")
    for name, text in found:
        print(f"  {name:<{width}}  {text}")


if __name__ == "__main__":
    main()
