"""Naming: the modifiers, appositions and role nouns attached to each person or organisation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..language import check_language, language_argument, warn_unavailable
from ..names import fullest_names
from ..schemas import (
    ENTITIES,
    NAMING,
    empty,
    require,
)

if TYPE_CHECKING:

    from ..annotate import Annotation
from ..entities import entities_from_tokens
from ..errors import UnsupportedLanguageError
from ..quotes import load_lexicon
from .corpus import Corpus, Groups, finish, function_words, normalise, unpack

__all__ = ['naming']


_TITLE_RELATIONS = frozenset({"nmod", "appos", "flat", "flat:name", "compound"})
_CASE = re.compile(r"(?:^|\|)Case=([A-Za-z]+)")


def _role_nouns(lang: str) -> dict[str, str]:
    """Role nouns of the quote lexicon (``newskit/lexicons/<lang>/roles.tsv``): lemma -> kind
    (title, profession, representative, institution); empty for a language without one."""

    try:
        lexicon = load_lexicon(lang)
    except UnsupportedLanguageError:
        return {}
    return {lemma: kind for lemma, (_, kind) in lexicon.roles.items()}




def _entity_positions(corpus: Corpus, entities: pd.DataFrame) -> pd.DataFrame:
    """Token positions of the first and last word of each entity mention (found by offsets)."""
    start = corpus.tokens["start_char"].to_numpy(dtype=np.int64)
    end = corpus.tokens["end_char"].to_numpy(dtype=np.int64)
    stride = int(max(end.max(initial=0), entities["end_char"].max() if len(entities) else 0)) + 2
    key_start = corpus.art_codes * stride + start
    order = None
    if not (np.diff(key_start) >= 0).all():
        order = np.argsort(key_start, kind="stable")
        key_start = key_start[order]
    art = corpus.groups.article_ids.get_indexer(pd.Index(entities["article_id"].astype(str)))
    e_start = art * stride + entities["start_char"].to_numpy(dtype=np.int64)
    e_end = art * stride + entities["end_char"].to_numpy(dtype=np.int64)
    first = np.searchsorted(key_start, e_start, side="left")
    last = np.searchsorted(key_start, e_end, side="left") - 1
    ok = (art >= 0) & (first < len(key_start))
    ok[ok] &= key_start[first[ok]] == e_start[ok]
    if order is not None:
        first = np.where(ok, order[np.minimum(first, len(order) - 1)], -1)
        last = np.where(ok, order[np.clip(last, 0, len(order) - 1)], -1)
    frame = entities.assign(first=first, last=last)[ok & (last >= first)]
    return frame


def _canonical_entities(mentions: pd.DataFrame) -> np.ndarray:
    """The fullest name of each mention within its article (Kim -> Kim Jong-un), then across the corpus."""
    keys = list(zip(mentions["article_id"].astype("string").tolist(), mentions["type"].astype("string").tolist(),
                    strict=True))
    lemmas = mentions["lemma"].astype("string").fillna("").tolist()
    names_of: dict[tuple[str, str], Counter[str]] = {}
    for key, name in zip(keys, lemmas, strict=True):
        names_of.setdefault(key, Counter())[name] += 1
    # Only an article that names an entity in two ways, one of several words, has a name to complete.
    fuller = {key: fullest_names(names) for key, names in names_of.items()
              if len(names) > 1 and any(" " in name for name in names)}
    names = [fuller[key].get(name, name) if key in fuller else name for key, name in zip(keys, lemmas, strict=True)]
    corpus_wide = fullest_names(Counter(name for name in names if name))
    return np.array([corpus_wide.get(name, name) for name in names], dtype=object)


def _case_at(corpus: Corpus, positions: np.ndarray) -> np.ndarray:
    """A full-length array with the Case feature at ``positions`` (None elsewhere or where there is none)."""
    case = np.full(corpus.n, None, dtype=object)
    positions = np.unique(positions[(positions >= 0) & (positions < corpus.n)])
    if len(positions):
        feats = corpus.take("feats", positions)
        of = {}
        for value in set(feats.tolist()):
            match = _CASE.search(value) if value else None
            of[value] = match.group(1) if match else None
        case[positions] = [of[v] for v in feats.tolist()]
    return case


#: Lemma endings of adjectives (sl, hr, sr), to spot an adjective among untagged words.
_ADJECTIVE_ENDINGS = ("ski", "ški", "čki", "ni", "ji", "ki", "en", "an", "ov", "ev")
#: Role kinds that may name a person, and an organisation (``person``: by family or acquaintance,
#: ``supruga Ana Horvat``, which the tree reading takes as a title too).
_PERSON_ROLES = frozenset({"title", "profession", "representative", "person"})
_ORG_ROLES = frozenset({"institution", "company", "medium"})
_APPOSITION_END = frozenset({",", ".", ")", ";", "–", "-", ":"})
#: Marks after which a word starts a sentence of its own (a quote, a list): its capital says nothing.
_OPENERS = frozenset({"»", "«", "„", "“", "\"", "'", "(", ":", "-", "–", "—", "•"})


def _naming_surface(corpus: Corpus, mentions: pd.DataFrame, *, in_person: np.ndarray, window: int,
                    lang: str) -> pd.DataFrame:
    """Descriptors by surface order: the adjectives and nouns right before a name (and an
    apposition after a comma), agreeing in case with the name when the tokens have features.

    A name in the genitive is ambiguous (``predsednika Putina`` names Putin, ``delnic NLB`` does
    not), so there the noun must be a role of the lexicon that fits the entity type. Untagged
    words (lite tokens) count as a noun when they are a role of the lexicon, and as an adjective
    when lower-case with an adjective's lemma ending; there a descriptor needs a role noun.
    ``in_person`` marks the words of person names, which never describe another name.
    """
    n = corpus.n
    sent = corpus.sentence_key
    codes, vocab = corpus.term_codes, corpus.vocabulary
    roles = _role_nouns(lang)
    term_role = np.array([roles.get(t) for t in vocab], dtype=object)
    first = mentions["first"].to_numpy(dtype=np.int64)
    last = mentions["last"].to_numpy(dtype=np.int64)
    # The words a descriptor may consist of, looked at only around the names.
    around = np.unique(np.concatenate([first - k for k in range(1, window + 1)]
                                      + [last + k for k in range(1, window + 3)]))
    around = around[(around >= 0) & (around < n)]
    tagged = corpus.tagged
    noun = corpus.upos_in(["NOUN"])
    adj = corpus.upos_in(["ADJ"])
    propn_other = corpus.upos_in(["PROPN"]) & ~in_person
    untagged = around[~tagged[around]]
    if len(untagged):
        lower = np.array([bool(t) and t[:1].islower() for t in corpus.take("text", untagged)], dtype=bool)
        adjective_like = np.array([len(t) >= 4 and t.endswith(_ADJECTIVE_ENDINGS) for t in vocab], dtype=bool)
        is_role = lower & (term_role[codes[untagged]] != None)  # noqa: E711 - elementwise on objects
        noun[untagged[is_role]] = True
        adj[untagged[lower & ~is_role & corpus.word_mask[untagged] & adjective_like[codes[untagged]]]] = True
    qualifies = noun | adj | propn_other
    ent_type = mentions["type"].to_numpy(dtype=object)

    def names_it(i: int, p: int) -> bool:
        """Noun at ``p`` can describe mention ``i``: same case, and a fitting role in the genitive."""
        ent_case = case[first[i]]
        if ent_case is not None and case[p] is not None and case[p] != ent_case:
            return False
        if ent_case == "Gen" or not tagged[p]:
            return term_role[codes[p]] in (_PERSON_ROLES if ent_type[i] == "PER" else _ORG_ROLES)
        return True

    texts: dict[int, str] = {}

    def text_at(p: int) -> str:
        if p not in texts:
            texts[p] = str(corpus.take("text", np.array([p]))[0] or "")
        return texts[p]

    def initial(p: int) -> bool:
        return p == 0 or sent[p - 1] != sent[p] or text_at(p - 1) in _OPENERS

    def role_lemma(p: int) -> str:
        """The role noun's lemma; untagged, the lexicon's row the word is written as, where it is one
        (lite lemmatises ``supruga`` as ``suprug``, a husband)."""
        shown = normalise(text_at(p))
        return shown if not tagged[p] and shown in roles else str(vocab[codes[p]])

    def base(p: int) -> str:
        """The word's lemma, lower case unless the article capitalises it inside a sentence (SDS)."""
        word = role_lemma(p) if term_role[codes[p]] is not None else vocab[codes[p]]
        shown = text_at(p)
        if shown[:1].isupper() and not initial(p):
            return shown if shown.isupper() else word[:1].upper() + word[1:]
        return word

    def phrase(positions: Iterable[int], role: int | None = None) -> str:
        """The descriptor as the article writes it: up to the role noun in base form, its
        complement after it as written (predsednika SDS -> predsednik SDS)."""
        return " ".join(base(p) if role is None or p <= role else text_at(p) for p in positions)

    prepositions = function_words(lang, "preposition")
    rows: list[tuple[int, str, str | None, str]] = []
    # Lite tokens (no tags): a role noun of the lexicon before the name, sentence-initial with a
    # capital too (Premier Robert Golob), with a complement between: a name in the genitive
    # (župan Ljubljane, predsednik SDS) or a phrase after a preposition (minister za notranje zadeve).
    done = np.zeros(len(first), dtype=bool)
    for i in range(len(first)):
        f = int(first[i])
        if f == 0 or tagged[f - 1] or sent[f - 1] != sent[f]:
            continue
        wanted = _PERSON_ROLES if ent_type[i] == "PER" else _ORG_ROLES
        r = f - 1
        while r >= 0 and f - r <= window + 1 and sent[r] == sent[f] and corpus.word_mask[r] and not in_person[r]:
            if term_role[codes[r]] in wanted and (text_at(r)[:1].islower() or initial(r)):
                break
            r -= 1
        else:
            continue
        if r < 0 or sent[r] != sent[f] or not corpus.word_mask[r] or in_person[r] or term_role[codes[r]] not in wanted:
            continue
        between = list(range(r + 1, f))
        shown = [text_at(p) for p in between]
        genitive = len(between) <= 3 and all(t[:1].isupper() for t in shown)
        prepositional = (bool(between) and len(between) <= 4 and shown[0].lower() in prepositions
                         and all(t[:1].islower() for t in shown))
        if between and not (genitive or prepositional):
            continue
        j = r
        while j - 1 >= 0 and sent[j - 1] == sent[f] and adj[j - 1] and not tagged[j - 1]:
            j -= 1
        rows.append((i, phrase(range(j, f), role=r), role_lemma(r), "title"))
        done[i] = True
    # Left: walk back over qualifying words of the same sentence.
    chain_len = np.zeros(len(first), dtype=np.int64)
    alive = np.ones(len(first), dtype=bool)
    for k in range(1, window + 1):
        p = first - k
        ok = alive & (p >= 0)
        ok[ok] &= (sent[p[ok]] == sent[first[ok]]) & qualifies[p[ok]]
        chain_len[ok] = k
        alive = ok
    after = last + 1
    appos = after + 1 < n
    appos[appos] &= (vocab[codes[after[appos]]] == ",") & (sent[after[appos]] == sent[last[appos]])
    # Case only where it is compared: the names with a descriptor candidate, and the words around them.
    described = (chain_len > 0) | appos
    case = _case_at(corpus, np.concatenate([first[described]] + [
        (first - k)[chain_len >= k] for k in range(1, window + 1)] + [(after + k)[appos] for k in range(1, window + 1)]))
    for i in np.flatnonzero((chain_len > 0) & ~done):
        span = range(first[i] - chain_len[i], first[i])
        agree = [p for p in span if noun[p] and names_it(i, p)]
        if agree:
            role = agree[-1]
            if not tagged[role] and role != first[i] - 1:
                continue  # untagged: only a role right before the name
            # The role noun's own adjectives, then everything between it and the name.
            j = role
            while j - 1 >= span[0] and adj[j - 1] and (case[j - 1] is None or case[j - 1] == case[role]):
                j -= 1
            rows.append((i, phrase(range(j, first[i]), role=role), role_lemma(role), "title"))
        elif tagged[first[i] - 1] and adj[first[i] - 1]:
            ent_case = case[first[i]]
            mods = [p for p in span if adj[p] and tagged[p] and (ent_case is None or case[p] in (None, ent_case))]
            if mods and mods[-1] == first[i] - 1:
                rows.append((i, phrase(mods), None, "amod"))
    # Right: "Putin, ruski predsednik, ..." - an apposition between commas (or before the sentence end).
    for i in np.flatnonzero(appos):
        p = after[i] + 1
        words: list[int] = []
        while p < n and len(words) < window and sent[p] == sent[last[i]] and qualifies[p]:
            words.append(p)
            p += 1
        end_ok = p >= n or sent[p] != sent[last[i]] or vocab[codes[p]] in _APPOSITION_END
        agree = [w for w in words if noun[w] and names_it(i, w)]
        if words and end_ok and agree and not propn_other[words[0]]:
            rows.append((i, phrase(words, role=agree[0]), role_lemma(agree[0]), "appos"))
    return pd.DataFrame(rows, columns=["mention", "descriptor", "role", "relation"])


