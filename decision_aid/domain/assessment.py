"""The assessment file: everything a pain MDT looks at before spinal cord stimulation.

Every answer can be ``unknown``. Yes/no questions use :class:`Tri`; numbers use ``None`` for unknown.
Nothing is ever defaulted to "no": a new assessment is entirely unknown until the clinician answers.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Literal[1] = 1


class Tri(StrEnum):
    """A yes/no answer where not knowing is a first-class value."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


class Sign(StrEnum):
    """A Budapest sign. Only ``observed`` (seen at this evaluation) counts towards the criteria."""

    observed = "observed"
    absent = "absent"
    history_only = "history_only"
    unknown = "unknown"


class Indication(StrEnum):
    crps = "crps"
    psps_t2 = "psps_t2"
    sci = "sci"


class Stage(StrEnum):
    pre_trial = "pre_trial"
    post_trial = "post_trial"


class _Model(BaseModel):
    # Unknown keys are rejected so that a typo in a hand-edited file is reported, not ignored.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class PainScore(_Model):
    """A pain intensity on the 0-100 mm VAS, or on the 0-10 NRS converted explicitly to VAS mm."""

    value: float
    scale: Literal["vas", "nrs"] = "vas"

    @model_validator(mode="after")
    def _in_range(self) -> PainScore:
        top = 100 if self.scale == "vas" else 10
        if not 0 <= self.value <= top:
            raise ValueError(
                f"a {self.scale.upper()} score must be between 0 and {top} (got {self.value:g})"
            )
        return self

    @property
    def vas_mm(self) -> float:
        """The score on the 0-100 mm VAS; an NRS score n is taken as 10·n mm."""
        return self.value if self.scale == "vas" else self.value * 10


DN4_ITEMS: tuple[str, ...] = (
    "burning",
    "painful_cold",
    "electric_shocks",
    "tingling",
    "pins_and_needles",
    "numbness",
    "itching",
    "hypoaesthesia_touch",
    "hypoaesthesia_pinprick",
    "brushing",
)


class DN4(_Model):
    """DN4: seven interview items and three examination items (dn4-2005)."""

    burning: Tri = Tri.unknown
    painful_cold: Tri = Tri.unknown
    electric_shocks: Tri = Tri.unknown
    tingling: Tri = Tri.unknown
    pins_and_needles: Tri = Tri.unknown
    numbness: Tri = Tri.unknown
    itching: Tri = Tri.unknown
    hypoaesthesia_touch: Tri = Tri.unknown
    hypoaesthesia_pinprick: Tri = Tri.unknown
    brushing: Tri = Tri.unknown


class Pain(_Model):
    duration_months: float | None = Field(default=None, ge=0, le=1200)
    intensity: PainScore | None = None
    leg_intensity: PainScore | None = None
    back_intensity: PainScore | None = None
    dn4: DN4 = Field(default_factory=DN4)


class BudapestSymptoms(_Model):
    """Symptoms reported by the patient, by Budapest category."""

    # sensory
    hyperesthesia: Tri = Tri.unknown
    allodynia: Tri = Tri.unknown
    # vasomotor
    temperature_asymmetry: Tri = Tri.unknown
    skin_colour_change: Tri = Tri.unknown
    skin_colour_asymmetry: Tri = Tri.unknown
    # sudomotor / oedema
    oedema: Tri = Tri.unknown
    sweating_change: Tri = Tri.unknown
    sweating_asymmetry: Tri = Tri.unknown
    # motor / trophic
    decreased_range_of_motion: Tri = Tri.unknown
    motor_dysfunction: Tri = Tri.unknown
    trophic_changes: Tri = Tri.unknown


