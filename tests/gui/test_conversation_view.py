"""The practice window shows the conversation first: the thread above the editor, the
ticket (task, customer, account facts, docs, logs) in a side tab."""

from PySide6.QtGui import QTextCursor


def open_scenario(qtbot, window, scenario_id):
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == scenario_id
            and not window.loading_draft
        )
    )


def wait_for_the_save(qtbot, window):
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10000)


def _visible(view, text):
    """Whether the start of `text` is inside the view's visible area."""
    cursor = view.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not in the view"
    cursor.setPosition(cursor.selectionStart(), QTextCursor.MoveMode.MoveAnchor)
    return view.viewport().rect().contains(view.cursorRect(cursor).topLeft())


def test_the_customer_message_comes_first_and_is_reflowed(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    shown = window.conversation.toPlainText()
    # The YAML wraps after "your"; the view joins the paragraph's lines.
    assert "Every call to your orders API comes back" in shown
    # A line the customer meant as a line stays one.
    assert "This is the request our script sends:\nGET /v2/orders" in shown
    assert _visible(window.conversation, "Our nightly order export")
    # The ticket's facts are beside the thread, not above the customer's words.
    assert "Documentation" not in shown
    assert "api_key" not in shown
    assert window.side_tabs.currentWidget() is window.ticket
    details = window.ticket.details.toPlainText()
    assert "API key" in details
    assert "Requests last 48h" in details
    assert "api_key" not in details
    assert "page_size  integer, 1–200" in window.ticket.docs.toPlainText()
    assert window.ticket.isTabVisible(window.ticket.indexOf(window.ticket.log))


def test_reply_to_the_customer_brings_the_new_message_into_view(qtbot, window, bundled):
    scenario = bundled.scenarios["csv-import-branching-en"]
    follow_up = scenario.turns[1].branches[-1]
    reply = scenario.examples.good[0].text
    # A short conversation pane, so the thread needs scrolling to reach the newest message.
    window.centre.setSizes([140, 700])
    open_scenario(qtbot, window, scenario.id)
    window.editor.setPlainText(reply)
    window.submit()
    wait_for_the_save(qtbot, window)
    # Sent: the reply is in the thread at once.
    assert "The reason is that your file uses semicolons" in window.conversation.toPlainText()
    window.results.continue_button.click()
    view = window.conversation
    shown = view.toPlainText()
    assert shown.index("Hello, I'm trying") < shown.index("Here's the fix") < shown.index("Oh!")
    assert view.verticalScrollBar().value() > 0
    assert _visible(view, follow_up.message[:22])
    assert not _visible(view, "Hello, I'm trying")


def test_the_last_turns_reply_stays_in_the_conversation(qtbot, window, bundled):
    scenario = bundled.scenarios["csv-import-branching-en"]
    open_scenario(qtbot, window, scenario.id)
    window.editor.setPlainText(scenario.examples.good[0].text)
    window.submit()
    wait_for_the_save(qtbot, window)
    window.results.continue_button.click()
    qtbot.waitUntil(lambda: not window.loading_draft)  # the turn's draft, read off the UI thread
    window.editor.setPlainText("No, Linda, existing contacts are updated, never duplicated.")
    window.submit()
    wait_for_the_save(qtbot, window)
    assert not window.results.continue_button.isVisible()
    assert (
        window.conversation.toPlainText()
        .rstrip()
        .endswith("No, Linda, existing contacts are updated, never duplicated.")
    )


def test_a_first_start_opens_nothing_and_says_how_to(qtbot, window):
    assert window.session is None
    assert "open it" in window.conversation.toPlainText()
    assert not window.side_tabs.isTabEnabled(window.side_tabs.indexOf(window.ticket))


def test_account_facts_get_human_labels_and_values(qapp):
    from coach.gui.ticket_panel import human_label, human_value

    assert human_label("days_since_payment") == "Days since payment"
    assert human_label("персональный_менеджер") == "Персональный менеджер"
    assert human_label("api_key") == "API key"
    assert human_label("SLA") == "SLA"
    assert human_value(True) == "yes"
    assert human_value(False) == "no"
    assert human_value(58.6) == "58.6"


def test_the_ticket_shows_a_fact_by_its_yaml_label_else_its_humanised_key(qtbot, bundled):
    from coach.gui.ticket_panel import TicketPanel

    scenario = next(s for s in bundled.scenarios.values() if len(s.context.account) >= 2)
    first, second = list(scenario.context.account)[:2]
    context = scenario.context.model_copy(update={"labels": {first: "Label from the YAML"}})
    labelled = scenario.model_copy(update={"context": context})
    panel = TicketPanel()
    qtbot.addWidget(panel)
    panel.show_scenario(labelled)
    shown = panel.details.toPlainText()
    assert "Label from the YAML" in shown
    from coach.gui.ticket_panel import human_label

    # The humanised key gives way to the label (it may still occur in other text).
    panel.show_scenario(scenario)
    before = panel.details.toPlainText()
    assert shown.count(human_label(first)) == before.count(human_label(first)) - 1
    assert human_label(second) in shown
