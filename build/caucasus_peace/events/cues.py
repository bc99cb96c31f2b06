"""Language cues of English news that the event rules read: modality, negation, attribution, anaphora, roles.

Compiled once at import; each is named for what it recognises and documented where it is defined.
"""

from __future__ import annotations

import re

from caucasus_peace.events.lexicon import MACROS, MONTHS, NOT_A_DATE
from caucasus_peace.events.prefilter import guarded
from caucasus_peace.extract.timex import NAMING, SETTING, WEEKDAYS

RECIPROCAL = re.compile(r"\b(?:each other|one another|each side|the other side|mutual(?:ly)?|reciprocal)\b", re.I)


# "’s special envoy ", "’s state energy company ": title words between a possessor and the named head
POSS_GAP = re.compile(
    r"[’']s(?:\s+(?!(?:against|of|with|between|for|to|from|in|on|at|by|and|or|over)\b)[\w-]+){0,5}\s+", re.I
)


WITNESS = re.compile(r"\b(?:present (?:for|at)|witness(?:ed|ing)?|look(?:ed|ing) on|attend(?:ed|ing))\b", re.I)


NEGATION = re.compile(
    # "hasn't", "wasn’t", "cannot": a contraction ends a word (no \b before its n't)
    # "without" in lower case: "Reporters Without Borders condemned ..." is a name, not a negation
    r"\b(?:no|not|never|nobody|none|nothing|(?-i:without)|neither|nor|failed to|fail to|cannot|\w+n['’]t|whether"
    r"|instead of|yet to)\b"
    r"(?:\s+(?!(?:and|but|or|as|when|because|while|after|before|since|if|that|who|which)\b)[^\s,;]+){0,5}\s*$",
    re.I,
)


DENIAL = re.compile(r"\b(?:did not|does not|do not|didn't|doesn't|won't) (?:admit|confirm|acknowledge)\b", re.I)
# A denial verb just before: its object clause ("denied that ...") is what others allege.
DENIED = re.compile(r"\bden(?:ied|ies|y|ying)$", re.I)
# A denial or rejection in the active voice, and a subject before it that no registry names ("The defendants have
# denied the charges", "Armenian officials reject the accusation"): the answer is news whoever gives it.
DENYING = re.compile(r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed))\b", re.I)
SUBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:was|were|been|being|be|is|are|and|or|but|that|which|who|it|they|he|she|to)\s)[A-Za-z][\w'’-]*"
    r"(?:\s+(?:has|have|had|also|again|flatly|firmly|strongly|categorically|repeatedly|swiftly|quickly|promptly))*\s+$",
    re.I,
)


INTENT = re.compile(
    r"\b(?:call(?:ed|s)? for|call(?:ed|s)? on "
    + NOT_A_DATE
    + r"|urg(?:ed|es|ing)|press(?:ed|ing)? for|want(?:s|ed)? to|hope(?:s|d)? to"
    r"|seek(?:s|ing)? to|aim(?:s|ed)? (?:at|to)|tr(?:y|ied|ies|ying) to|efforts? to|attempts? to|to end|continue"
    r"|continuing|before|prospect of|push(?:ing|es)? (?:for|to)"
    r"|in order to|so as to|with a view to|(?:meant|intended|designed) to|(?:pre)?conditions? (?:for|of)"
    r"|pledges? (?:not )?to|unless"
    # "Baku is ready to sign", "ready for a visit", "refused to sign", "are close to signing": a disposition towards
    # the event, not a report
    r"|ready to|ready for|readiness to|readiness for|refus(?:ed|es|ing|al) to|(?:un)?willing(?:ness)? to|prepared to"
    r"|reluctant to|eager to"
    r"|unable to|closer than ever to"
    # "rejected a defence motion to release him", "a motion by investigators to remand him": what is asked for
    r"|(?:requests?|motions?|petitions?)(?: (?:by|from|of)(?: \S+){1,4}?)? (?:to|for)"
    r"|(?:is|are|was|were|be|been|came|come|comes|coming|got|get) (?:\w+ )?clos(?:e|er) to"
    # "the main obstacle to signing", "agreed a timetable for the withdrawal": what stands in the way or is scheduled
    r"|(?:obstacles?|hurdles?|impediments?) to|(?:timetables?|timelines?|road ?maps?) (?:for|of|to))\b"
    # the intent ends at a finite passive ("protesters who tried to block the entrance were detained")
    r"(?:\s+(?!(?:was|were)\b)\S+){0,5}\s*$",
    re.I,
)
# "named the withdrawal of X as a precondition for ...": a noun trigger that names a condition, not a report
AS_CONDITION = re.compile(r"(?:\s+[^\s,;]+){0,6}?\s+as (?:a |the |one )?(?:\w+ )?(?:pre)?conditions?\b", re.I)
# "depends on a referendum", "made conditional on a withdrawal", "hinges on the signing of ...": the event named is what
# something else waits for, not one that took place
ON_CONDITION = re.compile(
    r"\b(?:depends?|depended|depending|hinges?|hinged|conditional|contingent|conditioned)\s+(?:up)?on\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|any\s+)?(?:[^\s,;]+\s+){0,3}$",
    re.I,
)
# "pushing the United States to halt aid and sanction Turkey": what one asks another to do has not happened.
_NO_CLAUSE_WORD = r"(?!(?:that|who|which|but|while|when)\b)[^\s,;]+\s+"
COMPLEMENT = re.compile(
    r"\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)"
    r"|persuad(?:e|es|ed|ing)|call(?:s|ed|ing)? on|appeal(?:s|ed|ing)? to|want(?:s|ed)?)\s+"
    rf"(?:{_NO_CLAUSE_WORD}){{1,5}}?to\s+(?:{_NO_CLAUSE_WORD}){{0,8}}$",
    re.I,
)
# "Yerevan expects Baku to release him": what one side expects another to do has not happened (but "diplomats expect
# the ministers to meet in June" is a meeting planned: not applied to gatherings)
EXPECTED_OF = re.compile(
    rf"\bexpect(?:s|ed|ing)?\s+(?:{_NO_CLAUSE_WORD}){{1,5}}?to\s+(?:{_NO_CLAUSE_WORD}){{0,8}}$",
    re.I,
)


