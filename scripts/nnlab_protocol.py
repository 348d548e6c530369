"""The one protocol nnlab's Python helpers speak to the TypeScript side
(src/python/protocol.ts reads it).

- Input: the command line, and/or one JSON document on stdin (read_input()).
- Output: stdout carries JSON lines only, one object per line:
    {"kind": "result", ...fields}                      one per result, as soon as it is ready
    {"kind": "error", "message": "...", ...fields}     something failed (the fields say what)
  and nothing else. serve() moves everything else that would reach stdout
  (print(), libraries, and the kernels and other processes the helper starts,
  which inherit file descriptor 1) to stderr, where progress and logs belong.
- Exit status: 0 when main() returns None or 0; an exception raised by main()
  becomes an error object (with its type and traceback) and exit status 1.

A helper:

    import nnlab_protocol as protocol

    def main():
        for item in protocol.read_input():
            protocol.result(item=item, answer=work(item))

    if __name__ == "__main__":
        protocol.serve(main)

The scripts folder is sys.path[0] when a helper runs as `python scripts/helper.py`,
so `import nnlab_protocol` finds this file.
"""
import json
import os
import sys
import traceback

_channel = None  # the protocol's own stream: the original stdout, once serve() has taken it


def _take_stdout():
    """Keeps the original stdout for protocol messages and points file descriptor 1 at stderr."""
    global _channel
    if _channel is None:
        sys.stdout.flush()
        _channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
        os.dup2(2, 1)
    return _channel


def send(message):
    """Writes one protocol message (a dict with "kind") as one JSON line, flushed at once."""
    if not isinstance(message, dict) or message.get("kind") not in ("result", "error"):
        raise ValueError("a protocol message is a dict with kind 'result' or 'error'")
    channel = _take_stdout()
    channel.write(json.dumps(message) + "\n")
    channel.flush()


def result(**fields):
    """One result."""
    send({"kind": "result", **fields})


def error(message, **fields):
    """An error, with fields that say what it concerns (e.g. path=...)."""
    send({"kind": "error", "message": str(message), **fields})


def read_input():
    """The JSON document on stdin."""
    return json.load(sys.stdin)


def serve(main):
    """Runs main() under the protocol and exits with its status."""
    _take_stdout()
    try:
        status = main()
    except Exception as e:  # noqa: BLE001 - every failure is reported as an error object
        error("%s: %s" % (type(e).__name__, e), type=type(e).__name__, traceback=traceback.format_exc())
        status = 1
    sys.stderr.flush()
    sys.exit(status or 0)
