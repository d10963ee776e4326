"""The user's preferences (QSettings in an INI file the caller chooses): language, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return value if value in ("en", "zh") else None

    def set_language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)
        self._qs.sync()

    def recent_files(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a one-item list as a plain string
            value = [value]
        items: list[object] = list(value) if isinstance(value, list | tuple) else []
        return [str(v) for v in items if v]

    def add_recent_file(self, path: Path | str) -> None:
        name = str(Path(path).resolve())
        files = [name] + [f for f in self.recent_files() if f != name]
        self._qs.setValue("files/recent", files[:MAX_RECENT])
        self._qs.sync()

    def remove_recent_file(self, path: str) -> None:
        self._qs.setValue("files/recent", [f for f in self.recent_files() if f != path])
        self._qs.sync()

    def clear_recent_files(self) -> None:
        self._qs.setValue("files/recent", [])
        self._qs.sync()

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)
        self._qs.sync()