BACKREF = re.compile(r"\b(?:those|these|such|that)\s+(?:\S+\s+)?$", re.I)


ALLEGED = re.compile(
    r"\b(?:accus(?:ed|es|ing)|alleg(?:ed|edly|es|ing)|reportedly|widely reported|reported to|what (?:it|they|he|she)"
    r" (?:called|described)|claim(?:ed|s)? that|did not admit|denied)\b",
    re.I,
)


POSSIBLE = re.compile(r"\b(?:could|(?-i:may)|might|possibility|potentially|possibly|likely|perhaps)\b", re.I)
# what is hoped for ("hopes the treaty can be signed this year", "hoped to hold the summit in Dravo"): a hope that
# governs the trigger, in its own stretch of the clause (no comma between: not "Hoping to ease tensions, they met"),
# neither a relative clause's past hope ("residents who had hoped to return were evacuated") nor "in the hope of"
HOPED_FOR = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bhad )\bhop(?:e|es|ed|ing)\b(?!\s+of\b)[^,;]*\Z", re.I
)
# "can be" as the trigger's own verb group: "the protocol can be signed" (not "whose text can be read, was signed")
CAN_BE = re.compile(r"\bcan\s+be\s+(?:\w+ly\s+)?\Z", re.I)


# What a vote does by itself, the day it is taken ("voted to strip him of immunity", "voted to ratify the treaty"),
# unlike what it calls for ("voted to hold a referendum"): no plan.
_VOTED_EFFECT = (
    r"(?:strip|lift|ratify|approve|adopt|dissolve|expel|suspend|dismiss|impeach|remove|revoke|reject|endorse"
    r"|extend|terminate|recogni[sz]e|condemn|uphold|pass|grant|elect|appoint|confirm)\b"
)
_ON_DAY = r"(?: (?:on|late on|early on|last|this|in) [A-Z]\w+| last (?:week|month))?"  # "agreed on Tuesday to meet"
PLANNED = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are|was|were) (?:both )?(?:expected|scheduled|set(?! up\b)|due|to be)|expected to"
    r"|scheduled|plan(?:s|ned)? to|planned|preparations|upcoming|vot(?:ed|es)(?: \w+){0,3}? to(?! "
    + _VOTED_EFFECT
    + r")"
    r"|would (?:meet|join|sign|host|attend|visit|hold|open)"
    r"|decision to|decided" + _ON_DAY + r" to|(?:is|are) to (?!be\b)\w+|must (?:still |first |now |also )?(?:be )?\w+"
    r"|agree(?:d|s)?" + _ON_DAY + r" to|promis(?:ed|es)" + _ON_DAY + r" to|vow(?:ed|s)" + _ON_DAY + r" to"
    r"|(?:is|are) ready to|next (?:week|month))\b|’ll",
    re.I,
)


# What was planned for a day, before it was cancelled or moved ("scheduled for October 22", "initially set for
# November 15", "due to take place in Baku on 3 May"): SCHEDULING finds the words, SCHEDULED_FOR the words just before
# the date they give.
_PLAN_WORDS = "scheduled|planned|set|due|slated|expected"
SCHEDULING = re.compile(rf"\b(?:{_PLAN_WORDS}|meant)\b")
SCHEDULED_FOR = re.compile(
    rf"\b(?:{_PLAN_WORDS})(?:\s+to\s+(?:take\s+place|be\s+held|open|start|begin|run))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:for|on|in|at|from)\s+(?:the\s+)?\Z",
    re.I,
)

