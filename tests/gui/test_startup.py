"""The window must not wait for the database layer: SQLAlchemy loads after it shows."""

import subprocess
import sys


def test_practice_window_does_not_import_the_database_layer():
    code = "import sys, coach.gui.main_window; print('sqlalchemy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"
