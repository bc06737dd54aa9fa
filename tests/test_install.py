"""The camel-tools modules we use import without its downloadable data."""
import importlib

import pytest


@pytest.mark.parametrize("module", [
    "camel_tools.utils.normalize", "camel_tools.utils.dediac", "camel_tools.utils.charmap",
    "camel_tools.tokenizers.word",
])
def test_camel_tools_module_imports(module):
    importlib.import_module(module)


def test_camel_tokenizer_splits_punctuation():
    from camel_tools.tokenizers.word import simple_word_tokenize
    assert simple_word_tokenize("قال «نعم».") == ["قال", "«", "نعم", "»", "."]