# what a body set a date for: "has set the referendum for June 7" (SET_FOR_HEAD before the trigger, FOR_DATE after
# it), "set June 7 as the date of the referendum" (SET_AS_DATE: the trigger is the noun of that phrase); not in the
# past perfect ("had scheduled the referendum for March 3")
SET_FOR_HEAD = re.compile(rf"{SETTING}\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?$", re.I)
_DATE_WORD = rf"(?:\d|(?:{MONTHS}|{'|'.join(WEEKDAYS)}|next|later|early|late|mid)\b)"  # a date follows "for"
FOR_DATE = re.compile(rf"(?:\s+[\w-]+){{0,6}}?\s+for\s+(?:the\s+)?{_DATE_WORD}")
SET_AS_DATE = re.compile(
    rf"{NAMING}\s+(?:[\w-]+\s+){{1,4}}?as\s+the\s+(?:date|day)\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}$",
    re.I,
)


AFTER_PLANNED = re.compile(
    r"^[^,;]{0,40}?\b(?:will|would go ahead"
    r"|(?:is|are|was|were) (?:(?:expected|scheduled|set|due) to|(?:planned|scheduled|set) for))\b",
    re.I,
)


ONGOING = re.compile(
    r"\b(?:(?:is|are) (?:locked|engaged) in|engag(?:e|es|ing) in|ongoing|continuing|under way|have been at"
    r"|has been at|(?:is|are) (?:still )?\w+ing|continues? to|(?:still|being) held"
    r"|remain(?:s|ing)? (?:\S+ ){0,2}?(?:in|under) (?:\S+ )?(?:custody|detention|captivity|prisons?|jails?)"
    r"|(?:has|have) been (?:\S+ )?(?:in|under) (?:\S+ )?(?:custody|detention|captivity|prisons?|jails?|arrest))\b",
    re.I,
)


STARTED = re.compile(r"\b(?:broke out|erupted|flared up)\b", re.I)


LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|around|on the sidelines of)\s+(?:the\s+)?$", re.I)


NOT_PARTY = re.compile(r"\b(?:told|according to|on|reported|via|from|to)\s+(?:the\s+)?$", re.I)


CITY_OF = re.compile(r"\b(?:city|town|village|region|province) of\s+$", re.I)


REPORTER = re.compile(r"^[,”\"’']?\s*(?:\S+\s+)?(?:said|says|wrote|told|added|announced)\b", re.I)


PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\b(?:\s+\S+){0,3}\s*$", re.I)


QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


ANAPHOR_OPENING = re.compile(
    r"^\W*(?:at the time|then|back then|the (?:military )?(?:operation|offensive|incident|attack|meeting|"
    r"talks|summit|war|fighting|raid|crash|aircraft|plane|jet|move|decision|deal|agreement|visit|call|ruling|ban))\b",
    re.I,
)


# "Nine of them had been released by evening": a part of the day the narrative is on
SAME_DAY = re.compile(
    r"\b(?:by|that|the same|later that|later in the|on the same|overnight|by the) (?:evening|night|afternoon|day)\b",
    re.I,
)


PRONOUN = re.compile(r"(?:that\s+)?(?:he|she|they|it)\b", re.I)


EMBEDDING = re.compile(
    r"\baccus(?:ed|es|ing)\b[^.;]*\bof\s+(?:\S+\s+){0,2}$|\bdemand(?:ed|s|ing)?\b[^.;]*\bfor\s+(?:\S+\s+){0,2}$", re.I
)


# "the 2020 war over Nagorno-Karabakh": the disputed territory is the subject matter, not a party.
TOPIC = re.compile(
    r"\bover\s+(?:the\s+)?(?:(?:disputed|contested|breakaway|mountainous)\s+)?"
    r"(?:(?:area|region|territory|enclave|status)\s+(?:of\s+)?)?$",
    re.I,
)


BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


OFFICE_OF = re.compile(r"^\s+(?:office|bureau|embassy|branch|headquarters|consulate)\b", re.I)


# A trigger inside a relative clause ("ethnic Armenians who fled X") belongs to that clause, not the main subject.
RELATIVE = re.compile(r"\b(?:who|whom|that|which)\s+(?:(?:had|has|have|were|was|is|are|then|later)\s+)?$", re.I)


# "demanded an apology ... for the downing", "accused X of killing": the later trigger is the object of the first.
EMBEDDED = re.compile(r"\b(?:of|for)\b[^,;]*$", re.I)


# "In a rare clash with X, Y demanded": a fronted adjunct (preposition or participle first) is not the subject.
FRONTED = re.compile(
    r"^\W*(?:in|during|after|amid|with|despite|following|before|since|at|on|further|[A-Z]\w+ing)\b", re.I
)


# What a definite description may carry after it: "the meeting in Abu Dhabi last month between X and Y".
POSTMOD = re.compile(
    r"^(?:\s*,?\s+(?:with|between|of|on|against|by|in|at|near|from|and|the|a|an|his|her|their|its|last|this|next"
    r"|week|month|year|foreign|prime|minister|president|leaders?|officials?|[A-Z][\w.’'-]*|\S+(?:’s|'s)))*\s*$"
)


