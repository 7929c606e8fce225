"""Overall and per-dimension scores over time, with a moving average (Qt Charts).

Used by My progress, the trainer's history and, drawn for print, the PDF report. The
x axis counts attempts 1, 2, 3… (one tick per whole attempt, thinned when there are many,
so no label repeats); the y axis leaves headroom above 100 so a perfect score is not
hidden in the frame. "Overall" and its moving average differ in colour, width and dash,
and the legend draws each series' own line, so the swatches match the lines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QLabel, QVBoxLayout

from coach.content.library import Library
from coach.gui.colours import dimension_colour
from coach.gui.display_names import dimension_label
from coach.store.api import AttemptSummary

MOVING_WINDOW = 5
# At most this many labelled ticks on the attempt axis (more would collide).
MAX_X_TICKS = 12
# 100 sits one tick below the top of the plot, not on its frame.
Y_TOP = 108
# The moving average: a colour no dimension of the palette uses, so its swatch and line
# are told apart from "Overall" (the text colour) at a glance.
AVERAGE_COLOUR = QColor("#2b8a3e")
# For print: pixels of the image, and the pixel size of its text. In the PDF the image is
# laid out `export.CHART_PAGE_WIDTH` pixels wide at `export.PDF_DPI`, i.e. scaled by a
# half, so 30 px text prints at 30 / 2 / 120 * 72 = 9 pt.
PRINT_SIZE = (1700, 850)
PRINT_FONT_PX = 30


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


def attempt_tick_interval(count: int, max_ticks: int = MAX_X_TICKS) -> int:
    """A whole number of attempts between labelled ticks: every attempt up to
    `max_ticks`, then 2, 5, 10, 20, 50… so labels never repeat or collide."""
    raw = max(1.0, count / max_ticks)
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * magnitude >= raw:
            return int(step * magnitude)
    return int(10 * magnitude)


def build_chart(
    attempts: Sequence[AttemptSummary],
    library: Library | None,
    text_colour: QColor,
    font_px: int | None = None,
) -> QChart:
    """The chart of `attempts` (any order; drawn oldest first). `font_px` sets every
    text's pixel size (for print); None keeps the widget's font."""
    chart = QChart()
    chart.setTitle(
        QCoreApplication.translate("ScoreChart", "Scores over time (attempt by attempt)")
    )
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    # Each swatch is drawn as its series' line (colour, width, dash), not a plain square.
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    ordered = sorted(attempts, key=lambda a: (a.created_at, a.id))
    dimensions = sorted({d for a in ordered for d in a.effective_dimensions})
    for name in dimensions:
        series = QLineSeries()
        series.setName(dimension_label(name, library))
        pen = QPen(dimension_colour(name))
        pen.setWidthF(1.2)
        series.setPen(pen)
        series.append(
            [
                QPointF(i + 1, a.effective_dimensions[name])
                for i, a in enumerate(ordered)
                if name in a.effective_dimensions
            ]
        )
        chart.addSeries(series)
    overall = [a.effective_overall for a in ordered]
    overall_series = QLineSeries()
    overall_series.setName(QCoreApplication.translate("ScoreChart", "Overall"))
    pen = QPen(text_colour)
    pen.setWidthF(2.5)
    overall_series.setPen(pen)
    overall_series.setPointsVisible(True)  # each attempt is a dot on the solid line
    overall_series.append([QPointF(i + 1, v) for i, v in enumerate(overall)])
    chart.addSeries(overall_series)
    average_series = QLineSeries()
    average_series.setName(
        QCoreApplication.translate("ScoreChart", "Moving average ({n})").format(n=MOVING_WINDOW)
    )
    pen = QPen(AVERAGE_COLOUR)
    pen.setWidthF(3.0)
    pen.setStyle(Qt.PenStyle.DashLine)
    average_series.setPen(pen)
    average_series.append([QPointF(i + 1, v) for i, v in enumerate(moving_average(overall))])
    chart.addSeries(average_series)

    _add_axes(chart, max(len(ordered), 1))
    if font_px is not None:
        _set_fonts(chart, font_px)
    return chart


def _add_axes(chart: QChart, count: int) -> None:
    """Whole attempts 1..count along the bottom, 0..100 with headroom on the left."""
    x_axis = QValueAxis()
    # Half an attempt of margin each side: the first and last dots are not on the frame.
    x_axis.setRange(0.5, count + 0.5)
    x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    x_axis.setTickAnchor(1)
    x_axis.setTickInterval(attempt_tick_interval(count))
    x_axis.setLabelFormat("%d")
    x_axis.setTitleText(QCoreApplication.translate("ScoreChart", "Attempt"))
    y_axis = QValueAxis()
    y_axis.setRange(0, Y_TOP)
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(0)
    y_axis.setTickInterval(20)
    y_axis.setLabelFormat("%d")
    y_axis.setTitleText(QCoreApplication.translate("ScoreChart", "Score"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for each in chart.series():
        each.attachAxis(x_axis)
        each.attachAxis(y_axis)


def _set_fonts(chart: QChart, pixels: int) -> None:
    font = QFont()
    font.setPixelSize(pixels)
    title = QFont(font)
    title.setPixelSize(round(pixels * 1.2))
    title.setBold(True)
    chart.setTitleFont(title)
    chart.legend().setFont(font)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)


def print_chart(attempts: Sequence[AttemptSummary], library: Library | None) -> QImage:
    """The chart drawn for print at `PRINT_SIZE` with `PRINT_FONT_PX` text."""
    # The default (light) theme: black text on white whatever the screen's theme.
    chart = build_chart(attempts, library, QColor("black"), font_px=PRINT_FONT_PX)
    width, height = PRINT_SIZE
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.resize(QSizeF(width, height))
    scene = QGraphicsScene()
    scene.addItem(chart)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image


class ScoreChart(QChartView):
    """One trainee's attempts in order: faint lines per dimension, overall, its average;
    without attempts, a message saying why the chart is empty (`empty_label`)."""

    def __init__(self, parent: Any = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Scores over time"))
        self.setMinimumHeight(220)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("chartEmptyState")
        overlay = QVBoxLayout(self)
        overlay.addWidget(self.empty_label)
        self.show_attempts([])

    def show_attempts(self, attempts: Sequence[AttemptSummary], empty_message: str = "") -> None:
        """Draw `attempts`; with none, show `empty_message` (or a general one) instead of
        a blank frame."""
        text_colour = self.palette().color(self.foregroundRole())
        self.setChart(build_chart(attempts, self.library, text_colour))
        self.empty_label.setText(empty_message or self.tr("No attempts to show yet."))
        self.empty_label.setVisible(not attempts)
        self.chart().setVisible(bool(attempts))
