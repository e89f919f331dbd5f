import sys

from .executors import single_threaded_blas

# before numpy is first imported: parallelism comes from worker processes, and
# idle BLAS threads spinning beside the main one cost CPU (7x on the syntax parser)
single_threaded_blas()

from .cli import main  # noqa: E402

sys.exit(main())