class BudapestSigns(_Model):
    """Signs found on examination, by Budapest category; a sign counts only if observed now."""

    # sensory
    hyperalgesia_pinprick: Sign = Sign.unknown
    allodynia_light_touch: Sign = Sign.unknown
    allodynia_deep_pressure: Sign = Sign.unknown
    allodynia_joint_movement: Sign = Sign.unknown
    # vasomotor
    temperature_asymmetry: Sign = Sign.unknown
    skin_colour_change: Sign = Sign.unknown
    skin_colour_asymmetry: Sign = Sign.unknown
    # sudomotor / oedema
    oedema: Sign = Sign.unknown
    sweating_change: Sign = Sign.unknown
    sweating_asymmetry: Sign = Sign.unknown
    # motor / trophic
    decreased_range_of_motion: Sign = Sign.unknown
    motor_dysfunction: Sign = Sign.unknown
    trophic_changes: Sign = Sign.unknown


BUDAPEST_CATEGORIES: tuple[str, ...] = ("sensory", "vasomotor", "sudomotor", "motor_trophic")

BUDAPEST_SYMPTOM_ITEMS: dict[str, tuple[str, ...]] = {
    "sensory": ("hyperesthesia", "allodynia"),
    "vasomotor": ("temperature_asymmetry", "skin_colour_change", "skin_colour_asymmetry"),
    "sudomotor": ("oedema", "sweating_change", "sweating_asymmetry"),
    "motor_trophic": ("decreased_range_of_motion", "motor_dysfunction", "trophic_changes"),
}

BUDAPEST_SIGN_ITEMS: dict[str, tuple[str, ...]] = {
    "sensory": (
        "hyperalgesia_pinprick",
        "allodynia_light_touch",
        "allodynia_deep_pressure",
        "allodynia_joint_movement",
    ),
    "vasomotor": ("temperature_asymmetry", "skin_colour_change", "skin_colour_asymmetry"),
    "sudomotor": ("oedema", "sweating_change", "sweating_asymmetry"),
    "motor_trophic": ("decreased_range_of_motion", "motor_dysfunction", "trophic_changes"),
}


class CRPS(_Model):
    disproportionate_pain: Tri = Tri.unknown
    symptoms: BudapestSymptoms = Field(default_factory=BudapestSymptoms)
    signs: BudapestSigns = Field(default_factory=BudapestSigns)
    no_better_explanation: Tri = Tri.unknown
    crps_type: Literal["I", "II", "unknown"] = "unknown"


class PSPS(_Model):
    """Persistent spinal pain syndrome type 2 (formerly failed back surgery syndrome)."""

    prior_spine_surgery: Tri = Tri.unknown
    predominance: Literal["leg", "back", "equal", "unknown"] = "unknown"
    surgical_reevaluation_done: Tri = Tri.unknown
    correctable_lesion: Tri = Tri.unknown
    # Issue 12: asked only when a correctable lesion is present (north-shipley-2007).
    lesion_deficit_or_instability: Tri = Tri.unknown


_LEVEL = re.compile(r"^(C[1-8]|T(1[0-2]|[1-9])|L[1-5]|S[1-5])$")


