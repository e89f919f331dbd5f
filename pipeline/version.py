"""The pipeline version written into every record: the package version plus a
digest of the pipeline's own source, its word lists and the versions of its models,
so that any change to the code, the lexicons or the models makes every document due again."""
from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version as _dist_version
from pathlib import Path

__version__ = "0.1.0"
MODEL_PACKAGES = ("natasha", "slovnet", "navec", "razdel", "pymorphy3", "pymorphy3-dicts-ru", "spacy")


def dist_version(name: str) -> str:
    try:
        return _dist_version(name)
    except PackageNotFoundError:
        return "absent"


@cache
def versions() -> dict[str, str]:
    return {name: dist_version(name) for name in MODEL_PACKAGES}


def source_digest(root: Path) -> "hashlib._Hash":
    """A digest of the package's code and resources under ``root`` (``resources/``' word lists
    included; the gold data of ``eval/`` is not the pipeline's)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".tsv", ".txt") and not {"__pycache__", "eval"} & set(path.parts):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest


@cache
def pipeline_version() -> str:
    digest = source_digest(Path(__file__).parent)
    for name, value in versions().items():
        digest.update(f"{name}={value}".encode())
    return f"{__version__}+{digest.hexdigest()[:10]}"
