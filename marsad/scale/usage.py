"""Peak memory and CPU time of this process or of a worker process, for the benchmarks' reports."""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path


def peak_rss(pid: int | None = None) -> int:
    """Peak resident set size in bytes of process ``pid`` (this process when None); 0 if unknown.

    Linux keeps it as ``VmHWM`` in ``/proc/<pid>/status``; elsewhere only this process's own
    figure (from ``getrusage``) is known.
    """
    status = Path(f"/proc/{pid or os.getpid()}/status")
    try:
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    if pid is None or pid == os.getpid():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return 0


def cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU seconds process ``pid`` (this process when None) has used; 0.0 if unknown."""
    if pid is None or pid == os.getpid():
        return time.process_time()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


@dataclass(frozen=True, slots=True)
class WorkerUsage:
    """What a worker process has used so far: its peak resident memory and its CPU time."""

    peak_rss: int  # bytes
    cpu_seconds: float

    @staticmethod
    def of(pid: int | None = None) -> WorkerUsage:
        """The usage of process ``pid`` (this process when None)."""
        return WorkerUsage(peak_rss(pid), cpu_seconds(pid))