def _naming_tree(corpus: Corpus, mentions: pd.DataFrame) -> pd.DataFrame:
    """Descriptors from dependency trees: the noun a name hangs from as a title (``predsednik`` ->
    ``Putin``, same case), and the name's amod, appos and nmod dependents."""
    tokens = corpus.tokens
    n = corpus.n
    head = tokens["head"].to_numpy(dtype=np.float64, na_value=np.nan)
    word_id = tokens["word_id"].to_numpy(dtype=np.int64)
    sent = corpus.sentence_key
    codes, vocab = corpus.term_codes, corpus.vocabulary
    noun, adj = corpus.upos_in(["NOUN"]), corpus.upos_in(["ADJ"])
    # Position of each sentence's first word, hence of each word's governor.
    starts = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]]) if n else np.zeros(0, dtype=np.int64)
    sent_first = starts[np.searchsorted(starts, np.arange(n), side="right") - 1]
    gov = np.where(np.isnan(head) | (head <= 0), -1, sent_first + np.nan_to_num(head).astype(np.int64) - word_id[sent_first])
    gov = np.where((gov >= 0) & (gov < n), gov, -1)
    first = mentions["first"].to_numpy(dtype=np.int64)
    last = mentions["last"].to_numpy(dtype=np.int64)
    # Each mention's head: its first word governed from outside the mention.
    h = np.full(len(first), -1, dtype=np.int64)
    for k in range(int((last - first).max(initial=-1)) + 1):
        p = first + k
        found = (h < 0) & (p <= last) & ((gov[np.minimum(p, n - 1)] < first) | (gov[np.minimum(p, n - 1)] > last))
        h[found] = p[found]
    g = np.where(h >= 0, gov[np.maximum(h, 0)], -1)

    def children_of(parents: np.ndarray) -> dict[int, list[int]]:
        kids = np.flatnonzero(np.isin(gov, parents[parents >= 0]))
        out: dict[int, list[int]] = {}
        for c in kids.tolist():
            out.setdefault(int(gov[c]), []).append(c)
        return out

    deps = children_of(np.concatenate([h, g]))
    second = np.array([c for parent in deps.values() for c in parent], dtype=np.int64)
    deps.update({k: v for k, v in children_of(second).items() if k not in deps})
    involved = np.unique(np.concatenate([h, g, second, *(np.array(v) for v in deps.values())]) if deps else np.r_[h, g])
    involved = involved[involved >= 0]
    deprel = dict(zip(involved.tolist(), corpus.take("deprel", involved).tolist(), strict=True))
    case = _case_at(corpus, involved)

    def amods(p: int) -> list[int]:
        return [c for c in deps.get(p, []) if deprel.get(c) == "amod" and adj[c] and c < p]

    shown_at = dict(zip(involved.tolist(), corpus.take("text", involved).tolist(), strict=True))
    upos_at = dict(zip(involved.tolist(), corpus.take("upos", involved).tolist(), strict=True))

    def word(q: int) -> str:
        """The lemma, with the capital the article gives a name inside a sentence (SDS, Ljubljana)."""
        lemma, shown = vocab[codes[q]], str(shown_at.get(q) or "")
        first_word = q == 0 or sent[q - 1] != sent[q]
        if shown[:1].isupper() and (upos_at.get(q) == "PROPN" or not first_word):
            return shown if shown.isupper() and len(shown) > 1 else lemma[:1].upper() + lemma[1:]
        return lemma

    def phrase(ps: list[int]) -> str:
        return " ".join(word(q) for q in sorted(ps))

    rows = []
    for i in np.flatnonzero(h >= 0).tolist():
        hi, gi = int(h[i]), int(g[i])
        rel = str(deprel.get(hi) or "")
        if gi >= 0 and noun[gi] and (rel in _TITLE_RELATIONS or rel.split(":")[0] in _TITLE_RELATIONS) and (
                case[hi] is None or case[gi] is None or case[hi] == case[gi]):
            # the title noun's complement between it and the name, as written (predsednik SDS)
            comp = [c for c in deps.get(gi, []) if gi < c < first[i]
                    and str(deprel.get(c) or "").split(":")[0] == "nmod"]
            extra = [x for c in comp for x in (c, *amods(c), *(k for k in deps.get(c, [])
                                                              if deprel.get(k) == "case" and gi < k < c))]
            rows.append((i, phrase([gi, *amods(gi)]) + "".join(" " + str(shown_at.get(x) or vocab[codes[x]])
                                                           for x in sorted(set(extra))),
                         vocab[codes[gi]], "title"))
        for c in deps.get(hi, []):
            if first[i] <= c <= last[i]:
                continue
            crel = str(deprel.get(c) or "").split(":")[0]
            if crel == "amod" and adj[c]:
                rows.append((i, vocab[codes[c]], None, "amod"))
            elif crel == "appos" and noun[c]:
                rows.append((i, phrase([c, *amods(c)]), vocab[codes[c]], "appos"))
            elif crel == "nmod" and noun[c] and not any(deprel.get(x) == "case" for x in deps.get(c, [])):
                rows.append((i, phrase([c, *amods(c)]), vocab[codes[c]], "nmod"))
    return pd.DataFrame(rows, columns=["mention", "descriptor", "role", "relation"])


