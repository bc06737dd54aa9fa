"""Open generated pages in Debian's headless Chromium (for tests and the benchmark).

Only the system browser and driver are used (scripts/ensure-chromium.sh
installs them): Selenium is given both paths and SE_OFFLINE is set, so
Selenium Manager never tries to download a browser. The flags keep a
headless Chromium on a closed network from making background connections
of its own, so every request the log shows is one the page made.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=ar")


def missing() -> str | None:
    """Why the browser cannot run here, or None when it can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return f"{path} is not installed (run scripts/ensure-chromium.sh as root)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install -e '.[test]')"
    return None


class Browser:
    """One headless Chromium with a fresh, empty profile; use as a context manager."""

    def __init__(self) -> None:
        os.environ["SE_OFFLINE"] = "true"
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for flag in FLAGS:
            opts.add_argument(flag)
        opts.add_argument(f"--user-data-dir={self.profile}")
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
        self.driver.set_page_load_timeout(60)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def open(self, page: str | Path, timeout: float = 30.0) -> float:
        """Load a page and wait until it has drawn and wired its handlers;
        returns the page's own clock (ms since navigation) at that moment."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")
        self.driver.get(Path(page).resolve().as_uri())
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready = self.js("return window.kg && window.kg.ready")
            if ready:
                return float(ready)
            time.sleep(0.05)
        raise TimeoutError(f"{page} did not become ready in {timeout} s")

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def console_errors(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def requests(self) -> list[str]:
        """URLs the page asked for since the last call (DevTools Network events)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") == "Network.requestWillBeSent":
                urls.append(msg["params"]["request"]["url"])
        return urls

    def screenshot(self, path: str | Path) -> Path:
        self.driver.save_screenshot(str(path))
        return Path(path)


def main(argv: list[str] | None = None) -> int:
    """python -m kg.viz.browser PAGE.html OUT.png [--trail]: a screenshot of a
    generated page, with the quote trail of its best-backed stance open."""
    import argparse
    ap = argparse.ArgumentParser(prog="python -m kg.viz.browser", description=main.__doc__)
    ap.add_argument("page")
    ap.add_argument("png")
    ap.add_argument("--trail", action="store_true", help="open the quote trail of the stance with most statements")
    a = ap.parse_args(argv)
    if missing():
        print(f"kg.viz.browser: {missing()}")
        return 2
    with Browser() as b:
        b.open(a.page)
        if a.trail:
            b.js("""var best = window.kgEdges.get().filter(function (e) { return e.kind === 'supports' || e.kind === 'opposes'; })
                    .sort(function (x, y) { return y.ne - x.ne; })[0];
                    if (best) { window.kg.showEdge(best.id); window.kgNetwork.selectEdges([best.id]); }""")
        b.screenshot(a.png)
        errors = b.console_errors()
    print(f"wrote {a.png}" + (f" ({len(errors)} console errors)" if errors else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
