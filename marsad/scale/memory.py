"""Peak resident memory of this process or of a worker process, for the benchmarks' reports."""

from __future__ import annotations

import os
import resource
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
