#!/usr/bin/env bash
# Makes sure the Nu HTML Checker (npm vnu-jar, `npm run check:html`) has a Java runtime.
# vnu-jar's own postinstall would download a JDK from GitHub; it is denied in package.json
# (allowScripts) and Java comes from Debian instead. As root on Debian we install it;
# otherwise we say in one line how to get it.
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Java not found; installing Debian's default-jre-headless…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "No Java runtime: install one (Debian/Ubuntu: sudo apt-get install default-jre-headless); the HTML check needs Java 11+." >&2
exit 1