# "the crash", "the raid", "this meeting": a definite description of an event reported before.
DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?:most\s+)?(?:recent|latest|same|\S+ed)\s+|(?-i:[A-Z][\w-]*\s+){1,3})?$",
    re.I,
)  # "the meeting", "the most recent fighting", "the Abu Dhabi meeting"


# "three full-scale wars", "went to war twice", "at war for many years": a series, not one war.
AGGREGATE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:twice|(?:three|four|five|several|\d+) times|for (?:many|several|\w+) (?:years|decades)"
    r"|for decades)\b",
    re.I,
)


MIN_HEADER_WORDS = 5


# "YEREVAN, March 11 (Caspian Wire) - ": a wire dateline opening the first sentence of the body
DATELINE = re.compile(
    r"[A-Z][A-Z .'/-]+(?:,\s*[A-Z][A-Za-z .]*)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)\n]{1,60}\)\s*)?"
    r"[-—–]+\s+"
    # "Tbilisi, 11 February (Interpressnews) - ", "Feb 12 (Interfax) - ", "(Bloomberg) -- ": an agency's dateline
    r"|(?:[A-Z][A-Za-z.'/-]+(?: [A-Z][A-Za-z.'/-]+)?,\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,\s*\d{4})?\s*\([^)\n]{1,60}\)\s*[-—–]+\s+"
    r"|\([A-Z][^)\n]{1,40}\)\s*[-—–]+\s+"
)
# The one who reports an event, named after it ("..., APA reports", "a Reuters witness", 'a "Caucasian Knot"
# correspondent') or before it ("according to the news agency APA", "citing Trend"): its source, not a party. ("told
# X" is left out: the one told may take part, as in "Aliyev told Pashinyan in a phone call".)
REPORTED_BY = re.compile(
    r"^[”\"’']?\s*(?:reports?|reported|reporting|has learned|learned|quoted|cites?|cited|correspondents?|witness(?:es)?"
    r"|sources?|informs|could not (?:independently )?(?:verify|confirm))\b",
    re.I,
)
SOURCE_BEFORE = re.compile(
    r"\b(?:according to|citing|cited by|quoted by|reported by|in an interview with|(?:seen|obtained) by)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?[\"“]?$",
    re.I,
)


SCHEDULED = re.compile(r"\b(?:planned|scheduled|upcoming|expected)\b", re.I)


IN_NAME = re.compile(r"\b[A-Z]\w+\s+(?:of|on|for)\s+(?:the\s+)?$")  # "Commission on Prisoners of War"
# "According to the indictment, X crossed ...", "according to the ruling": the document is the source of what
# follows, not an event of its own (after the comma, "According to the minister, the talks ...": the talks are)
ACCORDING_TO = re.compile(r"\baccording to\s+(?:the|a|an|this|that|its|their|his|her)?\s*(?:[^\s,]+\s+){0,2}?$", re.I)


OBJECT_LEAD = re.compile(
    r"\b(?:targeted|targeting|attacked|attacking|against|from|detained|arrested|captured)"
    r"\s+(?:the\s+|ethnic\s+)?$",
    re.I,
)


SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+since\b", re.I)


# "Days later, police raided ...": the sentence follows the last dated one, by an unknown delay.
LATER_OPENING = re.compile(r"^\W*(?:(?:(?:a\s+)?(?:few\s+)?\w+\s+)?(?:hours|days|weeks|months)\s+later|later)\b", re.I)


# "during the vote", "on the sidelines of the ceremony", "after the match", "the day after the blast": an act timed by
# another event of the article, a one-day event that a noun names (dated where the article tells it).
ANCHOR_NOUNS = (
    "hearing", "session", "vote", "voting", "debate", "ceremony", "signing", "meeting", "talks", "summit", "match",
    "game", "concert", "premiere", "performance", "rally", "protest", "blast", "explosion", "attack", "incident",
    "shooting", "crash", "announcement", "speech", "conference", "forum", "event", "opening", "inauguration",
    "funeral", "handover", "exchange", "liturgy", "service", "prayers", "verdict", "ruling", "sentencing", "launch",
    "briefing", "interview",
)  # fmt: skip
EVENT_ANCHOR = re.compile(
    r"\b(?:(?P<next>(?:the|a)\s+day\s+after)|during|on\s+the\s+(?:sidelines|margins)\s+of|at\s+the\s+end\s+of"
    rf"|(?:(?:immediately|shortly|right|just|soon)\s+)?after)\s+the\s+(?P<noun>{'|'.join(ANCHOR_NOUNS)})\b",
    re.I,
)
# "The next day, the ministry dismissed the claims": the day after the last one the article named.
NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", re.I)


# "surged soon after the draft deal was announced in March": the next clause gives a lower bound.
AFTER_CLAUSE = re.compile(r"^\s*(?:,\s*)?(?:(?:soon|shortly|just|days|weeks|months)\s+)?after\b[^;:]*$", re.I)


