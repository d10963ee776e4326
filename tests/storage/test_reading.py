"""Reading hostile files: every case is the project's own error with one clean line; only regular
files are read, and never more than the size limit + 1 byte."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from decision_aid import storage
from decision_aid.storage import MAX_FILE_BYTES, AssessmentFileError, load_assessment
from tests.storage.hostile import HOSTILE, assert_one_clean_line, example_text, write


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_one_clean_line(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name)
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {HOSTILE[name][1]}")
    assert_one_clean_line(message)


def test_duplicate_red_flag_is_not_resolved_silently(tmp_path: Path) -> None:
    # Before: the last value won, so a red flag given as "yes" then "no" vanished from the verdict.
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(write(tmp_path, "duplicate_red_flag"))
    assert caught.value.field == "safety.suspected_tumour" and caught.value.code == "invalid"


def test_utf16_has_the_code_the_app_explains(tmp_path: Path) -> None:
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(write(tmp_path, "utf16"))
    assert caught.value.code == "not_utf8"


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["utf8", "utf8-bom"])
def test_utf8_with_or_without_bom_is_read(tmp_path: Path, prefix: bytes) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(prefix + example_text().encode("utf-8"))
    assert load_assessment(path).patient.age == 42


def test_long_path_and_name_keep_the_message_short(tmp_path: Path) -> None:
    folder = tmp_path / ("深" * 80)
    folder.mkdir()
    path = folder / ("\n\x1b[31m" + "坏" * 78 + ".json")
    path.write_bytes(b"[" * 1000)
    with pytest.raises(AssessmentFileError) as caught:
        load_assessment(path)
    assert_one_clean_line(str(caught.value))
    assert "\\n\\x1b[31m" in str(caught.value)


def _load_in_thread(path: Path, seconds: float = 10) -> BaseException | None:
    """load_assessment(path) that fails the test instead of hanging it."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            load_assessment(path)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"reading {path} did not return within {seconds} s"
    return outcome[0]


def _expect_not_regular(path: Path, kind: str) -> None:
    error = _load_in_thread(path)
    assert isinstance(error, AssessmentFileError), error
    assert str(error) == f"{path}: is {kind}, not a regular file (an assessment is a JSON file)"
    assert error.code == "unreadable"


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    _expect_not_regular(fifo, "a named pipe (FIFO)")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_not_read() -> None:
    _expect_not_regular(Path("/dev/zero"), "a character device")


def test_link_to_a_device_is_not_read(tmp_path: Path) -> None:
    link = tmp_path / "a.json"
    link.symlink_to("/dev/zero")
    _expect_not_regular(link, "a character device")


def test_socket_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        _expect_not_regular(path, "a socket")


def test_block_device_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "block.json"
    try:
        os.mknod(path, stat.S_IFBLK | 0o600, os.makedev(7, 0))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"making a block device needs CAP_MKNOD (root): {exc}")
    _expect_not_regular(path, "a block device")


def test_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text(example_text(), encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    assert load_assessment(tmp_path / "link.json").patient.age == 42


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AssessmentFileError, match="is a folder, not an assessment file"):
        load_assessment(tmp_path)
    (tmp_path / "dangling.json").symlink_to("nowhere.json")
    with pytest.raises(AssessmentFileError, match="file not found"):
        load_assessment(tmp_path / "dangling.json")


def test_name_too_long_to_read_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(AssessmentFileError, match=r"cannot be read \(File name too long\)"):
        load_assessment(tmp_path / ("a" * 300 + ".json"))


def test_oversized_file_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(AssessmentFileError, match="is too large") as caught:
        load_assessment(path)
    assert caught.value.code == "too_large"


def test_never_reads_more_than_the_limit_plus_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file whose size is not what stat says (as in /proc, or one that grows while read).
    path = tmp_path / "grows.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES * 3)
    real_stat = Path.stat

    def small(self: Path, **kwargs: bool) -> os.stat_result:
        result = real_stat(self, **kwargs)
        values = list(result)
        values[stat.ST_SIZE] = 10
        return os.stat_result(values)

    read_sizes: list[int] = []
    real_read = os.read

    def counting_read(fd: int, size: int) -> bytes:
        chunk = real_read(fd, size)
        read_sizes.append(len(chunk))
        return chunk

    monkeypatch.setattr(Path, "stat", small)
    monkeypatch.setattr(storage.os, "read", counting_read)
    with pytest.raises(AssessmentFileError, match="is too large"):
        load_assessment(path)
    assert sum(read_sizes) == MAX_FILE_BYTES + 1


def test_many_keys_with_one_duplicate_is_refused_quickly(tmp_path: Path) -> None:
    # ~4 MB, 300,000 keys: finding the duplicate must not be quadratic (that would take hours).
    keys = ", ".join(f'"k{i}": 0' for i in range(300_000))
    path = tmp_path / "wide.json"
    path.write_text('{"schema_version": 1, "x": {' + keys + ', "k7": 1}}', encoding="utf-8")
    error = _load_in_thread(path, seconds=20)
    assert isinstance(error, AssessmentFileError)
    assert str(error) == f"{path}: x.k7: is given more than once (remove the duplicate)"


def test_a_file_of_many_values_is_refused_before_validation(tmp_path: Path) -> None:
    keys = ", ".join(f'"k{i}": [1]' for i in range(300_000))
    path = tmp_path / "wide.json"
    path.write_text('{"schema_version": 1, "indication": "crps", ' + keys + "}", encoding="utf-8")
    error = _load_in_thread(path, seconds=20)
    assert str(error) == f"{path}: holds more than 10,000 values: not an assessment"
