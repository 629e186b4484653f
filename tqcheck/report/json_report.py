"""JSON report, schema version 1 (see README: "JSON output")."""
from __future__ import annotations

import json


def render_json(run, *, color: bool = False, quiet: bool = False) -> str:
    return json.dumps(run.to_json(), ensure_ascii=False, indent=2) + "\n"
