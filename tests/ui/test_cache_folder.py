"""The command line and the desktop app keep the font-metrics cache in the same folder: the one Qt
names the app's cache location, which the command line computes without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from decision_aid.ui.shell.app import build_shell
from decision_aid.ui.shell.paths import APPLICATION, ORGANISATION, AppPaths


@pytest.mark.skipif(sys.platform != "linux", reason="the folder is computed per platform; CI runs Linux")
@pytest.mark.parametrize("xdg", ["set", "unset"])
def test_the_command_line_cache_folder_is_qts_cache_location(tmp_path: Path, xdg: str) -> None:
    # In a process of its own: the UI tests run Qt's standard paths in test mode.
    probe = """
from PySide6.QtCore import QCoreApplication, QStandardPaths
from decision_aid.cache_folder import default_cache_folder
from decision_aid.ui.shell.paths import APPLICATION, ORGANISATION, AppPaths
app = QCoreApplication([])
QCoreApplication.setOrganizationName(ORGANISATION)
QCoreApplication.setApplicationName(APPLICATION)
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
print(AppPaths.standard().cache_dir)
print(default_cache_folder())
"""
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    env["HOME"] = str(tmp_path / "home")
    if xdg == "set":
        env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    qt, app_paths, ours = done.stdout.split("\n")[:3]
    assert qt == app_paths == ours
    expected = tmp_path / ("xdg-cache" if xdg == "set" else "home/.cache") / ORGANISATION / APPLICATION
    assert Path(ours) == expected


def test_the_app_puts_its_cache_under_its_own_folders(qapp: object, tmp_path: Path) -> None:
    from decision_aid.cache_folder import cache_folder, set_cache_folder

    before = cache_folder()
    try:
        shell = build_shell(AppPaths.under(tmp_path), language="en")
        assert cache_folder() == tmp_path / "cache"
        shell.window.close()
    finally:
        set_cache_folder(before)
