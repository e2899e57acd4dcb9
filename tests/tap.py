"""The TAP runner the Python tests share.

    from tap import case, run_cases

    @case("what it checks")
    def _():
        assert ...          # a failed assert is a "not ok" with its message
        return "SKIP why"   # or skip

    if __name__ == "__main__":
        sys.exit(run_cases())

Copyright 2026 The Byline authors
SPDX-License-Identifier: GPL-3.0-or-later
"""
import sys

results = []


def case(name):
    """Registers the decorated function as one test case, run in order."""
    def wrap(fn):
        results.append((name, fn))
        return fn
    return wrap


def run_cases():
    """Runs every case, printing TAP; returns the exit status (1 if any failed)."""
    print("1..%d" % len(results))
    sys.stdout.flush()
    failed = 0
    for i, (name, fn) in enumerate(results, 1):
        try:
            skip = fn()
        except Exception as e:  # noqa: BLE001: every failure is reported as TAP
            failed += 1
            print("not ok %d %s" % (i, name))
            for line in repr(e)[:3000].splitlines():
                print("# " + line)
        else:
            if isinstance(skip, str) and skip.startswith("SKIP"):
                print("ok %d %s # %s" % (i, name, skip))
            else:
                print("ok %d %s" % (i, name))
        sys.stdout.flush()
    return 1 if failed else 0
