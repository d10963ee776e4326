"""The guided pages, one module each, in clinical order."""

from __future__ import annotations

from decision_aid.ui.pages.base import QuestionPage
from decision_aid.ui.pages.crps import CrpsPage
from decision_aid.ui.pages.pain import PainPage
from decision_aid.ui.pages.patient import PatientPage
from decision_aid.ui.pages.psps import PspsPage
from decision_aid.ui.pages.psychosocial import PsychosocialPage
from decision_aid.ui.pages.safety import SafetyPage
from decision_aid.ui.pages.sci import SciPage
from decision_aid.ui.pages.treatment import TreatmentPage
from decision_aid.ui.pages.trial import TrialPage

PAGE_CLASSES: tuple[type[QuestionPage], ...] = (
    PatientPage,
    PainPage,
    CrpsPage,
    PspsPage,
    SciPage,
    TreatmentPage,
    PsychosocialPage,
    SafetyPage,
    TrialPage,
)

__all__ = ["PAGE_CLASSES", "QuestionPage"]
