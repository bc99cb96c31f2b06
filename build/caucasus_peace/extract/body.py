"""Find the parts of a scraped article that are not its body: link debris, follow, contact and credit lines.

Scrapers keep the text of related-story widgets, "Follow us" prompts and credit lines. Their words
look like names (headlines are title-cased), so every extractor's rows inside these spans are dropped.
The rules are general patterns of web page furniture, not phrases from particular articles.
"""

from __future__ import annotations

import itertools
import re

from caucasus_peace.extract.person_names import SURNAME_ENDING, is_given_name, is_surname
from caucasus_peace.extract.scanning import finditer_needing

# Glued words: a lower-case letter (or closing punctuation) directly followed by a capital letter,
# which only happens when link texts are concatenated without spaces ("stancePompeo", "membersMORE").
_GLUE = re.compile(r"(?<=[a-z'’\")?!])(?=[A-Z])")
_MORE = re.compile(r"(?<=[a-z0-9'’\")?!.])MORE\b")
# A capitalised word immediately repeated and glued to itself: "PompeoPompeo".
_REPEAT = re.compile(r"\b([A-Z][a-z]{2,})\1(?=[A-Z:'’\s]|$)")
_NAME_TOKEN = re.compile(r"(?:\([A-Z][a-z]+\)|[A-Z][a-z]*\.?|[A-Z]\.)$")

