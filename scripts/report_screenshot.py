"""Regenerate docs/report.png: the HTML report on the seed, rendered by headless Chromium.

Usage: python scripts/report_screenshot.py [chromium-binary]
One highlight (the first calque, else the first) is shown open, as after a click, so the
picture shows a tooltip.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    chromium = sys.argv[1] if len(sys.argv) > 1 else shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium not found (Debian: apt-get install chromium)")
    import os

    from tqcheck.api import check_paths
    from tqcheck.report import render_html

    os.chdir(ROOT)   # the report names the file as `tqcheck check seeds/...` run here would
    page = render_html(check_paths(["seeds/efe-2022-02-04.txt"], jobs=1))
    # open the first calque (TQ3xx) highlight if there is one, else the first highlight
    import re

    marks = list(re.finditer(r'<mark class="tq [^"]*"[^>]*data-rules="([^"]*)"', page))
    if marks:
        m = next((m for m in marks if m.group(1).startswith("TQ3")), marks[0])
        at = m.start() + len('<mark class="')
        page = page[:at] + "open " + page[at:]
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        html.write_text(page, "utf-8")
        out = ROOT / "docs" / "report.png"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--window-size=1000,1350",
                        f"--screenshot={out}", html.as_uri()], check=True, capture_output=True)
    print(out)


if __name__ == "__main__":
    main()
