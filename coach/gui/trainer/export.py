"""Exports: CSV of a filtered history and a PDF progress report per trainee.

The PDF is laid out as HTML in a QTextDocument and printed with Qt's own QPdfWriter,
with the score chart embedded as an image.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QPixmap, QTextDocument

from coach.store.api import AttemptSummary
from coach.store.history import HistoryFilter
from coach.store.reviews import Review
from coach.store.sql_store import SqlStore


def export_csv(store: SqlStore, filters: HistoryFilter, path: Path) -> int:
    """Write the filtered attempts as CSV; returns the number of rows."""
    with path.open("w", encoding="utf-8", newline="") as out:
        return store.export_csv(out, filters)


def _png_base64(pixmap: QPixmap) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data.toBase64().data()).decode("ascii")


def report_html(
    trainee: str,
    attempts: Sequence[AttemptSummary],
    reviews: dict[int, list[Review]],
    chart: QPixmap | None,
    title: str = "Progress report",
) -> str:
    """The report as HTML (kept separate from printing so it can be tested)."""
    ordered = sorted(attempts, key=lambda a: (a.created_at, a.id))
    dimensions = sorted({d for a in ordered for d in a.effective_dimensions})
    head = "".join(f"<th>{html.escape(d.title())}</th>" for d in dimensions)
    rows = []
    for attempt in ordered:
        cells = "".join(
            f"<td align='right'>{attempt.effective_dimensions.get(d, 0):.0f}</td>"
            for d in dimensions
        )
        rows.append(
            f"<tr><td>{attempt.created_at:%Y-%m-%d %H:%M}</td>"
            f"<td>{html.escape(attempt.scenario_id)}</td>"
            f"<td align='right'><b>{attempt.effective_overall:.0f}</b></td>{cells}</tr>"
        )
    comments = []
    for attempt in ordered:
        for review in reviews.get(attempt.id, []):
            comments.append(
                f"<p><b>{html.escape(attempt.scenario_id)}</b> — "
                f"{html.escape(review.reviewer)}, {review.created_at:%Y-%m-%d}: "
                f"{html.escape(review.comment)}</p>"
            )
    chart_html = (
        f'<p><img src="data:image/png;base64,{_png_base64(chart)}" width="640"></p>'
        if chart is not None
        else ""
    )
    average = sum(a.effective_overall for a in ordered) / len(ordered) if ordered else 0.0
    return (
        f"<h1>{html.escape(title)}: {html.escape(trainee)}</h1>"
        f"<p>{len(ordered)} attempts, average overall {average:.0f}.</p>"
        f"{chart_html}"
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr><th>When</th><th>Scenario</th><th>Overall</th>{head}</tr>{''.join(rows)}</table>"
        f"<h2>Reviewer comments</h2>{''.join(comments) or '<p>None yet.</p>'}"
    )


def write_pdf(path: Path, document_html: str) -> None:
    """Print `document_html` to an A4 PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(120)
    document = QTextDocument()
    document.setHtml(document_html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
