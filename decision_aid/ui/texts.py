"""Clinical texts from the content library, in the language the UI shows right now."""

from __future__ import annotations

from decision_aid.domain.content import ContentLibrary, Lang, Text
from decision_aid.ui.language import Language

_OPTION_GROUPS = {"indication": "indications", "trial.stage": "stages"}


class ContentTexts:
    def __init__(self, content: ContentLibrary, language: Language) -> None:
        self.content = content
        self.language = language

    @property
    def lang(self) -> Lang:
        return self.language.code

    def text(self, text: Text) -> str:
        return text.get(self.lang)

    def field(self, path: str) -> str:
        return self.content.field_label(path, self.lang)

    def label(self, group: str, key: str) -> str:
        return self.content.label(group, key, self.lang)

    def value(self, key: str) -> str:
        return self.content.label("values", key, self.lang)

    def option(self, path: str, key: str) -> str:
        """The label of one answer option of the question at ``path``."""
        return self.content.label(_OPTION_GROUPS.get(path, "values"), key, self.lang)

    def input_value(self, path: str, value: str) -> str:
        """An input as the Evaluation lists it ('yes', 'psps_t2', 'VAS 72 mm', '22'), translated."""
        group = _OPTION_GROUPS.get(path, "values")
        known = getattr(self.content.labels, group)
        return self.content.label(group, value, self.lang) if value in known else value
