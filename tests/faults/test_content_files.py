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


def test_an_unreadable_folder_is_a_message(tmp_path, monkeypatch):
    # Root reads any folder, so the refusal is simulated where os.walk lists it.
    folder = _folder_with(tmp_path, "x", None)
    locked = folder / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
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
