"""The ticket beside the conversation: the task, the customer, account facts, docs, logs.

What an agent looks up while answering, kept out of the thread so the customer's words
come first. Tabs: "Overview" (task, customer, summary, account facts, notes), "Docs" and
"Log" (monospaced, as written), the last two only when the scenario has them.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QTabWidget, QTextBrowser

from coach.content.scenario import Scalar, Scenario
from coach.gui.facets import facet_label

# Written in capitals wherever they appear in a fact's name ("api_key" -> "API key").
_ACRONYMS = {"api", "id", "url", "sla", "vat", "csv", "vip", "crm", "sso", "ip", "utc", "inn"}


def human_label(key: str) -> str:
    """A fact's YAML key as a label: `days_since_payment` -> "Days since payment",
    `персональный_менеджер` -> "Персональный менеджер", `api_key` -> "API key"."""
    words = [w for w in re.split(r"[_\-\s]+", key.strip()) if w]
    if not words:
        return key
    shown = [w.upper() if w.lower() in _ACRONYMS else w for w in words]
    first = shown[0]
    shown[0] = first if first.isupper() else first[:1].upper() + first[1:]
    return " ".join(shown)


def human_value(value: Scalar) -> str:
    """A fact's value as the interface language writes it (yes/no, 58,6 in Russian)."""
    if isinstance(value, bool):
        yes = QCoreApplication.translate("TicketPanel", "yes")
        no = QCoreApplication.translate("TicketPanel", "no")
        return yes if value else no
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class TicketPanel(QTabWidget):
    """The scenario's context in tabs (read-only). No signals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ticket details"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Overview"))
        self.docs = QTextBrowser()
        self.docs.setAccessibleName(self.tr("Documentation"))
        self.log = QTextBrowser()
        self.log.setAccessibleName(self.tr("Log"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for view in (self.docs, self.log):
            view.setFont(fixed)
            view.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.addTab(self.details, self.tr("Overview"))
        self.addTab(self.docs, self.tr("Docs"))
        self.addTab(self.log, self.tr("Log"))
        self.clear()

    def clear(self) -> None:
        self.details.setHtml("")
        self.docs.setPlainText("")
        self.log.setPlainText("")
        self.setTabVisible(1, False)
        self.setTabVisible(2, False)

    def show_scenario(self, scenario: Scenario) -> None:
        self.details.setHtml(self.details_html(scenario))
        context = scenario.context
        self.docs.setPlainText(context.docs or "")
        self.log.setPlainText(context.log or "")
        self.setTabVisible(1, bool(context.docs))
        self.setTabVisible(2, bool(context.log))
        self.setCurrentIndex(0)

    def details_html(self, scenario: Scenario) -> str:
        alt = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        persona = scenario.persona
        context = scenario.context
        # Labels first: pyside6-lupdate does not see self.tr() inside an f-string.
        task, customer, mood, account, note, vip_label = (
            self.tr("Your task"),
            self.tr("Customer"),
            self.tr("Mood"),
            self.tr("Account"),
            self.tr("Note"),
            self.tr("VIP"),
        )
        who = ", ".join(_esc(x) for x in (persona.role, persona.company, persona.plan) if x)
        vip = f" · <b>{vip_label}</b>" if persona.vip else ""
        parts = []
        if scenario.brief:
            parts.append(f"<h4>{task}</h4><p>{_esc(scenario.brief)}</p>")
        parts.append(
            f"<h4>{customer}</h4>"
            f'<table width="100%" cellpadding="6" style="background:{alt};"><tr><td>'
            f"<b>{_esc(persona.name)}</b>{vip}<br>{who}<br>"
            f"{mood}: <i>{_esc(facet_label(persona.mood))}</i> · "
            f"{_esc(facet_label(scenario.category))} · {_esc(scenario.tier)} · "
            f"{_esc(facet_label(scenario.channel))}</td></tr></table>"
        )
        if context.summary:
            parts.append(f"<p>{_esc(context.summary)}</p>")
        if context.account:
            rows = "".join(
                f"<tr><td><b>{_esc(context.labels.get(key) or human_label(str(key)))}</b></td>"
                f"<td>{_esc(human_value(value))}</td></tr>"
                for key, value in context.account.items()
            )
            parts.append(f"<h4>{account}</h4><table cellpadding='2'>{rows}</table>")
        if context.notes:
            parts.append(f"<h4>{note}</h4><p><i>{_esc(context.notes)}</i></p>")
        return "".join(parts)
