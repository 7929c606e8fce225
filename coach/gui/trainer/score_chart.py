"""Overall and per-dimension scores over time, with a moving average (Qt Charts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen

from coach.gui.colours import dimension_colour
from coach.store.api import AttemptSummary

MOVING_WINDOW = 5


def moving_average(values: Sequence[float], window: int = MOVING_WINDOW) -> list[float]:
    """Trailing mean over up to `window` values (the first points average what exists)."""
    result = []
    total = 0.0
    for index, value in enumerate(values):
        total += value
        if index >= window:
            total -= values[index - window]
        result.append(total / min(index + 1, window))
    return result


class ScoreChart(QChartView):
    """One trainee's attempts in order: faint lines per dimension, overall, its average."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Scores over time"))
        self.setMinimumHeight(220)
        self.show_attempts([])

    def show_attempts(self, attempts: Sequence[AttemptSummary]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Scores over time (attempt by attempt)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        ordered = sorted(attempts, key=lambda a: (a.created_at, a.id))
        dimensions = sorted({d for a in ordered for d in a.effective_dimensions})
        for name in dimensions:
            series = QLineSeries()
            series.setName(name.title())
            pen = QPen(dimension_colour(name))
            pen.setWidthF(1.2)
            series.setPen(pen)
            points = [
                QPointF(i + 1, a.effective_dimensions[name])
                for i, a in enumerate(ordered)
                if name in a.effective_dimensions
            ]
            series.append(points)
            chart.addSeries(series)
        overall = [a.effective_overall for a in ordered]
        for name, values, width in (
            (self.tr("Overall"), overall, 2.0),
            (self.tr("Moving average ({n})").format(n=MOVING_WINDOW), moving_average(overall), 3.5),
        ):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(self.palette().color(self.foregroundRole()))
            pen.setWidthF(width)
            if width < 3:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.append([QPointF(i + 1, v) for i, v in enumerate(values)])
            chart.addSeries(series)
        x_axis = QValueAxis()
        x_axis.setRange(1, max(len(ordered), 2))
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("Attempt"))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for each in chart.series():
            each.attachAxis(x_axis)
            each.attachAxis(y_axis)
        self.setChart(chart)
