"""Where the app keeps its own files: settings, autosaves, crash logs and a cache.

The folders are passed in (never looked up globally) so that tests and the screenshot command can
point the whole app at a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from decision_aid.cache_folder import APPLICATION, ORGANISATION

__all__ = ["APPLICATION", "ORGANISATION", "AppPaths"]


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @classmethod
    def standard(cls) -> AppPaths:
        """The platform's folders for this application (QCoreApplication names must be set)."""
        config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        return cls(Path(config), Path(data), Path(cache))

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(root / "config", root / "data", root / "cache")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def autosave_dir(self) -> Path:
        return self.data_dir / "autosave"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> None:
        for folder in (self.config_dir, self.data_dir, self.autosave_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
