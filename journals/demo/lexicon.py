"""The words each demo journal writes with: who it studies, what helps and hinders, what people say.

``prose`` composes sentences from these slots (and from the article's own subject, place, numbers
and people), so the same sentence rarely appears twice. Everything is invented for the demo.
Noun phrases carry their article where they need one ("een vaste contactpersoon"); findings have a
heading, a noun phrase, a gist (a clause that can stand as a sentence) and things participants said.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Informant:
    """A group the demo studies speak with: 'leerkrachten' / 'leerkracht'; ages for people, not roles."""

    plural: str
    singular: str
    ages: tuple[int, int] | None = None
    #: Whether the journal's quotes (first person, from ``Finding.quotes``) can come from this group;
    #: by default the groups with ages (people speaking for themselves) can, roles cannot.
    voice: bool | None = None

    @property
    def speaks(self) -> bool:
        return self.voice if self.voice is not None else self.ages is not None


@dataclass(frozen=True)
class Finding:
    heading: str
    np: str
    gist: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    #: (words in the subject or context, the informants such a study speaks with), first match wins.
    informant_rules: tuple[tuple[tuple[str, ...], tuple[Informant, ...]], ...]
    default_informants: tuple[Informant, ...]
    factors: tuple[str, ...]
    barriers: tuple[str, ...]
    outcomes: tuple[str, ...]
    interventions: tuple[str, ...]
    findings: tuple[Finding, ...]
    #: Names of organisations: "{town}" and "{name}" are filled in.
    org_patterns: tuple[str, ...]
    settings: tuple[str, ...]
    policies: tuple[str, ...]
    title_words: tuple[str, ...]
    english_topics: tuple[str, ...]
    english_populations: tuple[str, ...]
    dutch_journals: tuple[tuple[str, str], ...]
    #: What practitioners in this field call a client, a session and a team.
    client: str = "cliënt"
    clients: str = "cliënten"

    def informants_for(self, subject: str, context: str) -> tuple[Informant, ...]:
        text = f"{subject} {context}".lower()
        words = text.split()
        for keys, informants in self.informant_rules:
            if any(key in text if " " in key else any(word.startswith(key) for word in words) for key in keys):
                return informants
        return self.default_informants

    @property
    def informant_plurals(self) -> tuple[str, ...]:
        groups = {informant.plural for _, informants in self.informant_rules for informant in informants}
        return tuple(sorted(groups | {informant.plural for informant in self.default_informants}))


# --------------------------------------------------------------------------------------------
# Shared: places, organisations' proper names, first names of participants
# --------------------------------------------------------------------------------------------

TOWN_HEADS = (
    "Elzen", "Linde", "Hazel", "Berken", "Wilgen", "Eiken", "Ooster", "Wester", "Noorder", "Zuider",
    "Kreek", "Moer", "Heide", "Beuken", "Brug", "Molen", "Dijk", "Veen", "Zand", "Klaver", "Essen",
    "Rietvel", "Haver", "Vlas", "Hoog", "Laar", "Kamp", "Ter", "Gaast", "Ravens", "Kievits", "Leeuwe",
)  # fmt: skip
TOWN_TAILS = (
    "waard", "hove", "broek", "rode", "dam", "hem", "loo", "meer", "dorp", "veld", "horst", "donk",
    "kerke", "gem", "hout", "zande", "rade", "wijk", "oord", "aken", "stede", "lare", "beke", "gracht",
)  # fmt: skip
REGIONS = (
    "in het oosten van het land",
    "in het noorden van Nederland",
    "in West-Brabant",
    "in de Kempen",
    "in Oost-Vlaanderen",
    "in de regio rond Antwerpen",
    "in de Randstad",
    "in Zuid-Limburg",
    "in de kop van Noord-Holland",
    "in West-Vlaanderen",
    "in de Achterhoek",
    "in Vlaams-Brabant",
    "op de Veluwe",
    "in Zeeuws-Vlaanderen",
)
ORG_NAMES = (
    "De Linde", "Het Kompas", "De Boog", "Horizon", "De Wissel", "Het Anker", "De Brug", "Meander",
    "De Kering", "Het Baken", "De Vlonder", "Perspectief", "De Oever", "Het Veer", "De Schakel",
    "Het Wiel", "Kompaan", "De Steiger", "Het Erf", "De Overkant", "Zonnewende", "De Driehoek",
)  # fmt: skip
FIRST_NAMES = (
    "Noor", "Sven", "Fatima", "Jelle", "Lotte", "Mohamed", "Inge", "Bram", "Yasmina", "Tim", "Eline",
    "Kevin", "Sanne", "Daan", "Amira", "Jeroen", "Marieke", "Thijs", "Hanna", "Ruben", "Layla", "Wout",
    "Annelies", "Milan", "Ilse", "Nadia", "Robin", "Griet", "Hasan", "Femke", "Joost", "Sofie", "Ahmed",
    "Lieke", "Dirk", "Esra", "Maarten", "Kim", "Olivier", "Emma", "Karel", "Nina", "Senne", "Roos",
    "Yusuf", "Mila", "Bart", "Anouk", "Rik", "Zoë", "Stijn", "Aylin", "Gijs", "Hilde", "Jamal",
    "Marloes", "Wim", "Charlotte", "Tom", "Ilona", "Erik", "Dewi", "Youssef", "Lisa", "Koen", "Saida",
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Wetenschappelijk Tijdschrift voor Autisme
# --------------------------------------------------------------------------------------------

_WTA_ADULTS = Informant("autistische volwassenen", "autistische volwassene", (23, 61))
_WTA_YOUTH = Informant("autistische jongeren", "autistische jongere", (15, 22))
_WTA_PARENTS = Informant("ouders van autistische kinderen", "ouder van een autistisch kind", (31, 52), voice=False)

WTA = Lexicon(
    informant_rules=(
        (
            ("klas", "onderwijs", "school", "op school"),
            (
                Informant("autistische leerlingen", "autistische leerling", (12, 18)),
                Informant("leerkrachten", "leerkracht"),
                Informant("intern begeleiders", "intern begeleider"),
            ),
        ),
        (
            ("studenten", "hoger onderwijs"),
            (
                Informant("autistische studenten", "autistische student", (18, 29)),
                Informant("studieloopbaanbegeleiders", "studieloopbaanbegeleider"),
            ),
        ),
        (
            ("werk", "jobcoach", "werkvloer"),
            (
                Informant("autistische werknemers", "autistische werknemer", (22, 58)),
                Informant("jobcoaches", "jobcoach"),
                Informant("leidinggevenden", "leidinggevende"),
            ),
        ),
        (
            ("peuters", "kinderopvang", "consultatiebureau", "jonge kinderen"),
            (
                _WTA_PARENTS,
                Informant("jeugdverpleegkundigen", "jeugdverpleegkundige"),
                Informant("pedagogisch medewerkers", "pedagogisch medewerker"),
            ),
        ),
        (("kinderen", "gezin"), (_WTA_PARENTS, Informant("behandelaars", "behandelaar"))),
        (
            ("adolescent", "jongeren", "jongvolwassenen"),
            (_WTA_YOUTH, Informant("ambulant begeleiders", "ambulant begeleider")),
        ),
        (
            ("ouderen", "zestigplussers", "ouder worden", "huisarts"),
            (
                Informant("autistische ouderen", "autistische oudere", (60, 81)),
                Informant("huisartsen", "huisarts"),
                Informant("wijkverpleegkundigen", "wijkverpleegkundige"),
            ),
        ),
        (("ziekenhuis", "tandarts", "zorgverleners"), (_WTA_ADULTS, Informant("zorgverleners", "zorgverlener"))),
        (("partner", "relatie"), (_WTA_ADULTS, Informant("partners van autistische volwassenen", "partner", (27, 63)))),
        (
            ("meisjes", "vrouwen"),
            (Informant("autistische vrouwen", "autistische vrouw", (19, 56)), Informant("behandelaars", "behandelaar")),
        ),
    ),
    default_informants=(_WTA_ADULTS, Informant("begeleiders", "begeleider"), Informant("behandelaars", "behandelaar")),
    factors=(
        "een vaste contactpersoon",
        "duidelijke afspraken vooraf",
        "een rustige plek om even bij te komen",
        "begrip van collega's",
        "een voorspelbare dagindeling",
        "schriftelijke informatie naast het gesprek",
        "ruimte om in eigen tempo te werken",
        "een leidinggevende die doorvraagt",
        "contact met andere autistische mensen",
        "de mogelijkheid om pauzes zelf in te plannen",
        "concrete taal zonder dubbelzinnigheden",
        "een visueel overzicht van de week",
        "aanpassingen in licht en geluid",
        "betrokkenheid van ouders bij het plan",
        "een geleidelijke overgang",
        "vooraf kennismaken met een nieuwe ruimte",
        "erkenning van de diagnose door de omgeving",
        "een mentor die signalen van overbelasting herkent",
        "samen opgestelde doelen",
        "ruimte voor eigen interesses",
        "korte lijnen tussen school en thuis",
        "flexibele werktijden",
        "een begeleider die niet te snel invult",
        "vaste momenten voor overleg",
    ),
    barriers=(
        "wisselende begeleiders",
        "lange wachttijden voor diagnostiek",
        "onduidelijke verwachtingen",
        "drukke en lawaaiige ruimtes",
        "onverwachte wijzigingen in het rooster",
        "vooroordelen over autisme",
        "gebrek aan kennis bij zorgverleners",
        "ingewikkelde formulieren",
        "telefonisch contact als enige mogelijkheid",
        "het ontbreken van een vast aanspreekpunt",
        "groepsopdrachten zonder duidelijke rolverdeling",
        "de druk om zich aan te passen",
        "versnipperde zorg",
        "een indicatie die steeds opnieuw moet worden aangevraagd",
        "open kantoortuinen",
        "vage instructies",
    ),
    outcomes=(
        "de ervaren stress",
        "de kwaliteit van leven",
        "de schoolaanwezigheid",
        "de zelfstandigheid in het dagelijks leven",
        "de tevredenheid over de begeleiding",
        "de energie aan het eind van de dag",
        "het behoud van werk",
        "de slaapkwaliteit",
        "het aantal sociale contacten",
        "het zelfvertrouwen",
    ),
    interventions=(
        "een training in plannen en organiseren",
        "psycho-educatie in groepsverband",
        "een maatjesproject met autistische ervaringsdeskundigen",
        "een prikkelarme werkplek",
        "een individueel begeleidingsplan",
        "een aangepaste intake",
        "een ouderavond over autisme",
        "een app die de dag in stappen toont",
        "een kennismakingsbezoek vooraf",
        "een vast weekoverleg met de mentor",
        "een energieboekje",
        "coaching op de werkplek",
    ),
    findings=(
        Finding(
            "Voorspelbaarheid als houvast",
            "voorspelbaarheid",
            "wie weet wat er komt, hoeft minder energie te steken in het opvangen van verrassingen",
            (
                "als ik 's ochtends weet hoe de dag eruitziet, kan ik veel meer aan",
                "één wijziging in het rooster kan mijn hele dag omgooien",
                "ik wil gewoon een dag van tevoren horen wie er komt",
            ),
        ),
        Finding(
            "Energie verdelen over de dag",
            "het verdelen van energie",
            "deelnemers zochten voortdurend een evenwicht tussen inspanning en herstel",
            (
                "na een werkdag heb ik niets meer over voor de rest",
                "ik plan nu bewust lege uren in, anders red ik de week niet",
                "mensen zien alleen het uur dat ik er ben, niet de twee uur herstel erna",
            ),
        ),
        Finding(
            "Gezien worden als persoon",
            "erkenning als persoon",
            "deelnemers wilden niet als diagnose maar als mens worden aangesproken",
            (
                "ik ben meer dan een dossier met een label erop",
                "ze vroeg eerst wat ik zelf wilde, en dat maakte alles anders",
                "ik merk meteen of iemand echt nieuwsgierig is of alleen een lijst afwerkt",
            ),
        ),
        Finding(
            "Een vast aanspreekpunt",
            "een vaste contactpersoon",
            "niet steeds opnieuw het eigen verhaal hoeven doen, scheelt veel spanning",
            (
                "elke nieuwe begeleider betekende weer van voren af aan beginnen",
                "bij haar hoef ik niet uit te leggen waarom iets moeilijk is",
                "toen mijn vaste begeleider wegging, ben ik een half jaar afgehaakt",
            ),
        ),
        Finding(
            "Kleine aanpassingen, groot verschil",
            "het effect van kleine aanpassingen",
            "vaak gaat het om eenvoudige ingrepen, zoals een andere werkplek of een koptelefoon",
            (
                "een bureau bij het raam in plaats van bij de deur, meer was het niet",
                "sinds ik een koptelefoon mag dragen, haal ik de middag wel",
                "het kostte niemand iets, en toch had niemand het eerder bedacht",
            ),
        ),
        Finding(
            "Maskeren en de prijs ervan",
            "camoufleren",
            "het verbergen van autistische kenmerken kost veel en blijft voor de omgeving vaak onzichtbaar",
            (
                "op het werk speel ik de hele dag een rol, thuis stort ik in",
                "iedereen vond dat het goed ging, behalve ikzelf",
                "ik heb jarenlang anderen nagedaan zonder te weten dat ik dat deed",
            ),
        ),
        Finding(
            "Woorden die hetzelfde betekenen",
            "heldere communicatie",
            "concrete afspraken op papier voorkomen dat woorden verschillend worden uitgelegd",
            (
                "als iemand 'straks' zegt, wil ik weten hoe laat dat is",
                "een mail na het gesprek helpt me meer dan het gesprek zelf",
                "ik vraag nu gewoon wat iemand precies bedoelt, ook al voelt dat raar",
            ),
        ),
        Finding(
            "Herkenning bij anderen",
            "contact met andere autistische mensen",
            "herkenning bij anderen maakt het makkelijker het eigen functioneren te begrijpen",
            (
                "in de groep hoefde ik voor het eerst niets uit te leggen",
                "van andere autistische mensen leer ik meer dan uit welk boek ook",
                "het was een opluchting dat anderen dezelfde dingen lastig vonden",
            ),
        ),
        Finding(
            "Overgangen als kwetsbaar moment",
            "het doormaken van overgangen",
            "bij een nieuwe school, baan of woning valt vaak tegelijk veel vertrouwde structuur weg",
            (
                "de eerste weken in een nieuwe klas ben ik elke avond uitgeput",
                "het ging pas mis toen alles tegelijk veranderde",
                "ik had graag vooraf een keer rondgelopen, zonder mensen erbij",
            ),
        ),
        Finding(
            "De houding van de omgeving",
            "de houding van de omgeving",
            "begrip van ouders, collega's of docenten bleek minstens zo belangrijk als formele ondersteuning",
            (
                "mijn collega's weten het nu, en dat scheelt me elke dag energie",
                "de docent die het begreep, was belangrijker dan alle regelingen samen",
                "ik hoef niet geholpen te worden, ik wil begrepen worden",
            ),
        ),
        Finding(
            "Zelfkennis na de diagnose",
            "zelfkennis",
            "de diagnose hielp deelnemers om eigen grenzen beter te benoemen",
            (
                "sinds de diagnose kan ik uitleggen wat ik nodig heb",
                "ik ben milder geworden voor mezelf, dat is misschien het grootste verschil",
                "eerst was er opluchting, daarna kwam de rouw om de jaren ervoor",
            ),
        ),
        Finding(
            "Prikkels en herstel",
            "de omgang met prikkels",
            "geluid, licht en drukte stapelen zich op en vragen om momenten van herstel",
            (
                "het is nooit één geluid, het is alles bij elkaar",
                "in de pauze zoek ik een lege gang op, anders houd ik het niet vol",
                "tl-licht en een zoemende printer, meer is er soms niet nodig",
            ),
        ),
        Finding(
            "Naasten als tolk",
            "de betrokkenheid van naasten",
            "ouders en partners vertalen vaak tussen de persoon en de hulpverlening, en raken daarbij zelf uitgeput",
            (
                "ik ben moeder, maar ook planner, tolk en advocaat",
                "mijn partner legt uit wat ik bedoel als ik de woorden niet vind",
                "zonder mijn vader was ik nooit door de intake gekomen",
            ),
        ),
        Finding(
            "Regels die niet passen",
            "de regels van het systeem",
            "procedures zijn ingericht op een gemiddelde cliënt en knellen bij wie anders functioneert",
            (
                "het formulier vroeg om precies de dingen die ik niet kan",
                "volgens de regels mocht ik pas hulp als het al mis was gegaan",
                "ik paste nergens in, dus kreeg ik ook nergens hulp",
            ),
        ),
    ),
    org_patterns=(
        "Autismeteam {town}",
        "Expertisecentrum Autisme {town}",
        "zorgaanbieder {name}",
        "jeugd-ggz {name}",
        "school voor speciaal onderwijs {name}",
        "Centrum voor Ontwikkeling {town}",
        "het samenwerkingsverband {town}",
        "woonvoorziening {name}",
    ),
    settings=(
        "op school",
        "thuis",
        "op het werk",
        "in de wachtkamer",
        "in de klas",
        "in het openbaar vervoer",
        "in de sportclub",
    ),
    policies=(
        "het passend onderwijs",
        "de Jeugdwet",
        "de Wet langdurige zorg",
        "het VN-verdrag Handicap",
        "de Participatiewet",
    ),
    title_words=(
        "autisme",
        "neurodiversiteit",
        "prikkelverwerking",
        "begeleiding",
        "inclusie",
        "diagnostiek",
        "zelfstandigheid",
        "overbelasting",
        "participatie",
        "ondersteuning op maat",
        "levenskwaliteit",
    ),
    english_topics=(
        "sensory processing",
        "camouflaging",
        "late diagnosis",
        "executive functioning",
        "employment",
        "loneliness",
        "anxiety",
        "sleep problems",
        "inclusive education",
        "autistic identity",
        "burnout",
        "peer support",
        "health care access",
        "transition to adulthood",
        "quality of life",
        "participatory research",
    ),
    english_populations=(
        "autistic adults",
        "autistic adolescents",
        "autistic students",
        "parents of autistic children",
        "autistic women",
    ),
    dutch_journals=(("Tijdschrift voor Ontwikkeling en Beperking", "tob"), ("Orthopedagogische Praktijk", "opr")),
)


# --------------------------------------------------------------------------------------------
# Ouderschapskennis
# --------------------------------------------------------------------------------------------

_OSK_PARENTS = Informant("ouders", "ouder", (22, 49))
_OSK_SUPPORT = Informant("opvoedondersteuners", "opvoedondersteuner")

OUDERSCHAPSKENNIS = Lexicon(
    informant_rules=(
        (("vader",), (Informant("vaders", "vader", (21, 52)), _OSK_SUPPORT)),
        (
            ("pleeg",),
            (
                Informant("pleegouders", "pleegouder", (29, 63)),
                Informant("pleegzorgbegeleiders", "pleegzorgbegeleider"),
            ),
        ),
        (("grootouder",), (Informant("grootouders", "grootouder", (54, 79)), _OSK_PARENTS)),
        (("tiener",), (Informant("jonge moeders", "jonge moeder", (16, 21)), Informant("mentoren", "mentor"))),
        (
            ("school", "onderwijs", "kinderopvang", "schoolpoort"),
            (
                _OSK_PARENTS,
                Informant("leerkrachten", "leerkracht"),
                Informant("pedagogisch medewerkers", "pedagogisch medewerker"),
            ),
        ),
        (
            ("consultatiebureau", "huisarts", "geboorte", "levensjaar", "baby", "huilen"),
            (
                Informant("jonge ouders", "jonge ouder", (21, 41)),
                Informant("jeugdverpleegkundigen", "jeugdverpleegkundige"),
            ),
        ),
        (("jeugdhulp", "jeugdbescherming"), (_OSK_PARENTS, Informant("jeugdhulpverleners", "jeugdhulpverlener"))),
        (
            ("perspectief van kinderen",),
            (_OSK_PARENTS, Informant("kinderen van acht tot twaalf jaar", "kind", (8, 12), voice=False)),
        ),
        (
            ("migratie", "meertalig", "nieuwkomers", "migranten"),
            (Informant("ouders met een migratieachtergrond", "ouder", (24, 51)), _OSK_SUPPORT),
        ),
    ),
    default_informants=(_OSK_PARENTS, _OSK_SUPPORT, Informant("gezinscoaches", "gezinscoach")),
    factors=(
        "een vaste gezinscoach",
        "een laagdrempelige inloop",
        "contact met andere ouders",
        "een opvoedondersteuner die niet oordeelt",
        "praktische hulp bij het regelen van zaken",
        "een bijeenkomst op een vertrouwd tijdstip",
        "kinderopvang tijdens de bijeenkomsten",
        "informatie in eenvoudige taal",
        "een sleutelfiguur uit de eigen gemeenschap",
        "een huisbezoek aan het begin",
        "ruimte voor de eigen vragen van ouders",
        "erkenning van wat ouders al doen",
        "een vast moment voor een gesprek",
        "steun van grootouders",
        "een buurvrouw die even kan oppassen",
        "samenwerking tussen school en wijkteam",
        "een opvoedondersteuner die dezelfde taal spreekt",
        "concrete tips die meteen bruikbaar zijn",
        "een warme overdracht naar andere hulp",
        "tijd om vertrouwen op te bouwen",
        "een gezamenlijke maaltijd",
        "begrip van de werkgever",
    ),
    barriers=(
        "schaamte om hulp te vragen",
        "wachtlijsten in de jeugdhulp",
        "angst voor de jeugdbescherming",
        "onregelmatige werktijden",
        "een versnipperd aanbod",
        "folders die ouders niet aanspreken",
        "taalbarrières",
        "het gebrek aan oppas",
        "wisselende hulpverleners",
        "eerdere teleurstellingen in de hulpverlening",
        "financiële zorgen",
        "een hoog tempo in de gesprekken",
        "de afstand tot het aanbod",
        "oordelen van andere ouders",
        "formulieren vol jargon",
        "bijeenkomsten onder werktijd",
    ),
    outcomes=(
        "de ervaren opvoedstress",
        "het vertrouwen in de eigen opvoedvaardigheden",
        "het sociale netwerk van ouders",
        "de tevredenheid over de ondersteuning",
        "het gezinsklimaat",
        "de betrokkenheid bij school",
        "de gezondheid van de ouders",
        "het aantal verwijzingen naar specialistische hulp",
        "de competentiebeleving van ouders",
        "de kwaliteit van de ouder-kindrelatie",
    ),
    interventions=(
        "een oudergroep in het buurthuis",
        "een reeks huisbezoeken door vrijwilligers",
        "een opvoedspreekuur op school",
        "een vadergroep op zaterdagochtend",
        "een maatjesproject voor jonge moeders",
        "een inloopochtend met koffie",
        "een cursus positief opvoeden",
        "een ouderavond over schermtijd",
        "een wandelgroep voor ouders met een kinderwagen",
        "een appgroep onder begeleiding",
        "een taalcafé voor ouders",
        "een gezinscoach in de wijk",
    ),
    findings=(
        Finding(
            "Steun dicht bij huis",
            "informele steun",
            "ouders zoeken eerst hulp bij familie, vrienden en andere ouders, en pas daarna bij professionals",
            (
                "mijn moeder belt elke avond, dat is mijn opvoedcursus",
                "de buurvrouw weet meer van mijn kinderen dan het wijkteam",
                "ik vraag het eerst aan andere moeders op het schoolplein",
            ),
        ),
        Finding(
            "Niet beoordeeld worden",
            "het gevoel niet beoordeeld te worden",
            "ouders spraken pas vrijuit wanneer ze zeker wisten dat hun vragen niet tegen hen zouden worden gebruikt",
            (
                "ik was bang dat ze mijn kinderen zouden weghalen als ik eerlijk was",
                "zij keek niet raar op toen ik zei dat ik het niet meer wist",
                "bij het consultatiebureau voelde elke vraag als een toets",
            ),
        ),
        Finding(
            "Herkenning bij andere ouders",
            "contact met andere ouders",
            "ouders vonden troost en praktische tips bij anderen die hetzelfde meemaken",
            (
                "toen een andere vader hetzelfde vertelde, voelde ik me minder alleen",
                "in de groep hoorde ik dat het bij iedereen weleens misgaat",
                "we hebben nu een eigen appgroep, ook zonder de begeleider",
            ),
        ),
        Finding(
            "Praktische zorgen eerst",
            "de druk van praktische zorgen",
            "zolang geld, huisvesting of werk onzeker zijn, is er weinig ruimte voor vragen over opvoeding",
            (
                "als de huur niet betaald is, heb ik geen hoofd voor opvoedtips",
                "eerst moest de schuldhulp geregeld, daarna kon ik pas praten over mijn zoon",
                "mijn grootste opvoedvraag was hoe ik de maand doorkom",
            ),
        ),
        Finding(
            "De waarde van een vast gezicht",
            "een vaste contactpersoon",
            "een vertrouwd gezicht maakt het makkelijker om ook lastige onderwerpen aan te kaarten",
            (
                "ik had vier hulpverleners in een jaar en heb het uiteindelijk opgegeven",
                "zij kent ons gezin, ik hoef niet alles opnieuw te vertellen",
                "het was elke keer een ander, dus ik vertelde elke keer minder",
            ),
        ),
        Finding(
            "Twijfel als gewoon onderdeel van ouderschap",
            "opvoedingsonzekerheid",
            "twijfelen hoort bij het ouderschap, maar ouders ervaren het vaak als persoonlijk falen",
            (
                "op internet lees ik elke dag iets anders, dan weet je het niet meer",
                "ik dacht dat andere ouders het allemaal wel wisten",
                "ze zei dat twijfelen betekent dat je je best doet, dat vergeet ik niet meer",
            ),
        ),
        Finding(
            "Tijd en plaats doen ertoe",
            "bereikbaarheid",
            "een bijeenkomst op het verkeerde tijdstip of op een onbekende plek sluit juist de ouders uit die het meest baat hebben",
            (
                "om tien uur 's ochtends sta ik achter de kassa, dus dat lukt nooit",
                "de school ken ik, daar durf ik wel naar binnen",
                "met twee kleintjes in de bus naar de andere kant van de stad, dat doe je niet",
            ),
        ),
        Finding(
            "De rol van vaders",
            "de betrokkenheid van vaders",
            "vaders voelen zich door het aanbod weinig aangesproken, terwijl ze wel vragen hebben",
            (
                "alle folders gingen over moeders, dus ik dacht dat het niet voor mij was",
                "pas in de vadergroep durfde ik toe te geven dat ik het zwaar vond",
                "de verpleegkundige praatte alleen tegen mijn vrouw",
            ),
        ),
        Finding(
            "Ouders als deskundigen",
            "erkenning van ouderkennis",
            "ouders willen dat hun kennis van het eigen kind serieus wordt genomen",
            (
                "ik ken mijn dochter al twaalf jaar, de hulpverlener pas twee weken",
                "ze vroegen eindelijk wat ík dacht dat zou werken",
                "mijn ervaring telde pas toen ik die op papier zette",
            ),
        ),
        Finding(
            "Samen beslissen",
            "gedeelde besluitvorming",
            "ouders voelen zich gesterkt als ze meebeslissen over doelen en stappen",
            (
                "het plan was van ons, niet van hen, en daarom hielden we het vol",
                "ik kreeg een lijst met afspraken waar ik nooit ja tegen had gezegd",
                "we schreven de doelen samen op, in onze eigen woorden",
            ),
        ),
        Finding(
            "Tussen werk en gezin",
            "de combinatie van werk en gezin",
            "tijdsdruk in het gezin laat weinig ruimte voor reflectie en maakt kleine conflicten groter",
            (
                "tussen vijf en acht uur 's avonds gebeurt alles tegelijk",
                "ik heb ploegendiensten, de kinderen zien me vaak alleen slapen",
                "mijn werkgever liet me eindelijk later beginnen, dat veranderde ons ochtendritme",
            ),
        ),
        Finding(
            "Een netwerk dat meegroeit",
            "het sociale netwerk",
            "contacten uit een oudergroep blijven vaak bestaan, ook als de begeleiding stopt",
            (
                "we passen nu om de beurt op elkaars kinderen",
                "de groep is gestopt, maar de vriendschap niet",
                "ik ken nu mensen in de straat die ik kan bellen als het misgaat",
            ),
        ),
    ),
    org_patterns=(
        "Opvoedpunt {town}",
        "het wijkteam {town}",
        "Huis van het Kind {town}",
        "Centrum voor Jeugd en Gezin {town}",
        "gezinscentrum {name}",
        "stichting {name}",
        "buurthuis {name}",
        "basisschool {name}",
    ),
    settings=(
        "aan de keukentafel",
        "op het schoolplein",
        "in de wachtkamer",
        "in het buurthuis",
        "op het consultatiebureau",
        "bij de kinderopvang",
    ),
    policies=(
        "de Jeugdwet",
        "het Vlaamse decreet over gezinsondersteuning",
        "de Wet publieke gezondheid",
        "het programma Kansrijke Start",
    ),
    title_words=(
        "ouderschap",
        "opvoeding",
        "opvoedondersteuning",
        "gezinsleven",
        "informele steun",
        "kwetsbare gezinnen",
        "ouderbetrokkenheid",
        "vaderschap",
        "gezinscoaching",
        "opvoedvragen",
        "draagkracht",
    ),
    english_topics=(
        "parenting support",
        "parental stress",
        "father involvement",
        "social networks",
        "home visiting",
        "co-parenting",
        "family resilience",
        "parent-school partnership",
        "foster care",
        "early childhood",
        "parenting in poverty",
        "peer support",
        "parental self-efficacy",
        "group-based parenting programmes",
    ),
    english_populations=("parents", "young mothers", "fathers", "families in poverty", "foster parents"),
    dutch_journals=(("Tijdschrift Jeugd en Gezin", "tjg"), ("Kind en Omgeving", "keo")),
    client="ouder",
    clients="ouders",
)


# --------------------------------------------------------------------------------------------
# Waardenwerk
# --------------------------------------------------------------------------------------------

_WW_PROS = Informant("professionals", "professional", voice=True)

WAARDENWERK = Lexicon(
    informant_rules=(
        (
            ("ouderenzorg", "verpleeghuis", "dementie", "thuiszorg"),
            (
                Informant("verzorgenden", "verzorgende", voice=True),
                Informant("verpleegkundigen", "verpleegkundige", voice=True),
                Informant("teamleiders", "teamleider", voice=True),
            ),
        ),
        (
            ("wijkverpleeg",),
            (
                Informant("wijkverpleegkundigen", "wijkverpleegkundige", voice=True),
                Informant("teamleiders", "teamleider", voice=True),
            ),
        ),
        (
            ("onderwijs", "klas", "docent", "opleiding"),
            (Informant("docenten", "docent", voice=True), Informant("schoolleiders", "schoolleider", voice=True)),
        ),
        (
            ("jeugdzorg", "jeugdhulp"),
            (
                Informant("jeugdzorgwerkers", "jeugdzorgwerker", voice=True),
                Informant("gedragswetenschappers", "gedragswetenschapper", voice=True),
            ),
        ),
        (
            ("bestuur", "governance", "toezicht", "corporaties"),
            (
                Informant("bestuurders", "bestuurder", voice=True),
                Informant("toezichthouders", "toezichthouder", voice=True),
            ),
        ),
        (
            ("managers", "leiderschap", "leidinggevenden", "organisaties"),
            (
                Informant("leidinggevenden", "leidinggevende", voice=True),
                Informant("medewerkers", "medewerker", voice=True),
            ),
        ),
        (
            ("geestelijke", "defensie", "gevangeniswezen", "palliatieve"),
            (
                Informant("geestelijk verzorgers", "geestelijk verzorger", voice=True),
                Informant("zorgverleners", "zorgverlener", voice=True),
            ),
        ),
        (
            ("ziekenhuis", "psychiatrie", "gehandicaptenzorg"),
            (
                Informant("zorgprofessionals", "zorgprofessional", voice=True),
                Informant("teamleiders", "teamleider", voice=True),
            ),
        ),
        (
            ("wijkteams", "sociaal domein", "sociaal werk", "schuldhulp", "vreemdelingen"),
            (
                Informant("sociaal werkers", "sociaal werker", voice=True),
                Informant("beleidsmedewerkers", "beleidsmedewerker", voice=True),
            ),
        ),
        (
            ("openbaar bestuur", "overheid", "publieke sector", "ambtelijke"),
            (Informant("ambtenaren", "ambtenaar", voice=True), Informant("beleidsmakers", "beleidsmaker", voice=True)),
        ),
        (("jongeren", "ouderen"), (Informant("deelnemers", "deelnemer", (19, 84)), _WW_PROS)),
    ),
    default_informants=(_WW_PROS, Informant("leidinggevenden", "leidinggevende", voice=True)),
    factors=(
        "een vast moment voor moreel beraad",
        "een leidinggevende die twijfel toelaat",
        "ruimte om af te wijken van het protocol",
        "collega's die doorvragen",
        "een gedeelde taal voor dilemma's",
        "tijd voor nabespreking na een incident",
        "vertrouwen van het bestuur",
        "een geestelijk verzorger in het team",
        "erkenning van emotionele belasting",
        "heldere verantwoordelijkheden",
        "een cultuur waarin fouten bespreekbaar zijn",
        "intervisie in kleine groepen",
        "betrokkenheid van cliënten bij beslissingen",
        "een bestuurder die op de werkvloer komt",
        "ruimte voor persoonlijke waarden",
        "een mentor voor nieuwe collega's",
        "gesprekken over wat goed werk is",
        "minder registratiedruk",
        "transparantie over keuzes",
        "een veilige plek om twijfels te delen",
    ),
    barriers=(
        "hoge werkdruk",
        "registratie die tijd wegneemt van het eigenlijke werk",
        "een afrekencultuur",
        "wisselende leidinggevenden",
        "bezuinigingen zonder uitleg",
        "het ontbreken van reflectietijd",
        "angst voor fouten",
        "regels die elkaar tegenspreken",
        "de afstand tussen bestuur en werkvloer",
        "een gebrek aan erkenning",
        "personeelstekorten",
        "een cultuur van zwijgen",
        "tegenstrijdige verwachtingen",
        "indicatoren die het werk niet vangen",
    ),
    outcomes=(
        "de ervaren morele stress",
        "het werkplezier",
        "het verzuim",
        "de betrokkenheid bij de organisatie",
        "het vertrouwen in de leiding",
        "de ervaren professionele ruimte",
        "de bereidheid om dilemma's te bespreken",
        "de kwaliteit van de zorg volgens cliënten",
        "het verloop onder medewerkers",
    ),
    interventions=(
        "een maandelijks moreel beraad",
        "een reflectiegroep voor leidinggevenden",
        "een leergang normatieve professionalisering",
        "een dilemmaspel voor teams",
        "een waardenkaart voor de organisatie",
        "een programma voor morele veerkracht",
        "een rondetafelgesprek met het bestuur",
        "een spreekuur met een geestelijk verzorger",
        "een schrijfgroep voor professionals",
        "een leerkring over integriteit",
    ),
    findings=(
        Finding(
            "Weten wat goed is, maar het niet kunnen doen",
            "morele stress",
            "professionals weten vaak wat goede zorg vraagt, maar lopen vast op tijd, regels en middelen",
            (
                "ik weet wat die meneer nodig heeft, maar de planning geeft me tien minuten",
                "het knaagt als je naar huis gaat terwijl je weet dat het beter had gekund",
                "niemand verbiedt het, maar niemand maakt het ook mogelijk",
            ),
        ),
        Finding(
            "Het gesprek als werkplaats",
            "moreel beraad",
            "in een gestructureerd gesprek blijken collega's met dezelfde vragen te worstelen",
            (
                "in het beraad merkte ik dat ik niet de enige was die twijfelde",
                "we kwamen niet tot één antwoord, maar wel tot een beter besluit",
                "het eerste kwartier zwegen we, daarna kwam alles los",
            ),
        ),
        Finding(
            "Ruimte en kaders",
            "professionele ruimte",
            "ruimte om af te wijken werkt pas wanneer duidelijk is binnen welke kaders dat mag",
            (
                "ik mag afwijken, zeggen ze, maar als het misgaat sta ik er alleen voor",
                "sinds we weten waar de grenzen liggen, durven we meer",
                "het protocol is een leuning, geen kooi",
            ),
        ),
        Finding(
            "Leidinggeven met een open vraag",
            "de houding van leidinggevenden",
            "leidinggevenden die vragen stellen in plaats van antwoorden geven, maken het gesprek over waarden mogelijk",
            (
                "mijn teamleider vroeg wat ik zelf de juiste keuze vond, dat had nog niemand gedaan",
                "een manager die zegt dat hij het ook niet weet, geeft ruimte",
                "als de baas zwijgt over fouten, zwijgt iedereen",
            ),
        ),
        Finding(
            "Zin in het werk",
            "zingeving",
            "het werk blijft alleen vol te houden als het ergens over gaat",
            (
                "op de dagen dat ik echt iets kan betekenen, ben ik niet moe",
                "ik ben dit vak ingegaan voor mensen, niet voor formulieren",
                "de zin zit in de kleine momenten, niet in de jaarverslagen",
            ),
        ),
        Finding(
            "Verantwoording die klopt",
            "verantwoording",
            "verantwoording geeft vertrouwen wanneer ze gaat over de keuzes achter de cijfers, niet alleen over de cijfers",
            (
                "ik lever elke week cijfers aan, maar niemand vraagt wat ze betekenen",
                "verantwoorden is prima, als het maar over het goede gaat",
                "het gesprek met de cliëntenraad zei meer dan het dashboard",
            ),
        ),
        Finding(
            "Kwetsbaarheid delen",
            "kwetsbaarheid",
            "wie twijfels en fouten kan delen, leert meer en houdt het werk langer vol",
            (
                "ik durfde pas over mijn fout te praten toen een ervaren collega over de hare begon",
                "het voelde als falen, tot bleek dat iedereen het herkende",
                "je moet het ergens kwijt kunnen, anders neem je het mee naar huis",
            ),
        ),
        Finding(
            "Waarden aan de muur en op de vloer",
            "de kloof tussen waarden en praktijk",
            "officiële kernwaarden zeggen weinig zolang niemand ze in het dagelijks werk bespreekt",
            (
                "we hebben prachtige kernwaarden in de hal hangen, maar niemand praat erover",
                "respect staat in het beleidsplan, maar wie bepaalt wat dat betekent?",
                "pas toen we een echte casus bespraken, kregen de woorden betekenis",
            ),
        ),
        Finding(
            "Aandacht als kern",
            "aandacht",
            "aanwezig zijn zonder meteen op te lossen, blijkt voor cliënten vaak het verschil te maken",
            (
                "soms is naast iemand gaan zitten het enige wat ik kan doen",
                "de meneer zei: u bent de eerste die niet meteen weer weg moest",
                "niets doen voelde als tekortschieten, tot ik zag wat het opleverde",
            ),
        ),
        Finding(
            "Dilemma's benoemen",
            "het benoemen van dilemma's",
            "een dilemma wordt hanteerbaar zodra het hardop wordt gezegd",
            (
                "zodra we het een dilemma noemden, mocht het ook moeilijk zijn",
                "vroeger noemden we het een probleem van de cliënt, nu een vraag van ons",
                "het moedigste wat ik deed, was zeggen dat iets niet klopte",
            ),
        ),
        Finding(
            "Vertrouwen van boven",
            "vertrouwen",
            "waar bestuurders vertrouwen tonen, nemen professionals meer verantwoordelijkheid",
            (
                "toen de controle minder werd, werden wij juist zorgvuldiger",
                "vertrouwen krijg je niet met een memo",
                "de bestuurder kwam een dag meedraaien, en daarna was het gesprek anders",
            ),
        ),
        Finding(
            "Technologie en de menselijke maat",
            "digitalisering",
            "technologie kan werk verlichten, maar ook het contact verdringen waar het werk om draait",
            (
                "de tablet weet alles van de cliënt, behalve hoe het met hem gaat",
                "ik typ meer dan ik praat",
                "het systeem is ontworpen voor gemiddelden, en die bestaan niet",
            ),
        ),
    ),
    org_patterns=(
        "zorgorganisatie {name}",
        "het verpleeghuis {name}",
        "de gemeente {town}",
        "woningcorporatie {name}",
        "scholengroep {name}",
        "ziekenhuis {town}",
        "stichting {name}",
        "jeugdzorgorganisatie {name}",
    ),
    settings=(
        "in het teamoverleg",
        "aan het bed",
        "in de spreekkamer",
        "aan de keukentafel",
        "in de bestuurskamer",
        "op de gang",
    ),
    policies=(
        "de Wet kwaliteit, klachten en geschillen zorg",
        "de Governancecode Zorg",
        "de Wet zorg en dwang",
        "de Omgevingswet",
    ),
    title_words=(
        "moreel beraad",
        "professionaliteit",
        "zingeving",
        "goed werk",
        "waardengedreven werken",
        "ethiek",
        "verantwoording",
        "vertrouwen",
        "morele vorming",
        "praktische wijsheid",
        "presentie",
    ),
    english_topics=(
        "moral distress",
        "moral case deliberation",
        "professional autonomy",
        "meaningful work",
        "care ethics",
        "values-based leadership",
        "integrity",
        "trust and accountability",
        "moral resilience",
        "practical wisdom",
        "burnout",
        "organisational culture",
        "spiritual care",
    ),
    english_populations=("nurses", "health care professionals", "social workers", "teachers", "public managers"),
    dutch_journals=(("Tijdschrift voor Beroepsethiek", "tbe"), ("Zin en Zorg", "zez")),
)


# --------------------------------------------------------------------------------------------
# Participatie en Herstel
# --------------------------------------------------------------------------------------------

_PH_RECOVERY = Informant("mensen in herstel", "deelnemer", (21, 63))
_PH_WORKERS = Informant("hulpverleners", "hulpverlener")
_PH_PEERS = Informant("ervaringsdeskundigen", "ervaringsdeskundige", (27, 64))

PARTICIPATIE_EN_HERSTEL = Lexicon(
    informant_rules=(
        (
            ("detentie", "gedetineerden", "reclassering", "criminaliteit", "forensisch"),
            (
                Informant("ex-gedetineerden", "ex-gedetineerde", (19, 58)),
                Informant("reclasseringswerkers", "reclasseringswerker"),
                _PH_PEERS,
            ),
        ),
        (
            ("werk", "arbeid", "ondernemingen", "ips"),
            (_PH_RECOVERY, Informant("jobcoaches", "jobcoach"), Informant("werkgevers", "werkgever")),
        ),
        (
            ("wonen", "dakloos", "woonbegeleiding", "opvang", "uitstroom"),
            (Informant("bewoners", "bewoner", (20, 66)), Informant("woonbegeleiders", "woonbegeleider")),
        ),
        (("naasten", "familie"), (Informant("naasten", "naaste", (24, 71), voice=False), _PH_WORKERS)),
        (("vrouwen", "moeder"), (Informant("vrouwen in herstel", "deelneemster", (20, 52)), _PH_WORKERS)),
        (("jongeren", "jongvolwassenen"), (Informant("jongvolwassenen", "jongvolwassene", (18, 27)), _PH_WORKERS)),
        (("ervaringsdeskundig", "herstelacademie"), (_PH_PEERS, _PH_RECOVERY, _PH_WORKERS)),
        (("gemeenten", "wijk", "veiligheid"), (_PH_RECOVERY, Informant("wijkprofessionals", "wijkprofessional"))),
    ),
    default_informants=(_PH_RECOVERY, _PH_WORKERS, _PH_PEERS),
    factors=(
        "een eigen woning",
        "een ervaringsdeskundige in het team",
        "een werkgever die een tweede kans biedt",
        "een vast dagritme",
        "lotgenoten die hetzelfde hebben meegemaakt",
        "hulp bij het ordenen van schulden",
        "een hulpverlener die blijft, ook na een terugval",
        "contact met familie",
        "vrijwilligerswerk als opstap",
        "een plek in de buurt waar men welkom is",
        "een begeleider die naast in plaats van boven staat",
        "een warme overdracht na de detentie",
        "zeggenschap over het eigen plan",
        "sport als ankerpunt in de week",
        "een identiteitsbewijs en een bankrekening bij vrijlating",
        "erkenning van eerdere inzet",
        "een maatje uit de buurt",
        "een sleutel van de eigen voordeur",
        "begrip van collega's op het werk",
        "een buddy die de weg kent bij instanties",
    ),
    barriers=(
        "een strafblad bij sollicitaties",
        "wachtlijsten voor woonruimte",
        "schulden die blijven groeien",
        "vooroordelen in de buurt",
        "een oud netwerk dat terugtrekt naar gebruik",
        "versnipperde hulp",
        "regels van de uitkeringsinstantie",
        "het ontbreken van een vast adres",
        "zelfstigma",
        "eenzaamheid na het stoppen",
        "wisselende hulpverleners",
        "een verklaring omtrent het gedrag die niet wordt afgegeven",
        "bureaucratie rond de uitstroom",
        "lange reistijden naar het werk",
    ),
    outcomes=(
        "de woonstabiliteit",
        "het aantal dagen zonder middelengebruik",
        "de arbeidsparticipatie",
        "de ervaren kwaliteit van leven",
        "het aantal recidives",
        "de omvang van het sociale netwerk",
        "het zelfstigma",
        "de ervaren eigen regie",
        "het aantal crisismomenten",
    ),
    interventions=(
        "een herstelgroep onder leiding van ervaringsdeskundigen",
        "een werkervaringsplek bij een sociale onderneming",
        "een nazorgtraject na detentie",
        "een Housing First-woning",
        "een schuldenaanpak met een vaste consulent",
        "een maatjesproject in de wijk",
        "een sportgroep voor mensen in herstel",
        "een WRAP-training",
        "een familiegroep voor naasten",
        "een inloop in de herstelacademie",
        "begeleiding volgens IPS",
        "een buurtkamer met vrijwilligers",
    ),
    findings=(
        Finding(
            "Een dak als fundament",
            "een stabiele woonsituatie",
            "zonder vast adres lukt bijna niets anders: geen werk, geen uitkering, geen rust",
            (
                "met een eigen sleutel begon mijn herstel pas echt",
                "zolang ik van bank naar bank ging, was stoppen onmogelijk",
                "het eerste wat ik deed in mijn woning was een uur op de bank zitten, gewoon omdat het kon",
            ),
        ),
        Finding(
            "Ervaring als bron van kennis",
            "ervaringsdeskundigheid",
            "ervaringsdeskundigen bereiken mensen die hulpverleners niet bereiken, omdat ze de weg zelf hebben afgelegd",
            (
                "hij wist zonder uitleg waar ik stond, hij had het zelf meegemaakt",
                "een hulpverlener leest over herstel, ik heb het geleefd",
                "pas toen zij vertelde over haar eigen terugval, durfde ik eerlijk te zijn",
            ),
        ),
        Finding(
            "Terugval als deel van de weg",
            "terugval",
            "wie terugval als mislukking ziet, haakt sneller af; wie het als deel van het proces ziet, pakt de draad eerder op",
            (
                "een terugval voelde als mislukken, tot iemand zei dat het bij herstel hoort",
                "ik ben drie keer opnieuw begonnen, en de derde keer lukte het",
                "ze deden de deur niet dicht toen het misging, dat maakte het verschil",
            ),
        ),
        Finding(
            "Werk als reden om op te staan",
            "betekenisvol werk",
            "werk geeft structuur, contact en een andere identiteit dan die van cliënt",
            (
                "het werk gaf me een reden om 's ochtends op te staan",
                "op de werkplaats ben ik gewoon een collega, niet die ex-gedetineerde",
                "mijn eerste loonstrook heb ik ingelijst",
            ),
        ),
        Finding(
            "Stigma van buiten en van binnen",
            "stigma",
            "vooroordelen van anderen nemen mensen vaak over in hoe ze naar zichzelf kijken",
            (
                "mijn buren wisten van niets, en dat wilde ik graag zo houden",
                "ik zag mezelf jarenlang alleen nog als de verslaafde",
                "bij elke sollicitatie zat het strafblad al aan tafel voordat ik binnen was",
            ),
        ),
        Finding(
            "Een nieuw netwerk",
            "het opbouwen van een nieuw netwerk",
            "oude contacten vormen vaak een risico, terwijl nieuwe contacten tijd en gelegenheid vragen",
            (
                "mijn oude vrienden belden nog elke week, dat was het moeilijkste",
                "bij het voetbal leerde ik mensen kennen die niets met mijn verleden te maken hadden",
                "ik moest opnieuw leren hoe je een gewoon gesprek voert",
            ),
        ),
        Finding(
            "De dag na de poort",
            "de overgang na detentie",
            "de eerste dagen na vrijlating bepalen vaak of iemand de draad weer oppakt",
            (
                "na mijn vrijlating had ik een tas met spullen en verder niets",
                "het loket ging pas maandag open, en het was vrijdag",
                "iemand stond me op te wachten bij de poort, dat vergeet ik nooit",
            ),
        ),
        Finding(
            "Schulden als rem",
            "de last van schulden",
            "financiële onrust neemt ruimte in die nodig is voor herstel",
            (
                "elke bruine envelop gaf me zin om te gebruiken",
                "toen de schulden in beeld waren, kon ik eindelijk slapen",
                "ik durfde de post niet meer open te maken",
            ),
        ),
        Finding(
            "Zelf aan het roer",
            "eigen regie",
            "mensen in herstel willen meebeslissen over hun traject, ook als dat langzamer gaat",
            (
                "voor het eerst schreef ik zelf mijn plan, in mijn eigen woorden",
                "ze bleven vragen wat ik wilde, ook toen ik het zelf nog niet wist",
                "het was mijn herstel, dus ik wilde ook het tempo bepalen",
            ),
        ),
        Finding(
            "Naasten in beeld",
            "de rol van naasten",
            "familie en vrienden dragen veel, maar worden zelden gehoord of ondersteund",
            (
                "als moeder mocht ik jaren niets weten, terwijl ik alles opving",
                "mijn zus was de enige die bleef, ook toen ik het niet verdiende",
                "in de familiegroep hoorde ik voor het eerst dat het niet mijn schuld was",
            ),
        ),
        Finding(
            "Welkom in de buurt",
            "gastvrijheid in de buurt",
            "een plek waar mensen gewoon welkom zijn, doet meer voor inclusie dan een apart programma",
            (
                "in de buurtkamer vraagt niemand waar je vandaan komt",
                "de bakker groet me nu, dat klinkt klein maar het is het niet",
                "ik ben vrijwilliger bij de voedselbank, daar hoor ik erbij",
            ),
        ),
        Finding(
            "Samen optrekken in de keten",
            "samenwerking in de keten",
            "waar zorg, reclassering en gemeente elkaar kennen, vallen minder mensen tussen wal en schip",
            (
                "ik had vijf hulpverleners die elkaar nooit spraken",
                "sinds ze samen aan tafel zitten, hoef ik niet meer vijf keer hetzelfde te vertellen",
                "de wijkagent en mijn begeleider belden elkaar gewoon op, dat hielp",
            ),
        ),
    ),
    org_patterns=(
        "Herstelacademie {town}",
        "stichting {name}",
        "de verslavingszorg in {town}",
        "de maatschappelijke opvang {town}",
        "sociale onderneming {name}",
        "het zorg- en veiligheidshuis {town}",
        "forensische polikliniek {name}",
        "de reclasseringsunit {town}",
    ),
    settings=(
        "in de buurtkamer",
        "op de werkplaats",
        "bij het loket",
        "in de opvang",
        "op de sportclub",
        "in de herstelgroep",
    ),
    policies=(
        "de Wmo",
        "de Participatiewet",
        "de Wet verplichte ggz",
        "de Wet forensische zorg",
        "het Vlaamse herstelbeleid",
    ),
    title_words=(
        "herstel",
        "participatie",
        "sociale inclusie",
        "ervaringsdeskundigheid",
        "stigma",
        "re-integratie",
        "wonen",
        "werk",
        "nazorg",
        "eigen regie",
        "kwartiermaken",
    ),
    english_topics=(
        "recovery capital",
        "peer support",
        "desistance",
        "Housing First",
        "supported employment",
        "stigma",
        "social inclusion",
        "reentry after prison",
        "recovery colleges",
        "relapse prevention",
        "family involvement",
        "dual diagnosis",
        "homelessness",
    ),
    english_populations=(
        "people in recovery",
        "people leaving prison",
        "people with substance use problems",
        "homeless adults",
        "young adults on probation",
    ),
    dutch_journals=(("Tijdschrift voor Verslaving en Herstel", "tvh"), ("Justitiële Praktijk", "jpr")),
)

LEXICONS: dict[str, Lexicon] = {
    "wta": WTA,
    "ouderschapskennis": OUDERSCHAPSKENNIS,
    "waardenwerk": WAARDENWERK,
    "participatie-en-herstel": PARTICIPATIE_EN_HERSTEL,
}
