"""Russian news to structured data.

- ``python -m pipeline run --input IN --output OUT``: the batch job (see ``cli.py``);
- :func:`load`: the output as pandas DataFrames, for notebooks;
- :func:`show`: an article with its spans highlighted;
- ``schema.Record``: the output record.
"""
from .version import __version__, pipeline_version


def load(path="data/processed"):
    """The output folder (or a ``documents.jsonl``, or a Parquet export folder) as
    pandas DataFrames; see ``pipeline.frames``."""
    from .frames import load as _load

    return _load(path)


def show(record_or_id, output="data/processed"):
    """Render an article with its spans highlighted in a notebook; see ``pipeline.show``."""
    from .show import show as _show

    return _show(record_or_id, output)


__all__ = ["__version__", "load", "pipeline_version", "show"]
