"""Regenerate docs/report.png: the HTML report on the seed, rendered by headless Chromium.

Usage: python scripts/report_screenshot.py [chromium-binary]
The first highlight is shown open (as after a click) so the picture shows a tooltip.
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
    page = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--format", "html", "--fail-on", "never",
                           "seeds/efe-2022-02-04.txt"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    page = page.replace('class="tq ', 'class="open tq ', 1)
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
