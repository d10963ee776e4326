"""Writing: only a writable regular file or a new name is ever replaced; special files, symbolic
links, folders and read-only files are refused with one line and left exactly as they were."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from decision_aid.storage import StorageError, atomic_write_bytes, load_assessment, save_assessment
from tests.builders import make
from tests.storage.hostile import assert_one_clean_line

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def others(folder: Path, *keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def refused(path: Path, match: str) -> str:
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(path, b"new")
    message = str(caught.value)
    assert match in message, message
    assert_one_clean_line(message)
    return message


def test_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert refused(fifo, "is a named pipe (FIFO), not a regular file: nothing was written").startswith(
        str(fifo)
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert others(tmp_path, "out.pdf") == []


def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        refused(path, "is a socket, not a regular file")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def _device(tmp_path: Path) -> Path:
    """A character device to aim at. As root, /dev/full itself would be replaced by a regression,
    so root gets a private node (like /dev/null) in tmp; without root, /dev/full cannot be harmed."""
    if not IS_ROOT:
        return Path("/dev/full")
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here (needs CAP_MKNOD): {exc}")
    return node


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_device_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    device = _device(tmp_path)
    refused(device, "is a character device, not a regular file: nothing was written")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_block_device_is_refused(tmp_path: Path) -> None:
    node = tmp_path / "disk"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 0))
    except OSError as exc:
        pytest.skip(f"making a block device needs CAP_MKNOD (root): {exc}")
    refused(node, "is a block device, not a regular file")
    assert stat.S_ISBLK(os.lstat(node).st_mode)


def test_folder_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, "is a folder, not a file")


def test_symlink_is_refused_and_neither_link_nor_target_changes(tmp_path: Path) -> None:
    # Decision: refuse, not write through (see check_write_target); the message names the target.
    target = tmp_path / "real.json"
    target.write_bytes(b"previous")
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    refused(link, "link.json: is a symbolic link (to real.json): nothing was written")
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert target.read_bytes() == b"previous"
    assert others(tmp_path, "real.json", "link.json") == []


def test_dangling_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    refused(link, "is a symbolic link")
    assert link.is_symlink() and not (tmp_path / "elsewhere.json").exists()


def test_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.pdf"
    link.symlink_to("/dev/null")
    refused(link, "is a symbolic link (to /dev/null)")
    assert link.is_symlink()


def test_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"previous")
    path.chmod(0o444)
    refused(path, "a.json: the file is read-only: nothing was written")
    assert path.read_bytes() == b"previous" and path.stat().st_mode & 0o777 == 0o444


def test_writable_regular_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"previous")
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert others(tmp_path, "a.json") == []


@pytest.mark.parametrize("chars", [80, 83], ids=["244-byte-stem", "255-byte-name"])
def test_long_legal_names_work(tmp_path: Path, chars: int) -> None:
    # 80 Chinese characters are 240 bytes; with ".json" the name is 245 bytes, 83 give 254 (+ "x": 255).
    name = "评" * chars + ("x" if chars == 83 else "") + ".json"
    assert len(name.encode()) in (245, 255)
    save_assessment(tmp_path / name, make("crps"))
    assert load_assessment(tmp_path / name) == make("crps")
    assert others(tmp_path, name) == []


def test_name_over_255_bytes_is_a_clean_error(tmp_path: Path) -> None:
    name = "评" * 84 + ".json"  # 257 bytes
    message = refused(
        tmp_path / name, "the file name is too long (257 bytes; at most 255): nothing was written"
    )
    assert len(message) <= 300
    assert others(tmp_path) == []


def test_missing_folder_is_a_clean_error(tmp_path: Path) -> None:
    refused(tmp_path / "nowhere" / "a.json", "cannot write here (No such file or directory)")
