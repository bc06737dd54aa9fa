#!/bin/sh
# Install Debian's headless Chromium and its WebDriver for the browser tests
# (tests/test_viz_browser.py), only when either is missing. Debian's packages
# are used because the machines reach no browser download site, and browser
# managers (Selenium Manager, Playwright) must never fetch a build of their own.
# Run as root. Exits 0 when both are already present.
set -eu

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: chromium/chromedriver missing; run this script as root to install them" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core >/dev/null
test -x /usr/bin/chromium && test -x /usr/bin/chromedriver
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