# "In a separate case, ...": explicitly not an event reported before in the article; nor is "On the same day, the
# operators signed a contract" the memorandum signed that day and reported just before.
SEPARATE_OPENING = re.compile(
    r"^\W*(?:(?:in|on)\s+(?:a|another)\s+(?:separate|unrelated|different)\s+"
    r"(?:case|incident|development|move|matter|statement|attack|raid|episode)\b|(?:on\s+)?the\s+same\s+day\b)",
    re.I,
)
# "also held a separate meeting with", "met separately with": another event than the one just reported
SEPARATE_EVENT = re.compile(
    r"\b(?:a|another)\s+separate\s+(?:meeting|talks|call|phone\s+call|conversation|statement|visit)\b"
    r"|\b(?:met|spoke|talked|held\s+talks)\s+separately\b",
    re.I,
)


# "has invited X to the United States for a meeting this week": the meeting is the purpose, still to come.
INVITED_FOR = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^;.]*\b(?:for|to)\s+(?:a|an|the)?\s*(?:\S+\s+){0,2}$", re.I)


# "a framework ... could be announced": a modal right after a noun trigger scopes over it.
AFTER_POSSIBLE = re.compile(
    r"^\s+(?:(?!that\b|which\b|who\b)\S+\s+){0,2}?(?:could|may|might)\s+(?:\w+ly\s+)?"
    r"(?:be|take place|happen|go ahead|start|begin|resume)\b",
    re.I,
)


# "comparing Putin to Soviet dictator Joseph Stalin": the one compared with is not a party.
COMPARED_TO = re.compile(r"\bcompar(?:e|es|ed|ing)\b[^,;]{1,80}?\s(?:to|with)\s+(?:[\w-]+\s+){0,3}$", re.I)


MONTH_NAME = re.compile(rf"\b(?:{MONTHS})\b", re.I)


CONDITIONAL = re.compile(
    r"\b(?:once|if|unless|until|after|when)\s+(?:the|a|an|this|that|any)\s+(?:\S+\s+){0,6}?(?:is|are)\s+$"
    r"|\b(?:if|once|unless)\s+$|\bonly\s+(?:be\s+)?$",
    re.I,
)  # "once the treaty is signed", "If convicted, he could face ..."
# "could be signed only once Y" (and "can only be signed", in CONDITIONAL): the event waits on a condition
ONLY_AFTER = re.compile(r"(?:\s+[^\s,;]+){0,3}?\s+only\s+(?:after|once|when|if|until)\b", re.I)
# "signing the treaty still depends on ...": a gerund subject whose event hangs on something else; "has made signing
# conditional on ...": a condition set on it
DEPENDS = re.compile(
    r"(?:\s+[^\s,;]+){0,4}?\s+(?:still\s+)?(?:depends|depended|hinges|hinged|rests|(?:is\s+|was\s+|remains\s+)?(?:conditional|contingent))\s+(?:up)?on\b",
    re.I,
)


# "said on Monday", "wrote on Truth Social in October": the saying's date follows within four words, not after "that"
# The time of a saying, right after its verb: "..., the agency said Wednesday", "told AFP on Tuesday". It dates the
# saying, not the facts the sentence reports ("a mine exploded in Kalbajar, the agency said Wednesday").
SAID_AT = re.compile(
    r"\b(?:said|says|told (?:\S+ ){0,3}?|announced|reported|confirmed|added|stated)\s*(?:on|late on|early on)?\s*\Z",
    re.I,
)
SAYING_TIME = re.compile(
    r"\s*,?\s+(?:(?!(?:that|had|has|have|would|will|was|were|is|are|could)\b)\S+\s+){0,4}?"
    r"(?:on|in|last|this|late|early|earlier)?\s*",
    re.I,
)
# The medium of a saying: "in a statement", "in a Facebook post", "in a video posted on Instagram", "in a post on X".
_MEDIUM = (
    r"in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|interview|letter|speech|address|briefing|message|comments?|remarks|tweet|video|note"
    r"|communiqu[eé])"
    r"(?:\s+(?:posted\s+|published\s+)?(?:on|to)\s+(?:the\s+)?(?:[A-Z][\w.-]*|social (?:media|networks)|its website)"
    r"(?:\s+[A-Z][\w.-]*)?)?"
)
# "welcomed the exchange in a statement on Friday", "thanked the crews in a post on Facebook on Monday": the medium
# of the saying names its time, however many words of object come before it.
SAYING_MEDIUM_TIME = re.compile(
    r"\s*,?\s+(?:(?!(?:that|had|has|have|would|will|was|were|is|are|could|and|but)\b)[^\s,;:]+\s+){0,8}?"
    + _MEDIUM
    + r"\s+(?:on|late on|early on|late|early|last|this|earlier)?\s*"
)


# An aside about the saying itself, whose time is the saying's: "X, speaking in March, said", "X, in a post on
# social networks on July 29, expressed gratitude".
ABOUT_SAYING = re.compile(
    r"(?:speaking|writing|addressing|talking|asked|interviewed|appearing|" + _MEDIUM + r")\b", re.I
)