_PLATFORMS = r"(?:Twitter|X|Facebook|Instagram|Telegram|YouTube|TikTok|LinkedIn|WhatsApp|Threads|Google News)"
_FOLLOW = re.compile(
    rf"^[ \t]*Follow\b[^\n]{{0,80}}(?::[ \t]*$|\b{_PLATFORMS}\b[^\n]{{0,40}}$|\bus\b[^\n]{{0,60}}$)", re.MULTILINE
)
_EMAIL = r"(?:[\w.+-]+\s*(?:@|\(at\)|\[at\]|\s at\s)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+)"
_CONTACT = re.compile(  # "Contact: x@y.am", "Ana Bee in Baku at abee@example.com"
    rf"^[ \t]*[-–—•*]?[ \t]*(?:(?:E-?mail|Mail|Write|Contact|Send|Reach)\b[^\n]{{0,60}}"
    rf"|[^\n]{{0,60}}?\bat[ \t]+)?{_EMAIL}"
    r"[^\n]{0,40}$",
    re.MULTILINE | re.IGNORECASE,
)
_CREDIT_WORDS = (
    r"(?:Story|Written|Writing|Reported|Reporting|Compiled|Edited|Editing|Produced|Translated|Photos?|Images?|"
    r"Video|Graphics?|Additional reporting|Text)"
)
_CREDIT = re.compile(
    rf"^[ \t]*(?:[-–—•*]+[ \t]*)?(?:{_CREDIT_WORDS}\b[\w &,/]{{0,40}}?\b[Bb]y\b|By[ \t]+[A-Z]"
    r"|With (?:additional )?assistance from[ \t]+[A-Z]|Authors?:[ \t]*[A-Z])"  # "--With assistance from", "Author: X"
    r"[^\n]{0,100}$",
    re.MULTILINE,
)
# A byline without "By" at the top or bottom of an article: "Ana Bee, Caspian Daily", "Ana Bee | AFP".
_NAME_WORD = r"(?!(?:And|Or|Of|The|In|On|For|To|Is|Are|With)\b)[A-Z][\w'’-]*\.?"
_OUTLET_WORD = r"(?:[A-Z][\w.'’/&-]*|de|of|the)"
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # "Ana Bee | 08.09.2026"
_BYLINE = re.compile(
    rf"^[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}(?:[ \t]*(?:,|\||/)|[ \t]+[-–—])"
    rf"[ \t]*(?:{_OUTLET_WORD}(?:[ \t]+{_OUTLET_WORD}){{0,3}}|{_NUMERIC_DATE})[ \t]*$",
    re.MULTILINE,
)
_BYLINE_EDGE_LINES = 4  # bylines sit among the first or last few non-blank lines
# "by Ana Bee and Levon Hakobyan" alone on a line (lower-case "by"): a byline under a headline.
_PERSON = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
_BY_LINE = re.compile(rf"^[ \t]*by[ \t]+{_PERSON}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_PERSON}){{0,3}}[ \t]*$", re.M)
# A byline of names alone under the headline: "Ana Bee", "Ana Bee, Levon Hakobyan and Nino Beridze".
_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}"
_BARE_BYLINE = re.compile(rf"[ \t]*({_NAME})((?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_NAME}){{0,3}})[ \t]*")
# ... or with where each reporter files from: "Ana Bee in Yerevan and Levon Hakobyan in Baku", "Ana Bee in Ijevan,
# Tavush province".
_SEAT = r"[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[a-z]+)?)?"
_SEATED_BYLINE = re.compile(rf"[ \t]*({_NAME}){_SEAT}((?:[ \t]+and[ \t]+{_NAME}{_SEAT}){{0,3}})[ \t]*")
_SEATED_NAME = re.compile(rf"({_NAME}){_SEAT}")
# Wire-service credit at the end of a paragraph: "(Reporting by A; Editing by B)".
_CREDIT_PAREN = re.compile(
    r"\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b[^()\n]{0,200}\)"
    r"|\((?:Photo|Photograph|Picture|Image|Video)s?(?:[ \t]+credit)?[ \t]*[:/][^()\n]{1,80}\)"  # "(Photo: Ana Bee)"
)
# Photo credits without brackets: "Photo: Ana Bee/Caspian Daily" alone on a line, or after a caption's full stop
# ("... in Yerevan. Photo: OC Media."); a caption with commas ("Photo: X, centre, with Y") stays body.
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?:Cover |Main |Top )?(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage)(?: credit)?:[ \t]*"
    r"[^\n,;.]{1,80}\.?[ \t]*$",
    re.MULTILINE,
)
# "X in Tbilisi contributed to this report." and a site's name line ("Example.am | Example Service").
_CONTRIBUTED = re.compile(
    r"^[ \t]*[^\n]{0,160}\bcontributed(?: reporting)? to this (?:report|story|article)\.?[ \t]*$", re.MULTILINE
)
_SITE_LINE = re.compile(
    r"^[ \t]*[\w-]+\.(?:am|az|ge|ru|ua|tr|ir|com|org|net|info|news)[ \t]*\|[^\n]{1,80}$", re.MULTILINE
)
# Copyright and licence notices: "Copyright (c) 2025. Example, Inc. Used with the permission of ...".
_COPYRIGHT = re.compile(r"^[ \t]*(?:Copyright\b|©|\([cC]\)[ \t]*\d{4}|All rights reserved)[^\n]{0,400}$", re.MULTILINE)
# A heading that introduces a list of links to other stories; the list items are the short lines after it.
_RELATED_HEAD = re.compile(
    r"^[ \t]*(?:Read (?:more|also|next)|See also|Related(?: (?:stories|news|articles|coverage|content|topics|"
    r"reading|links))?|More (?:on this (?:story|topic)|from \w+(?: \w+)?|stories|news)|Also read|Recommended|"
    r"You may also like|Most read|Trending|Further reading|Latest news)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Al Jazeera-style widget markers around the items.
_LIST_MARKER = re.compile(r"^[ \t]*(?:list of \d+ items|end of list|\d+ of \d+|•)[ \t]*$", re.IGNORECASE)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _debris_start(text: str, line_start: int, more: int) -> int | None:
    """Start of a run of glued link texts that ends at the "MORE" at offset `more`, or None."""
    window = text[line_start:more]
    glues = [m.start() for m in _GLUE.finditer(window)]
    if len(glues) < 2:  # one glued capital could be a name like "DeSantis"; a widget has several
        return None
    # Walk back from MORE while glued boundaries follow each other closely (headlines are short).
    first = glues[-1]
    for g in reversed(glues[:-1]):
        if first - g > 160:
            break
        first = g
    start = line_start + first
    # The glued word itself starts at the previous space.
    start = max(text.rfind(" ", line_start, start) + 1, line_start)
    rep = _REPEAT.search(text, start - 40 if start - 40 > line_start else line_start, more)
    if rep and rep.start() <= start + 1:
        start = _name_widget_start(text, line_start, rep.start(), rep.group(1))
    return start


def _name_widget_start(text: str, line_start: int, pos: int, surname: str) -> int:
    """Include a linked full name before a glued repeat ("Michael (Mike) Richard PompeoPompeo"), stopping
    after the body's own mention of the surname and after at most four name tokens."""
    start = pos
    for _ in range(4):
        prev_space = text.rfind(" ", line_start, start - 1)
        token = text[prev_space + 1 : start - 1] if prev_space >= 0 else text[line_start : start - 1]
        if not token or token == surname or not _NAME_TOKEN.match(token):
            break
        start = prev_space + 1 if prev_space >= 0 else line_start
    return start


# Words without which a pattern cannot match (each match holds one of them): most articles are not scanned for it.
NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _MORE: ("MORE",),
    _FOLLOW: ("Follow",),
    _COPYRIGHT: ("Copyright", "©", "(c)", "(C)", "All rights reserved"),
    _PHOTO_CREDIT: ("hoto", "icture", "mage"),
    _CONTRIBUTED: ("contributed",),
    _SITE_LINE: ("|",),
}


