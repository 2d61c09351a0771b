"""The progress bar of a corpus run on a terminal."""
from __future__ import annotations

class _Progress:
    """A progress bar on a terminal's stderr (files done, failures, rate, time left); messages
    printed through it appear above the bar.  rich is imported only for such a run."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._bar = Progress(TextColumn("outline"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                             TextColumn("[red]{task.fields[failed]}"), TimeElapsedColumn(), TextColumn("elapsed,"),
                             TimeRemainingColumn(), TextColumn("left"), console=Console(stderr=True), transient=True)
        self._task = self._bar.add_task("parse", total=total, failed="")
        self._bar.start()

    def update(self, done: int, failed: int) -> None:
        self._bar.update(self._task, completed=done, failed=f"{failed} failed" if failed else "")

    def print(self, message: str) -> None:
        self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self._bar.stop()
