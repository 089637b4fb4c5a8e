"""Credits of pictures to agencies and outlets (``Foto: Xinhua/STA``).
"""

from __future__ import annotations

import bisect
import re

from ._types import Credit
from .lexicon import credit_spans, outlet_named
from .view import TokenView


def photo_credits(a: TokenView) -> list[Credit]:
    """The picture credits of the article's credit lines, latest credit first in the chain
    (``Foto: Xinhua/STA`` -> ``STA <- Xinhua``)."""
    out = []
    for start, end, value in credit_spans(a.text):
        parts = [p.strip() for p in re.split(r"\s*/\s*", value) if p.strip()]
        names = []
        for p in parts:
            o = outlet_named(p)
            names.append(o.name if o else re.sub(r"^(?:https?://)?www\.", "", p))
        chain = " <- ".join(reversed(names)) if len(names) > 1 else ""
        tok = min(bisect.bisect_left(a.start, start), a.n - 1) if a.n else 0
        out.append(Credit(names[-1], chain, None, "photo", start, end, tok))
    return out
