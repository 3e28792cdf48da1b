"""Line charts (PNG or SVG) for `soyte trends` and `soyte signals`, and the
charts of `soyte browse`. matplotlib, imported only here and only when a chart is
asked for; DejaVu Sans (shipped with matplotlib) has every Vietnamese glyph."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from .errors import SoyteError

FORMATS = (".png", ".svg")


class ChartError(SoyteError):
    """A chart that cannot be written (its file name, its folder)."""


def check_chart_path(path: str) -> str:
    if Path(path).suffix.lower() not in FORMATS:
        raise ChartError(f"{path}: a chart is written as .png or .svg", hint="name the file e.g. trends.png")
    if not Path(path).parent.is_dir():
        raise ChartError(f"{path}: no such directory {str(Path(path).parent)!r}")
    return path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.family": "DejaVu Sans", "svg.fonttype": "path", "axes.spines.top": False,
                         "axes.spines.right": False})
    return plt


def line_chart(path: str | None, *, x: list[date], series: dict[str, list[float]], title: str, xlabel: str,
               ylabel: str, legend_title: str, every: str = "week",
               flags: dict[str, list[bool]] | None = None, fmt: str | None = None) -> bytes | None:
    """One line per series over `x`; points of `flags` marked with a red ring.
    Writes `path` (.png/.svg), or returns the bytes in `fmt` when path is None."""
    plt = _pyplot()
    import matplotlib.dates as mdates

    fig, ax = plt.subplots(figsize=(10, 5.2), dpi=110)
    try:
        for name, values in series.items():
            (line,) = ax.plot(x, values, marker="o", markersize=3.5, linewidth=1.8, label=name)
            for when, value, flagged in zip(x, values, (flags or {}).get(name, [])):
                if flagged:
                    ax.plot([when], [value], marker="o", markersize=11, markerfacecolor="none",
                            markeredgecolor="#d62728", markeredgewidth=2)
        if flags and any(any(v) for v in flags.values()):
            ax.plot([], [], marker="o", markersize=9, markerfacecolor="none", markeredgecolor="#d62728",
                    markeredgewidth=2, linestyle="none", label="Vượt ngưỡng · Above baseline")
        ax.set_title(title, fontsize=12, loc="left")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(bottom=0)
        ax.grid(axis="y", alpha=0.3)
        step = max(1, len(x) // 12)  # at most about 12 ticks, each on a period's start
        if every == "week":
            ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO, interval=step))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m/%Y"))
        else:
            ax.xaxis.set_major_locator(mdates.MonthLocator(interval=step))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%m/%Y"))
        fig.autofmt_xdate()
        if series:
            ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        fig.tight_layout()
        if path is not None:
            fig.savefig(path)
            return None
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt or "svg")
        return buffer.getvalue()
    finally:
        plt.close(fig)
