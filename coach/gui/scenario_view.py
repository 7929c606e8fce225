"""The customer side: persona card, ticket context and the conversation so far.

Rendered as HTML in a QTextBrowser with colours from the current palette, so it follows
the system's light or dark theme. Chat scenarios show bubbles; e-mail ones a thread.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser

from coach.content.scenario import Scenario
from coach.gui.facets import facet_label


@dataclass(frozen=True)
class Message:
    """One message of the conversation; `from_customer` is False for the trainee's."""

    text: str
    from_customer: bool


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class ScenarioView(QTextBrowser):
    """Shows one scenario and its conversation (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Customer and ticket"))
        self.setOpenExternalLinks(False)

    def show_scenario(self, scenario: Scenario, conversation: list[Message]) -> None:
        self.setHtml(self.render_html(scenario, conversation))

    def render_html(self, scenario: Scenario, conversation: list[Message]) -> str:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        alt = palette.color(QPalette.ColorRole.AlternateBase).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        accent_text = palette.color(QPalette.ColorRole.HighlightedText).name()
        persona = scenario.persona
        badge = (
            f' <span style="background:{accent};color:{accent_text};">&nbsp;VIP&nbsp;</span>'
            if persona.vip
            else ""
        )
        who = ", ".join(_esc(x) for x in (persona.role, persona.company, persona.plan) if x)
        mood, task, conversation_heading = (
            self.tr("Mood"),
            self.tr("Your task"),
            self.tr("Conversation"),
        )
        parts = [
            f"<h2>{_esc(scenario.title)}</h2>",
            f'<table width="100%" cellpadding="6" style="background:{alt};"><tr><td>'
            f"<b style='font-size:large'>{_esc(persona.name)}</b>{badge}<br>"
            f"{who}<br>{mood}: <i>{_esc(facet_label(persona.mood))}</i> · "
            f"{_esc(facet_label(scenario.category))} · {_esc(scenario.tier)} · "
            f"{_esc(facet_label(scenario.channel))}"
            "</td></tr></table>",
        ]
        if scenario.brief:
            parts.append(f"<p><b>{task}:</b> {_esc(scenario.brief)}</p>")
        parts += self._context_html(scenario)
        parts.append(f"<h3>{conversation_heading}</h3>")
        for message in conversation:
            parts.append(self._message_html(scenario, message, alt, base))
        return "".join(parts)

    def _context_html(self, scenario: Scenario) -> list[str]:
        context = scenario.context
        account, documentation, log, note = (
            self.tr("Account"),
            self.tr("Documentation"),
            self.tr("Log"),
            self.tr("Note"),
        )
        parts = []
        if context.summary:
            parts.append(f"<p>{_esc(context.summary)}</p>")
        if context.account:
            rows = "".join(
                f"<tr><td><b>{_esc(str(k))}</b></td><td>{_esc(str(v))}</td></tr>"
                for k, v in context.account.items()
            )
            parts.append(f"<h4>{account}</h4><table cellpadding='2'>{rows}</table>")
        if context.docs:
            parts.append(f"<h4>{documentation}</h4><pre>{html.escape(context.docs)}</pre>")
        if context.log:
            parts.append(f"<h4>{log}</h4><pre>{html.escape(context.log)}</pre>")
        if context.notes:
            parts.append(f"<p><i>{note}: {_esc(context.notes)}</i></p>")
        return parts

    def _message_html(self, scenario: Scenario, message: Message, alt: str, base: str) -> str:
        sender = scenario.persona.name if message.from_customer else self.tr("You")
        if scenario.channel == "chat":
            align = "left" if message.from_customer else "right"
            colour = alt if message.from_customer else base
            return (
                f'<table width="80%" align="{align}" cellpadding="8" '
                f'style="background:{colour}; margin:4px;"><tr><td>'
                f"<b>{_esc(sender)}</b><br>{_esc(message.text)}</td></tr></table>"
                '<br clear="all">'
            )
        sender_label = self.tr("From")
        return f"<hr><p><b>{sender_label}:</b> {_esc(sender)}</p><p>{_esc(message.text)}</p>"
