"""The TAP runner the Python tests share.

    from tap import case, run_cases

    @case("what it checks")
    def _():
        assert ...          # a failed assert is a "not ok" with its message
        return "SKIP why"   # or skip (or raise Skip("why") from deeper down)

    skip("what it would check", "why not")   # a case skipped up front
    skip_all("why not")                      # no cases at all: exits

    if __name__ == "__main__":
        sys.exit(run_cases())

Copyright 2026 The Byline authors
SPDX-License-Identifier: GPL-3.0-or-later
"""
import sys

results = []


class Skip(Exception):
    """Raised inside a case: the case is skipped, with the message as the reason."""


def case(name):
    """Registers the decorated function as one test case, run in order."""
    def wrap(fn):
        results.append((name, fn))
        return fn
    return wrap


def skip(name, why):
    """Registers a case that is skipped without running anything."""
    results.append((name, lambda: "SKIP " + why))


def skip_all(why):
    """Prints a plan of no cases with the reason, and exits 0."""
    print("1..0 # SKIP " + why)
    sys.stdout.flush()
    sys.exit(0)


def run_cases():
    """Runs every case, printing TAP; returns the exit status (1 if any failed)."""
    print("1..%d" % len(results))
    sys.stdout.flush()
    failed = 0
    for i, (name, fn) in enumerate(results, 1):
        try:
            outcome = fn()
        except Skip as e:
            outcome = "SKIP %s" % e
        except Exception as e:  # noqa: BLE001: every failure is reported as TAP
            failed += 1
            print("not ok %d %s" % (i, name))
            for line in repr(e)[:3000].splitlines():
                print("# " + line)
            outcome = False
        if outcome is not False:
            if isinstance(outcome, str) and outcome.startswith("SKIP"):
                print("ok %d %s # %s" % (i, name, outcome))
            else:
                print("ok %d %s" % (i, name))
        sys.stdout.flush()
    return 1 if failed else 0
