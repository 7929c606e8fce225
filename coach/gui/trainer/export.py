"""Exports: CSV of a filtered history and a PDF progress report per trainee.

The PDF is laid out as HTML in a QTextDocument and printed with Qt's own QPdfWriter,
with the score chart drawn for print (`score_chart.print_chart`) embedded as an image
the width of the page's text, so its labels print at about 9 pt.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QImage, QImageWriter, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach.content.library import Library
from coach.gui.display_names import date_only, date_time, dimension_label, number, scenario_title
from coach.gui.trainer.history_model import DIMENSIONS
from coach.store.api import AttemptSummary
from coach.store.history import HistoryFilter
from coach.store.reviews import Review
from coach.store.sql_store import SqlStore

# The writer's resolution, and the width the chart image is laid out at: the printable
# width of an A4 page with 15 mm margins (180 mm at 120 dpi is 850 px).
PDF_DPI = 120
CHART_PAGE_WIDTH = 850


def export_csv(store: SqlStore, filters: HistoryFilter, path: Path) -> int:
    """Write the filtered attempts as CSV; returns the number of rows."""
    with path.open("w", encoding="utf-8", newline="") as out:
        return store.export_csv(out, filters)


def _png_base64(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter: QImage.save's type stubs and its runtime disagree on the format's type.
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.toBase64().data()).decode("ascii")


def _cell(effective: float, automatic: float) -> str:
    """A score as the history table shows it: ✎ where a reviewer overrode it."""
    mark = " ✎" if abs(effective - automatic) > 0.05 else ""
    return f"{number(effective)}{mark}"


def report_html(
    trainee: str,
    attempts: Sequence[AttemptSummary],
    reviews: dict[int, list[Review]],
    chart: QImage | None,
    library: Library | None = None,
) -> str:
    """The report as HTML (kept separate from printing so it can be tested), in the
    interface language, with the history table's columns in its order."""
    ordered = sorted(attempts, key=lambda a: (a.created_at, a.id))
    present = {d for a in ordered for d in a.effective_dimensions}
    dimensions = [d for d in DIMENSIONS if d in present] + sorted(present - set(DIMENSIONS))
    headers = [
        QCoreApplication.translate("report", "When"),
        QCoreApplication.translate("report", "Scenario"),
        QCoreApplication.translate("report", "Turn"),
        QCoreApplication.translate("report", "Overall"),
        *[dimension_label(d, library) for d in dimensions],
    ]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    rows = []
    for attempt in ordered:
        cells = "".join(
            f"<td align='right'>"
            f"{_cell(attempt.effective_dimensions[d], attempt.dimensions.get(d, 0.0))}</td>"
            if d in attempt.effective_dimensions
            else "<td></td>"
            for d in dimensions
        )
        rows.append(
            f"<tr><td>{html.escape(date_time(attempt.created_at))}</td>"
            f"<td>{html.escape(scenario_title(attempt.scenario_id, library))}</td>"
            f"<td align='right'>{attempt.turn + 1}</td>"
            f"<td align='right'><b>{_cell(attempt.effective_overall, attempt.overall)}</b></td>"
            f"{cells}</tr>"
        )
    comments = []
    for attempt in ordered:
        for review in reviews.get(attempt.id, []):
            comments.append(
                f"<p><b>{html.escape(scenario_title(attempt.scenario_id, library))}</b> — "
                f"{html.escape(review.reviewer)}, {html.escape(date_only(review.created_at))}: "
                f"{html.escape(review.comment)}</p>"
            )
    chart_html = (
        f'<p><img src="data:image/png;base64,{_png_base64(chart)}" width="{CHART_PAGE_WIDTH}"></p>'
        if chart is not None
        else ""
    )
    average = sum(a.effective_overall for a in ordered) / len(ordered) if ordered else 0.0
    title = QCoreApplication.translate("report", "Progress report: {trainee}").format(
        trainee=trainee
    )
    summary = QCoreApplication.translate(
        "report", "{n} attempts, average overall {average}."
    ).format(n=len(ordered), average=number(average))
    overridden = QCoreApplication.translate("report", "✎ a reviewer overrode the automatic score.")
    none_yet = QCoreApplication.translate("report", "None yet.")
    comments_heading = QCoreApplication.translate("report", "Reviewer comments")
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(summary)}</p>"
        f"{chart_html}"
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
        f"<p><small>{html.escape(overridden)}</small></p>"
        f"<h2>{html.escape(comments_heading)}</h2>"
        f"{''.join(comments) or f'<p>{html.escape(none_yet)}</p>'}"
    )


def write_pdf(path: Path, document_html: str) -> None:
    """Print `document_html` to an A4 PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(PDF_DPI)
    document = QTextDocument()
    document.setHtml(document_html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
