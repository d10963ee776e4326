"""Clinical texts from the content library, in the language the UI shows right now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from decision_aid.domain.content import ContentLibrary, Lang, Text
    from decision_aid.domain.questionnaire import Catalogue
    from decision_aid.ui.shell.language import Language


class LabelSource(Protocol):
    """The content library, or (for the first paint, before it is loaded) its labels alone."""

    def label(self, group: str, key: str, lang: Lang) -> str: ...

    def field_label(self, path: str, lang: Lang) -> str: ...



class ContentTexts:
    """Texts in the current language. Made with the library, or with its labels alone for the first
    paint and given the library by :meth:`set_content` once it is loaded."""

    def __init__(
        self, content: ContentLibrary | None, language: Language, labels: LabelSource | None = None
    ) -> None:
        self._content = content
        self._labels: LabelSource | None = content if content is not None else labels
        self._catalogue: Catalogue | None = None
        self.language = language

    @property
    def content(self) -> ContentLibrary:
        if self._content is None:
            raise RuntimeError("the content library is not loaded yet")
        return self._content

    def set_content(self, content: ContentLibrary) -> None:
        self._content = content
        self._labels = content
        self._catalogue = None

    @property
    def catalogue(self) -> Catalogue:
        """The questionnaire with its words, built on first use once the library is loaded."""
        if self._catalogue is None:
            from decision_aid.domain.questionnaire import build_catalogue

            self._catalogue = build_catalogue(self.content)
        return self._catalogue

    @property
    def _source(self) -> LabelSource:
        assert self._labels is not None
        return self._labels

    @property
    def lang(self) -> Lang:
        return self.language.code

    def text(self, text: Text) -> str:
        return text.get(self.lang)

    def field(self, path: str) -> str:
        return self._source.field_label(path, self.lang)

    def label(self, group: str, key: str) -> str:
        return self._source.label(group, key, self.lang)

    def value(self, key: str) -> str:
        return self._source.label("values", key, self.lang)

    def option(self, path: str, key: str) -> str:
        """The label of one answer option of the question at ``path``."""
        if self._content is None:  # the first paint: only the start page's indications
            group = "indications" if path == "indication" else "values"
            return self._source.label(group, key, self.lang)
        return self.catalogue.option_label(path, key, self.lang)

    def input_value(self, path: str, value: str) -> str:
        """An input as the Evaluation lists it ('yes', 'psps_t2', 'VAS 72 mm', '22'), translated."""
        text = self.catalogue.option_text(path, value)
        return text.get(self.lang) if text is not None else value
