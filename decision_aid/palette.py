"""The one colour palette of the app and its documents (hex strings; no Qt, no reportlab).

The UI (:mod:`decision_aid.ui.common.style`) and the PDFs (:mod:`decision_aid.report.styles`) both take
their colours from here, so a verdict or status looks the same on screen and on paper. Colour never
carries meaning alone: words and shapes always come with it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tone:
    fg: str  # text on ``bg``
    bg: str  # a light fill
    border: str
    ink: str  # the tone as text or a rule on white paper
    shape: str  # the icon: tick, cross, question, exclamation, diamond, dots


TONES: dict[str, Tone] = {
    # verdicts
    "appropriate": Tone("#1d5e2a", "#e7f4ea", "#3b9a57", "#1b7a3a", "tick"),
    "uncertain": Tone("#6b4500", "#fff3df", "#d99a2b", "#9a5b00", "question"),
    "not_appropriate": Tone("#8a1c1c", "#fdecea", "#d0453b", "#b3261e", "cross"),
    "investigational": Tone("#3d2c7c", "#f0ecfb", "#7e63c6", "#5b2d90", "diamond"),
    "incomplete": Tone("#37474f", "#eef1f3", "#8fa1ab", "#50565d", "dots"),
    # reason statuses
    "met": Tone("#1d5e2a", "#e7f4ea", "#3b9a57", "#1b7a3a", "tick"),
    "not_met": Tone("#8a1c1c", "#fdecea", "#d0453b", "#b3261e", "cross"),
    "unknown": Tone("#37474f", "#eef1f3", "#8fa1ab", "#50565d", "question"),
    "caution": Tone("#6b4500", "#fff3df", "#d99a2b", "#9a5b00", "exclamation"),
    "red_flag": Tone("#ffffff", "#b3261e", "#b3261e", "#8c1d18", "exclamation"),
}

# Evidence findings in the clinician summary share the verdict tones.
FINDING_TONES: dict[str, str] = {
    "favours_scs": "appropriate",
    "no_benefit": "not_appropriate",
    "scs_vs_scs": "incomplete",
    "uncertain": "uncertain",
}

WHITE = "#ffffff"
# Screen
ACCENT = "#2a6fb0"
TEXT = "#1f2933"
WINDOW = "#f5f6f8"
ALTERNATE_BASE = "#f2f5f9"
BUTTON = "#eef0f3"
LINK = "#1f5f9e"
PLACEHOLDER = "#6b7785"
DISABLED_TEXT = "#8a94a0"
DISABLED_FILL = "#f0f2f4"
HINT = "#4a5561"
FRAME = "#d7dce2"
CHIP_BORDER = "#b9c2cc"
CHIP_UNKNOWN = "#5f6b78"
FOCUS_RING = "#f0a020"
FLASH = "#fff1b8"  # the row whose answer just changed (a brief highlight)
PROBLEM = "#a12a22"  # a rejected answer
# Paper
INK = "#1a1a1a"
MUTED = "#5a5f66"
PRINT_ACCENT = "#1f4e79"
SECOND_INK = "#2f5573"  # the second language of a bilingual document
SECOND_ACCENT = "#4a7396"
RULE = "#9aa7b4"
GRID = "#c5ccd3"
HEADER_FILL = "#e8eef4"
BOX_FILL = "#f4f6f8"
BENEFIT_FILL = "#e6f2ea"
HARM_FILL = "#f8e7e6"
NOTICE_FILL = "#f1eaf8"
# The handout's drawing of an SCS system: skin, bone and the device.
FIGURE_SKIN = "#f3e6dc"
FIGURE_BONE = "#d9dde2"
FIGURE_DEVICE = "#2f5573"
# Cards and panels on the results page: a quiet border, the red-flag text, a pale panel fill.
CARD_BORDER = "#d5dbe0"
RED_FLAG_TEXT = "#8a1c1c"
RED_FLAG_FILL = "#fdecea"
PANEL_FILL = "#f6f8f9"
# A warning strip in the window (e.g. autosave failing): dark amber on pale amber.
WARNING_FILL = "#fff3cd"
WARNING_TEXT = "#5c4400"
# The handout's drawing of an SCS system and its icon arrays: skin, bone (and figures not coloured),
# and the device.