# "signed an agreement extending the swap until 2040": a date that ends another predicate's state
# "will sign only after X removes ...": a condition one side sets, its demand now whatever the modal before it
# A condition set on a signing is a demand held now: 'could only be signed after', 'can be signed only after', 'will
# sign the document only after'
CONDITION_DEMAND = re.compile(
    r"(?:(?:could|would|can|will) (?:sign|ratify)(?: \S+){0,3}? |be (?:signed|ratified|concluded) )?"
    r"only (?:be (?:signed|ratified|concluded) )?(?:after|when|if|once)",
    re.I,
)
# A signing still awaited, the whole trigger (the lexicon's macro, one definition): 'has yet to be signed', 'have still
# not signed', 'remains unsigned' (planned; the words set the status of that signing only, not of the clause's other
# events)
AWAITED_SIGNING = re.compile(MACROS["AWAITED_SIGNING"], re.I)
# "the serviceman, born in 2006, was detained": a date that describes a person, not the event.
BORN_BEFORE = re.compile(r"\bborn(?:\s+(?:in|on))?\s*$", re.I)
LASTING = re.compile(
    # "agreed to keep the fee until 31 July", "postponed the hearing until March": the end of a state or a wait
    r"\b(?:extend\w*|valid|in force|remain\w*|last\w*|running|expir\w*|prolong\w*|keep|kept|maintain\w*"
    r"|continu\w*|stay\w*|freez\w*|frozen|postpon\w*|delay\w*|defer\w*|adjourn\w*)\b[^,;]*"
    r"\b(?:until|till)\s+(?:the\s+)?$",
    re.I,
)


# between a cancellation and its object: an optional aside, a determiner and up to three modifiers
OBJECT_GAP = re.compile(
    r"\s*(?:,[^,]{0,40},\s*)?(?:(?:the|a|an|its|their|his|her|this|that|all|any|planned|scheduled)\s+)?"
    r"(?:(?!(?:after|with|before|in|at|on|for|by|from|to|and|but)\b)[\w’'-]+\s+){0,3}",
    re.I,
)


POSSESSING = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}")  # "Azerbaijan's [lightning] offensive": owns the event noun


NAME_MODIFIER = re.compile(r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}")  # "the Korvania [border] offensive"


STATE_BODY = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|presidency|army|armed forces|police|border guards?|security service"
    r"|defen[cs]e|foreign office|parliament|national assembly|prosecutor)\b",
    re.I,
)


PARTICIPIAL = re.compile(r"(?:detaining|arresting|killing|wounding|injuring|shelling|firing)\b", re.I)

# "has launched", "had been freed", "court has ordered": a perfect tense places the event before the narrative
# (or before the report); matched on the text from a little before the trigger to its end.
PERFECT = re.compile(r"\b(?:has|have|had|'ve|’ve)\b", re.I)
PLUPERFECT = re.compile(r"\bhad\b", re.I)
# "Police said they had detained 11 people": a past perfect under a past saying is the simple past of what was said
# (tense backshift), not an earlier time.
BACKSHIFTED = re.compile(
    r"\b(?:said|told\s+(?:\S+\s+){0,2}?|reported|announced|stated|claimed|confirmed|added)\s+(?:that\s+)?"
    r"(?:[^\s,.;:\"“”]+\s+){1,6}?had\s+(?:also\s+|already\s+)?$",
    re.I,
)
# "The prosecutor's office has launched an investigation": a present perfect right before the event's verb, in a
# news story, reports the day's news; "has long demanded", "has repeatedly called", "have since met" do not.
# the same inside a trigger that holds its own auxiliary ('case has been opened')
NEWS_PERFECT_IN = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+|also\s+)?been\s+[\w-]+$", re.I)
NEWS_PERFECT = re.compile(r"\b(?:has|have|'ve|’ve)\s+(?:just\s+|now\s+|also\s+)?(?:been\s+)?$", re.I)
# A fronted time the sentence names but does not date ('During his campaign, X criticised Y'): the act belongs to
# that time, not to the day's news (unless the time is an event the article dates: anchored_date).
FRONTED_SPAN = re.compile(r"\W*(?:during|throughout|in\s+the\s+course\s+of)\b", re.I)
DURATIVE = re.compile(
    r"\b(?:since|so\s+far|repeatedly|already|ever|never|yet|still|for\s+(?:years|months|weeks|decades|days)"
    r"|in\s+recent\s+(?:years|months|weeks|days)|over\s+the\s+(?:years|past))\b",
    re.I,
)
# A position held, governing the speech act after it: "Baku insists (that) it will sign only after ...", "Aliyev
# has repeatedly said the treaty can be signed only once ...", "has insisted for more than a year that ...". What it
# governs is a stance, not the day's news: annotators leave such demands undated (and mostly mark them ongoing).
# The words between stay in one clause (no comma: "Baku has repeatedly criticised it, while Yerevan welcomed ...").
_STANCE_HEAD = re.compile(
    r"\b(?:(?:insists|maintains|says|argues|contends|stresses|reiterates)"
    r"|(?:has|have)\s+(?:long|repeatedly|consistently|always)\s+[a-z]+"
    r"|(?:has|have)\s+[a-z]+ed\s+(?:repeatedly|consistently|for\s+(?:more\s+than\s+)?(?:a|an|\w+)\s+(?:years?|months?))"
    r"|(?:repeatedly|consistently)\s+[a-z]+ed)"
    r"\s+(?:that\s+)?(?:[^\s.,;!?]+\s+){0,14}?$",  # no comma: not another clause ("..., while Yerevan")
    re.I,
)
_STANCE_REACH = 120  # characters before the trigger in which its governing verb is looked for


