"""The front ends ask the read API (`storage.api.Archive`) and never write SQL: a query in
`cli/` or `tui/` would be a second view of the data, free to disagree with the other front
end. (pyproject.toml's import contracts keep them off the query modules; this keeps the SQL
itself out.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQL = re.compile(
    r"\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|\bPRAGMA \w+",
    re.DOTALL,
)


def test_no_sql_in_the_command_line_or_the_dashboard() -> None:
    found = []
    for package in ("cli", "tui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                    continue
                if SQL.search(node.value):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
