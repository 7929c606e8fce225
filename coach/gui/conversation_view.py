"""The conversation, as an agent sees it in a help desk: the thread above the reply box.

Customer messages and the trainee's own earlier replies, as chat bubbles (chat scenarios)
or an e-mail thread (e-mail ones), under a one-line header naming the scenario and the
customer. Customer messages are reflowed (`coach.gui.reflow`); the trainee's keep their
line breaks, as they typed them. Colours come from the palette, so the view follows a
light or dark theme. After each change the newest customer message is scrolled into view:
that is what the trainee answers.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser

from coach.content.scenario import Scenario
from coach.gui.facets import facet_label
from coach.gui.reflow import paragraphs
from coach.practice.session import Message

NEWEST_ANCHOR = "newest-customer-message"


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def message_html(message: Message) -> str:
    """A message's text as HTML paragraphs: reflowed for the customer, as typed for ours."""
    if message.from_customer:
        blocks = paragraphs(message.text)
    else:
        blocks = [block.splitlines() for block in message.text.strip().split("\n\n")]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>" for lines in blocks
    )


class ConversationView(QTextBrowser):
    """Shows one scenario's conversation so far (read-only). No signals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Conversation"))
        self.setOpenLinks(False)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        """Nothing is open yet: say how to open a scenario."""
        hint = self.tr(
            "Choose a scenario in the list and open it (double-click, Enter or Open) "
            "to see the customer's message here."
        )
        self.setHtml(f"<p><i>{html.escape(hint)}</i></p>")

    def show_conversation(self, scenario: Scenario, conversation: list[Message]) -> None:
        self.setHtml(self.render_html(scenario, conversation))
        self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        """The newest customer message at the top of the view (or as far as it goes)."""
        self.scrollToAnchor(NEWEST_ANCHOR)

    def render_html(self, scenario: Scenario, conversation: list[Message]) -> str:
        palette = self.palette()
        alt = palette.color(QPalette.ColorRole.AlternateBase).name()
        base = palette.color(QPalette.ColorRole.Base).name()
        mid = palette.color(QPalette.ColorRole.Mid).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        accent_text = palette.color(QPalette.ColorRole.HighlightedText).name()
        persona = scenario.persona
        badge = (
            f' <span style="background:{accent};color:{accent_text};">&nbsp;VIP&nbsp;</span>'
            if persona.vip
            else ""
        )
        facts = " · ".join(
            _esc(x)
            for x in (
                persona.company,
                facet_label(persona.mood),
                facet_label(scenario.channel),
                scenario.tier,
            )
            if x
        )
        parts = [
            f"<h3 style='margin-bottom:2px'>{_esc(scenario.title)}</h3>",
            f"<p style='margin-top:0'><b>{_esc(persona.name)}</b>{badge} · {facts}</p>",
        ]
        newest = max((i for i, m in enumerate(conversation) if m.from_customer), default=-1)
        for index, message in enumerate(conversation):
            anchor = f'<a name="{NEWEST_ANCHOR}"></a>' if index == newest else ""
            sender = persona.name if message.from_customer else self.tr("You")
            if scenario.channel == "chat":
                parts.append(self._bubble(anchor, sender, message, alt, base, mid))
            else:
                parts.append(self._email(anchor, sender, message, alt, base, mid))
        return "".join(parts)

    def _bubble(
        self, anchor: str, sender: str, message: Message, alt: str, base: str, mid: str
    ) -> str:
        # Customer on the left, the trainee on the right, as every chat client does.
        align = "left" if message.from_customer else "right"
        colour = alt if message.from_customer else base
        return (
            f'{anchor}<table width="78%" align="{align}" cellpadding="8" '
            f'style="background:{colour}; border:1px solid {mid}; margin:6px;"><tr><td>'
            f"<b>{_esc(sender)}</b>{message_html(message)}</td></tr></table>"
            '<br clear="all">'
        )

    def _email(
        self, anchor: str, sender: str, message: Message, alt: str, base: str, mid: str
    ) -> str:
        from_label = self.tr("From")
        colour = alt if message.from_customer else base
        return (
            f'{anchor}<table width="100%" cellpadding="8" '
            f'style="background:{colour}; border:1px solid {mid}; margin-top:6px;"><tr><td>'
            f"{from_label}: <b>{_esc(sender)}</b>"
            f"{message_html(message)}</td></tr></table>"
        )
