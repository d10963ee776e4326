"""CRPS: the Budapest checklist as a compact grid, with the live status of the symptom and sign
criteria under it."""

from __future__ import annotations

from typing import ClassVar

from decision_aid.ui.wizard.pages.base import QuestionPage
from decision_aid.ui.wizard.pages.budapest_grid import BudapestGrid

GRID_COLUMNS = ("budapest_symptoms", "budapest_signs")


class CrpsPage(QuestionPage):
    page_id = "crps"
    sections = ("crps_pain", "budapest_symptoms", "budapest_signs", "crps_diagnosis")
    status_under: ClassVar[dict[str, str | tuple[str, ...]]] = {
        "budapest_symptoms": "crps.symptoms",
        "budapest_signs": "crps.signs",
    }
    grid: BudapestGrid | None = None

    def build_section(self, section_id: str) -> None:
        if section_id == GRID_COLUMNS[1]:
            return  # in the grid with the symptoms
        if section_id != GRID_COLUMNS[0]:
            super().build_section(section_id)
            return
        self.grid = BudapestGrid(self, GRID_COLUMNS, self.body)
        self.column.addWidget(self.grid)
        self.grid.show()
        for column in GRID_COLUMNS:
            self.add_statuses(column, self.grid)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        super().retranslate()
        if self.grid is not None:
            self.grid.retranslate()

    def title(self) -> str:
        return self.tr("CRPS: Budapest criteria")
