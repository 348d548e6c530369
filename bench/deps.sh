#!/bin/sh
# Installs what the benchmark races nnlab against (bench/package.json: TensorFlow.js
# and its WebAssembly backend) into bench/node_modules, once, and again when
# bench/package-lock.json changes. Kept out of the package's own node_modules so
# TensorFlow.js's types (@types/emscripten) never reach the notebooks' TypeScript.
set -e
cd "$(dirname "$0")"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.nnlab-lock-sha256 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > node_modules/.nnlab-lock-sha256
fi
