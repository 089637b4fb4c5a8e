"""Errors raised by newskit.

Every error is a :class:`NewskitError`, and also the builtin it resembles, so that
``except ValueError`` in a user's code keeps working. A message names the argument or
file, the value, the valid choices and the fix.
"""

from __future__ import annotations

__all__ = [
    "NewskitError",
    "SchemaError",
    "InputError",
    "UnsupportedLanguageError",
    "ModelUnavailableError",
    "DownloadError",
    "ChecksumError",
    "SkippedInputWarning",
]


class NewskitError(Exception):
    """Base class of every error newskit raises on purpose."""


class SchemaError(NewskitError, ValueError):
    """A table lacks columns a stage needs, or has the wrong types."""


class InputError(NewskitError, ValueError):
    """A file, URL or value given by the user cannot be used (missing, empty, binary, undecodable)."""


class UnsupportedLanguageError(NewskitError, ValueError):
    """A language code newskit has no resources for."""


class ModelUnavailableError(NewskitError, RuntimeError):
    """CLASSLA models are missing and cannot be downloaded here."""


class DownloadError(NewskitError, OSError):
    """A URL could not be fetched (offline, timeout, too large, HTTP error)."""


class ChecksumError(DownloadError):
    """A downloaded file does not match its published checksum (truncated or altered)."""


class SkippedInputWarning(UserWarning):
    """Some inputs of a collection could not be read; the ``skipped`` table says which and why."""
