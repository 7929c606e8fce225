"""Item 4 (and `.inf` of item 10): one bad content file is one located message; the other
files load, in `coach validate` and in the library the app loads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.content import library as content_library
from coach.scoring import load_library

DATA = Path(__file__).parent.parent / "data"
GOOD = (DATA / "scenarios" / "api-en.yaml").read_text(encoding="utf-8")


def _folder_with(tmp_path: Path, name: str, data: bytes | None) -> Path:
    """A content folder: one good scenario and one bad entry called `name`."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    if data is not None:
        (folder / name).write_bytes(data)
    return folder


def _edit(old: str, new: str) -> bytes:
    assert old in GOOD
    return GOOD.replace(old, new, 1).encode("utf-8")


BAD_FILES = {
    "nul": (_edit("title: VIP", "title: V\x00IP"), "2:9", "U+0000 (NUL)"),
    "bel": (_edit("title: VIP", "title: V\x07IP"), "2:9", "U+0007 (BEL)"),
    "fffe": (_edit("title: VIP", "title: V\ufffeIP"), "2:9", "U+FFFE"),
    "deep-flow": (b"id: x\nlist: " + b"[" * 1500 + b"]" * 1500 + b"\n", "2:", "nesting"),
    "deep-block": (
        b"id: x\n" + b"".join(b"  " * i + b"k:\n" for i in range(300)),
        "",
        "nesting",
    ),
    "long-int": (
        _edit("language: en", "language: en\ntime_limit_minutes: " + "9" * 5000),
        "4:21",
        "4300 digits",
    ),
    "bad-date": (b"id: x\nwhen: 2026-13-45\n", "2:7", "month"),
    "huge-repeat": (
        _edit("  - {phrase: your integration is broken,", "  - {pattern: 'a{4294967296}',"),
        "",
        "repeat",
    ),
    "nested-groups": (
        _edit(
            "  - {phrase: your integration is broken,",
            "  - {pattern: '" + "(" * 2000 + "a" + ")" * 2000 + "',",
        ),
        "",
        "nest",
    ),
    "not-utf8": (b"id: x\ntitle: \xff\n", "2:8", "not UTF-8"),
    "infinite-time": (
        _edit("language: en", "language: en\ntime_limit_minutes: .inf"),
        "4:21",
        "must be a finite number, got inf",
    ),
}


def _one_issue(library, name):
    issues = [i for i in library.issues if i.path.name == name]
    assert len(issues) >= 1, [str(i) for i in library.issues]
    assert all(i.path.name == name for i in library.issues), [str(i) for i in library.issues]
    return issues


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_one_located_message_and_the_others_load(tmp_path, case):
    data, where, words = BAD_FILES[case]
    folder = _folder_with(tmp_path, "bad.yaml", data)
    library = load_library([folder])
    assert "test-api-en" in library.scenarios
    issues = _one_issue(library, "bad.yaml")
    text = " ".join(str(i) for i in issues)
    assert words.lower() in text.lower()
    if where:
        assert f"bad.yaml:{where}" in text


def test_validate_prints_located_messages_without_a_traceback(cli, tmp_path):
    data, _, _ = BAD_FILES["nested-groups"]
    folder = _folder_with(tmp_path, "bad.yaml", data)
    (folder / "deep.yaml").write_bytes(BAD_FILES["deep-flow"][0])
    (folder / "nul.yaml").write_bytes(BAD_FILES["nul"][0])
    code, out, err = cli(["validate", str(folder)])
    assert code == 1
    # The valid file may have warnings (content its examples never test), never errors.
    errors = [line for line in out.splitlines() if ": warning: " not in line]
    assert {line.split(":")[0].rsplit("/", 1)[-1] for line in errors} == {
        "bad.yaml",
        "deep.yaml",
        "nul.yaml",
    }
    assert "1 valid, 3 with errors" in err


def test_endless_and_special_files_are_refused_without_reading_them(tmp_path):
    folder = _folder_with(tmp_path, "x", None)
    os.mkfifo(folder / "pipe.yaml")  # opening it for reading would wait for a writer
    (folder / "zero.yaml").symlink_to("/dev/zero")  # reading it would never end
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "dangling.yaml").symlink_to(folder / "nowhere.yaml")
    (folder / "folder.yaml").mkdir()
    (folder / "folder.yaml" / "inside.yaml").write_text(
        GOOD.replace("id: test-api-en", "id: inside"), encoding="utf-8"
    )
    library = load_library([folder])
    assert set(library.scenarios) == {"test-api-en", "inside"}
    by_name = {i.path.name: i.message for i in library.issues}
    assert set(by_name) == {"pipe.yaml", "zero.yaml", "loop.yaml", "dangling.yaml", "folder.yaml"}
    assert "regular file" in by_name["pipe.yaml"]
    assert "regular file" in by_name["zero.yaml"]
    assert "symbolic links" in by_name["loop.yaml"]
    assert "folder" in by_name["folder.yaml"]