def non_body_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) offsets of text that is not article body."""
    spans: list[tuple[int, int]] = []
    for m in finditer_needing(_MORE, text, NEEDLES):
        line_start, _ = _line_bounds(text, m.start())
        start = _debris_start(text, line_start, m.start())
        if start is not None:
            spans.append((start, m.end()))
    for rx in (_FOLLOW, _CONTACT, _CREDIT):
        for m in finditer_needing(rx, text, NEEDLES) if rx in NEEDLES else rx.finditer(text):
            a, b = m.start(), m.end()
            while a < b and text[a] in " \t":
                a += 1
            spans.append((a, b))
    spans.extend(m.span() for m in _CREDIT_PAREN.finditer(text))
    spans.extend(_bylines(text))
    spans.extend(_by_lines(text))
    spans.extend(_bare_bylines(text))
    spans.extend(m.span() for m in finditer_needing(_COPYRIGHT, text, NEEDLES))
    for rx in (_PHOTO_CREDIT, _CONTRIBUTED, _SITE_LINE):
        for m in finditer_needing(rx, text, NEEDLES):
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            spans.append((a, m.end()))
    spans.extend(_related_lists(text))
    return _merge(spans)


def _bylines(text: str) -> list[tuple[int, int]]:
    """Bylines without "By" ("Name Surname, Outlet") among the first or last few non-blank lines."""
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    edge = lines[:_BYLINE_EDGE_LINES] + lines[-_BYLINE_EDGE_LINES:]
    spans = []
    for line in dict.fromkeys(edge):
        m = _BYLINE.match(text, line.start(), line.end())
        if m is not None and m.end() == line.end():
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            spans.append((a, m.end()))
    return spans


def _by_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are only "by" and names ("by Ana Bee and Levon Hakobyan"), among the first few non-blank lines
    or under a one-line paragraph (a headline) and ending their block; elsewhere such a line may be wrapped prose."""
    spans = []
    edge = [m.end() for m in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), _BYLINE_EDGE_LINES)]
    edge_end = edge[-1] if len(edge) == _BYLINE_EDGE_LINES else len(text)
    for m in _BY_LINE.finditer(text):
        prev_end = _prev_line_end(text, m.start())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        headline = prev_end > 0 and (prev_start == 0 or text[max(0, prev_start - 2) : prev_start] == "\n\n")
        block_ends = not text[m.end() : m.end() + 2].strip() or text[m.end() : m.end() + 2] == "\n\n"
        if m.start() < edge_end or (headline and block_ends):
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            spans.append((a, m.end()))
    return spans


def _bare_bylines(text: str) -> list[tuple[int, int]]:
    """Lines of person names only ("Ana Bee, Levon Hakobyan"), or of names and where each files from ("Ana Bee in
    Yerevan"), among the first few non-blank lines after the headline. Every name must begin with a known given
    name or end with a known surname (or a surname ending of the region, "-yan", "-ov", "-dze"), so that a heading
    or a place alone on a line ("Nagorno Karabakh") is not taken for a byline."""
    spans = []
    lines = itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), _BYLINE_EDGE_LINES)
    next(lines, None)  # the headline
    for line in lines:
        m = _BARE_BYLINE.fullmatch(line.group(0))
        if m is not None:
            names = re.split(r"[ \t]*,[ \t]*|[ \t]+and[ \t]+", m.group(0).strip())
        elif (m := _SEATED_BYLINE.fullmatch(line.group(0))) is not None:
            names = [n.group(1) for n in _SEATED_NAME.finditer(m.group(0))]
        else:
            continue
        if all(_person_like(name.split()) for name in names):
            a = line.start() + m.start(1)
            spans.append((a, line.start() + len(line.group(0).rstrip())))
    return spans


def _person_like(words: list[str]) -> bool:
    return is_given_name(words[0]) or is_surname(words[-1]) or SURNAME_ENDING.search(words[-1]) is not None


def _prev_line_end(text: str, pos: int) -> int:
    """End of the last non-blank line before `pos` (looking back over blank lines only)."""
    k = pos
    while k > 0 and text[k - 1] in "\n \t":
        k -= 1
    return k


def _is_link_item(line: str) -> bool:
    """A headline-like line: short, and not a sentence ending in a full stop (headlines drop it)."""
    stripped = line.strip()
    return 0 < len(stripped) <= 120 and not stripped.endswith((".", ",", ";")) and len(stripped.split()) <= 16


def _related_lists(text: str) -> list[tuple[int, int]]:
    """A "Read more" / "Related stories" heading and the headline-like lines right after it (up to 12)."""
    spans = []
    for head in _RELATED_HEAD.finditer(text):
        end = head.end()
        pos = end + 1
        items = 0
        while pos < len(text) and items < 12:
            nl = text.find("\n", pos)
            line_end = len(text) if nl < 0 else nl
            line = text[pos:line_end]
            if _LIST_MARKER.match(line):
                end = line_end
            elif not line.strip():
                if items:  # a blank line closes a list that has begun
                    break
            elif _is_link_item(line):
                end, items = line_end, items + 1
            else:
                break
            pos = line_end + 1
        spans.append((head.start() + len(head.group(0)) - len(head.group(0).lstrip()), end))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
