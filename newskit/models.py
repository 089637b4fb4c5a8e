"""CLASSLA models: where they live, whether they are here, downloading them, and loading pipelines.

newskit talks to classla only through this module. It imports classla (and torch) lazily, keeps
one pipeline per (language, type, processors, directory) in the process, keeps classla quiet,
uses the GPU when there is one, and turns every missing-model situation into one
:class:`~newskit.errors.ModelUnavailableError` that says what is missing, the command that
fetches it on a connected machine and where to put copied models.

Three classla traps are handled here so that callers never meet them:

* the lemmatizer cannot run without the ``pos`` processor (and the parser needs both): the
  processors a requested one depends on are added;
* any ``X_model_path`` keyword silently adds processor ``X`` to a classla pipeline: the
  processors are always passed explicitly, and a model path for a processor that was not
  asked for is refused;
* classla reads ``CLASSLA_RESOURCES_DIR`` once, when it is imported, so setting it later has no
  effect: newskit reads it at every call and always passes ``dir=`` to classla.

Where models are looked for, first match wins: the ``dir`` argument; ``CLASSLA_RESOURCES_DIR``;
newskit's cache (``newskit._paths.cache_dir("classla")``, which honours ``NEWSKIT_CACHE``);
classla's own default ``~/classla_resources`` when the models are already there. Downloads go to
the first of these.

Example:
    >>> from newskit.models import models_available
    >>> models_available("sl", dir="/nonexistent")
    False
    >>> nlp = get_pipeline("sl", processors="tokenize,pos,lemma")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ._paths import cache_dir
from .errors import InputError, ModelUnavailableError, UnsupportedLanguageError
from .language import resource_language

__all__ = [
    "LANGUAGES",
    "TYPES",
    "PROCESSORS",
    "DEFAULT_PROCESSORS",
    "get_pipeline",
    "models_available",
    "missing_models",
    "download_models",
    "models_dir",
    "resolve_processors",
    "with_needs",
    "parse_processors",
    "model_info",
    "list_models",
    "clear_pipelines",
    "fetch_command",
]

#: Languages CLASSLA has models for, with their names.
LANGUAGES: dict[str, str] = {
    "sl": "Slovenian",
    "hr": "Croatian",
    "sr": "Serbian",
    "bg": "Bulgarian",
    "mk": "Macedonian",
}

#: Model types per language: non-standard (internet) models exist for sl, hr and sr only.
TYPES: dict[str, tuple[str, ...]] = {
    "sl": ("standard", "nonstandard"),
    "hr": ("standard", "nonstandard"),
    "sr": ("standard", "nonstandard"),
    "bg": ("standard",),
    "mk": ("standard",),
}

#: The processors newskit runs, in pipeline order.
PROCESSORS: tuple[str, ...] = ("tokenize", "pos", "lemma", "depparse", "ner")

#: What :func:`get_pipeline` loads unless told otherwise.
DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner"

# What each processor needs before it can run (classla checks this only when the pipeline is built).
_NEEDS: dict[str, tuple[str, ...]] = {
    "tokenize": (),
    "pos": ("tokenize",),
    "lemma": ("tokenize", "pos"),
    "depparse": ("tokenize", "pos", "lemma"),
    "ner": ("tokenize",),
}

# The package (file name without .pt) of each processor per language and type, from
# classla-resources 2.2, duplicates resolved: the non-standard parsers are the standard ones.
_NONSTANDARD = {"tokenize": "nonstandard", "pos": "nonstandard", "lemma": "nonstandard",
                "depparse": "standard", "ner": "nonstandard"}
_STANDARD = {p: "standard" for p in PROCESSORS}
_PACKAGES: dict[str, dict[str, dict[str, str]]] = {
    "sl": {"standard": _STANDARD, "nonstandard": _NONSTANDARD},
    "hr": {"standard": _STANDARD, "nonstandard": _NONSTANDARD},
    "sr": {"standard": _STANDARD, "nonstandard": _NONSTANDARD},
    "bg": {"standard": _STANDARD},
    "mk": {"standard": {"tokenize": "standard", "pos": "standard", "lemma": "standard"}},
}
# Pretrained word vectors the tagger and the parser load beside their own file.
_DEPENDENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "pos": (("pretrain", "standard"),),
    "depparse": (("pretrain", "standard"),),
}

logger = logging.getLogger("newskit")

_PIPELINES: dict[tuple, Any] = {}
_LOCK = threading.RLock()


# --------------------------------------------------------------------------- arguments

def _check_lang(lang: str) -> str:
    code = str(lang).strip().lower().replace("_", "-").split("-")[0] if lang is not None else ""
    code = resource_language(code)  # Bosnian: CLASSLA has no models of its own; the Croatian ones serve it
    if code not in LANGUAGES:
        choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise UnsupportedLanguageError(
            f"lang={lang!r} has no CLASSLA models; choose one of {choices} (Bosnian uses the Croatian ones)"
        )
    return code


def _check_type(lang: str, type: str) -> str:
    t = str(type).strip().lower()
    if t == "default":
        t = "standard"
    if t not in TYPES[lang]:
        others = ", ".join(k for k, v in TYPES.items() if t in v) or "no language"
        raise InputError(
            f"type={type!r} is not available for {LANGUAGES[lang]} ({lang}); choose one of "
            f"{', '.join(repr(x) for x in TYPES[lang])}"
            + (f" (type={t!r} exists for {others})" if t in ("standard", "nonstandard") else "")
        )
    return t


def parse_processors(processors: str | Iterable[str] | Mapping[str, str]) -> list[str]:
    """The processor names in ``processors`` (a comma-separated string or a sequence), checked.

    Raises:
        InputError: an unknown processor, or none named.

    Example:
        >>> parse_processors(" NER, lemma")
        ['ner', 'lemma']
    """
    if isinstance(processors, str):
        names = [p.strip().lower() for p in processors.split(",") if p.strip()]
    elif isinstance(processors, Mapping):
        names = [str(p).strip().lower() for p in processors]
    else:
        names = [str(p).strip().lower() for p in processors]
    unknown = [p for p in names if p not in PROCESSORS]
    if unknown:
        raise InputError(
            f"processors={processors!r}: unknown processor(s) {', '.join(unknown)}; choose from {', '.join(PROCESSORS)}"
        )
    if not names:
        raise InputError(f"processors={processors!r} is empty; choose from {', '.join(PROCESSORS)}")
    return names


def with_needs(processors: str | Iterable[str]) -> tuple[str, ...]:
    """The processors named, with what each needs before it can run, in pipeline order.

    Raises:
        InputError: an unknown processor, or none named.

    Example:
        >>> with_needs("depparse")
        ('tokenize', 'pos', 'lemma', 'depparse')
        >>> with_needs(["ner", "lemma"])
        ('tokenize', 'pos', 'lemma', 'ner')
    """
    wanted = set(parse_processors(processors))
    for p in list(wanted):
        wanted.update(_NEEDS[p])
    return tuple(p for p in PROCESSORS if p in wanted)


def resolve_processors(lang: str, *, type: str = "standard", processors: str | Iterable[str] = DEFAULT_PROCESSORS,
                       warn: bool = True) -> dict[str, str]:
    """The processors a pipeline really loads, in pipeline order, with the package of each.

    Adds what a requested processor depends on (``lemma`` needs ``pos``; ``depparse`` needs
    ``pos`` and ``lemma``; everything needs ``tokenize``). For Macedonian, which has no parser
    and no NER in CLASSLA, ``depparse`` and ``ner`` are dropped with one warning.

    Raises:
        UnsupportedLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
        InputError: an unknown processor or a type the language does not have.

    Example:
        >>> resolve_processors("sl", processors="lemma")
        {'tokenize': 'standard', 'pos': 'standard', 'lemma': 'standard'}
        >>> resolve_processors("hr", type="nonstandard", processors="depparse")["depparse"]
        'standard'
    """
    lang = _check_lang(lang)
    type = _check_type(lang, type)
    wanted = with_needs(processors)
    available = _PACKAGES[lang][type]
    dropped = sorted((p for p in wanted if p not in available), key=PROCESSORS.index)
    if dropped and warn:
        warnings.warn(
            f"CLASSLA has no {' or '.join(dropped)} model for {LANGUAGES[lang]} ({lang}); "
            f"annotating without {', '.join(dropped)} (those columns stay empty)",
            UserWarning,
            stacklevel=3,
        )
    return {p: available[p] for p in PROCESSORS if p in wanted and p in available}


# --------------------------------------------------------------------------- where models live

def _classla_home_default() -> Path:
    return Path.home() / "classla_resources"


def _candidate_dirs() -> list[Path]:
    env = os.environ.get("CLASSLA_RESOURCES_DIR")
    if env:
        return [Path(env).expanduser()]

    return [cache_dir("classla"), _classla_home_default()]


def _read_resources(directory: Path) -> dict:
    try:
        data = json.loads((directory / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _needed_files(lang: str, packages: Mapping[str, str], resources: Mapping) -> dict[str, str]:
    """``{relative path: what it is}`` of every model file ``packages`` needs, as the resources describe them."""
    entry = resources.get(lang, {}) if isinstance(resources.get(lang), dict) else {}
    files: dict[str, str] = {}
    for proc, package in packages.items():
        if proc == "tokenize":
            continue  # rule-based tokenizers (obeliks, reldi) ship with classla
        spec = entry.get(proc, {}).get(package, {}) if entry else {}
        if isinstance(spec, dict) and "duplicate" in spec:
            package = spec["duplicate"]
            spec = entry.get(proc, {}).get(package, {})
        files[f"{lang}/{proc}/{package}.pt"] = f"{proc} ({package})"
        deps = spec.get("dependencies") if isinstance(spec, dict) and "dependencies" in spec else None
        if deps is None:
            deps = [{"model": m, "package": p} for m, p in _DEPENDENCIES.get(proc, ())]
        for dep in deps:
            files[f"{lang}/{dep['model']}/{dep['package']}.pt"] = f"{dep['model']} ({dep['package']})"
    return files


def _missing_in(directory: Path, lang: str, packages: Mapping[str, str], *, skip: Iterable[str] = ()) -> list[str]:
    skip = set(skip)
    resources = _read_resources(directory)
    missing: list[str] = []
    if not resources:
        missing.append("resources.json")
    entry = resources.get(lang) if isinstance(resources.get(lang), dict) else None
    for proc, package in packages.items():
        if proc in skip:
            continue
        if resources and (entry is None or package not in entry.get(proc, {})):
            missing.append(f"resources.json entry {lang}/{proc}/{package}")
    needed = {path: what for path, what in _needed_files(lang, {p: v for p, v in packages.items() if p not in skip},
                                                       resources).items()}
    for rel in needed:
        f = directory / rel
        if not (f.is_file() and f.stat().st_size > 0):
            missing.append(rel)
    return missing


def models_dir(dir: str | os.PathLike | None = None, *, lang: str | None = None, type: str = "standard",
               processors: str | Iterable[str] = DEFAULT_PROCESSORS) -> Path:
    """The directory newskit reads CLASSLA models from (and downloads them into).

    ``dir`` when given; else ``CLASSLA_RESOURCES_DIR`` (read now, not when classla was imported);
    else newskit's cache folder, unless the models for ``lang`` are already in classla's own
    default ``~/classla_resources``.
    """
    if dir is not None:
        return Path(dir).expanduser()
    candidates = _candidate_dirs()
    if lang is not None and len(candidates) > 1:
        lang = _check_lang(lang)
        packages = resolve_processors(lang, type=type, processors=processors, warn=False)
        for c in candidates:
            if not _missing_in(c, lang, packages):
                return c
    return candidates[0]


def missing_models(lang: str, type: str = "standard", processors: str | Iterable[str] = DEFAULT_PROCESSORS, *,
                   dir: str | os.PathLike | None = None) -> list[str]:
    """Model files (relative to the models directory) that a pipeline would need and that are not there.

    Checks ``resources.json`` and the files on disk; imports neither classla nor torch.

    Example:
        >>> missing_models("mk", dir="/nonexistent")[:2]
        ['resources.json', 'mk/pos/standard.pt']
    """
    lang = _check_lang(lang)
    packages = resolve_processors(lang, type=type, processors=processors, warn=False)
    return _missing_in(models_dir(dir, lang=lang, type=type, processors=processors), lang, packages)


def models_available(lang: str, type: str = "standard", processors: str | Iterable[str] = DEFAULT_PROCESSORS, *,
                     dir: str | os.PathLike | None = None) -> bool:
    """Whether every model a pipeline for ``lang`` needs is on disk (no download, no torch import).

    Example:
        >>> models_available("sl", dir="/nonexistent")
        False
    """
    return not missing_models(lang, type=type, processors=processors, dir=dir)


def model_info(lang: str, type: str = "standard", processors: str | Iterable[str] = DEFAULT_PROCESSORS, *,
               dir: str | os.PathLike | None = None) -> dict[str, Any]:
    """Provenance of the models a pipeline would use, for ``df.attrs`` and cache keys.

    Returns:
        ``{"lang", "type", "dir", "processors": {name: package}, "files": {path: md5 or size-mtime},
        "classla_resources": version, "version": short hash}``; ``version`` changes when any model
        file changes (the md5 of ``resources.json`` for downloaded models, size and time otherwise).
    """
    lang = _check_lang(lang)
    type = _check_type(lang, type)
    packages = resolve_processors(lang, type=type, processors=processors, warn=False)
    directory = models_dir(dir, lang=lang, type=type, processors=processors)
    resources = _read_resources(directory)
    files: dict[str, str] = {}
    for rel in _needed_files(lang, packages, resources):
        proc, package = rel.split("/")[1], rel.split("/")[2][:-3]
        spec = resources.get(lang, {}).get(proc, {}).get(package, {}) if isinstance(resources.get(lang), dict) else {}
        md5 = spec.get("md5") if isinstance(spec, dict) else None
        if not md5:
            try:
                st = (directory / rel).stat()
                md5 = f"{st.st_size}-{st.st_mtime_ns}"
            except OSError:
                md5 = "missing"
        files[rel] = md5
    digest = hashlib.sha256(json.dumps([packages, files], sort_keys=True).encode()).hexdigest()[:12]
    return {
        "lang": lang,
        "type": type,
        "dir": str(directory),
        "processors": packages,
        "files": files,
        "classla_resources": _classla_resources_version(),
        "version": digest,
    }


def _classla_resources_version() -> str:
    try:
        from importlib.metadata import version

        return version("classla")
    except Exception:  # noqa: BLE001 - metadata missing in odd installs; provenance only
        return "unknown"


def list_models(dir: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """One row per language and type: whether its models are in the directory, and what is missing.

    Example:
        >>> rows = list_models("/nonexistent")
        >>> rows[0]["lang"], rows[0]["type"], rows[0]["available"]
        ('sl', 'standard', False)
    """
    rows = []
    for lang in LANGUAGES:
        for t in TYPES[lang]:
            directory = models_dir(dir, lang=lang, type=t)
            packages = resolve_processors(lang, type=t, warn=False)
            missing = _missing_in(directory, lang, packages)
            rows.append({
                "lang": lang, "name": LANGUAGES[lang], "type": t, "processors": ",".join(packages),
                "available": not missing, "dir": str(directory), "missing": missing,
            })
    return rows


# --------------------------------------------------------------------------- downloading

def fetch_command(lang: str, *, type: str = "standard", dir: str | os.PathLike | None = None) -> str:
    """The shell command that downloads the models on a machine with internet access.

    Example:
        >>> print(fetch_command("sl", dir="/models"))
        python -c "import classla; classla.download('sl', type='standard', dir='/models')"
    """
    target = f", dir={str(dir)!r}" if dir is not None else ""
    return f"python -c \"import classla; classla.download({lang!r}, type={type!r}{target})\""


def _unavailable_message(lang: str, type: str, directory: Path, missing: list[str], reason: str | None) -> str:
    shown = ", ".join(missing[:6]) + (f" and {len(missing) - 6} more" if len(missing) > 6 else "")
    head = (
        f"CLASSLA models for {LANGUAGES[lang]} ({lang}, type {type!r}) are not in {directory}: missing {shown}"
        + (f"; downloading them failed ({reason})" if reason else "")
        + "."
    )
    return (
        f"{head}\n"
        f"Fetch them on a machine with internet access:\n"
        f"    {fetch_command(lang, type=type, dir=directory)}\n"
        f"or: newskit models download {lang} --type {type} --dir {directory}\n"
        f"then copy that folder here and pass dir='/path/to/the/copy' "
        f"(or set CLASSLA_RESOURCES_DIR=/path/to/the/copy before starting Python). "
        f"Without models, annotator='lite' works offline."
    )


class _TimeoutRequests:
    """Stands in for ``requests`` inside classla's downloader: the same API, with a timeout.

    classla calls ``requests.get`` without one, so an unreachable server can hang a notebook.
    """

    def __init__(self, timeout: float) -> None:
        import requests

        self._requests = requests
        self._timeout = timeout

    def get(self, url: str, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self._timeout)  # connect and each read; a large file may take longer in all
        return self._requests.get(url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._requests, name)


class _DropInfo(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


@contextlib.contextmanager
def _download_context(timeout: float) -> Iterator[None]:
    """classla's downloader with a network timeout, its progress bar on and its INFO chatter off."""
    import classla.resources.common as common

    clog = logging.getLogger("classla")
    old_requests, old_level = common.requests, clog.level
    # classla shows its progress bar only while its logger is at INFO; a filter on the logger
    # itself drops the INFO records before any handler (its own or the root's) sees them
    flt = _DropInfo()
    common.requests = _TimeoutRequests(timeout)  # type: ignore[assignment]
    clog.addFilter(flt)
    try:
        yield
    finally:
        common.requests = old_requests
        clog.removeFilter(flt)
        clog.setLevel(old_level or logging.WARNING)