def test_explicit_special_paths_are_messages(cli, tmp_path):
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    for path in (loop, Path("/dev/zero"), Path("/proc/self/environ")):
        library = load_library([path])
        assert [i.path for i in library.issues] == [path], path
    code, out, _ = cli(["validate", str(loop), "/dev/zero"])
    assert code == 1
    assert len(out.splitlines()) == 2


def test_a_file_that_says_it_is_small_but_is_not_is_read_only_to_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("coach.content.yaml_source.MAX_FILE_BYTES", 1000)
    library = load_library([Path("/proc/self/maps")])  # st_size 0, content larger
    assert len(library.issues) == 1
    assert "KiB" in library.issues[0].message or "not allowed" in library.issues[0].message


def _refuse_to_list(monkeypatch, locked: Path) -> None:
    """`locked` cannot be listed, as for a user without read permission (root reads any
    folder, so the refusal is simulated where os.walk lists it)."""
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_is_a_message(tmp_path, monkeypatch):
    # Root reads any folder, so the refusal is simulated where os.walk lists it.
    folder = _folder_with(tmp_path, "x", None)
    locked = folder / "locked"
    locked.mkdir()
    _refuse_to_list(monkeypatch, locked)
    library = load_library([folder])
    assert "test-api-en" in library.scenarios
    assert [(i.path, i.message) for i in library.issues] == [
        (locked, "cannot read folder: Permission denied")
    ]


def test_an_unforeseen_failure_stays_with_its_file(tmp_path, monkeypatch, caplog):
    folder = _folder_with(tmp_path, "other.yaml", GOOD.replace("test-api-en", "other").encode())
    real = content_library._add_scenario

    def flaky(library, doc, *args):
        if doc.path.name == "other.yaml":
            raise ZeroDivisionError("a bug")
        return real(library, doc, *args)

    monkeypatch.setattr(content_library, "_add_scenario", flaky)
    library = load_library([folder])
    assert "test-api-en" in library.scenarios
    assert [i.path.name for i in library.issues] == ["other.yaml"]
    assert "ZeroDivisionError" in library.issues[0].message
    assert "a bug" in caplog.text  # logged with its traceback: it is a bug, not swallowed


# The same faults said in the file's language: a file that declares `language: ru` gets
# Russian, and one with no text to read (a pipe, a folder, a loop of symlinks) gets the
# language of the files beside it.
GOOD_RU = (DATA / "scenarios" / "api-ru.yaml").read_text(encoding="utf-8")


def _edit_ru(old: str, new: str) -> bytes:
    assert old in GOOD_RU
    return GOOD_RU.replace(old, new, 1).encode("utf-8")


