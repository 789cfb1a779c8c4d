"""Which requests the safeguard cannot read: text mostly in a language other than English or
Japanese.

The classifier was trained on English and Japanese. A request written in Spanish, Chinese or
Russian gives it nothing to read, so "write it in another language" would pass every request
as benign. `unread_language` names such a request's language (or script), and the decision
treats it like a flagged one (`safeguard.on_unread_language`, the fallback by default) and
says so, instead of serving what was never checked.

It is deliberately conservative: it needs natural-language evidence, not only "not English".
Code, logs, commands, identifiers and short phrases stay readable; Japanese is recognised by
its kana; a language in the Latin script needs several of its own function words and clearly
more of them than of English ones.
"""

from __future__ import annotations

import re

SAMPLE = 1000  # characters read from each end of a long text (the decision needs a gist)
MIN_LETTERS = 12  # fewer letters of another script than this: too little to call it a language

# Scripts other than Latin, Japanese kana and Han, by code point range.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ko", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),  # Hangul
    # Cyrillic and Greek letters with no Latin look-alike only: English written with a few
    # homoglyphs ("раssword") is folded back by the normaliser and read as English.
    ("ru", "бгджзийлпфцчшщъыьэюяБГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯ"),  # Cyrillic, named for its most common language
    ("el", "βγδζηθλμξπσςφχψωΓΔΘΛΞΠΣΦΨΩ"),
    ("ar", "\u0600-\u06ff\u0750-\u077f"),
    ("he", "\u0590-\u05ff"),
    ("th", "\u0e00-\u0e7f"),
    ("hi", "\u0900-\u097f"),  # Devanagari
)
_SCRIPT_RES = tuple((code, re.compile(f"[{chars}]")) for code, chars in _SCRIPTS)
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_WORD = re.compile(r"\b[^\W\d_]+\b")  # words of letters only: not the letters of "6d6f" or "x86"

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words("""
a an the and or but if of to in on at by for with from as is are was were be been am do does
did have has had not no yes this that these those it its i you he she we they me my your our
their what which who how why when where can could would should will shall may might must
there here than then so just also about into over after before please write make give show
tell help need want get use using any all some more most very only out up down
""")

# Function words of languages written in the Latin script, less those that are also English
# function words ("a", "in", "is", "do").
FOREIGN: dict[str, frozenset[str]] = {lang: frozenset(words.split()) - ENGLISH for lang, words in {
    "es": "el la los las un una unos unas y que de del en por para con sin como pero más muy "
          "es son está están ser hay cómo qué cuál dónde cuando porque todos todas este esta "
          "estos sus su mi mis tu se lo le les nos al sobre también puedo quiero escribe haz",
    "fr": "le la les un une des et est sont que qui de du en pour avec sans comme mais plus "
          "très ce cette ces sur dans pas ne je tu il elle nous vous ils leur mon ma mes ton "
          "comment pourquoi quand où écris fais peux veux tous toutes aux au",
    "de": "der die das den dem des ein eine einen einem einer und ist sind nicht mit für auf "
          "ich du er sie wir ihr wie was warum wann wo auch aber oder wenn dass zu von bei "
          "alle schreibe mach kannst möchte diese dieser dieses mein meine kein keine",
    "pt": "o os as um uma uns umas e que de do da dos das em no na nos nas por para com sem "
          "como mas mais muito é são está estão ser há não eu você ele ela nós eles meu minha "
          "seu sua todos todas escreva faça posso quero",
    "it": "il lo la gli le un uno una e che di del della dei delle in per con senza come ma "
          "più molto è sono sta stanno essere non io tu lui lei noi voi loro mio mia suo sua "
          "tutti tutte scrivi fai posso voglio perché quando dove",
    "nl": "de het een en is zijn niet met voor op ik je jij hij zij wij jullie hoe wat waarom "
          "wanneer waar ook maar als dat van bij alle schrijf maak kun wil deze dit mijn geen",
    "id": "yang dan di ke dari untuk dengan tidak ini itu saya aku kamu dia kami kita mereka "
          "apa bagaimana mengapa kapan dimana juga tetapi atau jika adalah akan bisa tolong "
          "buatkan buat tulis semua",
    "tr": "ve bir bu şu için ile değil ben sen biz siz onlar nasıl neden ne zaman nerede da de "
          "ama veya eğer tüm bütün yaz yap bana lütfen",
    "pl": "i w z na do nie się to jest są że jak co dlaczego kiedy gdzie ale lub jeśli dla "
          "od po ja ty on ona my wy oni mój moja wszystkie napisz zrób proszę",
    "vi": "và của là có không một những các cho với trong này đó tôi bạn anh chị em họ chúng "
          "như thế nào tại sao khi đâu cũng nhưng hoặc nếu viết làm giúp tất cả được",
}.items()}
_VIET = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_FOREIGN_WORDS = frozenset().union(*FOREIGN.values())
_OTHER = re.compile("[" + "".join(chars for _, chars in _SCRIPTS) + "\u4e00-\u9fff\u3400-\u4dbf]")


