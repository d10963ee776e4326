"""Test-wide setup: offscreen Qt, a cache folder of the run's own, and no network for anything under test."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's cache (parsed font metrics) goes to a folder of the test run's own, for the commands run
# in subprocesses too, never to the user's cache folder.
_CACHE_HOME = tempfile.mkdtemp(prefix="decision-aid-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME
atexit.register(shutil.rmtree, _CACHE_HOME, ignore_errors=True)


class NetworkBlocked(RuntimeError):
    pass


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            raise NetworkBlocked("the decision aid must never open a network connection")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> object:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    yield
    socket.socket = _real_socket  # type: ignore[misc]
