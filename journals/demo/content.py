"""The hand-written Dutch texts of the demo: publisher, journals, boards, authors and sentence pools.

Everything here is invented for the demo, except the four journal names and the seed article's
title and author, which the publisher supplied. Sentence templates use ``str.format`` fields:
``{onderwerp}`` / ``{Onderwerp}`` (the article's subject), ``{context}``, ``{doelgroep}``,
``{professionals}``, ``{professional}``, ``{veld}``, ``{duo}`` and numbers ``{n}``, ``{m}``,
``{k}``, ``{y1}``, ``{y2}``. ``plan`` fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass

from journals.identifiers import issn_check_digit, orcid_check_digit

# --------------------------------------------------------------------------------------------
# Identifiers: invented, but with valid check digits.
# --------------------------------------------------------------------------------------------


def issn(first_seven: str) -> str:
    """An ISSN with a valid check digit, from seven invented digits."""
    return f"{first_seven[:4]}-{first_seven[4:]}{issn_check_digit(first_seven)}"


def orcid(seven: str) -> str:
    """An ORCID iD with a valid check digit in the 0000-0000 block, which ORCID does not hand out.

    The iDs look and validate like real ones but cannot point at a real researcher's record.
    """
    base = "00000000" + seven
    digits = base + orcid_check_digit(base)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


DOI_PREFIX = "10.5555"  # a prefix reserved for tests and examples

# --------------------------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """An author or board member: names split as the Author model wants them."""

    given_names: str
    surname: str
    affiliation: str = ""
    orcid: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


@dataclass(frozen=True)
class BoardSeat:
    person: Person
    role: str


@dataclass(frozen=True)
class Interviewee:
    name: str
    role: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Theme:
    """A subject (without article, so it reads after 'over'), the settings it fits and its keywords."""

    subject: str
    contexts: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Book:
    title: str
    author: str
    publisher: str
    year_offset: int  # appeared this many years before the review
    pages: int
    chapters: int


@dataclass(frozen=True)
class ThemeIssue:
    year: int
    number: str
    title: str
    subjects: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    doelgroep: str
    professionals: str
    professional: str
    veld: str
    duo: str


@dataclass(frozen=True)
class JournalSpec:
    slug: str
    title: str
    acronym: str
    doi_code: str
    description: str
    aims_scope: str
    issn_print: str
    issn_online: str
    website: str
    open_access: bool
    position: int
    first_year: int  # volume 1 appeared in this year
    issue_day: int  # day of the month the issues appear (February, May, August, November)
    words: Vocabulary
    board: tuple[BoardSeat, ...]
    authors: tuple[Person, ...]
    themes: tuple[Theme, ...]
    theme_issues: tuple[ThemeIssue, ...]
    topic_sentences: tuple[str, ...]
    quotes: tuple[str, ...]
    books: tuple[Book, ...]
    interviewees: tuple[Interviewee, ...]
    general_keywords: tuple[str, ...]

    def volume(self, year: int) -> int:
        return year - self.first_year + 1


# --------------------------------------------------------------------------------------------
# Publisher and demo users
# --------------------------------------------------------------------------------------------

PUBLISHER_SLUG = "lindeboog"
PUBLISHER_NAME = "Uitgeverij Lindeboog"
PUBLISHER_TAGLINE = "Vaktijdschriften voor zorg, welzijn en onderwijs"
PUBLISHER_DESCRIPTION = (
    "Uitgeverij Lindeboog is een kleine, onafhankelijke uitgeverij van Nederlandstalige vaktijdschriften. "
    "Onze redacties brengen onderzoek en praktijk bij elkaar voor iedereen die in zorg, welzijn en onderwijs "
    "werkt, in Nederland en in Vlaanderen.\n\n"
    "Op deze site leest u onze tijdschriften online. Samenvattingen zijn voor iedereen vrij te lezen; "
    "met een abonnement opent u ook de volledige tekst en de PDF van elk artikel in het archief."
)
PUBLISHER_EMAIL = "abonnementen@lindeboog.example"
PUBLISHER_WEBSITE = "https://www.lindeboog.example/"


@dataclass(frozen=True)
class DemoUser:
    email: str
    password: str
    name: str
    role: str  # "reader", "subscriber", "editor" or "admin"
    description: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("lezer@example.org", "leeszaal-lezer", "Lotte Lezer", "reader", "lezer zonder abonnement"),
    DemoUser(
        "abonnee@example.org",
        "leeszaal-abonnee",
        "Bas Abonnee",
        "subscriber",
        "abonnee van WTA en Ouderschapskennis (Waardenwerk verlopen)",
    ),
    DemoUser("redacteur@example.org", "leeszaal-redactie", "Rana Redacteur", "editor", "redacteur (medewerker)"),
    DemoUser("beheer@example.org", "leeszaal-beheer", "Bert Beheer", "admin", "beheerder (superuser)"),
)

#: Journals the subscriber reads now, and the one whose subscription ran out.
SUBSCRIBER_CURRENT = ("wta", "ouderschapskennis")
SUBSCRIBER_EXPIRED = ("waardenwerk",)

# --------------------------------------------------------------------------------------------
# The seed article (title and author as supplied; abstract and body written for the demo)
# --------------------------------------------------------------------------------------------

SEED_JOURNAL = "ouderschapskennis"
SEED_YEAR = 2024
SEED_NUMBER = "3"
SEED_TITLE = "Groepswerk met ouders in perspectief"
SEED_SUBTITLE = "hoe kwetsbare ouders elkaar steun bieden"
SEED_SLUG = "groepswerk-met-ouders-in-perspectief"
SEED_AUTHOR = Person("Kristien", "Nys")
SEED_KEYWORDS = "opvoedondersteuning, groepswerk, kwetsbare gezinnen, informeel netwerk, sociale steun"
SEED_ABSTRACT = (
    "Wie als ouder met vragen over de opvoeding zit, kan tegenwoordig bij een breed en gevarieerd aanbod "
    "van opvoedondersteuning aankloppen, dat in principe voor iedere ouder bedoeld is. Toch zoeken de meeste "
    "ouders hun steun eerst dicht bij huis: bij hun partner, bij familie, vrienden en andere ouders. Dat "
    "informele netwerk blijft voor hen de belangrijkste bron van steun, en dat begrenst wat professionele hulp "
    "kan en hoeft te doen.\n\n"
    "Ouders in maatschappelijk kwetsbare gezinnen kunnen vaak op een kleiner netwerk terugvallen, terwijl "
    "hulpverleners juist hen moeilijker bereiken. Dit artikel schetst een kader om met groepen van deze ouders "
    "opvoedondersteunend te werken. Vertrekpunt is het groepswerk met ouders van een centrum voor "
    "opvoedingsondersteuning in Sint-Niklaas. De centrale vraag is hoe een groep kan uitgroeien tot een plek "
    "waar ouders elkaar erkenning, informatie en praktische hulp geven, en wat dat van de begeleiders vraagt."
)
#: A sentence from the seed article's body only (never in its abstract): tests look for it.
SEED_BODY_MARKER = "blijft bestaan wanneer de begeleider even niet in de kamer is"
SEED_BODY: tuple[tuple[str, str], ...] = (
    ("h2", "Inleiding"),
    (
        "p",
        "Opvoedondersteuning is in Vlaanderen en Nederland uitgegroeid tot een breed veld. Er zijn "
        "consultatiebureaus en opvoedwinkels, oudercursussen en huisbezoeken, websites, telefoonlijnen en "
        "spreekuren in de school. Wat al die vormen gemeen hebben, is het doel: ouders helpen bij de opvoeding "
        "van hun kinderen. Vaak klinkt daarbij de ambitie om er voor alle ouders te zijn, en niet alleen voor "
        "gezinnen waar het al misloopt.",
    ),
    (
        "p",
        "Dat brede aanbod is een verworvenheid. Toch verdient het twee kanttekeningen, die samen de aanleiding "
        "vormen voor dit artikel. De eerste gaat over de plaats van professionele steun naast de steun die "
        "ouders van elkaar en van hun omgeving krijgen. De tweede gaat over de ouders die het aanbod het minst "
        "bereikt.",
    ),
    ("h2", "Steun dicht bij huis"),
    (
        "p",
        "Vraag ouders bij wie ze terechtkunnen wanneer het opvoeden even niet lukt, en de meesten noemen eerst "
        "hun partner, hun eigen ouders, een zus of een vriendin, of de moeder van een klasgenootje. Professionals "
        "komen pas daarna. Dat is geen gebrek van het aanbod, maar een gegeven waar het aanbod rekening mee moet "
        "houden: de meeste alledaagse vragen worden aan de keukentafel of op het schoolplein beantwoord.",
    ),
    (
        "p",
        "Voor opvoedondersteuning betekent dit dat professionalisering grenzen kent. Een hulpverlener kan het "
        "netwerk van een ouder niet vervangen, en moet dat ook niet willen. Wel kan zij helpen dat netwerk te "
        "versterken, of ouders in contact brengen met anderen die in een vergelijkbare situatie zitten.",
    ),
    ("h2", "Waarom kwetsbare gezinnen minder bereikt worden"),
    (
        "p",
        "Niet elke ouder heeft zo'n netwerk. Ouders die in armoede leven, die recent verhuisd of gevlucht zijn, "
        "die alleen voor de kinderen zorgen of zelf een moeilijke jeugd hadden, kunnen vaak op minder mensen "
        "terugvallen. Juist zij hebben het meest aan steun, en juist zij blijken voor professionals het "
        "moeilijkst bereikbaar.",
    ),
    (
        "p",
        "Dat heeft verschillende oorzaken. Sommige ouders hebben slechte ervaringen met hulpverlening en vrezen "
        "dat een vraag over de opvoeding tegen hen gebruikt wordt. Anderen vinden de weg niet in een versnipperd "
        "aanbod, of voelen zich niet aangesproken door folders en cursussen die op een ander publiek lijken "
        "afgestemd. Een aanbod dat zich tot alle ouders richt, bereikt zo in de praktijk vooral ouders die het "
        "al goed redden.",
    ),
    ("h2", "De groep als ontmoetingsplaats"),
    (
        "p",
        "Groepswerk biedt een manier om beide kanttekeningen tegelijk serieus te nemen. In een groep ontmoeten "
        "ouders andere ouders; de steun die ze daar vinden, lijkt meer op die van een informeel netwerk dan op "
        "die van een hulpverlener. Een groep ouders is meer dan de som van afzonderlijke gesprekken: ze vormt "
        "een klein netwerk dat blijft bestaan wanneer de begeleider even niet in de kamer is.",
    ),
    (
        "p",
        "Voor dit artikel sloten we aan bij het groepswerk van een centrum voor opvoedingsondersteuning in "
        "Sint-Niklaas. Daar komen ouders uit kwetsbare gezinnen wekelijks samen, rond een maaltijd, een activiteit "
        "met de kinderen of een gesprek over een thema dat ze zelf aandragen. De begeleiders zorgen voor een "
        "veilige en voorspelbare plek; de inhoud komt grotendeels van de ouders.",
    ),
    ("h2", "Een kader in drie lagen"),
    (
        "p",
        "Op basis van die praktijk onderscheiden we drie lagen in opvoedondersteunend groepswerk. De eerste laag "
        "is ontmoeting: ouders komen uit hun isolement, leren elkaar kennen en merken dat hun zorgen gedeeld "
        "worden. De tweede laag is uitwisseling: ouders wisselen tips, ervaringen en informatie uit, en toetsen "
        "hun eigen aanpak aan die van anderen. De derde laag is versterking: ouders gaan elkaar ook buiten de "
        "groep helpen, met oppassen, een lift naar school of een luisterend oor.",
    ),
    (
        "p",
        "De lagen bouwen op elkaar voort, maar verlopen niet volgens een vast schema. Sommige groepen blijven "
        "lang in de eerste laag, andere groeien snel door. Het kader is daarom geen stappenplan, maar een manier "
        "om te kijken naar wat er in een groep gebeurt en waar een begeleider kan bijsturen.",
    ),
    ("h2", "Wat dit vraagt van begeleiders"),
    (
        "p",
        "Werken met een groep als netwerk vraagt van begeleiders een andere houding dan een individueel "
        "hulpverleningstraject. Zij moeten ruimte laten aan de ouders, ook wanneer een gesprek een andere kant "
        "op gaat dan gepland. Ze bewaken de veiligheid in de groep en zorgen dat niemand buiten de boot valt. En "
        "ze erkennen de kennis die ouders zelf meebrengen, zonder hun eigen deskundigheid weg te cijferen.",
    ),
    ("h2", "Tot besluit"),
    (
        "p",
        "Groepswerk is geen wondermiddel, en het vervangt geen gespecialiseerde hulp wanneer die nodig is. Maar "
        "voor ouders die weinig mensen om zich heen hebben, kan een groep het begin zijn van een netwerk dat hen "
        "ook later draagt. Dat vraagt om een aanbod dat niet alleen naar de ouder kijkt, maar ook naar de mensen "
        "om die ouder heen.",
    ),
)

# --------------------------------------------------------------------------------------------
# Generic sentence pools (shared by the four journals)
# --------------------------------------------------------------------------------------------

ORDINALS = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde"}

SUBTITLES = {
    "research": (
        "een kwalitatieve studie",
        "resultaten van een vragenlijstonderzoek",
        "een verkennend onderzoek",
        "bevindingen uit een cohortstudie",
        "een onderzoek met gemengde methoden",
        "een interviewstudie",
        "ervaringen van {doelgroep}",
        "een pilotstudie in drie regio's",
        "wat werkt, en voor wie?",
    ),
    "review": (
        "een systematisch literatuuroverzicht",
        "een scoping review",
        "stand van zaken en open vragen",
        "een overzicht van recent onderzoek",
        "wat weten we eigenlijk?",
    ),
    "practice": (
        "ervaringen uit de praktijk",
        "lessen uit een proeftuin",
        "een praktijkbeschrijving",
        "zo pakten wij het aan",
        "van idee tot vaste werkwijze",
    ),
}

ABSTRACT_OPENINGS = (
    "Over {onderwerp} {context} is de afgelopen jaren veel geschreven, maar weinig systematisch onderzocht.",
    "In {veld} groeit de aandacht voor {onderwerp} {context}.",
    "Wie werkt in {veld}, krijgt vroeg of laat te maken met vragen over {onderwerp} {context}.",
    "De kennis over {onderwerp} {context} is versnipperd en niet altijd bruikbaar in de dagelijkse praktijk.",
    "In beleidsstukken is regelmatig sprake van {onderwerp} {context}, maar een helder beeld van de praktijk ontbreekt.",
    "Voor {doelgroep} gaat het bij {onderwerp} {context} niet om een abstract thema, maar om het dagelijks leven.",
)

ABSTRACT_AIMS = {
    "research": (
        "Dit artikel onderzoekt hoe {doelgroep} en {professionals} {onderwerp} {context} ervaren.",
        "Doel van de studie was zicht te krijgen op wat ondersteuning bij {onderwerp} {context} laat slagen.",
        "Centraal staat de vraag welke rol {onderwerp} {context} speelt in het dagelijks leven van {doelgroep}.",
    ),
    "review": (
        "Dit overzicht brengt samen wat bekend is over {onderwerp} {context}.",
        "Dit artikel zet de belangrijkste inzichten uit recent onderzoek naar {onderwerp} {context} op een rij.",
    ),
    "practice": (
        "Dit praktijkartikel beschrijft hoe een team in {veld} aan de slag ging met {onderwerp} {context}.",
        "Deze bijdrage laat zien hoe een kleinschalig initiatief rond {onderwerp} {context} tot stand kwam en wat het opleverde.",
    ),
}

ABSTRACT_METHODS = {
    "research": (
        "Daartoe werden semigestructureerde interviews gehouden met {n} deelnemers.",
        "Er werd een online vragenlijst afgenomen bij {m} respondenten, aangevuld met {n} verdiepende interviews.",
        "In {k} focusgroepen bespraken {professionals} en {doelgroep} hun ervaringen.",
        "De studie combineert gegevens over {m} trajecten met interviews met {n} betrokkenen.",
    ),
    "review": (
        "Voor dit overzicht werden {n} studies uit de periode {y1}–{y2} geselecteerd en geanalyseerd.",
        "Na een zoektocht in internationale databanken en Nederlandstalige vakliteratuur bleven {n} publicaties over.",
    ),
    "practice": (
        "De beschrijving steunt op logboeken, evaluatiegesprekken en de ervaringen van de betrokken {professionals}.",
        "Het initiatief liep anderhalf jaar en werd gevolgd met korte evaluaties na elke fase.",
    ),
}

ABSTRACT_FINDINGS = {
    "research": (
        "Uit de resultaten blijkt dat kleine aanpassingen in de omgeving vaak meer verschil maken dan intensieve programma's.",
        "Deelnemers noemden voorspelbaarheid, erkenning en ruimte voor eigen keuzes als belangrijkste voorwaarden.",
        "Opvallend is dat de ervaringen van {doelgroep} en {professionals} op belangrijke punten uiteenlopen.",
        "Vertrouwen in de relatie bleek een voorwaarde voor vrijwel elke vorm van verandering.",
        "Waar ondersteuning aansloot bij wat mensen zelf belangrijk vonden, lag de tevredenheid duidelijk hoger.",
        "Tegelijk laten de resultaten zien dat de toegang tot ondersteuning ongelijk verdeeld is.",
        "Continuïteit in contactpersonen kwam naar voren als een onderschatte factor.",
    ),
    "review": (
        "Het onderzoek is schaars en wisselend van kwaliteit, maar wijst wel in een herkenbare richting.",
        "Benaderingen die de omgeving actief betrekken, lijken meer op te leveren dan programma's die alleen op het individu gericht zijn.",
        "Over de effecten op langere termijn is nog opvallend weinig bekend.",
        "Studies uit het Nederlandse taalgebied zijn schaars; de meeste kennis komt uit Engelstalige landen.",
    ),
    "practice": (
        "De werkwijze bereikte mensen die eerder buiten beeld bleven.",
        "Deelnemers en begeleiders beschrijven de aanpak als laagdrempelig en respectvol.",
        "Tegelijk vroeg het project meer tijd en afstemming dan vooraf was voorzien.",
    ),
}

ABSTRACT_CONCLUSIONS = (
    "Het artikel sluit af met aanbevelingen voor {veld} en voor verder onderzoek.",
    "Het artikel pleit ervoor het perspectief van {doelgroep} zwaarder te laten wegen bij het inrichten van ondersteuning.",
    "Tot slot komen de gevolgen voor opleiding en beleid aan bod.",
    "Daarmee biedt de bijdrage aanknopingspunten voor {professionals} die hun werkwijze willen aanscherpen.",
)

_INTRO = (
    "Het thema {onderwerp} {context} staat al enige tijd op de agenda in {veld}.",
    "Toch is er weinig zicht op hoe {doelgroep} dit zelf beleven.",
    "Beleidsmakers verwachten veel van nieuwe werkwijzen, maar de onderbouwing daarvan blijft vaak achter.",
    "In de praktijk improviseren {professionals} regelmatig, omdat richtlijnen geen antwoord geven op de vragen die zich aandienen.",
    "Dit artikel wil de afstand tussen beleid, onderzoek en praktijk iets kleiner maken.",
    "Eerst schetsen we de achtergrond, daarna volgen de werkwijze en de bevindingen, en tot slot een beschouwing.",
    "De aanleiding was een reeks gesprekken met {professionals} die merkten dat hun vertrouwde routines niet meer volstonden.",
    "Wie de literatuur doorneemt, ziet dat vooral de vraag wat werkt, voor wie en onder welke omstandigheden open blijft.",
    "Daarbij gaat het niet alleen om wat er gebeurt, maar ook om hoe het wordt ervaren.",
)
_BACKGROUND = (
    "In de literatuur wordt {onderwerp} op uiteenlopende manieren omschreven.",
    "Sommige auteurs leggen de nadruk op individuele kenmerken, anderen wijzen juist op de invloed van de omgeving.",
    "Een ecologisch perspectief helpt om beide invalshoeken met elkaar te verbinden.",
    "Daarbij is het zinvol onderscheid te maken tussen wat mensen kunnen, wat ze willen en wat hun omgeving van hen vraagt.",
    "Eerder onderzoek laat zien dat steun uit de directe omgeving een beschermende werking kan hebben.",
    "Tegelijk is bekend dat juist wie de meeste steun nodig heeft, die het minst vaak ontvangt.",
    "Het begrip participatie krijgt in dit verband steeds meer aandacht, al is niet altijd duidelijk wat ermee bedoeld wordt.",
    "Ook de manier waarop organisaties zijn ingericht, bepaalt in hoge mate wat er in de uitvoering mogelijk is.",
)
_METHOD = (
    "Voor dit onderzoek werd samengewerkt met {k} organisaties in verschillende regio's.",
    "Deelnemers werden geworven via de nieuwsbrieven van deze organisaties en via sociale media.",
    "In totaal namen {n} mensen deel aan de interviews; {m} anderen vulden de vragenlijst in.",
    "De interviews duurden gemiddeld ruim een uur en werden met toestemming opgenomen en letterlijk uitgeschreven.",
    "Twee onderzoekers codeerden de transcripten onafhankelijk van elkaar en bespraken verschillen tot er overeenstemming was.",
    "Een klankbordgroep met ervaringsdeskundigen dacht mee over de vragen en over de interpretatie van de resultaten.",
    "De vragenlijst bevatte gesloten vragen en ruimte om antwoorden in eigen woorden toe te lichten.",
    "Het onderzoeksprotocol werd vooraf voorgelegd aan een ethische toetsingscommissie.",
    "De kwantitatieve gegevens werden beschrijvend geanalyseerd; voor de open antwoorden werd een thematische analyse gebruikt.",
)
_RESULTS = (
    "Uit de analyse kwamen drie thema's naar voren: voorspelbaarheid, erkenning en eigen regie.",
    "Veel deelnemers beschreven hoe ze pas na verloop van tijd durfden te vertellen wat ze werkelijk nodig hadden.",
    "Een vaak genoemd knelpunt was het wisselen van contactpersonen.",
    "Ook {professionals} gaven aan dat zij te weinig tijd hebben om een relatie op te bouwen.",
    "Opvallend was dat deelnemers kleine, praktische aanpassingen vaak belangrijker vonden dan grote programma's.",
    "Waar afspraken helder waren en werden nagekomen, groeide het vertrouwen zichtbaar.",
    "Een deel van de deelnemers had teleurstellende ervaringen met eerdere hulp, wat hun verwachtingen sterk kleurde.",
    "De verschillen tussen regio's bleken groter dan vooraf verwacht.",
    "Meerdere respondenten benadrukten het belang van iemand die de weg wijst in een ingewikkeld aanbod.",
    "Het contact met lotgenoten werd door bijna iedereen als waardevol ervaren.",
)
_DISCUSSION = (
    "De bevindingen sluiten aan bij eerder onderzoek, maar voegen er iets wezenlijks aan toe: het perspectief van {doelgroep} zelf.",
    "Een beperking van deze studie is dat vooral mensen deelnamen die al goed de weg wisten te vinden.",
    "Het is daarom denkbaar dat de ervaringen van moeilijker bereikbare groepen minder goed in beeld zijn gekomen.",
    "Tegelijk geven de omvang en de diversiteit van de groep vertrouwen in de belangrijkste conclusies.",
    "Voor de praktijk betekent dit dat {professionals} meer ruimte moeten krijgen om maatwerk te leveren.",
    "Vervolgonderzoek zou zich kunnen richten op de langere termijn en op de rol van de directe omgeving.",
    "Ook lijkt het zinvol om {doelgroep} nadrukkelijker te betrekken bij het ontwerp van nieuwe werkwijzen.",
)
_CONCLUSION = (
    "Het thema {onderwerp} {context} vraagt om een benadering die verder kijkt dan losse interventies.",
    "Wat werkt, blijkt sterk af te hangen van de relatie tussen de betrokkenen en van de ruimte die organisaties bieden.",
    "Met dit artikel hopen we bij te dragen aan een gesprek dat in {veld} nog lang niet is afgerond.",
    "Kleine stappen, consequent gezet, leveren vaak meer op dan ambitieuze plannen.",
)
_REVIEW_DISCUSSION = (
    "Het beeld dat uit de literatuur oprijst, is herkenbaar voor wie in {veld} werkt.",
    "Tegelijk moeten de conclusies voorzichtig worden getrokken: veel studies zijn klein en van korte duur.",
    "Een beperking van dit overzicht is dat rapporten en andere grijze literatuur maar gedeeltelijk konden worden meegenomen.",
    "Voor de praktijk betekent dit dat {professionals} meer ruimte moeten krijgen om maatwerk te leveren.",
    "Onderzoek in het Nederlandse taalgebied, bij voorkeur samen met {doelgroep} opgezet, is hard nodig.",
    "Ook verdient het aanbeveling om de effecten over een langere periode te volgen.",
)
_REVIEW_METHOD = (
    "Er werd gezocht in de gangbare internationale databanken naar publicaties uit de periode {y1}–{y2}.",
    "Daarnaast werden Nederlandstalige vakliteratuur en rapporten van kennisinstituten meegenomen.",
    "Na het verwijderen van dubbele treffers bleven {n} publicaties over die aan de criteria voldeden.",
    "Van elke studie werden de opzet, de onderzochte groep en de belangrijkste uitkomsten vastgelegd.",
    "De kwaliteit van de studies werd beoordeeld met een gestandaardiseerde checklist.",
)
_REVIEW_FINDINGS = (
    "Het merendeel van de studies is uitgevoerd in Engelstalige landen, wat de vertaling naar onze context bemoeilijkt.",
    "Er is opvallend weinig onderzoek dat mensen over een langere periode volgt.",
    "De studies die er zijn, wijzen in grote lijnen dezelfde kant op.",
    "Benaderingen die de omgeving betrekken, lijken meer op te leveren dan benaderingen die zich alleen op het individu richten.",
    "Over de effecten op langere termijn is nog weinig bekend.",
    "In kwalitatieve studies komt steeds terug dat erkenning en continuïteit het verschil maken.",
    "Een klein aantal studies vond geen of zelfs ongewenste effecten, wat tot voorzichtigheid maant.",
)
_PRACTICE_CAUSE = (
    "Het idee ontstond tijdens een teamoverleg waarin opnieuw een casus vastliep.",
    "We merkten dat ons aanbod vooral mensen bereikte die de weg al kenden.",
    "De vraag was eenvoudig: hoe sluiten we beter aan bij wat {doelgroep} zelf belangrijk vinden?",
    "Met een bescheiden subsidie van de gemeente kregen we een jaar de tijd om iets nieuws te proberen.",
    "Vanaf het begin besloten we ervaringsdeskundigen te betrekken bij het ontwerp.",
)
_PRACTICE_APPROACH = (
    "We begonnen met een reeks bijeenkomsten van telkens twee uur, in een vertrouwde ruimte in de buurt.",
    "Elke bijeenkomst had een vaste opbouw: een korte opening, een thema en ruimte voor eigen vragen.",
    "De begeleiding lag in handen van een duo: {duo}.",
    "Deelnemers bepaalden zelf mee welke onderwerpen aan bod kwamen.",
    "Tussen de bijeenkomsten door was er contact via de telefoon of een berichtengroep.",
    "Na elke bijeenkomst noteerden we in een logboek wat ons was opgevallen.",
)
_PRACTICE_EXPERIENCES = (
    "Niet alles liep zoals gepland: de eerste weken bleef de opkomst achter.",
    "Pas toen deelnemers elkaar zelf uitnodigden, groeide de groep.",
    "Sommige onderwerpen bleken gevoeliger dan we hadden ingeschat.",
    "Het vroeg van de begeleiders dat ze regelmatig een stap terug deden en de groep het werk lieten doen.",
    "Gaandeweg ontstonden er ook contacten buiten de bijeenkomsten om.",
    "Een paar deelnemers namen na een half jaar zelf een deel van de begeleiding op zich.",
)
_PRACTICE_LESSONS = (
    "De belangrijkste les is misschien dat bereikbaarheid begint bij de plek en het tijdstip.",
    "Werken met ervaringsdeskundigen vraagt om duidelijke afspraken over rollen en verantwoordelijkheden.",
    "Wie wil aansluiten bij {doelgroep}, moet bereid zijn het eigen aanbod los te laten.",
    "We raden collega's aan klein te beginnen en de tijd te nemen om te leren.",
    "Inmiddels hebben twee andere teams in de regio de werkwijze overgenomen.",
)
_BOOK_ABOUT = (
    "Het boek telt {n} pagina's, verdeeld over {k} hoofdstukken die ook los van elkaar te lezen zijn.",
    "De auteur schrijft helder en vermijdt onnodig jargon.",
    "Het eerste deel schetst de achtergrond; het tweede deel is vooral praktisch van aard.",
    "Elk hoofdstuk sluit af met vragen om over door te praten, in een team of in een opleiding.",
)
_BOOK_JUDGEMENT = (
    "Sterk zijn vooral de vele voorbeelden uit de praktijk, die de theorie tastbaar maken.",
    "Hier en daar had de tekst strakker geredigeerd mogen worden.",
    "Een kanttekening is dat het perspectief van {doelgroep} zelf soms wat op de achtergrond raakt.",
    "De literatuurlijst is actueel en biedt goede aanknopingspunten om verder te lezen.",
    "Niet alle hoofdstukken zijn even sterk, maar het geheel is overtuigend.",
)
_BOOK_AUDIENCE = (
    "Het boek is een aanrader voor {professionals} en voor studenten die zich in het onderwerp willen verdiepen.",
    "Wie al langer in {veld} werkt, vindt er misschien weinig nieuws in, maar wel een heldere ordening.",
    "Ook voor beleidsmakers is het een nuttige kennismaking met de praktijk.",
)

#: Section headings and the sentences their paragraphs are drawn from, per kind of article.
BODY_SECTIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "research": (
        ("Inleiding", _INTRO),
        ("Achtergrond", _BACKGROUND),
        ("Methode", _METHOD),
        ("Resultaten", _RESULTS),
        ("Discussie", _DISCUSSION),
        ("Conclusie", _CONCLUSION),
    ),
    "review": (
        ("Inleiding", _INTRO),
        ("Werkwijze", _REVIEW_METHOD),
        ("Wat de literatuur laat zien", _REVIEW_FINDINGS),
        ("Beschouwing", _REVIEW_DISCUSSION),
        ("Tot slot", _CONCLUSION),
    ),
    "practice": (
        ("Aanleiding", _PRACTICE_CAUSE),
        ("De aanpak", _PRACTICE_APPROACH),
        ("Wat we tegenkwamen", _PRACTICE_EXPERIENCES),
        ("Lessen voor de praktijk", _PRACTICE_LESSONS),
    ),
    "book": (
        ("Over het boek", _BOOK_ABOUT),
        ("Sterke punten en kanttekeningen", _BOOK_JUDGEMENT),
        ("Voor wie?", _BOOK_AUDIENCE),
    ),
}

#: Sections in which a participant's quote fits after the first paragraph.
QUOTE_SECTIONS = frozenset({"Resultaten", "Wat we tegenkwamen", "Wat de literatuur laat zien"})

INTERVIEW_INTROS = (
    "{name}, {role}, houdt zich al jaren bezig met {onderwerp} {context}.",
    "Weinig mensen kennen de praktijk van {onderwerp} {context} zo goed als {name}, {role}.",
)
INTERVIEW_INVITATION = "{interviewer} sprak met {first} over wat er goed gaat, wat beter kan en wat {first} drijft."

#: (heading, ((question, (answer, answer)), ...)) for the three parts of an interview.
INTERVIEW_PARTS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "Het begin",
        (
            (
                "Hoe bent u bij dit onderwerp terechtgekomen?",
                (
                    "Eigenlijk via mijn werk. Ik zag steeds dezelfde vragen terugkomen en had het gevoel dat niemand er "
                    "echt een antwoord op had. Op een gegeven moment ben ik zelf gaan zoeken.",
                    "Door een ontmoeting, om eerlijk te zijn. Iemand vertelde me over haar ervaringen en dat verhaal liet me "
                    "niet meer los. Sindsdien probeer ik beter te begrijpen wat er achter zulke verhalen zit.",
                ),
            ),
        ),
    ),
    (
        "De praktijk van nu",
        (
            (
                "Wat valt u op als u naar de huidige praktijk kijkt?",
                (
                    "Dat er veel goede wil is, maar dat de systemen eromheen daar niet altijd op zijn ingericht. Mensen "
                    "willen het goed doen en lopen vast op regels die voor een andere situatie bedacht zijn.",
                    "Hoe vaak er over mensen wordt gesproken in plaats van met hen. Het is niet kwaad bedoeld, maar het "
                    "gebeurt nog altijd, ook bij organisaties die het tegenovergestelde uitdragen.",
                ),
            ),
            (
                "Waar gaat het volgens u mis?",
                (
                    "We maken het onszelf onnodig ingewikkeld. Een vaste contactpersoon en een afspraak die wordt "
                    "nagekomen, doen al wonderen. Daar is geen nieuw programma voor nodig.",
                    "Bij de overgangen: van de ene hulpverlener naar de andere, van de ene organisatie naar de volgende. "
                    "Daar vallen mensen tussen wal en schip, en daar voelt niemand zich eigenaar.",
                ),
            ),
        ),
    ),
    (
        "Vooruitkijken",
        (
            (
                "Wat zou er morgen anders kunnen?",
                (
                    "Minder nieuwe projecten starten en meer investeren in wat al werkt. Dat klinkt saai, maar het is "
                    "precies wat de praktijk nodig heeft.",
                    "Luister eerst, en maak pas daarna een plan. Het klinkt eenvoudig, maar in de haast van alledag schiet "
                    "het er vaak bij in.",
                ),
            ),
            (
                "Wat geeft u hoop?",
                (
                    "Jonge collega's. Ze stellen vragen die wij na twintig jaar niet meer stellen, en dat houdt ons scherp.",
                    "Dat mensen met eigen ervaring steeds vaker mee aan tafel zitten, en niet meer alleen als publiek. Dat "
                    "verandert het gesprek, merk ik elke keer weer.",
                ),
            ),
        ),
    ),
)

EDITORIAL_OPENINGS = (
    "Voor u ligt het {ordinal} nummer van jaargang {volume}.",
    "Met dit {ordinal} nummer van {year} sluiten we weer een reeks bijdragen af die de breedte van ons vakgebied laat zien.",
)
EDITORIAL_THEME_OPENING = (
    "Dit themanummer draagt de titel ‘{title}’. De redactie koos voor dit thema omdat het in de praktijk "
    "steeds vaker ter sprake komt, terwijl de kennis erover nog verspreid ligt."
)
#: How the editorial mentions each contribution: (template, (verb for one author, verb for several)).
EDITORIAL_CONTRIBUTIONS: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = {
    "research": (
        ("{names} {verb} over {onderwerp} {context}.", ("schrijft", "schrijven")),
        ("Over {onderwerp} {context} gaat de bijdrage van {names}.", ("", "")),
        ("{names} {verb} onderzoek naar {onderwerp} {context}.", ("doet", "doen")),
    ),
    "review": (("{names} {verb} op een rij wat er bekend is over {onderwerp} {context}.", ("zet", "zetten")),),
    "practice": (
        ("{names} {verb} een praktijkvoorbeeld rond {onderwerp} {context}.", ("beschrijft", "beschrijven")),
        ("Uit de praktijk komt de bijdrage van {names}, over {onderwerp} {context}.", ("", "")),
    ),
}
EDITORIAL_INTERVIEW = "{interviewer} sprak met {name}, {role}."
EDITORIAL_BOOK = "Tot slot bespreekt {reviewer} het boek ‘{book}’ van {book_author}."
EDITORIAL_CLOSINGS = (
    "We wensen u veel leesplezier en horen graag uw reacties.",
    "Wie zelf een bijdrage wil insturen, is van harte welkom; de richtlijnen voor auteurs vindt u op onze website.",
    "Heeft u een onderwerp dat volgens u in het tijdschrift thuishoort? Laat het de redactie weten.",
)
EDITORIAL_ABSTRACT = "De redactie stelt de bijdragen in dit nummer voor."
BOOK_ABSTRACT = (
    "Bespreking van ‘{book}’ van {book_author}, verschenen bij {publisher} in {book_year}. "
    "Het boek behandelt {onderwerp} en richt zich op {professionals} en studenten."
)
INTERVIEW_ABSTRACT = (
    "Een gesprek met {name}, {role}, over {onderwerp} {context}: over wat er in de praktijk goed gaat, "
    "waar het vastloopt en wat er morgen anders zou kunnen."
)

# --------------------------------------------------------------------------------------------
# The four journals
# --------------------------------------------------------------------------------------------

WTA = JournalSpec(
    slug="wta",
    title="Wetenschappelijk Tijdschrift voor Autisme",
    acronym="WTA",
    doi_code="wta",
    description=(
        "Het Wetenschappelijk Tijdschrift voor Autisme (WTA) brengt onderzoek naar autisme dichter bij de "
        "praktijk in Nederland en Vlaanderen. Vakgenoten beoordelen elke wetenschappelijke bijdrage; zo werkt "
        "het tijdschrift aan een stevige kennisbasis en aan een betere plek voor autistische mensen in de "
        "samenleving."
    ),
    aims_scope=(
        "WTA publiceert Nederlandstalig onderzoek en overzichtsartikelen over autisme bij kinderen, jongeren, "
        "volwassenen en ouderen. Het tijdschrift wil wetenschappelijke kennis zo toegankelijk maken dat "
        "behandelaars, leerkrachten, begeleiders, ouders en autistische lezers er direct mee verder kunnen.\n\n"
        "De redactie verwelkomt empirische studies, literatuuroverzichten, goed onderbouwde praktijkbeschrijvingen "
        "en boekbesprekingen. De onderwerpen lopen uiteen van diagnostiek en behandeling tot onderwijs, werk, "
        "wonen, relaties en ouder worden. Bijdragen waarin autistische mensen zelf als onderzoeker of adviseur "
        "meewerkten, krijgen nadrukkelijk een plaats.\n\n"
        "Wetenschappelijke artikelen worden anoniem beoordeeld door ten minste twee referenten. WTA verschijnt "
        "vier keer per jaar."
    ),
    issn_print=issn("1571020"),
    issn_online=issn("2468310"),
    website="https://www.wta.example/",
    open_access=False,
    position=1,
    first_year=2002,
    issue_day=12,
    words=Vocabulary(
        doelgroep="autistische mensen",
        professionals="begeleiders en behandelaars",
        professional="begeleider",
        veld="de autismezorg",
        duo="een begeleider en een autistische ervaringsdeskundige",
    ),
    board=(
        BoardSeat(Person("Annemarie", "Scholten", "Kenniscentrum Autisme Noord"), "hoofdredacteur"),
        BoardSeat(
            Person("Gert", "Van Landeghem", "Centrum voor Ontwikkelingsstoornissen Waasland"), "adjunct-hoofdredacteur"
        ),
        BoardSeat(Person("Yvonne", "Bakker-Hendriks", "Universiteit Leiden"), "redactielid"),
        BoardSeat(Person("Ward", "Lambrechts", "Hogeschool Gent"), "redactielid"),
        BoardSeat(Person("Saar", "Dijkstra", "ervaringsdeskundige, Autisme Adviesraad Oost"), "redactielid"),
        BoardSeat(Person("Fleur", "Mertens", "Uitgeverij Lindeboog"), "redactiesecretaris"),
    ),
    authors=(
        Person("Marloes", "van Dijkhuizen", "Kenniscentrum Autisme Oost", orcid("1048213")),
        Person("Joris", "Vermeersch", "Universiteit Gent"),
        Person("Sanne", "Brouwers", "Hogeschool Utrecht", orcid("1093377")),
        Person("Hanneke", "Kuipers-de Wit", "Autismeteam Rivierenland"),
        Person("Pieter-Jan", "Claeys", "Centrum voor Ontwikkelingsstoornissen Kempen", orcid("1135560")),
        Person("Lotte", "Ramaekers", "Vrije Universiteit Amsterdam"),
        Person("Ruben", "Hoekstra", "Jeugd-ggz Noord"),
        Person("Esther", "Wijnands", "Lectoraat Inclusief Onderwijs, Hogeschool IJsselland", orcid("1172904")),
        Person("Thomas", "Verhulst", "Expertisecentrum Autisme Limburg"),
        Person("Nadia", "El Idrissi", "Academisch Ziekenhuis Maasland", orcid("1208841")),
    ),
    themes=(
        Theme(
            "Prikkelverwerking",
            ("in de klas", "op de werkvloer", "bij jonge kinderen"),
            ("prikkelverwerking", "zintuiglijke gevoeligheid", "omgevingsaanpassingen"),
        ),
        Theme(
            "Camouflagegedrag",
            ("bij meisjes en vrouwen", "in het hoger onderwijs", "bij adolescenten"),
            ("camoufleren", "maskeren", "sekseverschillen"),
        ),
        Theme(
            "Diagnostiek op volwassen leeftijd",
            ("in de geestelijke gezondheidszorg", "bij vrouwen", "na een lange zorggeschiedenis"),
            ("late diagnose", "diagnostiek", "volwassenen"),
        ),
        Theme(
            "Executief functioneren",
            ("bij schoolgaande kinderen", "in het dagelijks leven", "bij studenten"),
            ("executieve functies", "plannen en organiseren", "zelfstandigheid"),
        ),
        Theme(
            "Overgang naar werk",
            ("na het middelbaar beroepsonderwijs", "voor jongvolwassenen", "met begeleiding van een jobcoach"),
            ("arbeidsparticipatie", "transitie", "jobcoaching"),
        ),
        Theme(
            "Vriendschap en eenzaamheid",
            ("bij adolescenten", "bij volwassenen", "in de vrije tijd"),
            ("vriendschap", "eenzaamheid", "sociale contacten"),
        ),
        Theme(
            "Angst en somberheid",
            ("bij autistische jongeren", "bij volwassenen", "in de eerste lijn"),
            ("angst", "depressie", "mentale gezondheid"),
        ),
        Theme(
            "Slaapproblemen",
            ("bij kinderen", "bij jongvolwassenen", "in het gezin"),
            ("slaap", "dagritme", "gezinsleven"),
        ),
        Theme(
            "Passend onderwijs",
            ("in het basisonderwijs", "in het voortgezet onderwijs", "in het speciaal onderwijs"),
            ("onderwijs", "inclusie", "leerkrachten"),
        ),
        Theme(
            "Zelfbeeld en identiteit",
            ("bij autistische adolescenten", "na een late diagnose", "in online gemeenschappen"),
            ("identiteit", "zelfbeeld", "neurodiversiteit"),
        ),
        Theme(
            "Psycho-educatie",
            ("voor ouders", "voor partners", "in groepsverband"),
            ("psycho-educatie", "naasten", "groepsaanbod"),
        ),
        Theme(
            "Wonen en zelfstandigheid",
            ("bij jongvolwassenen", "in beschermd wonen", "na het verlaten van het ouderlijk huis"),
            ("wonen", "zelfstandigheid", "begeleid wonen"),
        ),
        Theme(
            "Ouder worden met autisme",
            ("in de ouderenzorg", "bij zestigplussers", "in de huisartsenpraktijk"),
            ("ouderen", "levensloop", "ouderenzorg"),
        ),
        Theme(
            "Communicatie met zorgverleners",
            ("in het ziekenhuis", "bij de huisarts", "in de tandartspraktijk"),
            ("communicatie", "gezondheidszorg", "toegankelijkheid"),
        ),
        Theme(
            "Sociale cognitie",
            ("bij kinderen", "in experimenteel onderzoek", "in alledaagse situaties"),
            ("sociale cognitie", "theory of mind", "sociale interactie"),
        ),
        Theme(
            "Ervaringsdeskundigheid",
            ("in de autismezorg", "in wetenschappelijk onderzoek", "in het onderwijs"),
            ("ervaringsdeskundigheid", "participatief onderzoek", "cocreatie"),
        ),
        Theme(
            "Sport en beweging",
            ("bij autistische kinderen", "in de vrije tijd", "op school"),
            ("sport", "bewegen", "vrije tijd"),
        ),
        Theme(
            "Eetgedrag",
            ("bij jonge kinderen", "bij adolescenten", "in het gezin"),
            ("eetgedrag", "voeding", "selectief eten"),
        ),
        Theme(
            "Vroege signalering",
            ("op het consultatiebureau", "in de kinderopvang", "bij peuters"),
            ("vroegsignalering", "jonge kinderen", "screening"),
        ),
        Theme(
            "Autisme en ADHD",
            ("bij kinderen", "bij volwassenen", "in de diagnostiek"),
            ("ADHD", "comorbiditeit", "differentiaaldiagnostiek"),
        ),
        Theme(
            "Mediagebruik en gamen",
            ("bij jongeren", "in het gezin", "als sociale ontmoetingsplek"),
            ("gamen", "mediagebruik", "online contact"),
        ),
        Theme(
            "Stress en overbelasting",
            ("bij volwassenen", "in het hoger onderwijs", "op het werk"),
            ("stress", "overbelasting", "energiebalans"),
        ),
        Theme(
            "Partnerrelaties",
            ("bij autistische volwassenen", "in de relatietherapie", "in gemengde relaties"),
            ("relaties", "partners", "intimiteit"),
        ),
    ),
    theme_issues=(
        ThemeIssue(
            2024, "2", "Autisme en werk", ("Overgang naar werk", "Stress en overbelasting", "Prikkelverwerking")
        ),
        ThemeIssue(
            2025,
            "2",
            "Meisjes en vrouwen",
            ("Camouflagegedrag", "Diagnostiek op volwassen leeftijd", "Zelfbeeld en identiteit"),
        ),
        ThemeIssue(
            2026,
            "2",
            "Autisme door de levensloop",
            ("Ouder worden met autisme", "Wonen en zelfstandigheid", "Vroege signalering"),
        ),
    ),
    topic_sentences=(
        "Autistische mensen verwerken informatie vaak op een eigen manier, met zowel talenten als kwetsbaarheden als gevolg.",
        "Steeds meer volwassenen krijgen pas laat de diagnose autisme, vaak na jaren van onbegrepen klachten.",
        "Bij meisjes en vrouwen wordt autisme nog regelmatig over het hoofd gezien.",
        "Een voorspelbare omgeving helpt veel autistische mensen om hun energie over de dag te verdelen.",
        "Het perspectief van autistische mensen zelf krijgt in onderzoek gelukkig steeds meer gewicht.",
        "Ouders van autistische kinderen zijn vaak de eerste en langst betrokken deskundigen.",
        "Overbelasting ontstaat zelden door één oorzaak; meestal stapelen kleine prikkels en eisen zich op.",
        "De overstap van school naar werk of vervolgopleiding is voor veel autistische jongeren een kwetsbaar moment.",
        "Begeleiders die de tijd nemen om iemands manier van communiceren te leren kennen, voorkomen veel misverstanden.",
        "Autisme gaat niet over met het ouder worden, maar de vragen veranderen wel.",
        "Aanpassingen die voor autistische mensen bedoeld zijn, blijken vaak ook voor anderen prettig.",
        "Een diagnose kan opluchting geven, maar roept ook nieuwe vragen op over identiteit en toekomst.",
    ),
    quotes=(
        "“Als ik van tevoren weet wat er gaat gebeuren, houd ik energie over voor de dingen die ertoe doen.”",
        "“Jarenlang dacht ik dat ik gewoon niet hard genoeg mijn best deed.”",
        "“Mijn leidinggevende vroeg wat ik nodig had. Dat had nog nooit iemand gedaan.”",
        "“Na school ben ik zo moe dat ik eerst een uur in stilte moet zitten.”",
        "“De diagnose gaf me woorden voor iets wat ik altijd al voelde.”",
        "“Ik ben niet moeilijk, ik heb alleen andere dingen nodig.”",
    ),
    books=(
        Book("Structuur zonder keurslijf", "Ans Verwey", "Uitgeverij Kompasroos", 1, 212, 9),
        Book("Het stille klaslokaal", "Bert Govaerts", "Uitgeverij Tweestroom", 1, 168, 7),
        Book("Anders bedraad, toch verbonden", "Mirthe Oudshoorn", "Uitgeverij Kompasroos", 2, 246, 11),
        Book("Volwassen en eindelijk gezien", "Carla Heylen", "Boekhuis Scheldeoever", 1, 190, 8),
        Book("Prikkels, pauzes en plannen", "Dennis Rademaker", "Uitgeverij Tweestroom", 0, 154, 6),
        Book("Een kaart voor onbekend terrein", "Liesbeth Coppens", "Boekhuis Scheldeoever", 1, 228, 10),
    ),
    interviewees=(
        Interviewee("Iris Hoogland", "ervaringsdeskundige en trainer"),
        Interviewee("Bram Verstraete", "jobcoach"),
        Interviewee("Margot Dekeyser", "leerkracht in het buitengewoon onderwijs"),
        Interviewee("Henk Schouten", "huisarts"),
    ),
    general_keywords=("autisme", "autismespectrum", "neurodiversiteit"),
)

OUDERSCHAPSKENNIS = JournalSpec(
    slug="ouderschapskennis",
    title="Ouderschapskennis",
    acronym="",
    doi_code="osk",
    description=(
        "Ouderschapskennis is het vakblad voor iedereen die ouders helpt bij het opvoeden: opvoedondersteuners, "
        "ouderbegeleiders, jeugdverpleegkundigen en onderzoekers. Het verbindt onderzoek naar ouderschap met de "
        "vragen en twijfels die professionals dagelijks in hun werk tegenkomen."
    ),
    aims_scope=(
        "Ouderschapskennis bestudeert ouderschap in al zijn vormen: van de eerste maanden met een baby tot het "
        "loslaten van een puber, van het kerngezin tot het samengestelde gezin, het pleeggezin en het gezin dat "
        "onder druk staat. De redactieleden komen zelf uit onderzoek en praktijk en kiezen onderwerpen die op de "
        "werkvloer het verschil maken.\n\n"
        "Het tijdschrift publiceert onderzoeksartikelen, beschouwingen, praktijkverhalen, interviews en "
        "boekbesprekingen. Bijzondere aandacht gaat uit naar gezinnen die minder vanzelfsprekend de weg naar "
        "ondersteuning vinden, en naar de rol van familie, vrienden en buren rond het gezin.\n\n"
        "Ouderschapskennis verschijnt vier keer per jaar en wordt gelezen in Nederland en Vlaanderen."
    ),
    issn_print=issn("1388422"),
    issn_online=issn("2210657"),
    website="https://www.ouderschapskennis.example/",
    open_access=False,
    position=2,
    first_year=1998,
    issue_day=18,
    words=Vocabulary(
        doelgroep="ouders",
        professionals="opvoedondersteuners",
        professional="opvoedondersteuner",
        veld="de opvoedondersteuning",
        duo="een opvoedondersteuner en een ervaren ouder",
    ),
    board=(
        BoardSeat(Person("Carolien", "Verbeek", "Lectoraat Jeugd en Gezin, Hogeschool Rivierenland"), "hoofdredacteur"),
        BoardSeat(Person("Lies", "Vanhoutte", "Expertisecentrum Gezin en Opvoeding"), "redactielid"),
        BoardSeat(Person("Hans", "Kloosterman", "Jeugdteam Middenland"), "redactielid"),
        BoardSeat(Person("Samira", "Ouali", "Hogeschool Rotterdam"), "redactielid"),
        BoardSeat(Person("Tineke", "de Boer", "Uitgeverij Lindeboog"), "eindredacteur"),
    ),
    authors=(
        Person("Annelies", "de Groot", "Lectoraat Jeugd en Gezin, Hogeschool Rivierenland", orcid("2017426")),
        Person("Bart", "Vandenbroucke", "Centrum voor Gezinsondersteuning Waasland"),
        Person("Femke", "Jansen-Roos", "Stichting Opvoedpunt Zuid", orcid("2059918")),
        Person("Youssef", "Amrani", "Hogeschool Rotterdam"),
        Person("Lieve", "Peeters", "Universiteit Antwerpen", orcid("2101347")),
        Person("Merel", "Bakker", "Sociaal Wijkteam Zuidoost"),
        Person("Koen", "De Smet", "Huis van het Kind Scheldeland"),
        Person("Inge", "Vos", "Universiteit Utrecht", orcid("2146682")),
        Person("Ilse", "Maes", "Hogeschool Gent"),
        Person("Rik", "Westerveld", "Kenniscentrum Opvoeden en Opgroeien", orcid("2183305")),
    ),
    themes=(
        Theme(
            "Opvoedondersteuning",
            ("in de wijk", "voor ouders met een migratieachtergrond", "op het consultatiebureau"),
            ("opvoedondersteuning", "bereik", "laagdrempeligheid"),
        ),
        Theme(
            "Ouderschap na scheiding",
            ("bij hoog conflict", "in nieuw samengestelde gezinnen", "vanuit het perspectief van kinderen"),
            ("scheiding", "co-ouderschap", "conflict"),
        ),
        Theme(
            "Informele netwerken van ouders",
            ("in de grote stad", "bij alleenstaande ouders", "rond de geboorte van een eerste kind"),
            ("sociaal netwerk", "informele steun", "buurt"),
        ),
        Theme(
            "Ouderbetrokkenheid",
            ("in het basisonderwijs", "in de kinderopvang", "in de jeugdhulp"),
            ("ouderbetrokkenheid", "samenwerking", "school"),
        ),
        Theme(
            "Opvoeden in armoede",
            ("in Vlaamse steden", "in Nederlandse gemeenten", "op het platteland"),
            ("armoede", "kansengelijkheid", "bestaansonzekerheid"),
        ),
        Theme(
            "Vaderschap",
            ("in de eerste levensjaren", "na een scheiding", "bij jonge vaders"),
            ("vaders", "vaderbetrokkenheid", "rolverdeling"),
        ),
        Theme(
            "Ouderlijke stress",
            ("bij ouders van een kind met een beperking", "in de eerste maanden na de geboorte", "bij pleegouders"),
            ("stress", "draagkracht", "belasting"),
        ),
        Theme(
            "Pleegouderschap",
            (
                "bij netwerkplaatsingen",
                "in de eerste maanden van een plaatsing",
                "in samenwerking met biologische ouders",
            ),
            ("pleegzorg", "netwerkpleegzorg", "hechting"),
        ),
        Theme(
            "Mediaopvoeding",
            ("bij jonge kinderen", "in gezinnen met tieners", "volgens ouders zelf"),
            ("mediaopvoeding", "schermtijd", "digitale media"),
        ),
        Theme(
            "Opvoedingsonzekerheid",
            ("bij jonge ouders", "bij hoogopgeleide ouders", "in de puberteit van het kind"),
            ("onzekerheid", "competentiebeleving", "ouderschap"),
        ),
        Theme(
            "Oudercursussen in groep",
            ("in buurthuizen", "voor vaders", "met tolken"),
            ("groepswerk", "oudercursus", "lotgenotencontact"),
        ),
        Theme(
            "Huisbezoeken",
            ("bij kwetsbare gezinnen", "door vrijwilligers", "in de eerste duizend dagen"),
            ("huisbezoek", "outreachend werken", "vrijwilligers"),
        ),
        Theme(
            "Ouderschap bij psychische kwetsbaarheid",
            ("in de volwassenen-ggz", "vanuit het perspectief van kinderen", "in de wijk"),
            ("psychische kwetsbaarheid", "KOPP", "gezinsgericht werken"),
        ),
        Theme(
            "Grootouders als opvoeders",
            ("in migrantengezinnen", "na een scheiding", "in de dagelijkse zorg"),
            ("grootouders", "intergenerationeel", "oppas"),
        ),
        Theme(
            "Veerkracht in gezinnen",
            ("na ingrijpende gebeurtenissen", "met een chronisch ziek kind", "in tijden van crisis"),
            ("veerkracht", "gezinsfunctioneren", "beschermende factoren"),
        ),
        Theme(
            "Samenwerken met ouders",
            ("in de jeugdbescherming", "in de kinderopvang", "in het onderwijs"),
            ("partnerschap", "samenwerking", "gedeelde besluitvorming"),
        ),
        Theme(
            "Opvoeden in meertalige gezinnen",
            ("in de grote stad", "bij nieuwkomers", "in de kinderopvang"),
            ("meertaligheid", "taalontwikkeling", "diversiteit"),
        ),
        Theme(
            "Tienerouderschap",
            ("in de eerste jaren", "met steun van mentoren", "in de jeugdhulp"),
            ("tienerouders", "jonge moeders", "mentorschap"),
        ),
        Theme(
            "Ervaringsdeskundige ouders",
            ("in de opvoedondersteuning", "als maatje van andere ouders", "in de jeugdhulp"),
            ("ervaringsdeskundigheid", "peer support", "maatjes"),
        ),
        Theme(
            "Gesprekken over opvoeding",
            ("op het consultatiebureau", "in de huisartsenpraktijk", "tussen ouders onderling"),
            ("gespreksvoering", "vraagverheldering", "opvoedvragen"),
        ),
        Theme(
            "Straffen en belonen",
            ("in het dagelijkse gezinsleven", "in de ogen van ouders", "bij jonge kinderen"),
            ("opvoedstijl", "grenzen stellen", "belonen"),
        ),
        Theme(
            "Huilen en slapen",
            ("in het eerste levensjaar", "bij peuters", "in jonge gezinnen"),
            ("huilen", "slaap", "baby's"),
        ),
        Theme(
            "Ouderschap en werk",
            ("bij tweeverdieners", "bij ploegendiensten", "na de geboorte van een kind"),
            ("combinatie werk en gezin", "ouderschapsverlof", "tijdsdruk"),
        ),
        Theme(
            "Preventief gezinswerk",
            ("in de wijk", "in Vlaamse gemeenten", "rond de schoolpoort"),
            ("preventie", "gezinsondersteuning", "vroeghulp"),
        ),
    ),
    theme_issues=(
        ThemeIssue(2024, "2", "Vaders in beeld", ("Vaderschap", "Ouderschap en werk", "Ouderschap na scheiding")),
        ThemeIssue(
            2025, "2", "Opvoeden onder druk", ("Opvoeden in armoede", "Ouderlijke stress", "Veerkracht in gezinnen")
        ),
        ThemeIssue(
            2026,
            "2",
            "Het netwerk rond het gezin",
            ("Informele netwerken van ouders", "Grootouders als opvoeders", "Ervaringsdeskundige ouders"),
        ),
    ),
    topic_sentences=(
        "De meeste ouders zoeken bij vragen over de opvoeding eerst steun bij mensen die ze al kennen.",
        "Opvoeden gebeurt niet in een vacuüm: werk, wonen, geld en gezondheid kleuren het dagelijkse gezinsleven.",
        "Ouders willen vooral gehoord worden voordat ze advies krijgen.",
        "Gezinnen die het zwaar hebben, komen vaak pas in beeld als de problemen zich al hebben opgestapeld.",
        "Een laagdrempelige ontmoetingsplek kan voor ouders de eerste stap naar ondersteuning zijn.",
        "Vaders worden in de opvoedondersteuning nog altijd minder vaak bereikt dan moeders.",
        "Kinderen hebben er baat bij wanneer de volwassenen om hen heen samenwerken in plaats van langs elkaar heen.",
        "Wat een ouder als steun ervaart, verschilt sterk per gezin en per levensfase.",
        "Onzekerheid over de opvoeding is geen teken van falen, maar hoort bij het ouderschap.",
        "Ouders die elkaar ontmoeten, ontdekken vaak dat hun zorgen minder uitzonderlijk zijn dan ze dachten.",
        "Professionals lopen het risico hun eigen deskundigheid te overschatten en die van ouders te onderschatten.",
        "Cultuur en taal spelen mee in hoe ouders over opvoeden denken en praten.",
    ),
    quotes=(
        "“Ik dacht dat ik de enige was die het niet redde. In de groep bleek dat anders.”",
        "“Mijn moeder woont ver weg; ik had niemand om even mee te sparren.”",
        "“Ze gaf me geen lijstje met tips, ze vroeg wat ik zelf al had geprobeerd.”",
        "“Als vader voelde ik me op het consultatiebureau vooral de chauffeur.”",
        "“Sinds we elkaar kennen, passen we om beurten op elkaars kinderen.”",
        "“Het hielp dat niemand me veroordeelde.”",
    ),
    books=(
        Book("Samen opvoeden, ieder op zijn manier", "Greet Lauwers", "Uitgeverij Kompasroos", 1, 184, 8),
        Book("De keukentafel als werkplek", "Jolanda Vrieling", "Uitgeverij Tweestroom", 1, 172, 7),
        Book("Vaders aan zet", "Sander Koopmans", "Boekhuis Scheldeoever", 2, 158, 6),
        Book("Opvoeden met een smalle beurs", "Hilde Claes", "Uitgeverij Kompasroos", 1, 204, 9),
        Book("Het dorp rond het kind", "Miriam Tielemans", "Uitgeverij Tweestroom", 0, 236, 10),
        Book("Kleine stappen, sterke ouders", "Pascal Wouterse", "Boekhuis Scheldeoever", 1, 142, 6),
    ),
    interviewees=(
        Interviewee("Fatima Azzouz", "ouder en vrijwilliger in een buurtcentrum"),
        Interviewee("Jelle Haverkamp", "jeugdverpleegkundige"),
        Interviewee("Veerle Michiels", "coördinator van een Huis van het Kind"),
        Interviewee("Rob Vinke", "pleegvader"),
    ),
    general_keywords=("ouderschap", "opvoeding", "gezin"),
)

WAARDENWERK = JournalSpec(
    slug="waardenwerk",
    title="Waardenwerk",
    acronym="",
    doi_code="ww",
    description=(
        "Waardenwerk onderzoekt hoe mensen werken aan wat zij waardevol vinden: in hun eigen leven, in hun beroep "
        "en in de organisaties waarin zij samenwerken. Het tijdschrift verbindt ethiek, levensbeschouwing en "
        "organisatiekunde met de praktijk van zorg, welzijn, onderwijs en bestuur."
    ),
    aims_scope=(
        "Waardenwerk kijkt op drie niveaus naar de rol van waarden, en vooral naar de manier waarop die niveaus "
        "elkaar beïnvloeden. Het eerste niveau is dat van de persoon: hoe geeft iemand vorm aan een goed en zinvol "
        "leven? Het tweede is dat van het beroep: hoe maken professionals morele afwegingen in hun dagelijkse werk? "
        "Het derde is dat van de organisatie: hoe geven bestuur, leiding en inrichting ruimte aan waardevol werk, "
        "of staan ze het juist in de weg?\n\n"
        "Het tijdschrift publiceert theoretische en empirische artikelen, essays, praktijkbijdragen en besprekingen "
        "van recente boeken. Het is bedoeld voor onderzoekers, geestelijk verzorgers, professionals, leidinggevenden "
        "en bestuurders die over de morele kant van hun werk willen nadenken.\n\n"
        "Waardenwerk verschijnt vier keer per jaar. Een deel van de artikelen is vrij toegankelijk."
    ),
    issn_print=issn("2212734"),
    issn_online=issn("2589061"),
    website="https://www.waardenwerk.example/",
    open_access=False,
    position=3,
    first_year=2016,
    issue_day=6,
    words=Vocabulary(
        doelgroep="professionals",
        professionals="leidinggevenden",
        professional="leidinggevende",
        veld="zorg, welzijn en onderwijs",
        duo="een geestelijk verzorger en een teamleider",
    ),
    board=(
        BoardSeat(Person("Bernard", "Hofstede", "Universiteit voor Humanistiek"), "hoofdredacteur"),
        BoardSeat(Person("Katrien", "Desmet", "KU Leuven"), "redactielid"),
        BoardSeat(Person("Ronald", "Verschuren", "Centrum voor Moreel Leiderschap"), "redactielid"),
        BoardSeat(Person("Petra", "Lammers", "Zorgcentrum Het Baken"), "redactielid"),
        BoardSeat(Person("Noor", "Vermeulen", "Uitgeverij Lindeboog"), "redactiesecretaris"),
    ),
    authors=(
        Person("Gerard", "Lemmens", "Universiteit voor Humanistiek", orcid("3021158")),
        Person("Mirjam", "Oosterhuis", "Lectoraat Waarden van het Werk, Hogeschool IJsselland"),
        Person("Wouter", "Declercq", "KU Leuven", orcid("3064471")),
        Person("Saskia", "van Leeuwen", "Centrum voor Ethiek en Zorg Noord"),
        Person("Hamid", "Bouzid", "Adviesbureau Moreel Kompas"),
        Person("Judith", "Hermans", "Tilburg University", orcid("3107739")),
        Person("Els", "Van Acker", "Hogeschool Kempenland"),
        Person("Maarten", "Zwart", "Zorgcentrum De Linde"),
        Person("Anouk", "Smits", "Vrije Universiteit Amsterdam", orcid("3150026")),
        Person("Dirk", "Timmermans", "Centrum voor Bestuur en Integriteit"),
    ),
    themes=(
        Theme(
            "Morele stress",
            ("in de ouderenzorg", "bij wijkverpleegkundigen", "in het onderwijs"),
            ("morele stress", "morele schade", "werkdruk"),
        ),
        Theme(
            "Moreel beraad",
            ("in de jeugdzorg", "in ziekenhuizen", "in de gehandicaptenzorg"),
            ("moreel beraad", "ethiek", "teamreflectie"),
        ),
        Theme(
            "Zingeving in het werk",
            ("bij jonge professionals", "aan het einde van de loopbaan", "in de publieke sector"),
            ("zingeving", "bezieling", "loopbaan"),
        ),
        Theme(
            "Professionele ruimte",
            ("in de wijkteams", "onder toenemende regeldruk", "in het sociaal domein"),
            ("professionele ruimte", "regeldruk", "autonomie"),
        ),
        Theme(
            "Waardengedreven leiderschap",
            ("in de zorg", "in maatschappelijke organisaties", "in het onderwijs"),
            ("leiderschap", "waarden", "organisatiecultuur"),
        ),
        Theme(
            "Goed bestuur",
            ("in woningcorporaties", "in zorginstellingen", "in het onderwijs"),
            ("governance", "toezicht", "bestuur"),
        ),
        Theme(
            "Geestelijke verzorging",
            ("bij defensie", "in het gevangeniswezen", "in de palliatieve zorg"),
            ("geestelijke verzorging", "levensbeschouwing", "existentiële zorg"),
        ),
        Theme(
            "Morele veerkracht",
            ("bij zorgprofessionals", "na een crisis", "in teams"),
            ("veerkracht", "moreel handelen", "teamklimaat"),
        ),
        Theme(
            "Levensvragen",
            ("bij ouderen", "bij jongeren", "in de huisartsenpraktijk"),
            ("levensvragen", "zingeving", "existentiële vragen"),
        ),
        Theme(
            "Vertrouwen en verantwoording",
            ("in de publieke sector", "in de jeugdzorg", "in het toezicht"),
            ("vertrouwen", "verantwoording", "horizontale verantwoording"),
        ),
        Theme(
            "Integriteit",
            ("in het openbaar bestuur", "in de wetenschap", "in het bedrijfsleven"),
            ("integriteit", "ambtelijke ethiek", "dilemma's"),
        ),
        Theme(
            "Normatieve professionalisering",
            ("in de opleiding", "in het werk van docenten", "in de zorg"),
            ("normatieve professionalisering", "beroepsethiek", "reflectie"),
        ),
        Theme(
            "Presentie",
            ("in het sociaal werk", "in de ouderenzorg", "in de wijk"),
            ("presentie", "relationele zorg", "aandacht"),
        ),
        Theme(
            "Dialoog over waarden",
            ("in diverse teams", "tussen burgers en overheid", "in de klas"),
            ("dialoog", "diversiteit", "waardenoriëntatie"),
        ),
        Theme(
            "Kwaliteit van leven",
            ("in het verpleeghuis", "bij dementie", "in de gehandicaptenzorg"),
            ("kwaliteit van leven", "goede zorg", "waardigheid"),
        ),
        Theme(
            "Duurzaamheid en rentmeesterschap",
            ("in organisaties", "in het onderwijs", "in de zorg"),
            ("duurzaamheid", "rentmeesterschap", "verantwoordelijkheid"),
        ),
        Theme(
            "Rechtvaardigheid",
            ("in de toegang tot zorg", "op de werkvloer", "in het sociaal domein"),
            ("rechtvaardigheid", "gelijkwaardigheid", "toegankelijkheid"),
        ),
        Theme(
            "Zorgethiek",
            ("in de thuiszorg", "in de psychiatrie", "in de jeugdhulp"),
            ("zorgethiek", "relationaliteit", "kwetsbaarheid"),
        ),
        Theme(
            "Omgaan met onzekerheid",
            ("in het professionele handelen", "in tijden van verandering", "aan het levenseinde"),
            ("onzekerheid", "oordeelsvorming", "praktische wijsheid"),
        ),
        Theme(
            "Menselijke waardigheid",
            ("in de schuldhulpverlening", "in de vreemdelingenzorg", "aan het levenseinde"),
            ("menselijke waardigheid", "respect", "bejegening"),
        ),
        Theme(
            "Morele intuïties",
            ("van managers", "in beleidsvorming", "bij professionals"),
            ("morele intuïtie", "besluitvorming", "oordeelsvermogen"),
        ),
        Theme(
            "Technologie en menselijkheid",
            ("in de zorg", "bij de overheid", "in het onderwijs"),
            ("technologie", "digitalisering", "menselijke maat"),
        ),
        Theme(
            "Burn-out en bezieling",
            ("in het onderwijs", "in de zorg", "bij leidinggevenden"),
            ("burn-out", "bezieling", "duurzame inzetbaarheid"),
        ),
        Theme(
            "Goede gesprekken",
            ("in de spreekkamer", "aan de keukentafel", "in het teamoverleg"),
            ("gespreksvoering", "luisteren", "ontmoeting"),
        ),
    ),
    theme_issues=(
        ThemeIssue(2024, "2", "Morele stress", ("Morele stress", "Morele veerkracht", "Moreel beraad")),
        ThemeIssue(2025, "2", "Goed bestuur", ("Goed bestuur", "Integriteit", "Vertrouwen en verantwoording")),
        ThemeIssue(
            2026, "2", "Zin in het werk", ("Zingeving in het werk", "Burn-out en bezieling", "Professionele ruimte")
        ),
    ),
    topic_sentences=(
        "Professionals voelen regelmatig spanning tussen wat het systeem vraagt en wat zij zelf goed werk vinden.",
        "Morele vragen dienen zich zelden aan als keurig afgebakende dilemma's; ze zitten verweven in alledaagse beslissingen.",
        "Wie waarden serieus neemt, moet ook het gesprek willen voeren over wat er schuurt.",
        "Organisaties zeggen vaak waardengedreven te werken, maar de praktijk laat soms een ander beeld zien.",
        "Zingeving is geen luxe, maar een voorwaarde om het werk langdurig vol te houden.",
        "Regels en protocollen bieden houvast, maar kunnen het eigen oordeel ook verdringen.",
        "Leidinggevenden spelen een sleutelrol bij het scheppen van ruimte voor moreel beraad.",
        "Het persoonlijke en het professionele laten zich in waardevol werk moeilijk scheiden.",
        "Vertrouwen groeit waar mensen verantwoording afleggen aan elkaar, en niet alleen aan indicatoren.",
        "Een goed gesprek over waarden begint met nieuwsgierigheid naar de ander.",
        "Bestuurders moeten niet alleen rekenschap geven van cijfers, maar ook van de keuzes achter die cijfers.",
        "Morele stress ontstaat vaak waar mensen weten wat juist is, maar het niet kunnen doen.",
    ),
    quotes=(
        "“Ik weet wat goede zorg is, maar de planning laat het niet toe.”",
        "“In het moreel beraad merkte ik dat collega's met dezelfde vragen worstelden.”",
        "“Mijn werk moet ergens over gaan, anders houd ik het niet vol.”",
        "“We hebben prachtige kernwaarden aan de muur hangen, maar niemand praat erover.”",
        "“Soms is het moedigste wat je kunt doen: hardop zeggen dat iets niet klopt.”",
        "“Verantwoording afleggen is prima, als het maar over de goede dingen gaat.”",
    ),
    books=(
        Book("Het morele kompas van de professional", "Geert Vandamme", "Uitgeverij Kompasroos", 1, 198, 8),
        Book("Werk dat ergens over gaat", "Martine Kalsbeek", "Uitgeverij Tweestroom", 1, 176, 7),
        Book("Besturen met een geweten", "Jan-Willem Rietveld", "Boekhuis Scheldeoever", 2, 222, 9),
        Book("Tussen protocol en praktijk", "Veerle Stevens", "Uitgeverij Kompasroos", 1, 164, 7),
        Book("De stille kracht van het gesprek", "Harm Bosman", "Uitgeverij Tweestroom", 0, 150, 6),
        Book("Bezield aan het werk blijven", "Annet Dijkgraaf", "Boekhuis Scheldeoever", 1, 188, 8),
    ),
    interviewees=(
        Interviewee("Marianne Ketelaar", "geestelijk verzorger"),
        Interviewee("Tom Dewulf", "bestuurder van een zorgorganisatie"),
        Interviewee("Gonnie Ruitenberg", "wijkverpleegkundige"),
        Interviewee("Luuk Aarts", "schoolleider"),
    ),
    general_keywords=("waarden", "ethiek", "professionaliteit"),
)

PARTICIPATIE_EN_HERSTEL = JournalSpec(
    slug="participatie-en-herstel",
    title="Participatie en Herstel",
    acronym="",
    doi_code="ph",
    description=(
        "Participatie en Herstel zet het Tijdschrift voor Rehabilitatie en Herstel voort. Het gaat over "
        "maatschappelijk herstel en sociale inclusie van mensen met een verslaving of een forensische achtergrond, "
        "en over wat nodig is om hun uitsluiting te doorbreken."
    ),
    aims_scope=(
        "Herstel is meer dan het verdwijnen van klachten. Het gaat ook om een plek in de buurt, werk of zinvolle "
        "dagbesteding, een dak boven het hoofd en mensen om op terug te vallen. Participatie en Herstel volgt hoe "
        "mensen met een verslaving of een forensische geschiedenis dat herstel vormgeven, en wat hulpverleners, "
        "ervaringsdeskundigen, gemeenten en werkgevers eraan kunnen bijdragen.\n\n"
        "Het tijdschrift publiceert onderzoek, praktijkbeschrijvingen, interviews en boekbesprekingen. Het "
        "perspectief van ervaringsdeskundigen is daarbij geen aanvulling maar een vast onderdeel: zij schrijven mee "
        "als auteur en hebben een plaats in de redactie.\n\n"
        "Participatie en Herstel verschijnt vier keer per jaar. Een aantal artikelen is open access beschikbaar."
    ),
    issn_print=issn("1875306"),
    issn_online=issn("2772415"),
    website="https://www.participatie-en-herstel.example/",
    open_access=False,
    position=4,
    first_year=1992,
    issue_day=20,
    words=Vocabulary(
        doelgroep="mensen in herstel",
        professionals="hulpverleners",
        professional="hulpverlener",
        veld="de verslavingszorg en de forensische zorg",
        duo="een hulpverlener en een ervaringsdeskundige",
    ),
    board=(
        BoardSeat(Person("Margriet", "Sanders", "Kenniscentrum Sociale Inclusie"), "hoofdredacteur"),
        BoardSeat(
            Person("Dries", "Van den Bossche", "Centrum voor Herstel en Participatie Gent"), "adjunct-hoofdredacteur"
        ),
        BoardSeat(Person("Loes", "Achterberg", "ervaringsdeskundige, Herstelacademie Oost"), "redactielid"),
        BoardSeat(Person("Frank", "Molenaar", "Forensisch Netwerk Midden"), "redactielid"),
        BoardSeat(Person("Jamila", "Haddouti", "Hogeschool Noorderland"), "redactielid"),
    ),
    authors=(
        Person("Tamara", "Wouters", "Lectoraat Rehabilitatie, Hogeschool Noorderland", orcid("4012390")),
        Person("Jeroen", "Mulder", "Stichting Herstelroute"),
        Person("Sofie", "Janssens", "Universiteit Gent", orcid("4055823")),
        Person("Mehmet", "Yilmaz", "Forensisch Netwerk Zuid"),
        Person("Nicole", "van Rooij", "Herstelacademie De Ommezwaai"),
        Person("Wim", "Goossens", "Centrum Algemeen Welzijnswerk Scheldeland", orcid("4098057")),
        Person("Evelien", "Postma", "Kenniscentrum Sociale Inclusie"),
        Person("Stefan", "de Bruijn", "Forensische polikliniek Het Anker", orcid("4131164")),
        Person("Hilde", "Wuyts", "Hogeschool Kempenland"),
        Person("Arjen", "Dekker", "Stichting Onderdak Oost"),
    ),
    themes=(
        Theme(
            "Herstel van verslaving",
            ("na detentie", "met steun van lotgenoten", "in de eerste lijn"),
            ("verslaving", "herstel", "lotgenotensteun"),
        ),
        Theme(
            "Ervaringsdeskundigheid",
            ("in de verslavingszorg", "in de forensische zorg", "in wijkteams"),
            ("ervaringsdeskundigheid", "ervaringskennis", "peer support"),
        ),
        Theme(
            "Re-integratie na detentie",
            ("via werk", "in de eigen wijk", "met hulp van vrijwilligers"),
            ("re-integratie", "detentie", "nazorg"),
        ),
        Theme(
            "Sociale inclusie",
            ("in de wijk", "via sport", "in het arbeidsproces"),
            ("sociale inclusie", "participatie", "uitsluiting"),
        ),
        Theme(
            "Stigma",
            ("rond verslaving", "in de hulpverlening", "op de arbeidsmarkt"),
            ("stigma", "zelfstigma", "beeldvorming"),
        ),
        Theme(
            "Wonen na dakloosheid",
            ("in middelgrote gemeenten", "voor jongeren", "met ambulante begeleiding"),
            ("dakloosheid", "wonen", "Housing First"),
        ),
        Theme(
            "Herstelgerichte zorg",
            ("in de forensische psychiatrie", "in beschermd wonen", "in de ambulante zorg"),
            ("herstelgerichte zorg", "herstelvisie", "zorgorganisatie"),
        ),
        Theme(
            "Schulden en herstel",
            ("bij mensen met een verslaving", "na detentie", "in de maatschappelijke opvang"),
            ("schulden", "financiële zelfredzaamheid", "bestaanszekerheid"),
        ),
        Theme(
            "Begeleiding naar betaald werk",
            ("in de verslavingszorg", "bij jongvolwassenen", "na een forensisch traject"),
            ("arbeidsre-integratie", "IPS", "werk"),
        ),
        Theme(
            "Zelfregie",
            ("in de maatschappelijke opvang", "bij langdurige zorg", "in de reclassering"),
            ("zelfregie", "eigen regie", "empowerment"),
        ),
        Theme(
            "Familie en naasten",
            ("in het herstelproces", "van gedetineerden", "in de verslavingszorg"),
            ("naasten", "familie", "netwerk"),
        ),
        Theme(
            "Herstelacademies",
            ("in kleinere steden", "als leeromgeving", "in samenwerking met de ggz"),
            ("herstelacademie", "zelfhulp", "leren"),
        ),
        Theme(
            "Terugvalpreventie",
            ("in de ambulante verslavingszorg", "na een klinische opname", "met digitale hulpmiddelen"),
            ("terugval", "preventie", "nazorg"),
        ),
        Theme(
            "Vrijwilligerswerk",
            ("bij mensen in herstel", "na een opname", "als opstap naar betaald werk"),
            ("vrijwilligerswerk", "dagbesteding", "participatie"),
        ),
        Theme(
            "Reclasseringstoezicht",
            ("vanuit het perspectief van cliënten", "in samenwerking met gemeenten", "bij jongvolwassenen"),
            ("reclassering", "toezicht", "werkalliantie"),
        ),
        Theme(
            "Kwartiermaken",
            ("in de wijk", "in het verenigingsleven", "op de werkvloer"),
            ("kwartiermaken", "gastvrijheid", "samenleving"),
        ),
        Theme(
            "Dubbele diagnose",
            ("in de klinische zorg", "in de wijk", "bij jongeren"),
            ("dubbele diagnose", "psychiatrie", "integrale zorg"),
        ),
        Theme(
            "Stoppen met criminaliteit",
            ("bij jongvolwassenen", "na langdurige detentie", "met steun van het netwerk"),
            ("desistance", "criminaliteit", "identiteit"),
        ),
        Theme(
            "Betekenisvol werk",
            ("in sociale ondernemingen", "als hersteldomein", "na een verslaving"),
            ("betekenisvol werk", "sociale onderneming", "zingeving"),
        ),
        Theme(
            "Lichamelijke gezondheid",
            ("bij mensen met een verslaving", "in de forensische zorg", "in de maatschappelijke opvang"),
            ("gezondheid", "leefstijl", "somatiek"),
        ),
        Theme(
            "Digitale ondersteuning",
            ("bij herstel van verslaving", "in de reclassering", "voor naasten"),
            ("e-health", "digitale zorg", "apps"),
        ),
        Theme(
            "Herstel bij vrouwen",
            ("met een verslaving", "na detentie", "met jonge kinderen"),
            ("vrouwen", "gender", "moederschap"),
        ),
        Theme(
            "Samenwerking tussen zorg en veiligheid",
            ("in de regio", "rond mensen met onbegrepen gedrag", "in de wijk"),
            ("zorg en veiligheid", "ketensamenwerking", "gemeenten"),
        ),
        Theme(
            "Woonbegeleiding",
            ("na uitstroom uit de opvang", "in de forensische zorg", "bij jongvolwassenen"),
            ("woonbegeleiding", "uitstroom", "ambulante zorg"),
        ),
    ),
    theme_issues=(
        ThemeIssue(
            2024,
            "2",
            "Werk als herstelroute",
            ("Betekenisvol werk", "Begeleiding naar betaald werk", "Vrijwilligerswerk"),
        ),
        ThemeIssue(
            2025,
            "2",
            "Na de detentie",
            ("Re-integratie na detentie", "Reclasseringstoezicht", "Stoppen met criminaliteit"),
        ),
        ThemeIssue(2026, "2", "Ervaringskennis", ("Ervaringsdeskundigheid", "Herstelacademies", "Familie en naasten")),
    ),
    topic_sentences=(
        "Herstel is een persoonlijk proces dat zich niet laat afdwingen, maar wel kan worden ondersteund.",
        "Wie een verslaving of een strafblad heeft, stuit op de arbeidsmarkt en de woningmarkt op extra drempels.",
        "Ervaringsdeskundigen brengen kennis in die hulpverleners niet uit boeken kunnen halen.",
        "Een stabiele woonsituatie is voor veel mensen de basis waarop verder herstel mogelijk wordt.",
        "Stigma werkt niet alleen van buitenaf; mensen nemen het ook over in hoe ze naar zichzelf kijken.",
        "Herstel verloopt zelden in een rechte lijn; terugval hoort bij het proces.",
        "Zinvolle dagbesteding geeft structuur en het gevoel ergens bij te horen.",
        "Samenwerking tussen zorg, veiligheid en gemeenten is nodig, maar vraagt om heldere afspraken over rollen.",
        "Naasten worden in het herstelproces nog te vaak vergeten.",
        "Een nieuw sociaal netwerk opbouwen kost tijd, zeker wanneer oude contacten een risico vormen.",
        "Mensen in herstel willen niet alleen cliënt zijn, maar ook buurtbewoner, collega en vriend.",
        "Werkgevers die een tweede kans bieden, vinden vaak loyale en gemotiveerde medewerkers.",
    ),
    quotes=(
        "“Ik wilde niet langer alleen de verslaafde zijn, ik wilde weer iemand zijn.”",
        "“Na mijn vrijlating had ik een tas met spullen en verder niets.”",
        "“Mijn begeleider wist zonder uitleg waar ik stond; hij had het zelf meegemaakt.”",
        "“Het werk gaf me een reden om 's ochtends op te staan.”",
        "“Een terugval voelde als mislukken, tot iemand zei dat het bij herstel hoort.”",
        "“Mijn buren wisten van niets, en dat wilde ik graag zo houden.”",
    ),
    books=(
        Book("Opnieuw beginnen aan de rand", "Kees Houtman", "Uitgeverij Kompasroos", 1, 216, 9),
        Book("De lange weg terug", "Marijke Segers", "Uitgeverij Tweestroom", 1, 184, 8),
        Book("Herstel als gezamenlijk werk", "Ivo Nijland", "Boekhuis Scheldeoever", 2, 232, 10),
        Book("Een plek in de wijk", "Lotte Baeten", "Uitgeverij Kompasroos", 1, 162, 7),
        Book("Voorbij de poort", "Rachid Amezian", "Uitgeverij Tweestroom", 0, 148, 6),
        Book("Werkgevers die durven", "Wendy Verstappen", "Boekhuis Scheldeoever", 1, 176, 7),
    ),
    interviewees=(
        Interviewee("Dennis Bos", "ervaringsdeskundige in de verslavingszorg"),
        Interviewee("Sylvia Moerman", "reclasseringswerker"),
        Interviewee("Karim Haddou", "werkgever bij een sociale onderneming"),
        Interviewee("Ellen Wijffels", "wethouder van een middelgrote gemeente"),
    ),
    general_keywords=("herstel", "participatie", "sociale inclusie"),
)

JOURNALS: tuple[JournalSpec, ...] = (WTA, OUDERSCHAPSKENNIS, WAARDENWERK, PARTICIPATIE_EN_HERSTEL)

#: Authors who also write for a second journal (slug of the journal they are borrowed into).
GUEST_AUTHORS: dict[str, tuple[Person, ...]] = {
    "ouderschapskennis": (WTA.authors[0], WTA.authors[5]),
    "wta": (OUDERSCHAPSKENNIS.authors[4],),
    "participatie-en-herstel": (WAARDENWERK.authors[1], WAARDENWERK.authors[3]),
    "waardenwerk": (PARTICIPATIE_EN_HERSTEL.authors[2],),
}

# --------------------------------------------------------------------------------------------
# Publication calendar
# --------------------------------------------------------------------------------------------

YEARS = (2024, 2025, 2026)
NUMBERS = ("1", "2", "3", "4")
ISSUE_MONTHS = {"1": 2, "2": 5, "3": 8, "4": 11}
#: The one issue that is still being prepared (not online), and the article held back elsewhere.
DRAFT_ISSUE = ("waardenwerk", 2026, "4")
HELD_BACK_ARTICLE_ISSUE = ("wta", 2026, "4")
#: Per-article open access: (journal slug, issue numbers, article kind at position, licence key).
OPEN_ACCESS_RULES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "participatie-en-herstel": (("1", "3"), "first-article", "cc-by"),
    "waardenwerk": (("2",), "practice", "cc-by-nc"),
}
