"""Atomic writes: a failure at any point leaves the previous file intact and no partial file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from decision_aid.storage import StorageError, atomic_write_bytes, load_assessment, save_assessment
from tests.builders import make


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_save_creates_private_file_and_reloads(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    save_assessment(path, make("crps"))
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_assessment(path) == make("crps")


def test_os_replace_failure_keeps_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"previous")

    def refuse(*_: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match=r"a\.json: could not be saved \(Invalid cross-device link\)"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"previous"
    assert leftovers(tmp_path) == []


def test_disk_full_keeps_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"previous")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="No space left on device"):
        atomic_write_bytes(path, b"new" * 1000)
    assert path.read_bytes() == b"previous"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.json").write_bytes(b"previous")
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot write here"):
            atomic_write_bytes(folder / "a.json", b"new")
        assert (folder / "a.json").read_bytes() == b"previous"
    finally:
        folder.chmod(0o700)


def test_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, where chmod cannot make a folder read-only: simulate the refusal instead.
    import tempfile

    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    (tmp_path / "a.json").write_bytes(b"previous")
    with pytest.raises(StorageError, match=r"cannot write here \(Permission denied\)"):
        atomic_write_bytes(tmp_path / "a.json", b"new")
    assert (tmp_path / "a.json").read_bytes() == b"previous"


def test_writing_onto_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"x")


@pytest.mark.parametrize(
    ("patient_id", "stem"),
    [
        ("PSPS-2026-031", "PSPS-2026-031"),
        ("a/b\\c:d", "a_b_c_d"),
        ("  ..hidden  ", "hidden"),
        ("编号 01", "编号_01"),
        ("", "assessment"),
        ("///", "assessment"),
    ],
)
def test_one_function_turns_a_patient_id_into_a_file_name(patient_id: str, stem: str) -> None:
    from decision_aid.storage import file_stem

    assert file_stem(patient_id) == stem
