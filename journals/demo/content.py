"""The hand-written Dutch material of the demo: publisher, journals, boards, authors, themes, books, calendar.

Everything here is invented for the demo, except the four journal names and the seed article's
title and author, which the publisher supplied. Each journal's themes (a subject, the contexts it
is studied in, its keywords) give the articles their subjects; ``plan`` pairs them with issues and
``prose`` writes the articles from them, with the journal's vocabulary in ``lexicon``.
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
# Words the editorials use (the articles' prose is composed in ``prose`` from ``lexicon``)
# --------------------------------------------------------------------------------------------

ORDINALS = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde"}

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
