"""English / 中文: live switching, nothing left in English, answers kept, choice remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from decision_aid.domain.content import default_content
from decision_aid.resources_path import EXAMPLES, example_path
from decision_aid.storage import load_assessment
from decision_aid.ui.shell.language import Language
from tests.ui.conftest import SessionFactory
from tests.ui.helpers import choose, click
from tests.ui.walk import english_words, visible_texts


def _data_tokens(example: str) -> set[str]:
    """Tokens from the patient's own file (id, clinician, level), which are data, not UI."""
    a = load_assessment(example_path(example))
    return {a.patient.id, *a.patient.clinician.split(), a.sci.neurological_level} - {""}


def test_switch_to_chinese_leaves_no_english(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session("en")
    window = session.window
    window.act_toggle_language.trigger()  # the toolbar's 中文 button
    assert session.language.code == "zh"
    leftovers = english_words(visible_texts(window), set())
    assert not leftovers, leftovers[:10]
    for example in EXAMPLES:
        click(
            qtbot, window.start.example_buttons[example]
        ) if window.stack.currentWidget() is window.start else window.files.open_example(example)
        for index in range(len(window.wizard.steps())):
            window.wizard.go_to(index)
            leftovers = english_words(visible_texts(window), _data_tokens(example))
            assert not leftovers, (example, index, leftovers[:10])
    window.show_about()
    assert window.about_dialog is not None
    names = {"Apache", "License", "GPL", "WenQuanYi", "Micro", "Hei", "DejaVu", "Sans", "Bitstream", "Vera"}
    leftovers = english_words(visible_texts(window.about_dialog), names)  # font and licence names
    assert not leftovers, leftovers[:10]
    window.show_documents()
    assert window.documents_dialog is not None
    leftovers = english_words(visible_texts(window.documents_dialog), set())
    assert not leftovers, leftovers[:10]
    # Qt's own standard buttons come from qtbase_zh_CN.qm.
    close = window.documents_dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "").startswith("关闭")


def test_walker_finds_english_when_it_is_there(make_session: SessionFactory) -> None:
    """The check above would pass vacuously if the walker saw nothing: in English it sees plenty."""
    session = make_session("en")
    found = {token for _, token, _ in english_words(visible_texts(session.window), set())}
    assert {"New", "Open", "Example"} <= found


def test_switch_keeps_answers_and_is_live(qtbot: Any, make_session: SessionFactory) -> None:
    session = make_session("en")
    window = session.window
    click(qtbot, window.start.new_buttons["crps"])
    choose(qtbot, window, "pain.dn4.burning", "yes")
    choose(qtbot, window, "crps.signs.oedema", "observed")
    before = session.document.assessment.model_dump()
    page = window.wizard.current_widget()
    row = page.rows["crps.signs.oedema"]  # type: ignore[attr-defined]
    label, target = row.label, row.control.focus_target()
    # In the Budapest grid the label is short (the heads say "sign" and the category); the
    # accessible name keeps the full label.
    assert label.text() == "Oedema"
    assert target.accessibleName() == default_content().fields["crps.signs.oedema"].en
    window.act_languages["zh"].trigger()  # the Language menu
    assert label.text() == "水肿"
    assert target.accessibleName() == default_content().fields["crps.signs.oedema"].zh
    assert window.wizard.current_widget() is page
    assert window.wizard.side.banner.verdict_text() == default_content().labels.verdicts["incomplete"].zh
    window.act_languages["en"].trigger()
    assert label.text() == "Oedema"
    assert target.accessibleName() == default_content().fields["crps.signs.oedema"].en
    assert session.document.assessment.model_dump() == before
    assert window.wizard.next_button.text() == "&Next →"


def test_choice_is_remembered(tmp_path: Any, make_session: SessionFactory) -> None:
    first = make_session("en", root=tmp_path / "shared")
    first.window.set_language("zh")
    first.window.close()
    first.language.set_code("en")  # remove its translators; the remembered choice stays in the settings
    second = make_session(None, root=tmp_path / "shared")
    assert second.language.code == "zh"
    assert second.window.menu_file.title() == "文件(&F)"


@pytest.mark.parametrize("code", ["en", "zh"])
def test_language_object_sets_code(code: str) -> None:
    language = Language(None)
    language.set_code(code)  # type: ignore[arg-type]
    assert language.code == code
    language.set_code("en")
