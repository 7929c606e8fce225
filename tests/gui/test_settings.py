from PySide6.QtCore import QSettings

from coach.gui.settings import VERSION, Prefs, Settings, State


def test_defaults_and_round_trip(unnamed_settings):
    settings = unnamed_settings
    assert settings.get(Prefs.trainee_name) == ""
    settings.set(Prefs.trainee_name, "Ольга")
    assert settings.get(Prefs.trainee_name) == "Ольга"
    assert settings.get(State.geometry).isEmpty()


def test_preferences_and_window_state_live_apart(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.set(Prefs.languagetool_url, "http://lt:8081")
    settings.set(State.last_scenario, "x")
    settings.sync()
    raw = QSettings(path, QSettings.Format.IniFormat)
    assert raw.value("prefs/languagetool_url") == "http://lt:8081"
    assert raw.value("state/last_scenario") == "x"


def test_upgrade_from_version_0(tmp_path):
    path = str(tmp_path / "old.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue("trainee_name", "Anna")
    old.sync()
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.get(Prefs.trainee_name) == "Anna"
    settings.sync()
    assert QSettings(path, QSettings.Format.IniFormat).value("meta/version") in (
        VERSION,
        str(VERSION),
    )
