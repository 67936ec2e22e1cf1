# SPDX-License-Identifier: MPL-2.0
"""The office benchmarks' targets: every figure is printed, and a missed target fails the
bench (exit 1) once all are printed. os._exit, as the benchmarks end: the office bridge can hang
an orderly interpreter exit."""
import os

MISSED = []  # targets not met


def target(met, what):
    """Records a target; a missed one is printed at once and fails the bench at the end."""
    if not met:
        MISSED.append(what)
        print(f"MISSED: {what}")


def missed_exit():
    os._exit(1 if MISSED else 0)
