"""Russian news to structured data.

- ``python -m pipeline run --input IN --output OUT``: the batch job (see ``cli.py``);
- :func:`load`: the output as pandas DataFrames, for notebooks;
- ``schema.Record``: the output record.
"""
from .version import __version__, pipeline_version


def load(path="data/processed"):
    """The output folder (or a ``documents.jsonl``) as pandas DataFrames; see ``pipeline.load``."""
    from .frames import load as _load

    return _load(path)


__all__ = ["__version__", "load", "pipeline_version"]