def download_models(lang: str, *, type: str = "standard", dir: str | os.PathLike | None = None,
                    timeout: float = 20.0) -> Path:
    """Download the CLASSLA models for ``lang`` and ``type`` (with a progress bar) and return their directory.

    Args:
        lang: One of :data:`LANGUAGES`.
        type: ``"standard"``, or ``"nonstandard"`` for sl, hr and sr.
        dir: Target directory (default: see :func:`models_dir`).
        timeout: Seconds to wait for the server to connect or send more data before giving up.

    Returns:
        The directory holding ``resources.json`` and ``<lang>/...``.

    Raises:
        ModelUnavailableError: offline, server unreachable or the download failed or came out
            incomplete. The message lists the missing models, the command that fetches them on a
            connected machine and how to point newskit at a copied folder.

    Example:
        >>> download_models("sl", dir="/data/classla")  # doctest: +SKIP
    """
    lang = _check_lang(lang)
    type = _check_type(lang, type)
    directory = Path(dir).expanduser() if dir is not None else _candidate_dirs()[0]
    packages = resolve_processors(lang, type=type, warn=False)
    missing_before = _missing_in(directory, lang, packages)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelUnavailableError(_unavailable_message(lang, type, directory, missing_before,
                                                         f"cannot create the folder: {exc}")) from None

    import classla

    # classla always fetches resources.json again and writes it in place: keep the old one for a failed run
    res_path = directory / "resources.json"
    saved = res_path.read_bytes() if res_path.exists() else None
    logger.warning("downloading CLASSLA %s models (%s) into %s", LANGUAGES[lang], type, directory)
    reason = None
    try:
        with _download_context(timeout):
            # classla reads CLASSLA_RESOURCES_URL when imported; honour it at call time like the directory
            url = os.environ.get("CLASSLA_RESOURCES_URL")
            extra = {"resources_url": url} if url else {}
            classla.download(lang, dir=str(directory), type=type, logging_level="INFO", **extra)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - requests, zip, md5 and classla's bare Exceptions alike
        reason = f"{_type_name(exc)}: {_short(exc)}"
    if saved is not None and not _read_resources(directory):
        res_path.write_bytes(saved)
    missing = _missing_in(directory, lang, packages)
    if reason or missing:
        raise ModelUnavailableError(
            _unavailable_message(lang, type, directory, missing or missing_before, reason or "files still missing")
        ) from None
    return directory