def position_held(text: str, ts: int) -> bool:
    """The trigger at ts is governed by a position held (_STANCE_HEAD): 'Baku maintains that the treaty can be
    signed only after ...'."""
    return bool(_STANCE_HEAD.search(text, max(0, ts - _STANCE_REACH), ts))


# ", the ministry said", ", Interfax reported", ", police told reporters": a source closing the sentence of a fact
ATTRIBUTED_AFTER = re.compile(
    r"[^.;!?]{0,120}?,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,6}?(?:said|reported|told|announced|added|stated)\b"
)
# A finite verb in the simple past ("detained", "met", "withdrew"): the form that carries a narrative forward.
PAST_VERB = re.compile(
    r"\b(?:\w+ed|met|fled|fought|held|took|began|broke|shot|sent|struck|hit|won|drove|seized|froze|left|went|came|led"
    r"|made|gave|set|withdrew|freed|blew|retook|overran|tore|sought|spoke|brought|fell|flew|found|got|lost|put|ran|rose"
    r"|saw|sold|shut|sank|stood|swept|threw|upheld|wound|wrote|kept|paid|struck|shot|rode|bit|hid)\b",
    re.I,
)
# "a border protocol signed with X": a document named by the event that made it (a reduced relative clause)
REDUCED_RELATIVE = re.compile(
    r"\b(?:a|an|the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:treaty|protocol|agreement|accord|deal|declaration"
    r"|statement|memorandum|document|text|decree|law|ceasefire|truce|order)\s+$",
    re.I,
)
# "said Baku would release four citizens": the future seen from the past, right before the trigger
WOULD = re.compile(r"\bwould\s+(?:\w+ly\s+)?(?:be\s+)?$", re.I)
# Between a saying and an event noun it is about: its object and a preposition ("welcomed the", "congratulated
# Armenians on an", "hailed the results of the")
SPEECH_OBJECT = re.compile(
    r"(?:\s+(?:[\w’'-]+\s+){0,3}?(?:on|for|over|about|of|to))?\s+(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}",
    re.I,
)
# "urged them to drop the charges", "calls to lift the ban": the object of a verb of ending that is asked for is an
# event referred to (what is to be ended existed before), not news of its own ("ended their hunger strike" reports
# the strike)
ENDED_OBJECT = re.compile(
    r"\bto\s+(?:drop|lift|end|halt|stop|revoke|scrap|quash|overturn|annul|withdraw)\s+"
    r"(?:the|all|its|their|his|her|any)\s+(?:[\w’'-]+\s+)?$",
    re.I,
)
# "The document was signed by X and Y": a document named before, and the event that made it
DOCUMENT_PASSIVE = re.compile(
    r"^\W*(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:document|treaty|protocol|agreement|accord|deal|text"
    r"|declaration|memorandum)\s+(?:was|were|had been|has been|is)\s+$",
    re.I,
)


