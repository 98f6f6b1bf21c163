#!/usr/bin/env bash
# Installs what the docs-check profile needs and `mvn verify` alone does not: Debian's Chromium and
# its WebDriver for the browser test. Node and npm are expected on the machine; the OpenAPI linter
# comes through npx at a pinned version. Idempotent: does nothing when everything is there.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "docs-tools: chromium and chromium-driver are missing and installing them needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
