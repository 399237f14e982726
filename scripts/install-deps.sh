#!/usr/bin/env bash
# Installs, from Debian's packages, whatever newsline needs that this machine lacks.
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config libhowardhinnant-date-dev nlohmann-json3-dev libicu-dev
          libboost-graph-dev libboost-dev libgtest-dev libcli11-dev tzdata python3 libbenchmark-dev zlib1g-dev libgumbo-dev
          libmimalloc-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
