"""The assessment file: everything a pain MDT looks at before spinal cord stimulation.

Every question has two ways of lacking an answer, kept apart in the file (schema version 2):
``None`` (JSON ``null``) is *not yet answered*, and ``"unknown"`` is an answer the clinician gave on
purpose. Both count as missing for the verdict. Nothing is ever defaulted to "no": a new assessment
starts with nothing answered.

Relevance is declared here, once, on the model (``asked(...)`` in a field's or a section's
``json_schema_extra``); :mod:`decision_aid.domain.questionnaire` evaluates it. A whole section model
can be limited to indications or stages, and a question can depend on another answer (``when``).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.config import JsonDict

from decision_aid.domain.indications import Indication as Indication  # re-exported

SCHEMA_VERSION: Literal[2] = 2
READABLE_VERSIONS: tuple[int, ...] = (1, 2)

UNKNOWN: Literal["unknown"] = "unknown"
Unknown = Literal["unknown"]


def asked(
    *,
    indications: tuple[str, ...] = (),
    stages: tuple[str, ...] = (),
    when: dict[str, list[str]] | None = None,
) -> JsonDict:
    """Declare when a question (or a whole section model) applies; empty means always."""
    relevance: JsonDict = {}
    if indications:
        relevance["indications"] = list(indications)
    if stages:
        relevance["stages"] = list(stages)
    if when:
        relevance["when"] = {path: list(values) for path, values in when.items()}
    return {"relevance": relevance}


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




class Stage(StrEnum):
    pre_trial = "pre_trial"
    post_trial = "post_trial"


class _Model(BaseModel):
    # Unknown keys are rejected so that a typo in a hand-edited file is reported, not ignored.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


# The top of each pain scale; the first scale is the default.
SCALE_TOP: dict[str, int] = {"vas": 100, "nrs": 10}
VAS, NRS = "vas", "nrs"  # the two pain scales: millimetres, and points converted at 10 mm each


class PainScore(_Model):
    """A pain intensity on the 0-100 mm VAS, or on the 0-10 NRS converted explicitly to VAS mm."""

    value: float
    scale: Literal["vas", "nrs"] = "vas"

    @model_validator(mode="after")
    def _in_range(self) -> PainScore:
        top = SCALE_TOP[self.scale]
        if not 0 <= self.value <= top:
            raise ValueError(
                f"a {self.scale.upper()} score must be between 0 and {top} (got {self.value:g})"
            )
        return self

    @property
    def vas_mm(self) -> float:
        """The score on the 0-100 mm VAS; an NRS score n is taken as 10·n mm."""
        return self.value if self.scale == "vas" else self.value * 10


class DN4(_Model):
    """DN4: seven interview items and three examination items (dn4-2005)."""

    burning: Tri | None = None
    painful_cold: Tri | None = None
    electric_shocks: Tri | None = None
    tingling: Tri | None = None
    pins_and_needles: Tri | None = None
    numbness: Tri | None = None
    itching: Tri | None = None
    hypoaesthesia_touch: Tri | None = None
    hypoaesthesia_pinprick: Tri | None = None
    brushing: Tri | None = None


DN4_ITEMS: tuple[str, ...] = tuple(DN4.model_fields)
DN4_INTERVIEW_ITEMS = 7  # the first seven are asked, the last three examined (dn4-2005)


Months = Annotated[float, Field(ge=0, le=1200, json_schema_extra={"unit": "months"})]
Percent = Annotated[float, Field(ge=0, le=100, json_schema_extra={"unit": "%"})]
Years = Annotated[int, Field(ge=0, le=120, json_schema_extra={"unit": "years"})]
PSPS_ONLY = asked(indications=("psps_t2",))


class Pain(_Model):
    duration_months: Months | Unknown | None = None
    # FBSS/PSPS-T2 is judged on the leg and back scores (leg on the leg-predominant pathway).
    intensity: PainScore | Unknown | None = Field(
        default=None, json_schema_extra=asked(indications=("crps", "sci"))
    )
    # Leg and back pain are asked for PSPS-T2, where their balance matters (psps.leg_predominant).
    leg_intensity: PainScore | Unknown | None = Field(default=None, json_schema_extra=PSPS_ONLY)
    back_intensity: PainScore | Unknown | None = Field(default=None, json_schema_extra=PSPS_ONLY)
    dn4: DN4 = Field(default_factory=DN4)


class BudapestSymptoms(_Model):
    """Symptoms reported by the patient, by Budapest category."""

    # sensory
    hyperesthesia: Tri | None = None
    allodynia: Tri | None = None
    # vasomotor
    temperature_asymmetry: Tri | None = None
    skin_colour_change: Tri | None = None
    skin_colour_asymmetry: Tri | None = None
    # sudomotor / oedema
    oedema: Tri | None = None
    sweating_change: Tri | None = None
    sweating_asymmetry: Tri | None = None
    # motor / trophic
    decreased_range_of_motion: Tri | None = None
    motor_dysfunction: Tri | None = None
    trophic_changes: Tri | None = None


class BudapestSigns(_Model):
    """Signs found on examination, by Budapest category; a sign counts only if observed now."""

    # sensory
    hyperalgesia_pinprick: Sign | None = None
    allodynia_light_touch: Sign | None = None
    allodynia_deep_pressure: Sign | None = None
    allodynia_joint_movement: Sign | None = None
    # vasomotor
    temperature_asymmetry: Sign | None = None
    skin_colour_change: Sign | None = None
    skin_colour_asymmetry: Sign | None = None
    # sudomotor / oedema
    oedema: Sign | None = None
    sweating_change: Sign | None = None
    sweating_asymmetry: Sign | None = None
    # motor / trophic
    decreased_range_of_motion: Sign | None = None
    motor_dysfunction: Sign | None = None
    trophic_changes: Sign | None = None


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
    model_config = ConfigDict(json_schema_extra=asked(indications=("crps",)))

    disproportionate_pain: Tri | None = None
    symptoms: BudapestSymptoms = Field(default_factory=BudapestSymptoms)
    signs: BudapestSigns = Field(default_factory=BudapestSigns)
    no_better_explanation: Tri | None = None
    crps_type: Literal["I", "II", "unknown"] | None = None


class PSPS(_Model):
    """Persistent spinal pain syndrome type 2 (formerly failed back surgery syndrome)."""

    model_config = ConfigDict(json_schema_extra=PSPS_ONLY)

    prior_spine_surgery: Tri | None = None
    predominance: Literal["leg", "back", "equal", "unknown"] | None = None
    surgical_reevaluation_done: Tri | None = None
    correctable_lesion: Tri | None = None
    # Asked only when a correctable lesion is present (north-shipley-2007): a serious neurological
    # deficit or gross instability belongs to the red-flag path.
    lesion_deficit_or_instability: Tri | None = Field(
        default=None, json_schema_extra=asked(when={"psps_t2.correctable_lesion": ["yes"]})
    )


_LEVEL = re.compile(r"^(C[1-8]|T(1[0-2]|[1-9])|L[1-5]|S[1-5])$")


class SCI(_Model):
    model_config = ConfigDict(json_schema_extra=asked(indications=("sci",)))

    neurological_level: str = ""
    ais_grade: Literal["A", "B", "C", "D", "E", "unknown"] | None = None
    iscip_pain_type: Literal["at_level", "below_level", "other", "unknown"] | None = None
    months_since_injury: Months | Unknown | None = None

    @field_validator("neurological_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.strip().upper()
        if value and not _LEVEL.match(value):
            raise ValueError(f"must be a level such as C5, T10, L1 or S2 (got {value!r})")
        return value


class TreatmentHistory(_Model):
    failed_pharmacological: Tri | None = None
    failed_physical_rehab: Tri | None = None
    failed_psychological: Tri | None = None
    mdt_assessment_done: Tri | None = None


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
    psychological_evaluation_done: Tri | None = None
    untreated_major_psychiatric_illness: Tri | None = None
    active_substance_misuse: Tri | None = None
    # The eight psychosocial factors of the European consensus (thomson-2020).
    lack_of_engagement: Tri | None = None
    dysfunctional_coping: Tri | None = None
    unrealistic_expectations: Tri | None = None
    inadequate_daily_activity: Tri | None = None
    problematic_social_support: Tri | None = None
    secondary_gain: Tri | None = None
    psychological_distress: Tri | None = None
    unwilling_to_reduce_opioids: Tri | None = None


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
    active_systemic_infection: Tri | None = None
    implant_site_infection: Tri | None = None
    coagulopathy: Tri | None = None
    antithrombotic_use: Tri | None = None
    # Asked only when an anticoagulant or antiplatelet drug is taken.
    interruption_plan_agreed: Tri | None = Field(
        default=None, json_schema_extra=asked(when={"safety.antithrombotic_use": ["yes"]})
    )
    pregnancy: PregnancyAnswer | None = None
    expected_mri_need: Tri | None = None
    implanted_cardiac_device: Tri | None = None
    able_to_operate_device: Tri | None = None
    immunosuppression: Tri | None = None
    cauda_equina_signs: Tri | None = None
    progressive_neurological_deficit: Tri | None = None
    suspected_tumour: Tri | None = None
    suspected_infection: Tri | None = None
    suspected_fracture: Tri | None = None
    # Graded as north-shipley-2007 and the device labels grade them.
    therapeutic_diathermy_needed: Tri | None = None
    unacceptable_surgical_risk: Tri | None = None
    occupational_risk: Tri | None = None
    comorbid_chronic_pain_syndrome: Tri | None = None


POST_TRIAL = asked(stages=("post_trial",))


class Trial(_Model):
    stage: Stage = Stage.pre_trial
    # The relief agreed with the patient before the trial; not recorded means the common convention
    # of 50% (north-shipley-2007), which the reason then states. Asked at both stages.
    success_threshold_percent: (
        Annotated[float, Field(ge=1, le=100, json_schema_extra={"unit": "%", "optional": True})]
        | Unknown
        | None
    ) = None
    pain_relief_percent: Percent | Unknown | None = Field(default=None, json_schema_extra=POST_TRIAL)
    function_change: Literal["improved", "unchanged", "worse", "unknown"] | None = Field(
        default=None, json_schema_extra=POST_TRIAL
    )
    analgesic_change: Literal["reduced", "stable", "increased", "unknown"] | None = Field(
        default=None, json_schema_extra=POST_TRIAL
    )


class Patient(_Model):
    """Pseudonymous: the file needs no name, only an id the clinic can map back."""

    id: str = Field(default="", max_length=200)
    age: Years | Unknown | None = None
    assessment_date: dt.date | Unknown | None = None
    clinician: str = Field(default="", max_length=200)
    # Free text: shown and saved, never counted as a question still to answer.
    notes: str = Field(default="", max_length=100_000, json_schema_extra={"optional": True})


class Assessment(_Model):
    schema_version: Literal[2] = SCHEMA_VERSION
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

