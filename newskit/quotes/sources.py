"""Credits of pictures to agencies and outlets (``Foto: Xinhua/STA``).
"""

from __future__ import annotations

import bisect
import re

from ._types import Credit
from .claims import Claims
from .lexicon import credit_spans, outlet_named


class PhotoCredits(Claims):
    """Picture credits."""

    def photo_credits(self) -> None:
        for start, end, value in credit_spans(self.text):
            parts = [p.strip() for p in re.split(r"\s*/\s*", value) if p.strip()]
            names = []
            for p in parts:
                o = outlet_named(p)
                names.append(o.name if o else re.sub(r"^(?:https?://)?www\.", "", p))
            chain = " <- ".join(reversed(names)) if len(names) > 1 else ""
            tok = min(bisect.bisect_left(self.start, start), self.n - 1) if self.n else 0
            self.add_source(Credit(names[-1], chain, None, "photo", start, end, tok))
