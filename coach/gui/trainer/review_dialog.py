"""Review one attempt: the reply with its findings as the trainee saw them, the trainer
examples beside it, earlier reviews, a comment and per-dimension overrides.

An override never changes the automatic score: a review is a new row, and the effective
score is derived from the latest one. Overriding dimensions moves the overall by the
rubric's weights (`review_scores.derived_overall`), shown live with ✎; the reviewer may
override the overall itself instead.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.dialogs import Dialogs, without_minimise
from coach.gui.display_names import (
    date_time,
    dimension_label,
    interface_language,
    number,
    scenario_title,
)
from coach.gui.reply_editor import ReplyEditor
from coach.gui.trainer.review_scores import derived_overall
from coach.gui.workers import run_in_background
from coach.scoring.report import Finding, Suggestion
from coach.store.history import StoredAttempt
from coach.store.sql_store import SqlStore


def findings_of(attempt: StoredAttempt) -> list[Finding]:
    """The stored findings as `Finding` objects (spans into the stored reply)."""
    found = []
    for raw in attempt.findings:
        suggestions = tuple(Suggestion(**s) for s in raw.get("suggestions", ()))
        found.append(Finding(**{**raw, "suggestions": suggestions}))
    return found


class ReviewDialog(QDialog):
    """Signals: accepted() after the review is saved."""

    # A form's constructor lists its widgets; splitting it would only scatter the layout.
    def __init__(  # noqa: PLR0915
        self,
        store: SqlStore,
        attempt: StoredAttempt,
        library: Library | None,
        reviewer: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.attempt = attempt
        self.setWindowTitle(self.tr("Review attempt #{id}").format(id=attempt.id))
        self.resize(1100, 700)
        # Modal: minimising it would hide the window that waits for it. A reader of long
        # replies may still maximise it.
        without_minimise(self, keep_maximise=True)
        self.library = library
        self.reply = ReplyEditor()
        self.reply.setReadOnly(True)
        self.reply.setPlainText(attempt.reply_text)
        findings = findings_of(attempt)
        self.reply.set_marks(attempt.reply_text, [(f, f.suggestions) for f in findings])
        self.findings = QTextBrowser()
        self.findings.setHtml(
            "<br>".join(
                f"{'✓' if f.is_positive else '●'} "
                f"<b>{html.escape(self._dimension_label(f.dimension))}</b>: "
                f"{html.escape(f.message)}"
                for f in findings
            )
        )
        self.examples = QTextBrowser()
        self.examples.setAccessibleName(self.tr("Trainer examples"))
        self.examples.setHtml(self._examples_html(library))
        self.history = QTextBrowser()
        self.history.setHtml(self._reviews_html())
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        self.reviewer.setPlaceholderText(self.tr("Your name as the reviewer"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("What should the trainee keep or change?"))
        self._rubric = library.rubrics.get(attempt.rubric_id) if library else None
        self.reply.dimension_labels = {
            name: self._dimension_label(name) for name in attempt.dimensions
        }
        self.overrides: dict[str, tuple[QCheckBox, QDoubleSpinBox]] = {}
        overrides_form = QFormLayout()
        for name, automatic in sorted(attempt.dimensions.items()):
            box = QCheckBox(self.tr("override"))
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setValue(attempt.effective_dimensions.get(name, automatic))
            spin.setEnabled(False)
            box.toggled.connect(spin.setEnabled)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(QLabel(self.tr("auto {score}").format(score=number(automatic))))
            row_layout.addWidget(box)
            row_layout.addWidget(spin)
            overrides_form.addRow(self._dimension_label(name), row)
            self.overrides[name] = (box, spin)
            box.toggled.connect(self._update_overall)
            spin.valueChanged.connect(self._update_overall)
        self.overall_box = QCheckBox(self.tr("override"))
        self.overall_spin = QDoubleSpinBox()
        self.overall_spin.setRange(0, 100)
        self.overall_spin.setDecimals(0)
        self.overall_spin.setValue(attempt.effective_overall)
        self.overall_spin.setEnabled(False)
        self.overall_box.toggled.connect(self.overall_spin.setEnabled)
        self.overall_box.toggled.connect(self._update_overall)
        self.overall_spin.valueChanged.connect(self._update_overall)
        self.overall_label = QLabel()
        self.overall_label.setAccessibleName(self.tr("Overall after this review"))
        overall_row = QWidget()
        overall_layout = QHBoxLayout(overall_row)
        overall_layout.setContentsMargins(0, 0, 0, 0)
        overall_layout.addWidget(self.overall_label)
        overall_layout.addWidget(self.overall_box)
        overall_layout.addWidget(self.overall_spin)
        overrides_form.addRow(self.tr("Overall"), overall_row)
        self._update_overall()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button = save_button
        self.saving = False
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Review status"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        header = self.tr("{trainee} · {scenario} · overall {overall} (automatic {auto})")
        left_layout.addWidget(
            QLabel(
                header.format(
                    trainee=attempt.trainee,
                    scenario=scenario_title(attempt.scenario_id, library),
                    overall=number(attempt.effective_overall),
                    auto=number(attempt.overall),
                )
            )
        )
        left_layout.addWidget(self.reply, 2)
        left_layout.addWidget(self.findings, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Trainer examples")))
        right_layout.addWidget(self.examples, 2)
        right_layout.addWidget(QLabel(self.tr("Reviews")))
        right_layout.addWidget(self.history, 1)
        right_layout.addWidget(QLabel(self.tr("Your review")))
        right_layout.addWidget(self.reviewer)
        right_layout.addWidget(self.comment, 1)
        right_layout.addLayout(overrides_form)
        right_layout.addWidget(self.status)
        right_layout.addWidget(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _examples_html(self, library: Library | None) -> str:
        scenario = library.scenarios.get(self.attempt.scenario_id) if library else None
        if scenario is None:
            missing = self.tr("The scenario is not in the loaded library.")
            return f"<i>{missing}</i>"
        blocks = []
        for example in scenario.examples.good:
            text = html.escape(example.text).replace("\n", "<br>")
            blocks.append(f"<p>{text}</p><p><i>{html.escape(example.note)}</i></p><hr>")
        return "".join(blocks)

    def _reviews_html(self) -> str:
        if not self.attempt.reviews:
            none_yet = self.tr("No reviews yet.")
            return f"<i>{none_yet}</i>"
        parts = []
        for review in self.attempt.reviews:
            overrides = ", ".join(
                f"{self._override_label(k)} {number(v)}"
                for k, v in (review.overrides or {}).items()
            )
            parts.append(
                f"<p><b>{html.escape(review.reviewer)}</b> "
                f"{html.escape(date_time(review.created_at))}"
                f"{' — ' + html.escape(overrides) if overrides else ''}<br>"
                f"{html.escape(review.comment)}</p>"
            )
        return "".join(parts)

    def _dimension_label(self, name: str) -> str:
        """In the interface language (the English rubric's label for a Russian reply in
        the English interface), as every trainer view names dimensions."""
        return dimension_label(name, self.library)

    def _override_label(self, key: str) -> str:
        return self.tr("Overall") if key == "overall" else self._dimension_label(key)

    def chosen_overrides(self) -> dict[str, float]:
        """The review's overrides: the dimensions ticked and the overall, explicit or
        derived from them with the rubric's weights."""
        chosen = {
            name: spin.value() for name, (box, spin) in self.overrides.items() if box.isChecked()
        }
        overall = self.overall_after()
        if self.overall_box.isChecked() or (chosen and overall is not None):
            chosen["overall"] = overall if overall is not None else self.attempt.overall
        return chosen

    def overall_after(self) -> float | None:
        """The overall this review gives, or None when it leaves the overall as it is."""
        if self.overall_box.isChecked():
            return self.overall_spin.value()
        chosen = {
            name: spin.value() for name, (box, spin) in self.overrides.items() if box.isChecked()
        }
        if not chosen or self._rubric is None:
            return None
        weights = {name: d.weight for name, d in self._rubric.dimensions.items()}
        return round(
            derived_overall(self.attempt.overall, self.attempt.dimensions, chosen, weights)
        )

    def _update_overall(self) -> None:
        after = self.overall_after()
        automatic = self.tr("auto {score}").format(score=number(self.attempt.overall))
        self.overall_label.setText(
            automatic if after is None else f"{automatic} → {number(after)} ✎"
        )

    def save(self) -> None:
        comment = self.comment.toPlainText().strip()
        overrides = self.chosen_overrides()
        if not comment and not overrides:
            Dialogs.error(self, self.tr("Write a comment or override a score."))
            return
        if self.saving:
            return
        store, attempt_id = self.store, self.attempt.id
        reviewer = self.reviewer.text().strip() or self.tr("trainer")
        self.saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving the review…"))
        # Off the UI thread: a locked file or a slow server must not freeze the dialog.
        run_in_background(
            lambda: store.add_review(attempt_id, reviewer, comment, overrides or None),
            self._on_saved,
            self._on_save_failed,
            owner=self,
        )

    def _on_saved(self, _review_id: object) -> None:
        self.saving = False
        self.status.clear()
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        """The review is not saved; the dialog stays open with everything written in it."""
        self.saving = False
        self.save_button.setEnabled(True)
        self.status.clear()
        if not isinstance(exc, CoachError):
            raise exc
        # A trainee's database login refused the review, or the database is locked: say
        # so in the interface's language (a refusal carries its Russian form).
        Dialogs.error(self, exc.in_language(interface_language()))