class SCI(_Model):
    neurological_level: str = ""
    ais_grade: Literal["A", "B", "C", "D", "E", "unknown"] = "unknown"
    iscip_pain_type: Literal["at_level", "below_level", "other", "unknown"] = "unknown"
    months_since_injury: float | None = Field(default=None, ge=0, le=1200)

    @field_validator("neurological_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.strip().upper()
        if value and not _LEVEL.match(value):
            raise ValueError(f"must be a level such as C5, T10, L1 or S2 (got {value!r})")
        return value


class TreatmentHistory(_Model):
    failed_pharmacological: Tri = Tri.unknown
    failed_physical_rehab: Tri = Tri.unknown
    failed_psychological: Tri = Tri.unknown
    mdt_assessment_done: Tri = Tri.unknown


PSYCHOSOCIAL_FACTORS: tuple[str, ...] = (
    "lack_of_engagement",
    "dysfunctional_coping",
    "unrealistic_expectations",
    "inadequate_daily_activity",
    "problematic_social_support",
    "secondary_gain",
    "psychological_distress",
    "unwilling_to_reduce_opioids",
)


class Psychosocial(_Model):
    psychological_evaluation_done: Tri = Tri.unknown
    untreated_major_psychiatric_illness: Tri = Tri.unknown
    active_substance_misuse: Tri = Tri.unknown
    # The eight psychosocial factors of the European consensus (thomson-2020).
    lack_of_engagement: Tri = Tri.unknown
    dysfunctional_coping: Tri = Tri.unknown
    unrealistic_expectations: Tri = Tri.unknown
    inadequate_daily_activity: Tri = Tri.unknown
    problematic_social_support: Tri = Tri.unknown
    secondary_gain: Tri = Tri.unknown
    psychological_distress: Tri = Tri.unknown
    unwilling_to_reduce_opioids: Tri = Tri.unknown


RED_FLAGS: tuple[str, ...] = (
    "cauda_equina_signs",
    "progressive_neurological_deficit",
    "suspected_tumour",
    "suspected_infection",
    "suspected_fracture",
)


# "not_applicable" (e.g. a man, or after the menopause) is an answer, not a missing one.
PregnancyAnswer = Literal["yes", "no", "not_applicable", "unknown"]


class Safety(_Model):
    active_systemic_infection: Tri = Tri.unknown
    implant_site_infection: Tri = Tri.unknown
    coagulopathy: Tri = Tri.unknown
    antithrombotic_use: Tri = Tri.unknown
    interruption_plan_agreed: Tri = Tri.unknown
    pregnancy: PregnancyAnswer = "unknown"
    expected_mri_need: Tri = Tri.unknown
    implanted_cardiac_device: Tri = Tri.unknown
    able_to_operate_device: Tri = Tri.unknown
    immunosuppression: Tri = Tri.unknown
    cauda_equina_signs: Tri = Tri.unknown
    progressive_neurological_deficit: Tri = Tri.unknown
    suspected_tumour: Tri = Tri.unknown
    suspected_infection: Tri = Tri.unknown
    suspected_fracture: Tri = Tri.unknown
    # Issue 12: graded as north-shipley-2007 and the device labels grade them.
    therapeutic_diathermy_needed: Tri = Tri.unknown
    unacceptable_surgical_risk: Tri = Tri.unknown
    occupational_risk: Tri = Tri.unknown
    comorbid_chronic_pain_syndrome: Tri = Tri.unknown


class Trial(_Model):
    stage: Stage = Stage.pre_trial
    pain_relief_percent: float | None = Field(default=None, ge=0, le=100)
    function_change: Literal["improved", "unchanged", "worse", "unknown"] = "unknown"
    analgesic_change: Literal["reduced", "stable", "increased", "unknown"] = "unknown"
    # Issue 12: the relief agreed with the patient before the trial; not recorded (None) means the
    # common convention of 50% (north-shipley-2007), which the reason then states.
    success_threshold_percent: float | None = Field(default=None, gt=0, le=100)


class Patient(_Model):
    """Pseudonymous: the file needs no name, only an id the clinic can map back."""

    id: str = Field(default="", max_length=200)
    age: int | None = Field(default=None, ge=0, le=120)
    assessment_date: dt.date | None = None
    clinician: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=100_000)


class Assessment(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    patient: Patient = Field(default_factory=Patient)
    indication: Indication
    pain: Pain = Field(default_factory=Pain)
    crps: CRPS = Field(default_factory=CRPS)
    psps_t2: PSPS = Field(default_factory=PSPS)
    sci: SCI = Field(default_factory=SCI)
    treatment: TreatmentHistory = Field(default_factory=TreatmentHistory)
    psychosocial: Psychosocial = Field(default_factory=Psychosocial)
    safety: Safety = Field(default_factory=Safety)
    trial: Trial = Field(default_factory=Trial)


def dn4_score(dn4: DN4) -> tuple[int, int]:
    """(lowest, highest) possible DN4 score: unknown items could still go either way."""
    values = [getattr(dn4, item) for item in DN4_ITEMS]
    yes = sum(v is Tri.yes for v in values)
    return yes, yes + sum(v is Tri.unknown for v in values)
