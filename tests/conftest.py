"""Shared fixtures. Tests that need ../shared skip with a reason when it is
absent, so a clone of the project alone still passes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
DEV_ARTICLE = SHARED / "eval" / "dev" / "ittihad-2017-04-13-lavrov-tillerson.txt"


def need_shared(path: Path = SHARED) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpus sits beside the project checkout)")


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path):
    from kg.graph.store import Store
    s = Store.open(str(store_dir))
    yield s
    s.close()


@pytest.fixture
def fixture_copy(tmp_path: Path):
    """A private copy of a fixture file (tests may rewrite it)."""
    def copy(name: str) -> Path:
        dst = tmp_path / name
        shutil.copy(FIXTURES / name, dst)
        return dst
    return copy
