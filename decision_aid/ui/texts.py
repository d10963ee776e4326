"""Clinical texts from the content library, in the language the UI shows right now."""

from __future__ import annotations

from decision_aid.domain.content import ContentLibrary, Lang, Text
from decision_aid.domain.questionnaire import build_catalogue
from decision_aid.ui.language import Language


class ContentTexts:
    def __init__(self, content: ContentLibrary, language: Language) -> None:
        self.content = content
        self.catalogue = build_catalogue(content)
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
        return self.catalogue.option_label(path, key, self.lang)

    def input_value(self, path: str, value: str) -> str:
        """An input as the Evaluation lists it ('yes', 'psps_t2', 'VAS 72 mm', '22'), translated."""
        text = self.catalogue.option_text(path, value)
        return text.get(self.lang) if text is not None else value
