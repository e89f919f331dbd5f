"""``python -m pipeline`` and the ``ru-news-pipeline`` console script."""
import gc
import sys


def entry() -> int:
    from .executors import single_threaded_blas

    # before numpy is first imported: parallelism comes from worker processes, and
    # idle BLAS threads spinning beside the main one cost CPU (7x on the syntax parser)
    single_threaded_blas()
    from .cli import main

    code = main()
    # Exiting: the interpreter's last full collection would walk every object the
    # run left alive (models, caches, the spaCy vocab): 0.7 s after 500 documents.
    # Frozen, they are skipped; the process's memory goes back to the OS as it ends.
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(entry())
