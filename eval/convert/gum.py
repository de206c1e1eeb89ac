"""GUM news (Wikinews) -> eval/corpora/gum_wikinews: articles + proper-name mention gold.

Usage: python -m eval.convert.gum GUM_GIT_DIR OUT_DIR   (GUM_GIT_DIR: a git snapshot of amir-zeldes/gum)

GUM annotates every entity mention (names, nominals, pronouns), nested. The gold we keep is CoNLL-like
proper-name spans only:
- mentions of type person / organization / place whose syntactic head (the token whose head lies outside
  the mention) is a proper noun (xpos NNP/NNPS); plural person groups (NNPS heads: "Muslims",
  "Democrats") are nationalities/groups, not people, and are dropped;
- the name span is the run of proper nouns around the head inside the mention, joined through "of",
  "the", "and", "&", "for", "de", "-" when a proper noun follows (University of California);
- for a person, leading titles (President, Mr, Dr, ...) and a leading nested place/org mention
  ("US President Donald Trump" -> "Donald Trump") are not part of the name;
- a name span inside another kept name span is dropped (CoNLL is flat: "University of California"
  is one org, California not separately);
- the headline paragraph becomes the title, not text; its mentions are not gold.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .common import check_mentions, split_of, write_jsonl

TYPES = {"person": "person", "organization": "org", "place": "place"}
PROPER = {"NNP", "NNPS"}
CONNECT = {"of", "the", "and", "&", "for", "de", "-", "du", "la", "von", "van", "al"}
TITLES = {
    "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
    "senator", "sen.", "governor", "gov.", "king", "queen", "prince", "princess", "pope", "rev.",
    "reverend", "judge", "justice", "general", "gen.", "colonel", "col.", "captain", "capt.",
    "lieutenant", "lt.", "sergeant", "sgt.", "officer", "chancellor", "secretary", "chairman",
    "director", "representative", "rep.", "mayor", "ambassador", "professor", "prof.", "dame", "lord",
    "lady", "chief", "deputy", "vice", "premier", "commissioner", "bishop", "archbishop", "father",
    "sheikh", "ayatollah", "detective", "inspector", "constable", "agent", "coach", "admiral", "major",
    "councillor", "councilman", "congressman", "congresswoman", "attorney", "st.", "saint", "emperor",
    "sultan", "cardinal", "brother", "sister", "senior", "junior", "astronaut", "commander",
    "administrator", "emeritus", "sheriff", "spokesman", "spokeswoman", "mp", "education",
    "scientologist",
}
# capitalised common nouns GUM annotates as the head of an anaphoric mention ("the Church", "the State")
GENERIC = {"world", "state", "church", "council", "party", "administration", "north", "south", "east",
           "west", "republican", "democrat", "man", "government", "army", "crown", "critic", "anonymous",
           "court", "department", "ministry", "city", "county", "office", "house"}


PERSON_CONNECT = {"de", "van", "von", "al", "bin", "ibn", "da", "di", "der", "la", "le", "du"}
TITLE_WORDS = {t.rstrip(".") for t in TITLES}


# Hand corrections after reading the converted gold (checked in context):
COUNTRY_AS_ORG = {"Sweden", "Belgium", "Tunisia", "England", "Korea Republic", "Korea", "Panama",
                  "South Korea", "North Korea", "DPRK"}  # national teams / governments: CoNLL LOC
NOT_NAMES = {"Muslims", "Refugee", "MP", "Undersecretary", "i", "University", "Environment", "Water", "Joker",
             "Wicca", "Rohingya", "Group F", "Group G", "Channel", "Super District Council",
             "Rehabilitation Project Force", "Taikoo of the Hong Kong Island"}  # not names / not these types
# an organisation named with its country glued on by "of the" ("Colorado State University of the US")
TRIM_OF_THE = re.compile(r"^(.+?) of the (?:US|UK)$")


def git_show(git_dir: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout


def parse_doc(conllu: str):
    """Tokens (dicts) with paragraph number, and mentions (etype, entity id, token indices)."""
    meta: dict[str, str] = {}
    tokens: list[dict] = []
    mentions: list[dict] = []
    open_: dict[str, list[dict]] = {}
    para = -1
    sent_offset = 0
    block = ""
    sent_text, cursor = "", 0
    for line in conllu.splitlines():
        if line.startswith("# meta::"):
            k, _, v = line[8:].partition(" = ")
            meta[k] = v
        elif line.startswith("# newpar_block"):
            block = line.split("=", 1)[1].strip()
        elif line.startswith("# newpar"):
            para += 1
        elif line.startswith("# text = "):
            sent_text, cursor = line[9:], 0
        elif not line.strip():
            sent_offset = len(tokens)
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            misc = cols[9]
            # spacing from the sentence's "# text" (SpaceAfter=No is missing on some tokens)
            at = sent_text.find(cols[1], cursor)
            if at >= 0 and not sent_text[cursor:at].strip():
                cursor = at + len(cols[1])
                space = cursor >= len(sent_text) or sent_text[cursor] == " "
            else:
                space = "SpaceAfter=No" not in misc
            tok = {"form": cols[1], "xpos": cols[4], "head": int(cols[6]) - 1 + sent_offset
                   if cols[6] != "0" else -1, "i": len(tokens), "para": para,
                   "space": space, "block": block}
            tokens.append(tok)
            ent = ""
            for part in misc.split("|"):
                if part.startswith("Entity="):
                    ent = part[7:]
            for kind, eid, info in entity_events(ent):
                if kind == "open":
                    mention = {"eid": eid, "etype": info[0], "identity": info[1], "tokens": [tok["i"]]}
                    mentions.append(mention)
                    open_.setdefault(eid, []).append(mention)
                elif kind == "single":
                    mentions.append({"eid": eid, "etype": info[0], "identity": info[1],
                                     "tokens": [tok["i"]]})
                else:
                    stack = open_.get(eid)
                    if stack:
                        mention = stack.pop()
                        last = mention["tokens"][-1]
                        mention["tokens"].extend(range(last + 1, tok["i"] + 1))
    return meta, tokens, mentions


def entity_events(ent: str):
    """('open'|'single'|'close', entity id, etype) from a CoNLL-U Entity= value, left to right:
    '(3-organization-...' opens, '(6-abstract-...)' opens and closes on this token, '3)' closes."""
    i = 0
    while i < len(ent):
        if ent[i] == "(":
            j = i + 1
            while j < len(ent) and ent[j] not in "()":
                j += 1
            parts = ent[i + 1:j].split("-", 7)
            eid, etype = parts[0], parts[1]
            identity = parts[7] if len(parts) == 8 else ""
            if j < len(ent) and ent[j] == ")":
                yield "single", eid, (etype, identity)
                i = j + 1
            else:
                yield "open", eid, (etype, identity)
                i = j
        elif ent[i].isdigit():
            j = i
            while j < len(ent) and ent[j].isdigit():
                j += 1
            yield "close", ent[i:j], ""
            i = j + 1
        else:
            i += 1


def name_span(mention: dict, tokens: list[dict], by_token: dict[int, list[dict]]):
    idx = mention["tokens"]
    inside = set(idx)
    heads = [i for i in idx if tokens[i]["head"] not in inside]
    if not heads:
        return None
    head = heads[0]
    if tokens[head]["xpos"] not in PROPER:
        return None
    if mention["etype"] in ("person", "organization") and tokens[head]["xpos"] == "NNPS" \
            and all(tokens[i]["xpos"] != "NNP" for i in idx):
        return None  # "Muslims", "Belgians": a group named by nationality or creed, not a name
    connect = CONNECT if mention["etype"] != "person" else PERSON_CONNECT
    lo = hi = head
    while True:
        if lo - 1 in inside and tokens[lo - 1]["xpos"] in PROPER:
            lo -= 1
            continue
        j = lo - 1
        while j in inside and tokens[j]["form"].lower() in connect:
            j -= 1
        if j < lo - 1 and j in inside and tokens[j]["xpos"] in PROPER:
            lo = j
            continue
        break
    while True:
        if hi + 1 in inside and tokens[hi + 1]["xpos"] in PROPER:
            hi += 1
            continue
        j = hi + 1
        while j in inside and tokens[j]["form"].lower() in connect:
            j += 1
        words = [tokens[k]["form"].lower() for k in range(hi + 1, j)]
        if j > hi + 1 and j in inside and tokens[j]["xpos"] in PROPER and not ("and" in words and len(words) > 1):
            hi = j
            continue
        # a hyphenated name glued without spaces: Kim Jong-un, Yau Wai-ching
        if (hi + 2 in inside and tokens[hi + 1]["form"] == "-" and not tokens[hi]["space"]
                and not tokens[hi + 1]["space"] and tokens[hi + 2]["form"].isalpha()):
            hi += 2
            continue
        break
    if mention["etype"] == "person" and tokens[head]["form"].lower().rstrip(".") in TITLE_WORDS:
        return None  # "the President", "NASA Administrator": a person, but no name
    if mention["etype"] == "person":
        if tokens[hi]["form"].lower().rstrip(".") in TITLE_WORDS:
            return None  # "NASA Administrator", "New Democrat MP": a person, but no name
        titled = [k for k in range(lo, hi) if tokens[k]["form"].lower().rstrip(".") in TITLE_WORDS]
        if titled:
            lo = titled[-1] + 1  # "US President Barack Obama" (head "US" in GUM's flat) -> "Barack Obama"
        changed = True
        while changed and lo < head:
            changed = False
            if tokens[lo]["form"].lower().rstrip(".") in TITLE_WORDS:
                lo += 1
                changed = True
                continue
            for other in by_token.get(lo, []):
                if other is mention or other["etype"] not in ("place", "organization"):
                    continue
                end = other["tokens"][-1]
                if end < head:
                    lo = end + 1
                    changed = True
                    break
    if lo == hi and tokens[lo]["form"].lower() in GENERIC:
        return None  # "the Church", "the State": an anaphoric common noun, no name
    if all(tokens[i]["form"].lower().rstrip(".") in TITLE_WORDS for i in range(lo, hi + 1)):
        return None  # "the President" refers to a person but is no name
    etype = mention["etype"]
    if etype == "person" and lo - 1 in inside and tokens[lo - 1]["form"].lower() == "the":
        etype = "organization"  # a named group of people ("the Taliban") is an organisation
    return lo, hi, etype


def convert_doc(doc_id: str, conllu: str, place_ids: set[str], place_names: set[str] = frozenset()):
    meta, tokens, mentions = parse_doc(conllu)
    for m in mentions:
        # GUM files a country acting as an agent ("Belgium said") as an organization; CoNLL and the
        # facets file it as a place: an entity GUM calls a place anywhere is a place everywhere.
        if m["etype"] == "organization" and m["identity"] and m["identity"] in place_ids:
            m["etype"] = "place"
    by_token: dict[int, list[dict]] = {}
    for m in mentions:
        for i in m["tokens"]:
            by_token.setdefault(i, []).append(m)
    # text: paragraphs after the headline block, tokens joined with their SpaceAfter
    paras: dict[int, list[dict]] = {}
    for t in tokens:
        if t["block"].startswith("head") and t["para"] == 0:
            continue
        paras.setdefault(t["para"], []).append(t)
    text = ""
    start_of: dict[int, int] = {}
    end_of: dict[int, int] = {}
    for n, (_, toks) in enumerate(sorted(paras.items())):
        if n:
            text += "\n\n"
        for k, t in enumerate(toks):
            start_of[t["i"]] = len(text)
            text += t["form"]
            end_of[t["i"]] = len(text)
            if t["space"] and k + 1 < len(toks):
                text += " "
    spans: dict[tuple[int, int], str] = {}
    for m in mentions:
        if m["etype"] not in TYPES:
            continue
        span = name_span(m, tokens, by_token)
        if span is None or span[0] not in start_of or span[1] not in end_of:
            continue
        key = (start_of[span[0]], end_of[span[1]])
        spans.setdefault(key, TYPES[span[2]])
    for key, kind in list(spans.items()):
        name = text[key[0]:key[1]]
        trimmed = TRIM_OF_THE.match(name)
        if trimmed:
            del spans[key]
            key = (key[0], key[0] + len(trimmed.group(1)))
            spans[key] = kind
            name = trimmed.group(1)
        # a team or government named by its country ("Sweden beat Belgium") is filed as the place,
        # as CoNLL does
        if kind == "org" and (name in place_names or name in COUNTRY_AS_ORG):
            spans[key] = "place"
        if name in NOT_NAMES:
            del spans[key]
    kept = [k for k in spans if not any(o != k and o[0] <= k[0] and k[1] <= o[1] for o in spans)]
    gold = [{"article": doc_id, "start": s, "end": e, "text": text[s:e], "type": spans[(s, e)]}
            for s, e in sorted(kept)]
    article = {"id": doc_id, "split": split_of(doc_id), "title": meta.get("title", ""),
               "published": meta.get("dateCreated") or None, "source": "Wikinews", "text": text}
    return article, gold


def main(argv: list[str]) -> int:
    git_dir, out = argv[0], Path(argv[1])
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "dep/"],
                           check=True, capture_output=True, text=True).stdout.split()
    articles, gold = [], []
    paths = sorted(n for n in names if re.search(r"/GUM_news_\w+\.conllu$", n))
    docs = {p: git_show(git_dir, p) for p in paths}
    place_ids = {m["identity"] for text in docs.values() for m in parse_doc(text)[2]
                 if m["etype"] == "place" and m["identity"]}
    place_names: set[str] = set()
    for path in paths:  # first pass: every name GUM files as a place somewhere
        _, first = convert_doc("x", docs[path], place_ids)
        place_names.update(m["text"] for m in first if m["type"] == "place")
    for path in paths:
        doc_id = path.rsplit("/", 1)[1][:-len(".conllu")]
        article, mentions = convert_doc(doc_id, docs[path], place_ids, place_names)
        articles.append(article)
        gold.extend(mentions)
    check_mentions(articles, gold)
    write_jsonl(out / "articles.jsonl", articles)
    write_jsonl(out / "mentions.jsonl", gold)
    for split in ("dev", "heldout"):
        ids = {a["id"] for a in articles if a["split"] == split}
        print(split, len(ids), "articles", sum(1 for g in gold if g["article"] in ids), "mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
