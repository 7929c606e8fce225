"""The scenario list: searching and filtering only filter; opening is the trainee's choice."""

from PySide6.QtCore import Qt

from coach.gui.library_model import COLUMNS


def _open(qtbot, window, scenario_id):
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == scenario_id
            and not window.loading_draft
        )
    )


def test_typing_a_search_opens_nothing(qtbot, window, bundled):
    timed = next(s for s in bundled.scenarios.values() if s.time_limit_minutes)
    _open(qtbot, window, "api-params-vip-en")
    window.editor.setPlainText("Hi Daniel, half a thought")
    panel = window.library_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, timed.title[:6])
    assert panel.proxy.rowCount() >= 1
    assert window.session.scenario.id == "api-params-vip-en"
    assert window.editor.toPlainText() == "Hi Daniel, half a thought"
    assert not window.clock.isActive()
    assert "Daniel Reyes" in window.conversation.toPlainText()


def test_enter_in_the_search_opens_the_first_match(qtbot, window, bundled):
    scenario = bundled.scenarios["double-charge-en"]
    panel = window.library_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, scenario.title)
    assert window.session is None
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert window.session.scenario.id == "double-charge-en"


def test_double_click_enter_and_open_open_the_selected_row(qtbot, window):
    panel = window.library_panel
    table = panel.table
    assert not panel.open_button.isEnabled()
    first, second, third = (panel.proxy.index(row, 0) for row in range(3))
    # Selecting only selects.
    table.setCurrentIndex(first)
    assert window.session is None
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.session.scenario.id == first.data(Qt.ItemDataRole.UserRole + 1)
    # Opened: the ticket takes the side panel; the trainee goes back for another scenario.
    assert window.side_tabs.currentWidget() is window.ticket
    window.side_tabs.setCurrentWidget(panel)
    table.setCurrentIndex(second)
    assert window.session.scenario.id == first.data(Qt.ItemDataRole.UserRole + 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session.scenario.id == second.data(Qt.ItemDataRole.UserRole + 1)
    window.side_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(table.isVisible)
    centre = table.visualRect(third).center()
    # A real double-click: the first click selects (and must not open), the second opens.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.session.scenario.id == second.data(Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.session.scenario.id == third.data(Qt.ItemDataRole.UserRole + 1)


def test_vip_is_a_column_and_titles_are_whole(qtbot, window, bundled):
    panel = window.library_panel
    proxy = panel.proxy
    titles = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert not any(t.startswith("★") for t in titles)
    # VIP scenarios sort by their title with the rest, not after them.
    angry_vip = bundled.scenarios["angry-vip-manager-en"].title
    root_cause_vip = bundled.scenarios["incident-rca-vip-en"].title
    assert titles.index(angry_vip) < titles.index("Charged twice for the annual renewal")
    assert titles.index(root_cause_vip) < titles.index(
        "Sarcastic request for recurring tasks we don't have"
    )
    vip = COLUMNS.index("vip")
    row = panel.model.row_of("api-params-vip-en")
    assert panel.model.index(row, vip).data() == "★"  # a badge in a column of its own
    assert panel.model.index(row, vip).data(Qt.ItemDataRole.AccessibleTextRole) == "VIP customer"
    assert panel.model.index(panel.model.row_of("double-charge-en"), vip).data() == ""
    # A title wider than its column wraps onto more lines instead of being cut.
    panel.table.setColumnWidth(0, 120)
    window.splitter.setSizes([260, 800, 300])
    qtbot.waitUntil(lambda: panel.table.columnWidth(0) < 200)
    index = proxy.mapFromSource(panel.model.index(row, 0))
    panel.table.resizeRowsToContents()
    line = panel.table.fontMetrics().height()
    assert panel.table.rowHeight(index.row()) >= 2 * line
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideNone
    assert bundled.scenarios["api-params-vip-en"].title in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_title_column_has_the_width_and_the_tooltip_the_whole_title(qtbot, window, bundled):
    panel = window.library_panel
    window.show()
    qtbot.waitUntil(panel.table.isVisible)
    table = panel.table
    # The badge column is as narrow as its star; the title gets most of the table.
    widths = {name: table.columnWidth(i) for i, name in enumerate(COLUMNS)}
    assert widths["vip"] < widths["language"]
    assert widths["title"] >= 0.5 * table.viewport().width()
    longest = max(bundled.scenarios.values(), key=lambda s: len(s.title))
    assert len(longest.title) > 40
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(longest.id), 0))
    assert index.data() == longest.title  # whole, wrapped by the view, never cut
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(longest.title + "\n")
    vip = bundled.scenarios["api-params-vip-en"]
    index = panel.model.index(panel.model.row_of(vip.id), 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole).split("\n")[1].startswith("VIP customer · ")
    header = panel.model.headerData(COLUMNS.index("vip"), Qt.Orientation.Horizontal)
    tip = panel.model.headerData(
        COLUMNS.index("vip"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert (header, tip) == ("★", "VIP customer")


def test_sorting_by_the_badge_puts_the_vip_scenarios_together(qtbot, window, bundled):
    panel = window.library_panel
    panel.table.sortByColumn(COLUMNS.index("vip"), Qt.SortOrder.DescendingOrder)
    proxy = panel.proxy
    ids = [
        proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(proxy.rowCount())
    ]
    vips = [bundled.scenarios[i].persona.vip for i in ids]
    count = sum(vips)
    assert count >= 2
    assert vips == [True] * count + [False] * (len(vips) - count)


def test_the_filters_keep_a_margin_from_the_window_edge(qtbot, window):
    panel = window.library_panel
    window.show()
    qtbot.waitUntil(panel.table.isVisible)
    left_edge = min(
        widget.mapTo(window, widget.rect().topLeft()).x()
        for widget in (panel.search, panel.table, *panel.facet_boxes.values())
    )
    assert left_edge >= 6
    label = next(w for w in panel.findChildren(type(window.timer_label)) if w.text() == "Category")
    assert label.mapTo(window, label.rect().topLeft()).x() >= 6
    # And on the right, before the splitter handle.
    right = max(box.mapTo(panel, box.rect().topRight()).x() for box in panel.facet_boxes.values())
    assert panel.width() - right >= 6