def naming_table(corpus: Corpus, entities: pd.DataFrame, *, types: Sequence[str], window: int, lang: str) -> pd.DataFrame:
    attrs = corpus.attrs(types=list(types), window=window)
    mentions = entities[entities["type"].isin(list(types))]
    mentions = _entity_positions(corpus, mentions).reset_index(drop=True)
    if not len(mentions):
        return finish(empty(NAMING), NAMING, attrs)
    mentions["entity"] = _canonical_entities(mentions)
    mentions["group"] = corpus.groups.names[corpus.group_codes[mentions["first"].to_numpy()]]
    people = _entity_positions(corpus, entities[entities["type"] == "PER"])
    lengths = (people["last"] - people["first"] + 1).to_numpy(dtype=np.int64)
    in_person = np.zeros(corpus.n, dtype=bool)
    in_person[np.repeat(people["first"].to_numpy(dtype=np.int64) - np.cumsum(lengths) + lengths, lengths)
              + np.arange(lengths.sum())] = True
    firsts = mentions["first"].to_numpy()
    with_tree = corpus.tokens["head"].notna().to_numpy(dtype=bool)[firsts]
    # Each article's role nouns are its own language's (a Croatian ``supruga`` is no Slovenian role);
    # ``lang`` only for articles of unknown language.
    art_lang = np.array([x or lang for x in corpus.groups.article_language], dtype=object)
    mention_lang = art_lang[corpus.art_codes[firsts]]
    passes: list[tuple[np.ndarray, Callable[[Corpus, pd.DataFrame], pd.DataFrame]]] = [(with_tree, _naming_tree)]
    for code in sorted(set(mention_lang[~with_tree].tolist())):
        passes.append((~with_tree & (mention_lang == code), partial(
            _naming_surface, in_person=in_person, window=window, lang=str(code))))
    found = []
    for mask, describe in passes:
        if mask.any():
            sub = mentions[mask]
            rows = describe(corpus, sub)
            rows["mention"] = sub.index.to_numpy()[rows["mention"].to_numpy(dtype=np.int64)]
            found.append(rows)
    desc = pd.concat(found, ignore_index=True) if found else pd.DataFrame(
        columns=["mention", "descriptor", "role", "relation"])
    desc = desc[desc["descriptor"].astype("string").fillna("") != ""]
    joined = desc.join(mentions[["article_id", "entity", "type", "group"]], on="mention")
    counts = mentions.groupby(["group", "entity"]).size().rename("mentions")
    out = joined.groupby(["group", "entity", "type", "descriptor", "role", "relation"], dropna=False, sort=False).agg(
        count=("mention", "size"), articles=("article_id", "nunique")).reset_index()
    out = out.join(counts, on=["group", "entity"]).rename(columns={"type": "entity_type"})
    out = out.sort_values(["group", "entity", "count", "descriptor"], ascending=[True, True, False, True], kind="stable")
    return finish(out, NAMING, attrs)


