#!/usr/bin/env bash
# Runs every test of HybridChat on a fresh Debian machine: installs what is missing (Debian
# packages, the .NET local tools; npm packages, the web assets' and contract/'s API tools, come with
# the build), builds once, runs the integration tests (among them the API contract: redocly lint and
# a generated TypeScript client against the app) on SQLite and again on a private PostgreSQL cluster
# on loopback (tools/postgres.sh, stopped at the end) and the browser tests, then the benchmark's quick
# mode (one check: it fails only if an event is lost, duplicated or reordered, or a scenario errors),
# and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(chromium nginx ffmpeg redis-server postgresql)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js 20.19+ with npm (the build's npm ci, the contract tools); Debian's own when there is none.
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} with apt"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  # nginx would start its default site on port 80 at install (and fail the install where that port
  # is taken), redis-server and postgresql their services; the tests start their own nginx,
  # redis-server and PostgreSQL on loopback, so no service starts during the install.
  policy=/usr/sbin/policy-rc.d
  added_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod +x "$policy"
    added_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  [ "$added_policy" -eq 0 ] || "${sudo_cmd[@]}" rm -f "$policy"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore
dotnet build HybridChat.sln -c Release

results=artifacts/test-results
rm -rf "$results"
status=0
for project in HybridChat.Tests HybridChat.E2E; do
  dotnet test "$project" -c Release --no-build --results-directory "$results" \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=normal" || status=1
done

# The integration suite once more, each app on a fresh database of its own in a private cluster.
export HYBRIDCHAT_POSTGRES_DIR HYBRIDCHAT_POSTGRES_PORT=${HYBRIDCHAT_POSTGRES_PORT:-55432}
HYBRIDCHAT_POSTGRES_DIR=$(mktemp -d)
trap 'tools/postgres.sh stop' EXIT
if postgres=$(tools/postgres.sh start); then
  HYBRIDCHAT_TEST_DATABASE=PostgreSql HYBRIDCHAT_TEST_POSTGRES=$postgres \
    dotnet test HybridChat.Tests -c Release --no-build --results-directory "$results" \
    --logger "trx;LogFileName=HybridChat.Tests.PostgreSql.trx" --logger "console;verbosity=normal" || status=1
else
  status=1
fi
tools/postgres.sh stop
trap - EXIT

bench_passed=0
if dotnet run --project HybridChat.Bench -c Release --no-build -- --quick; then
  bench_passed=1
else
  status=1
fi

passed=$bench_passed
failed=$((1 - bench_passed))
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
[ "$(ls "$results"/*.trx 2>/dev/null | wc -l)" -eq 3 ] || status=1
# Name each failed test (and the first line of its message) so a short log still says what broke.
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  command -v python3 >/dev/null && python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
    message = r.find(".//t:Message", ns)
    first = (message.text or "").strip().splitlines()[0] if message is not None and message.text else ""
    print(f"FAILED ({sys.argv[1].rsplit('/', 1)[-1]}): {r.get('testName')}: {first[:300]}")
PY
done
echo "$passed passed, $failed failed"
exit $status
