"""Single constructions of wire copy: `python -m bench.constructions [--quiet]`.

Each line of `bench/data/constructions.jsonl` is one or two sentences built around one way
news tells its dead and wounded (ranks and names, kinship, participles, euphemisms, revisions,
treatment of the wounded, look-alike numbers, recalled events), labelled by readers who had not
read the extractor. Prints how many the extractor reads as labelled, and every miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.api import extract

DATA = Path(__file__).resolve().parent / "data" / "constructions.jsonl"


def main(argv: list[str] | None = None) -> int:
    quiet = "--quiet" in (sys.argv[1:] if argv is None else argv)
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    right = 0
    for row in rows:
        found = extract(row["text"])
        got = (found.killed, found.injured)
        want = (row["killed"], row["injured"])
        right += got == want
        if got != want and not quiet:
            print(f"{row['id']}: {got} for {want}: {row['text']}")
    print(
        f"constructions read as labelled: {right} of {len(rows)} ({100 * right / len(rows):.1f} %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
