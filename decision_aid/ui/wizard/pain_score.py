"""The pain score: a number on the VAS or the NRS, with the scale chosen by the clinician."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from decision_aid.domain.assessment import NRS, SCALE_TOP, UNKNOWN, VAS, PainScore
from decision_aid.ui.wizard.choice import SegmentedChoice
from decision_aid.ui.wizard.inputs import Input, Label, NumberInput, _fmt, labelled, translate


class PainScoreInput(Input):
    """A pain score on the VAS (0-100 mm) or the NRS (0-10), or unknown.

    There is no default scale: "7" means NRS 7/10 to one clinician and a VAS of 7 mm to another, so
    nothing is recorded until the scale is chosen. An NRS score shows its VAS value ("= 70 mm"), and
    a VAS score of 10 mm or less asks whether an NRS score was meant.
    """

    def __init__(self, label: Label, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        scales = list(SCALE_TOP)
        self.scale = SegmentedChoice(scales, label)
        self.scale.set_value(None)
        self.converted = QLabel()
        self.converted.setObjectName("hint")
        middle = QWidget()
        row = QHBoxLayout(middle)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scale)
        row.addWidget(self.converted)
        self.number = NumberInput(0, max(SCALE_TOP.values()), label, middle=middle, parent=self)
        # "Is a VAS of 7 mm meant, or NRS 7/10?": asked in place, answered with one click.
        self.confirm = QWidget(self)
        self.confirm_text = QLabel(self.confirm)
        self.confirm_text.setWordWrap(True)
        self.confirm_nrs = QPushButton(self.confirm)
        self.confirm_vas = QPushButton(self.confirm)
        ask = QHBoxLayout(self.confirm)
        ask.setContentsMargins(0, 2, 0, 0)
        ask.addWidget(self.confirm_text, 1)
        ask.addWidget(self.confirm_nrs)
        ask.addWidget(self.confirm_vas)
        self.confirm.hide()
        self._confirmed: float | None = None  # the low VAS value the clinician confirmed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.confirm)
        self.setFocusProxy(self.number.edit)
        # Tab in the visual order: the number, its scale, Unknown, then any question asked below.
        for first, second in ((self.number.edit, self.scale), (self.scale, self.number.unknown)):
            QWidget.setTabOrder(first, second)
        self.number.committed.connect(self._number_committed)
        self.number.problem.connect(self._number_problem)
        self.scale.chosen.connect(self._scale_chosen)
        self.confirm_nrs.clicked.connect(lambda: self.scale._pick(NRS))
        self.confirm_vas.clicked.connect(self._keep_vas)
        self.retranslate()

    def _set_range(self) -> None:
        key = self.scale.value()
        self.number.set_top(SCALE_TOP[key] if key else max(SCALE_TOP.values()))

    def _number_problem(self, text: str) -> None:
        if not text and self.scale.value() is None and self.number.parse()[1] is not None:
            text = self.scale_message()
        self.problem.emit(text)

    def scale_message(self) -> str:
        return (
            translate("inputs", "Choose the scale first: VAS (%1–%2 mm) or NRS (%1–%3).")
            .replace("%1", "0")
            .replace("%2", str(SCALE_TOP[VAS]))
            .replace("%3", str(SCALE_TOP[NRS]))
        )

    def _number_committed(self, value: float | str | None) -> None:
        scale = self.scale.value()
        if value is None or value == UNKNOWN:
            self.committed.emit(value)
        elif scale is None:
            self.committed.emit(None)  # no scale chosen: record nothing, and say so
            self.problem.emit(self.scale_message())
        else:
            self.committed.emit(PainScore(value=float(value), scale=cast(Any, scale)))
        self._show_conversion()

    def _scale_chosen(self, _: str) -> None:
        self._set_range()
        ok, value = self.number.parse()
        if not ok:
            # The number does not fit the new scale: record unknown rather than a wrong score.
            self.committed.emit(None)
            self.problem.emit(self.number.range_message())
            self._show_conversion()
            return
        self.problem.emit("")
        if value is not None or self.number.unknown.isChecked():
            self._number_committed(UNKNOWN if value is None else value)
        self._show_conversion()

    def _keep_vas(self) -> None:
        self._confirmed = self.number.parse()[1]
        self._show_conversion()

    def _show_conversion(self) -> None:
        ok, value = self.number.parse()
        scale = self.scale.value()
        nrs = ok and value is not None and scale == NRS
        self.converted.setText(
            translate("inputs", "= %1 mm").replace("%1", _fmt(PainScore(value=value, scale=NRS).vas_mm))
            if nrs and value is not None
            else ""
        )
        self.converted.setVisible(bool(self.converted.text()))
        low = scale == VAS and ok and value is not None and 0 < value <= SCALE_TOP[NRS]
        low = low and value != self._confirmed
        if low and value is not None:
            top = str(SCALE_TOP[NRS])
            self.confirm_text.setText(
                translate("inputs", "A VAS of %1 mm is very low. Did you mean NRS %1/%2?")
                .replace("%1", _fmt(value))
                .replace("%2", top)
            )
            self.confirm_nrs.setText(
                translate("inputs", "Yes, NRS %1/%2").replace("%1", _fmt(value)).replace("%2", top)
            )
            self.confirm_vas.setText(translate("inputs", "No, VAS %1 mm").replace("%1", _fmt(value)))
        self.confirm.setVisible(bool(low))

    def load(self, value: Any) -> None:
        score = value if isinstance(value, PainScore) else None
        if score is not None:
            self.scale.set_value(score.scale)
        self._set_range()
        self.number.load(value if score is None else score.value)
        self._show_conversion()

    def focus_target(self) -> QWidget:
        return self.number.edit

    def set_accessible_name(self, name: str) -> None:
        self.number.set_accessible_name(name)
        self.scale.setAccessibleName(labelled(name, translate("inputs", "scale")))

    def retranslate(self) -> None:
        self.number.retranslate()
        self.scale.retranslate()
        self._show_conversion()
