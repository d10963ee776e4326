"""The indications the aid covers, in a module without pydantic: the start page names them before
the assessment model loads (two-phase start). :mod:`decision_aid.domain.assessment` re-exports it."""

from __future__ import annotations

from enum import StrEnum


class Indication(StrEnum):
    crps = "crps"
    psps_t2 = "psps_t2"
    sci = "sci"