# "before a peace treaty is signed", "before it can be ratified": what has not happened yet (a condition)
FUTURE_BEFORE = re.compile(r"\b(?:is|are|can|could|will|would|has|have|may|might)\b", re.I)
# "the commission met regularly", "often shelled": a habit, a series of events, not one
# What is released is no prisoner: a document or picture made public ("the report was released", "The images,
# released on Tuesday"), a stock or flow let go ("release 5,000 tonnes of petrol", "releasing water").
RELEASED_THING_BEFORE = re.compile(
    r"\b(?:report|statement|images?|photos?|photographs?|pictures?|video|footage|data|figures|list|documents?|text|"
    r"results|findings|recording|study|survey|map|maps|book|film|album|transcript)\b"
    r"(?:\s*,[^,]{0,60},?\s*|\s+(?:[\w’'-]+\s+){0,2}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+)$",
    re.I,
)
RELEASED_THING_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:[\d,.]+\s+(?:tonnes|tons|cubic|litres|liters|barrels|million|billion)|water|petrol|diesel|"
    r"fuel|gas|grain|funds|money|cash)\b",
    re.I,
)
# A release asked for, not made ("a motion to release him", "applications for release", "called for the protesters'
# release", "appealed against his release"), or a text handed out ("a press release").
RELEASE_SOUGHT = re.compile(
    r"\b(?:motions?|requests?|applications?|petitions?|pleas?|bids?|calls?|called|calling|demands?|demanded|"
    r"demanding|urged|urging|pressed|pressing|campaign(?:ed|ing)?|push(?:ed|ing)?|efforts?)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?$"
    r"|\bappeal(?:ed|s|ing)?\s+against\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$"
    # the object of a demand: "demanded his immediate release", "demanding that the men be released" (not "the
    # lawful demands of officers, and ten were released", where "and" opens what happened)
    r"|\b(?:demand(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+(?:(?!and\b)[\w’'\"“”-]+\s+){0,5}?$"
    # a statement handed to reporters: "a press release", "in news releases"
    r"|\b(?:press|news)\s+$",
    re.I,
)
# "told Reuters by phone", "said by telephone", "reached by phone": how a reporter heard a source, no call between
# the parties
INTERVIEW_BY_PHONE = re.compile(
    r"\b(?:told|tells|said|says|reached|speaking|interviewed|contacted|quoted|added)\b(?:[ \t]+[\w’'.-]+){0,3}?[ \t]+$",
    re.I,
)
# Casualties of no fighting: an accident, a disaster, a mine or a crime ("died when their vehicle overturned",
# "the earthquake killed 25,000 people", "killed or injured by mines since 2020")
NOT_COMBAT = re.compile(
    r"\b(?:overturned|accidents?|crash(?:ed|es)?|collided|collision|drown(?:ed|ing)|avalanches?|landslides?|mudslides?|"
    r"(?:earth)?quakes?|tremors?|aftershocks?|mudflows?|(?:snow)?storms?|floods?|flooding|blaze|wildfires?|(?:land)?mines?|unexploded|explosive\s+remnants|lightning|"
    r"heart\s+attack|illness|disease|outbreak|carbon\s+monoxide|traffic|stabbed|murder(?:ed)?|poison(?:ed|ing))\b",
    re.I,
)
# words of fighting: casualties beside them are a clash's, whatever the story is about
COMBAT = re.compile(
    r"\b(?:fir(?:e|ed|ing)|shell\w*|shot|shoot\w*|attack\w*|clash\w*|fight\w*|troops|soldiers?|servicem[ae]n|"
    r"forces|drones?|snipers?|artillery|positions?|offensive|strikes?|conscripts?|border\s+guards?|military|army)\b",
    re.I,
)
HABITUAL = re.compile(r"\s+(?:regularly|routinely|frequently|often|periodically|occasionally|repeatedly)\b", re.I)
HABITUAL_BEFORE = re.compile(r"\b(?:regularly|routinely|frequently|often|periodically|occasionally)\s+$", re.I)

# A saying that judges what it names: 'said the sentence was "disproportionate"', 'told reporters at the scene that
# the strike was "a war crime"' (read from the end of the verb of saying). Not a claim called false ('said the
# allegations were "baseless"' is a denial), a passive ('had been issued by mistake', 'used by provocateurs'), a
# legal term ('it was a criminal case') nor a course of action judged ('it was premature to speak of talks').
_HOSTILE_WORD = MACROS["HOSTILE"].removeprefix(r"(?:\w+ )?")
_NOT_JUDGED = r"(?!(?:claims?|reports?|allegations?|accusations?|information|charges?|rumou?rs?|statements?)\b)"
EVALUATION = re.compile(
    rf"(?:\s+{_NOT_JUDGED}[^\s.;:]+){{0,4}}?\s+(?:that\s+)?(?:{_NOT_JUDGED}[^\s.;:]+\s+){{1,6}}?"
    r"(?:was|were|is|are|had\s+been|has\s+been|amount(?:ed|s)\s+to|constitut(?:ed|es))\s+"
    r"(?![\"“‘']?\w+(?:ed|en|wn|t)\s+by\b)(?:[\"“‘']?(?:an?|nothing|but|\w+ly)\s+){0,3}"
    r"[\"“‘']?(?:[\w-]+\s+){0,3}?(?!criminal\s+(?:case|cases|proceedings?|charges?|investigation|code|liability)\b)"
    rf"{_HOSTILE_WORD}(?![\"”’']?\s+to\s)",  # not a course judged ('it was premature to speak of talks')
    re.I,
)
# A wrong done, in what a saying says (lexicon.yaml's WRONGDOING), unless denied right before it ('had not violated',
# 'never hid', 'did not fail to') or a word describing a thing ('the stalled negotiations', 'a blocked road')
WRONGDOING = re.compile(
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bno )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )"
    + MACROS["WRONGDOING"],
    re.I,
)
# The verbs of saying whose content may judge ('said', 'told reporters'), not those that name a kind of act
SAYING_VERB = re.compile(r"(?:said|says|told|stated|stressed|added|noted|insisted|argued)\b", re.I)


# Every cue opens with a look-ahead for the characters it can start with (events.prefilter.guarded): the same
# matches, found faster in the spans the rules read.
for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern):
        globals()[_name] = guarded(_value)