def _sample(text: str) -> str:
    return text if len(text) <= 2 * SAMPLE else text[:SAMPLE] + " " + text[-SAMPLE:]


def unread_language(text: str) -> str | None:
    """The ISO 639-1 code of the language a text is mostly written in, when the safeguard
    cannot read it (not English or Japanese); None when it can, or cannot tell.

    A long text is judged on its two ends; a text mixing languages, on the one it mostly uses.
    """
    s = _sample(text)
    ascii_only = s.isascii()
    if not ascii_only:
        if len(_KANA.findall(s)) >= 2:
            return None  # Japanese: kana runs through any Japanese sentence, and Chinese has none
        other = _other_script(s)
        if other is not None:
            return other
    return _latin_language(s, ascii_only)


def _other_script(s: str) -> str | None:
    if len(_OTHER.findall(s)) < MIN_LETTERS:
        return None
    latin = len(_LATIN.findall(s))
    counts = [(len(rx.findall(s)), code) for code, rx in _SCRIPT_RES]
    counts.append((len(_HAN.findall(s)), "zh"))  # Han with no kana: Chinese
    n, code = max(counts)
    # Most of the letters: a word or two of another script inside English stays readable.
    return code if n >= MIN_LETTERS and n >= latin // 2 else None


def _latin_language(s: str, ascii_only: bool) -> str | None:
    low = s.lower()
    words = _WORD.findall(low)
    viet = 0 if ascii_only else len(_VIET.findall(low)) // 2  # Vietnamese marks its vowels
    if len(words) < 5 or (len(_FOREIGN_WORDS.intersection(words)) < 3 and viet < 4):
        return None  # the common case, English or code, decided without counting
    english = sum(w in ENGLISH for w in words)
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in FOREIGN.items()}
    hits["vi"] += viet
    lang = max(hits, key=hits.__getitem__)
    n = hits[lang]
    if n >= 3 and n >= 2 * english + 2 and n >= len(words) // 6:
        return lang
    return None


# How a person reads the code, in English and in Japanese (for notices).
NAMES: dict[str, tuple[str, str]] = {
    "es": ("Spanish", "スペイン語"), "fr": ("French", "フランス語"), "de": ("German", "ドイツ語"),
    "pt": ("Portuguese", "ポルトガル語"), "it": ("Italian", "イタリア語"), "nl": ("Dutch", "オランダ語"),
    "id": ("Indonesian", "インドネシア語"), "tr": ("Turkish", "トルコ語"), "pl": ("Polish", "ポーランド語"),
    "vi": ("Vietnamese", "ベトナム語"), "ko": ("Korean", "韓国語"), "ru": ("Cyrillic script", "キリル文字"),
    "el": ("Greek", "ギリシャ語"), "ar": ("Arabic", "アラビア語"), "he": ("Hebrew", "ヘブライ語"),
    "th": ("Thai", "タイ語"), "hi": ("Devanagari script", "デーヴァナーガリー文字"), "zh": ("Chinese", "中国語"),
}
