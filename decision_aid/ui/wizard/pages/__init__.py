"""The guided pages, one module each, in clinical order."""

from __future__ import annotations

from decision_aid.ui.wizard.pages.base import QuestionPage
from decision_aid.ui.wizard.pages.crps import CrpsPage
from decision_aid.ui.wizard.pages.pain import PainPage
from decision_aid.ui.wizard.pages.patient import PatientPage
from decision_aid.ui.wizard.pages.psps import PspsPage
from decision_aid.ui.wizard.pages.psychosocial import PsychosocialPage
from decision_aid.ui.wizard.pages.safety import SafetyPage
from decision_aid.ui.wizard.pages.sci import SciPage
from decision_aid.ui.wizard.pages.treatment import TreatmentPage
from decision_aid.ui.wizard.pages.trial import TrialPage

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
