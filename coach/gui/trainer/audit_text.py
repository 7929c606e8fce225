"""The passphrase audit in the trainer's words (translated): events and warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.gui.display_names import date_time
from coach.store.trainer_audit import AuditEvent, AuditReport, Concern, Event


def _when(event: AuditEvent) -> str:
    return date_time(event.when)


def _event_text(event: Event) -> str:
    texts = {
        Event.SET: QCoreApplication.translate(
            "TrainerAudit", "The passphrase was set on {when} by {who}."
        ),
        Event.CHANGED: QCoreApplication.translate(
            "TrainerAudit", "The passphrase was changed on {when} by {who}."
        ),
        Event.RESET: QCoreApplication.translate(
            "TrainerAudit",
            "The passphrase was set again on {when} by {who}, after its record had "
            "disappeared from the database.",
        ),
        Event.UPGRADED: QCoreApplication.translate(
            "TrainerAudit", "The passphrase hash was strengthened on {when}."
        ),
        Event.UNLOCKED: QCoreApplication.translate(
            "TrainerAudit", "Trainer mode was opened on {when} by {who}."
        ),
    }
    return texts[event]


def describe_change(event: AuditEvent) -> str:
    """One sentence: what happened to the passphrase, when and by whom."""
    who = event.who + (f" ({event.actor})" if event.actor else "")
    return _event_text(event.event).format(when=_when(event), who=who)


def describe_removed(last: AuditEvent) -> str:
    """The warning on a first-use dialog when a passphrase had been set before."""
    return QCoreApplication.translate(
        "TrainerAudit",
        "Warning: a trainer passphrase was set on this database ({last}) and its record "
        "has been removed outside the app. A passphrase set now is reported to the "
        "trainer as a reset.",
    ).format(last=describe_change(last))


def describe_concern(concern: Concern) -> str:
    texts = {
        Concern.RECORD_REPLACED: QCoreApplication.translate(
            "TrainerAudit",
            "The stored passphrase is not the one its audit vouches for: it was replaced "
            "outside the app.",
        ),
        Concern.AUDIT_EDITED: QCoreApplication.translate(
            "TrainerAudit",
            "The passphrase audit was edited or cut outside the app: entries are missing "
            "or altered.",
        ),
        Concern.NO_AUDIT: QCoreApplication.translate(
            "TrainerAudit",
            "The stored passphrase has no audit entry: it was written outside the app.",
        ),
        Concern.RECORD_REMOVED: QCoreApplication.translate(
            "TrainerAudit", "The passphrase record was removed from the database outside the app."
        ),
        Concern.WAS_RESET: QCoreApplication.translate(
            "TrainerAudit",
            "The passphrase record once disappeared and a new passphrase was set: "
            "someone may have used trainer mode without your passphrase.",
        ),
    }
    return texts[concern]


def describe_report(report: AuditReport) -> tuple[list[str], list[str]]:
    """(warnings, history lines, newest first) for the trainer window's banner."""
    warnings = [describe_concern(c) for c in report.warnings]
    history = [describe_change(e) for e in reversed(report.changes)]
    return warnings, history
