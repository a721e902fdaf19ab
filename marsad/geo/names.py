"""Place-name forms: Arabic-script filtering, normalised keys, and an Arabic/Latin transliteration skeleton.

The skeleton maps an Arabic name and its English transliterations to one consonant string
(vowels, long vowels, the article and doubled letters dropped; letters that English writes
alike merged), so that rapidfuzz can score ``الزبداني`` against ``Az Zabadani`` or ``Zabadani``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from marsad.text.normalize import normalize_key

_ARABIC_OK = re.compile(r"^[\u0621-\u063A\u0641-\u0652\u0670 \-']+$")


def is_arabic_name(s: str) -> bool:
    """True for a name written only in the letters of Arabic (no Persian/Urdu/Kurdish letters)."""
    return bool(s) and bool(_ARABIC_OK.match(s)) and any("\u0621" <= c <= "\u064A" for c in s)


def arabic_names(names: Iterable[str]) -> list[str]:
    """The distinct Arabic-script names among ``names`` (alternate names of mixed languages)."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        n = n.strip()
        if not is_arabic_name(n):
            continue
        k = normalize_key(n)
        if len(k.replace(" ", "")) < 2 or k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out


# Arabic letter -> skeleton class ('' = dropped as a vowel or glide).
_AR = {
    "ا": "", "أ": "", "إ": "", "آ": "", "ء": "", "ؤ": "", "ئ": "", "ى": "", "ي": "", "و": "", "ع": "",
    "ة": "", "ه": "h", "ح": "h", "خ": "X", "ش": "S", "ث": "T", "ت": "t", "ط": "t", "ذ": "z", "ز": "z",
    "ظ": "z", "د": "d", "ض": "d", "س": "s", "ص": "s", "ب": "b", "ف": "f", "ق": "k", "ك": "k",
    "ج": "j", "غ": "j", "ل": "l", "م": "m", "ن": "n", "ر": "r",
}
# Latin digraphs first, then letters.
_LAT_DI = [("tch", "S"), ("sch", "S"), ("kh", "X"), ("sh", "S"), ("ch", "S"), ("th", "T"), ("dh", "z"),
           ("gh", "j"), ("dj", "j"), ("ph", "f"), ("ck", "k")]
_LAT = {
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "'": "", "`": "",
    "h": "h", "t": "t", "d": "d", "s": "s", "z": "z", "b": "b", "p": "b", "f": "f", "v": "f",
    "q": "k", "k": "k", "c": "k", "g": "j", "j": "j", "l": "l", "m": "m", "n": "n", "r": "r", "x": "ks",
}
_LAT_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|az|at|ash|an|adh|ath|aj|ed|er|es|ez|et|en)[-\s']+")


def _collapse(s: str) -> str:
    out: list[str] = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    sk = "".join(out)
    if sk.endswith("h") and len(sk) > 2:  # final ة/ه/ح is often not written in English
        sk = sk[:-1]
    return sk


def arabic_skeleton(name: str) -> str:
    """Consonant skeleton of an Arabic name (normalised, article dropped per word)."""
    words = normalize_key(name).replace("-", " ").split()
    parts: list[str] = []
    for w in words:
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        parts.append("".join(_AR.get(c, "") for c in w))
    return _collapse("".join(parts))


def skeleton_for_country(skel: str, cc: str) -> str:
    """A skeleton as compared within a country whose spelling loses a distinction (Turkish ş -> s)."""
    return skel.replace("S", "s") if cc == "TR" else skel


def latin_skeleton(name: str, cc: str = "") -> str:
    """Consonant skeleton of a Latin transliteration (accents and articles dropped).

    With ``cc="TR"`` Turkish spelling is read as Turkish: c is /dʒ/ (ج), ç /tʃ/, ş /ʃ/.
    """
    if cc == "TR":
        name = name.replace("ç", "S").replace("Ç", "S").replace("c", "j").replace("C", "j")
        return skeleton_for_country(_latin_skeleton(name), cc)
    return _latin_skeleton(name)


@lru_cache(maxsize=1 << 17)
def _latin_skeleton(name: str) -> str:
    """``latin_skeleton`` of a name read as English (memoised: the gazetteer asks for every place
    name once per index it builds)."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i")
    parts: list[str] = []
    for w in re.split(r"[\s\-]+", s):
        w = _LAT_ARTICLE.sub("", w)
        if w in ("al", "el", "as", "ash", "ar", "ad", "az", "an", "at", "ath"):
            continue
        for a, b in _LAT_DI:
            w = w.replace(a, b)
        parts.append("".join(_LAT.get(c, "") if c.islower() or c in "'`" else c for c in w))
    return _collapse("".join(parts))


_APOS = str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'", "ʼ": "'", "ı": "i", "İ": "I",
                       "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C", "ö": "o", "ü": "u",
                       "Ö": "O", "Ü": "U", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "ß": "ss"})


def latin_name(name: str) -> str:
    """A GeoNames name folded to plain ASCII letters as news writes it (``Al Ḩasakah`` -> ``Al Hasakah``)."""
    s = unicodedata.normalize("NFKD", name.translate(_APOS))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("''", "'")


# Words a GeoNames Arabic name may start with that say what the place is ("مدينة زنجبار", "محافظة حلب"):
# the name is matched without them (the context word before a name is read by the matcher).
_TYPE_WORDS = ("مدينه ", "محافظه ", "قريه ", "بلده ", "ولايه ", "اقليم ", "مقاطعه ", "منطقه ", "ناحيه ",
               "قضاء ", "مديريه ", "شعبيه ", "بلديه ", "امارة ", "اماره ", "مخيم ")


def without_type_word(key: str) -> str:
    """A normalised name without a leading type word: ``مدينه زنجبار`` -> ``زنجبار``."""
    for w in _TYPE_WORDS:
        if key.startswith(w) and len(key) > len(w) + 2:
            return key[len(w):]
    return key


_ARTICLE_WORD = re.compile(r"^(?:Al|Ar|As|Ash|Az|Ad|An|At|Ath|Adh|El|Ech|Es|Ez|Et|Ed|En)[ -]")


def news_name(name: str, alternates: Iterable[str]) -> str:
    """The English spelling news uses for a GeoNames place: its name without the article or a final
    -h after a vowel when GeoNames also lists that spelling (``Az Zabadani`` -> ``Zabadani``,
    ``Hamah`` -> ``Hama``); otherwise the name folded to ASCII."""
    base = latin_name(name)
    alts = set(alternates)
    forms = [base]
    bare = _ARTICLE_WORD.sub("", base)
    if bare != base and bare[:1].isupper() and len(bare) >= 5:
        forms.append(bare)
    for f in list(forms):
        if len(f) > 4 and f.endswith("h") and f[-2] in "aeiou":
            forms.append(f[:-1])
    for f in sorted(forms[1:], key=len):
        if f in alts:
            return f
    return base
