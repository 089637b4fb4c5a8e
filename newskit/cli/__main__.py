"""``python -m newskit.cli``: the ``newskit`` command."""

import sys

from . import main

sys.exit(main())