def naming(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    entities: pd.DataFrame | None = None,
    by: str = "outlet",
    types: Sequence[str] = ("PER", "ORG"),
    window: int = 4,
    language: str = "sl",
    lang: str | None = None,
) -> pd.DataFrame:
    """How each group names people and organisations: the words attached to each entity.

    Mentions are linked through the entity's lemma, completed to the fullest name in the article
    and then in the corpus (``Kimu`` -> ``Kim`` -> ``Kim Jong-un``). A descriptor reads as the
    article writes it, with the role noun and the words before it in their base form (lower case
    unless the article capitalises a word inside the sentence) and a complement after the role noun
    as written: ``predsednika SDS`` -> ``predsednik SDS``, ``ministra za notranje zadeve`` ->
    ``minister za notranje zadeve``. The descriptors:

    - with dependency trees: the noun the name depends on as a title, in the same case
      (``predsednik`` of ``Putin``: relation ``title``), with that noun's adjectives and its
      ``nmod`` complement before the name (``predsednik SDS``); the name's own ``amod``,
      ``appos`` and ``nmod`` dependents;
    - without trees: the run of adjectives and nouns right before the name in the same sentence
      (up to ``window`` words) whose nearest noun agrees with the name in case (``title``), or the
      adjectives alone (``amod``); an apposition between commas after it (``appos``);
    - without part-of-speech tags (lite tokens): a role noun of the lexicon
      (``newskit/lexicons/<lang>/roles.tsv``) before the name, also at the start of a sentence
      (``Premier Robert Golob``), with adjacent lower-case adjectives, and with a complement
      between it and the name: a capitalised name (``župan Ljubljane Zoran Janković``) or a
      phrase opening with a preposition (``Minister za notranje zadeve Boštjan Poklukar``).

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.annotate.Annotation` (its articles and
            entities are then used unless given).
        groups: the articles or a mapping ``article_id -> group``.
        entities: an ENTITIES table; default: the Annotation's, else built from the tokens' NER tags.
        by: the article attribute to compare by.
        types: entity types to describe.
        window: most words of a descriptor.
        language: language of the role-noun lexicon for untagged tokens of articles whose language
            is not known (each article's own language otherwise; ``lang=``, the old name, is
            deprecated).

    Returns:
        A NAMING table (:data:`newskit.schemas.NAMING`): one row per group, entity and descriptor, with
        how often it is used and the entity's number of mentions in the group.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> nm = naming(ann.tokens, ann.articles, entities=ann.entities)  # doctest: +SKIP
        >>> nm[nm.entity == "Janez Janša"].head()  # doctest: +SKIP
    """
    language = str(language_argument(language, lang, caller="naming"))
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="naming")
    entities = own_entities if entities is None else entities
    for code in sorted({x for x in corpus.groups.article_language if x in ("mk", "bg")} | (
            {str(check_language(language))} & {"mk", "bg"})):
        warn_unavailable(code, "naming", "the naming rules were written for sl, hr, sr and bs: the role-noun "
                         "lexicon (newskit/lexicons/<lang>/roles.tsv) is read, but names are described "
                         "mainly through dependency trees (classla's bg models; mk has no parser or NER), "
                         "so the table may be empty")
    if entities is None:

        entities = entities_from_tokens(tokens)
    require(entities, ENTITIES, caller="naming")
    return naming_table(corpus, entities, types=types, window=window,
                   lang=str(check_language(language, argument="language")))