def _type_name(exc: BaseException) -> str:
    return type(exc).__name__


def _short(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --------------------------------------------------------------------------- pipelines

def _quiet_classla() -> Any:
    """Import classla with its loggers at WARNING, so a notebook gets no INFO flood."""
    import classla

    for name in ("classla", "stanza"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return classla


def _check_options(options: Mapping[str, Any], packages: Mapping[str, str]) -> None:
    for key in ("lang", "processors", "type", "package", "logging_level", "verbose"):
        if key in options:
            raise InputError(f"{key}= is set by get_pipeline itself; pass it as get_pipeline's own argument")
    for key in options:
        proc, _, rest = key.partition("_")
        if rest == "model_path" and proc not in packages:
            # classla would silently add processor `proc` to the pipeline
            raise InputError(
                f"{key}= names a model for the {proc!r} processor, which is not among processors="
                f"{','.join(packages)}; add {proc!r} to processors or drop {key}="
            )


def get_pipeline(
    lang: str,
    *,
    type: str = "standard",
    processors: str | Iterable[str] = DEFAULT_PROCESSORS,
    dir: str | os.PathLike | None = None,
    use_gpu: bool | None = None,
    download: bool = True,
    **options: Any,
) -> Any:
    """A ``classla.Pipeline`` for ``lang``, loaded once per process and reused.

    Args:
        lang: One of :data:`LANGUAGES` (``bs`` uses the Croatian models).
        type: ``"standard"`` or, for sl, hr and sr, ``"nonstandard"``.
        processors: Comma-separated or a list, from :data:`PROCESSORS`; what they depend on is
            added (``lemma`` needs ``pos``). Macedonian drops ``depparse`` and ``ner`` with a warning.
        dir: Models directory (default: see :func:`models_dir`).
        use_gpu: ``None`` uses the GPU when torch sees one.
        download: Fetch missing models (with a progress bar); ``False`` raises instead.
        **options: Passed to ``classla.Pipeline`` (``tokenize_pretokenized=True``,
            ``pos_batch_size=...``, ``lemma_model_path=...``). A ``X_model_path`` for a processor
            that is not loaded is refused, since classla would silently add that processor.

    Returns:
        The cached ``classla.Pipeline``.

    Raises:
        UnsupportedLanguageError: ``lang`` has no CLASSLA models.
        InputError: an unknown processor or type, or a conflicting option.
        ModelUnavailableError: models missing and not downloadable, or present but unloadable.

    Example:
        >>> nlp = get_pipeline("sl", processors="tokenize,pos,lemma")  # doctest: +SKIP
        >>> nlp("Putin je pohvalil Kima.").sentences[0].words[0].lemma  # doctest: +SKIP
        'Putin'
    """
    lang = _check_lang(lang)
    type = _check_type(lang, type)
    packages = resolve_processors(lang, type=type, processors=processors)
    _check_options(options, packages)
    directory = models_dir(dir, lang=lang, type=type, processors=list(packages))
    if use_gpu is None:
        use_gpu = _gpu_available()
    key = (lang, type, tuple(packages.items()), str(directory.resolve()), bool(use_gpu),
           tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _LOCK:
        cached = _PIPELINES.get(key)
        if cached is not None:
            return cached
        overridden = {k.partition("_")[0] for k in options if k.endswith("_model_path")}
        missing = _missing_in(directory, lang, packages, skip=overridden)
        if missing:
            if not download:
                raise ModelUnavailableError(_unavailable_message(lang, type, directory, missing, None))
            download_models(lang, type=type, dir=directory)
        classla = _quiet_classla()
        try:
            # processors as {name: package} and type=None: with a type, classla adds every
            # processor that has a model of that type, whatever `processors` says
            nlp = classla.Pipeline(
                lang, dir=str(directory), type=None, processors=dict(packages), logging_level="WARN",
                use_gpu=bool(use_gpu), **options,
            )
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - classla raises bare Exceptions and torch load errors
            raise ModelUnavailableError(
                f"CLASSLA models for {LANGUAGES[lang]} ({lang}, type {type!r}) in {directory} could not be "
                f"loaded ({_type_name(exc)}: {_short(exc)}). Delete the folder's {lang}/ models and run "
                f"`newskit models download {lang} --type {type} --dir {directory}` again."
            ) from None
        loaded = set(nlp.processors)
        if loaded != set(packages):
            raise ModelUnavailableError(
                f"classla loaded processors {sorted(loaded)} instead of {sorted(packages)} from {directory}; "
                f"check {directory / 'resources.json'}"
            )
        _PIPELINES[key] = nlp
        return nlp


def _gpu_available() -> bool:
    try:
        import torch

        return bool(torch.cuda.is_available())
    except Exception:  # noqa: BLE001 - a broken CUDA install means CPU
        return False


def clear_pipelines() -> None:
    """Forget the cached pipelines (frees their memory once nothing else holds them)."""
    with _LOCK:
        _PIPELINES.clear()
