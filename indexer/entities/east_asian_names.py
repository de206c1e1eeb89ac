"""Round 66: a Chinese or Korean name written family name first ("Xi Jinping", "Wang Yi", "Kim Jong Un", "Tsai
Ing-wen") has its family name in its first word, by the name's own shape.

Linking read a full name's last word as its surname unless the archive writes the person with a title before another
word ("President Xi": family_names.learn). A Hong Kong paper's bare "Xi" of seven articles, none naming him in full,
stayed a person value of its own beside "Xi Jinping" of eleven; its bare "Wang" -- a restaurateur, a doctor, Wang Yi
-- was nobody's surname and went to the org facet. Here a full name is read family name first when
- its first word is one of the commonest Chinese (pinyin, Cantonese, Taiwanese, Singaporean spellings) or Korean
  family names, and
- every word after it is a given name's shape in those languages: pinyin of one to three syllables ("Jinping",
  "Xiaofeng"), a hyphenated pair of syllables ("Ing-wen", "Ka-chiu", "Jae-myung"), or -- in a name of three words or
  more -- short syllables ("Jong Un", "Hsien Loong"); none of them an English given name.
"Kim Wilde", "Lee Evans" and "Park Avenue" are not so read: no pinyin word, no syllable pair. Vietnamese names, family
name first too, are left out: newsrooms call Nguyen Xuan Phuc "Phuc". NEWSFACET_EAST_ASIAN_NAMES=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches

_CHINESE = set("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng
Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Liao
Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Lai Wen
Kong Xing Hong Kang Mo Chang Shang Ni Niu Yin Min Xi Ge Geng Qi Bi Ou Zhan Zhuang Rao Lou Miao Ai Yue Lian Pei Che Bao
Zuo Shu Ji Hua Nie Kou Chan Cheung Wong Leung Lau Ng Ho Lam Tsang Tse Yip Chow Chau Choi Kwok Kwan Tam Fung Poon Mak
Siu Yeung Lo Chu Tsui Hui Yuen Chiu Ko Lui Ngai Pang Shum Sze Tong Tsoi Yau Yiu Chung Koo Teo Lim Goh Ong Koh Chua Yeo
Seah Tay Toh Quek Chia Khoo Loh Hsu Tsai Chiang Hsieh Kuo Chuang Tseng Hung Chou Yeh Kao Chien Hsiao Lee
""".split())
_KOREAN = set("""
Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Moon Yang
Ko Son Bae Baek Heo Yoo Nam Sim Noh Roh Ha Kwak Sung Cha Joo Woo Koo Min Ryu Jin Chun Chung Choe Ri Pak Jon Hyon Ju Ro
Kye Ryom Rim Hyun Chae Won Byun Ham
""".split())
SURNAMES = frozenset(_CHINESE | _KOREAN)

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|"
          r"a|o|e|i|u)")
_PINYIN = re.compile(rf"(?:{_INITIAL}{_FINAL}){{1,3}}")
# One syllable of the other romanisations (Wade-Giles, Cantonese, Korean): consonants, vowels, a closing consonant.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h|w)?")


def enabled() -> bool:
    return switches.get("NEWSFACET_EAST_ASIAN_NAMES", "1") != "0"


def _given_word(word: str, short_ok: bool) -> bool:
    low = word.lower()
    if not word[:1].isupper() or not low.replace("-", "").isalpha():
        return False
    if "-" in low:  # "Ing-wen", "Ka-chiu", "Jae-myung"
        parts = low.split("-")
        return len(parts) == 2 and all(1 <= len(p) <= 6 and _SYLLABLE.fullmatch(p) for p in parts)
    return bool(_PINYIN.fullmatch(low)) or short_ok and len(low) <= 5 and bool(_SYLLABLE.fullmatch(low))


def family_first(value: str) -> str | None:
    """The family name of a person value written family name first, by its shape; None for any other name."""
    from .people import FIRST_NAMES

    words = value.split()
    if not 2 <= len(words) <= 4 or words[0] not in SURNAMES or not enabled():
        return None
    rest = words[1:]
    if any(w.split("-")[0].lower() in FIRST_NAMES or w.split("-")[0] in FIRST_NAMES for w in rest):
        return None
    return words[0] if all(_given_word(w, len(words) >= 3) for w in rest) else None


def shaped(value: str, learnt: dict[str, str]) -> bool:
    """Whether the family name learnt for a full name is the one its shape gives ("Xi" of "Xi Jinping")."""
    return learnt.get(value) is not None and learnt[value] == family_first(value)


def refile_family_orgs(articles, learnt: dict[str, str]) -> int:
    """A bare family name of that list the model tagged ORG ("Wang said", "Wang offered them money"), where the
    archive names two people of the family or more by full name: the article's one person of the family it names in
    full, else a person nobody can tell (no facet value) -- never a body, unless a business or a party's words go with
    it ("Wang shares"). Returns how many mentions moved."""
    from search.model import NO_FACET

    from . import orgs
    from .surname_orgs import _business_cue

    if not enabled():
        return 0
    families: dict[str, set[str]] = {}
    for value, word in learnt.items():
        if word in SURNAMES:
            families.setdefault(word, set()).add(value)
    shared = {w for w, people in families.items() if len(people) >= 2}
    moved = 0
    for a in articles if shared else ():
        here = {m.value for m in a.mentions if m.kind == "person" and learnt.get(m.value) in shared}
        for m in a.mentions:
            word = m.text.strip()
            if m.kind != "org" or word not in shared or m.value != word or orgs.known_body(word) \
                    or _business_cue(a.paragraphs[m.paragraph].text, m.start, m.end):
                continue
            full = [v for v in here if learnt[v] == word]
            m.kind, m.region, m.country = "person", None, None
            if len(full) == 1:
                m.value = full[0]
            else:
                m.label = NO_FACET
            moved += 1
    return moved