def _messages(tmp_path: Path, language: str, make_bad) -> list[str]:
    """The issues of a folder holding one good scenario in `language` and what `make_bad`
    puts at `bad.yaml`, as `coach validate` prints them (relative to the folder)."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD if language == "en" else GOOD_RU, encoding="utf-8")
    make_bad(folder / "bad.yaml")
    library = load_library([folder])
    assert len(library.scenarios) == 1, [str(i) for i in library.issues]
    return [str(i).replace(f"{folder}/", "") for i in library.issues]


def _writes(data: bytes):
    return lambda path: path.write_bytes(data)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _loop(path: Path) -> None:
    path.symlink_to(path)


def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("nowhere.yaml"))


def _folder(path: Path) -> None:
    path.mkdir()


READ_FAULTS = [
    (
        "nul",
        _writes(_edit("title: VIP", "title: V\x00IP")),
        "bad.yaml:2:9: character U+0000 (NUL) is not allowed in YAML (often pasted in "
        "invisibly); delete it",
        _writes(_edit_ru("title: VIP", "title: V\x00IP")),
        "bad.yaml:2:9: символ U+0000 (NUL) в YAML недопустим (его часто вставляют вместе с "
        "текстом, не замечая); удалите его",
    ),
    (
        "not-utf8",
        _writes(b"id: x\nlanguage: en\ntitle: \xff\n"),
        "bad.yaml:3:8: file is not UTF-8 text (invalid start byte); save it as UTF-8",
        _writes(b"id: x\nlanguage: ru\ntitle: \xff\n"),
        "bad.yaml:3:8: файл сохранён не в UTF-8 (недопустимый байт в начале символа); "
        "сохраните его в кодировке UTF-8",
    ),
    (
        "deep",
        _writes(b"language: en\nlist: " + b"[" * 150 + b"]" * 150 + b"\n"),
        "bad.yaml:2:106: nesting is deeper than 100 levels; a scenario or rubric never needs "
        "that many (look for unclosed [ or {)",
        _writes(b"language: ru\nlist: " + b"[" * 150 + b"]" * 150 + b"\n"),
        "bad.yaml:2:106: вложенность глубже 100 уровней, а сценарию или рубрике столько не "
        "нужно (поищите незакрытую [ или {)",
    ),
    (
        "tab",
        _writes(b"language: en\nturns:\n\t- id: x\n"),
        "bad.yaml:3:1: YAML syntax: found character '\\t' that cannot start any token "
        "(indent with spaces, not tabs)",
        _writes(b"language: ru\nturns:\n\t- id: x\n"),
        "bad.yaml:3:1: синтаксис YAML: found character '\\t' that cannot start any token "
        "(делайте отступы пробелами, а не табуляцией)",
    ),
    (
        "fifo",
        _fifo,
        "bad.yaml:1:1: not a regular file (a pipe, device or socket); content must be a file",
        _fifo,
        "bad.yaml:1:1: это не обычный файл, а канал, устройство или сокет; сценарии и "
        "рубрики должны быть обычными файлами",
    ),
    (
        "symlink-loop",
        _loop,
        "bad.yaml:1:1: cannot read file: Too many levels of symbolic links",
        _loop,
        "bad.yaml:1:1: не удаётся прочитать файл: символические ссылки замкнуты в петлю",
    ),
    (
        "dangling-symlink",
        _dangling,
        "bad.yaml:1:1: cannot read file: No such file or directory",
        _dangling,
        "bad.yaml:1:1: не удаётся прочитать файл: файл, на который ведёт ссылка, не найден",
    ),
    (
        "folder",
        _folder,
        "bad.yaml:1:1: this is a folder, not a YAML file (rename it without .yaml/.yml)",
        _folder,
        "bad.yaml:1:1: это папка, а не YAML-файл (уберите .yaml/.yml из её имени)",
    ),
]


@pytest.mark.parametrize(
    ("make_bad", "language", "expected"),
    [
        pytest.param(row[1 + 2 * i], language, row[2 + 2 * i], id=f"{row[0]}-{language}")
        for row in READ_FAULTS
        for i, language in enumerate(["en", "ru"])
    ],
)
def test_a_file_that_cannot_be_read_is_said_in_its_language(tmp_path, make_bad, language, expected):
    assert _messages(tmp_path, language, make_bad) == [expected]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "bad.yaml:1:1: file is over 1 KiB (1 KiB or more); content files are limited to "
            "that size (split it into several scenarios)",
        ),
        (
            "ru",
            "bad.yaml:1:1: файл больше 1 КБ (1 КБ или больше), а файлы сценариев и рубрик не "
            "могут быть больше; разделите его на несколько сценариев",
        ),
    ],
)
def test_a_file_over_the_limit_is_said_in_the_language_its_start_declares(
    tmp_path, monkeypatch, language, expected
):
    monkeypatch.setattr("coach.content.yaml_source.MAX_FILE_BYTES", 1024)
    data = f"id: big\nlanguage: {language}\n# {'x' * 2000}\n".encode()
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "bad.yaml").write_bytes(data)
    library = load_library([folder])
    assert [str(i).replace(f"{folder}/", "") for i in library.issues] == [expected]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "cannot read folder: Permission denied"),
        ("ru", "не удаётся открыть папку: нет прав на чтение"),
    ],
)
def test_an_unreadable_folder_is_said_in_the_language_of_the_files_beside_it(
    tmp_path, monkeypatch, language, expected
):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD if language == "en" else GOOD_RU, encoding="utf-8")
    locked = folder / "locked"
    locked.mkdir()
    _refuse_to_list(monkeypatch, locked)
    library = load_library([folder])
    assert [(i.path, i.line, i.column, i.message) for i in library.issues] == [
        (locked, 1, 1, expected)
    ]


def test_a_file_with_no_text_beside_files_in_two_languages_is_said_in_english(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "en.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "ru.yaml").write_text(GOOD_RU, encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    library = load_library([folder])
    assert [i.message for i in library.issues] == [
        "not a regular file (a pipe, device or socket); content must be a file"
    ]


def test_validate_says_a_russian_folder_s_read_errors_and_summary_in_russian(cli, tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD_RU, encoding="utf-8")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "nul.yaml").write_bytes(_edit_ru("title: VIP", "title: V\x00IP"))
    code, out, err = cli(["validate", str(folder)])
    assert code == 1
    errors = [line for line in out.splitlines() if ": предупреждение: " not in line]
    assert [line.replace(f"{folder}/", "") for line in errors] == [
        "loop.yaml:1:1: не удаётся прочитать файл: символические ссылки замкнуты в петлю",
        "nul.yaml:2:9: символ U+0000 (NUL) в YAML недопустим (его часто вставляют вместе с "
        "текстом, не замечая); удалите его",
    ]
    assert "без ошибок: 1, с ошибками: 2, ошибок: 2" in err
