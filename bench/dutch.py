"""Dutch word lists for the search benchmark's generated corpus (``bench.search``).

Written for the purpose: the words of journals on youth care, social work, education and health
care. Function words come first, in about the order of their frequency in running Dutch text; the
content words follow by kind. ``bench.search`` ranks them (function words first, then the simple
content words, then the compounds) and draws text from a Zipf distribution over those ranks, so that
a few words occur in almost every article and most occur in few. Compounds are written out below and
also formed from ``COMPOUND_LEFT`` + ``COMPOUND_RIGHT`` (``opvoedings`` + ``ondersteuning``).
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


#: In about the order of their frequency; many are in ``search.analysis.STOP_WORDS``, many are not.
FUNCTION_WORDS = _words(
    """
    de en van het een in is dat op te die voor met zijn niet aan er als om ook bij door worden
    wordt of naar maar dan nog deze kan over uit tot hun dit meer zo wel waarin omdat zich hoe
    we wat ze men wij zij welke waar werd andere alle veel kunnen moeten heeft hebben zou tussen
    onder binnen tijdens volgens vanuit via echter bovendien daarbij waarbij waardoor daarom dus
    toch immers namelijk zowel vaak soms altijd nooit steeds eerst daarna vervolgens verder
    weinig geen elke ieder beide zullen zal mogen moet konden zouden waren was had werden
    ongeveer vooral juist alleen slechts reeds nu toen sinds zonder tegen na rond per ten ter
    hierbij daarmee hiermee hierin daarin waarmee waarvan daarvan hiervan wanneer terwijl hoewel
    zodat zodra indien mits tenzij doordat nadat voordat totdat opdat ofwel noch hetzij
    enkele sommige meeste minder evenals alsook eveneens wellicht mogelijk namens jegens inzake
    """
)

NOUNS = _words(
    """
    onderzoek ouders kinderen kind jongeren jongere gezin gezinnen zorg hulp praktijk beleid school
    scholen leerkracht leerkrachten leerlingen leerling onderwijs professional professionals
    hulpverlener hulpverleners cliënt cliënten patiënt patiënten gemeente gemeenten wijk wijken
    buurt organisatie organisaties instelling instellingen team teams methode methoden resultaat
    resultaten studie studies analyse analyses vraag vragen antwoord antwoorden gesprek gesprekken
    interview interviews vragenlijst vragenlijsten respondent respondenten deelnemer deelnemers
    effect effecten uitkomst uitkomsten interventie interventies behandeling behandelingen
    begeleiding ondersteuning opvoeding ontwikkeling hechting veiligheid kwaliteit effectiviteit
    toegang samenwerking participatie regie eigenaarschap autonomie veerkracht kwetsbaarheid
    problematiek probleem problemen oorzaak oorzaken gevolg gevolgen risico risico's factor
    factoren context omgeving situatie situaties ervaring ervaringen perspectief perspectieven
    visie rol rollen taak taken verantwoordelijkheid verantwoordelijkheden keuze keuzes besluit
    besluitvorming afweging afwegingen dilemma dilemma's ethiek moraal waarde waarden norm normen
    recht rechten plicht plichten wet wetgeving regel regels procedure procedures protocol
    richtlijn richtlijnen kader kaders model modellen theorie theorieën begrip begrippen concept
    concepten definitie literatuur bron bronnen data gegevens meting metingen steekproef populatie
    groep groepen vergelijking verschil verschillen samenhang verband verbanden relatie relaties
    netwerk netwerken systeem systemen structuur cultuur verandering veranderingen innovatie
    implementatie evaluatie monitoring registratie financiering bekostiging kosten budget middelen
    capaciteit wachtlijst wachtlijsten wachttijd aanmelding aanbod vraagstuk vraagstukken opgave
    transitie transformatie decentralisatie hervorming stelsel overheid rijk provincie minister
    ministerie inspectie toezicht verantwoording handhaving rechter rechtbank uitspraak maatregel
    maatregelen ondertoezichtstelling uithuisplaatsing voogdij pleegouder pleegouders pleegkind
    pleegkinderen pleeggezin pleeggezinnen residentie opname crisis crises noodsituatie melding
    meldingen signaal signalen vermoeden mishandeling verwaarlozing misbruik geweld conflict
    conflicten scheiding echtscheiding omgang omgangsregeling vader vaders moeder moeders
    grootouders broers zussen familie familieleden vriend vrienden leeftijd leeftijden geslacht
    gender identiteit afkomst migratie achtergrond taal taalvaardigheid armoede schulden inkomen
    werk werkloosheid baan arbeid arbeidsmarkt woning wonen huisvesting dakloosheid gezondheid
    welzijn welbevinden ziekte ziekten stoornis stoornissen diagnose diagnostiek symptoom symptomen
    klacht klachten angst depressie stress trauma rouw verlies verslaving middelengebruik alcohol
    gedrag gedragsproblemen emotie emoties motivatie zelfvertrouwen zelfbeeld eigenwaarde
    competentie competenties vaardigheid vaardigheden kennis inzicht inzichten deskundigheid
    expertise opleiding opleidingen training trainingen scholing supervisie intervisie reflectie
    professionalisering beroep beroepen beroepsgroep beroepscode vakmanschap houding attitude
    vertrouwen contact communicatie dialoog taal bejegening empathie betrokkenheid nabijheid
    afstand grens grenzen macht onmacht afhankelijkheid gelijkwaardigheid ongelijkheid
    discriminatie uitsluiting inclusie diversiteit samenleving burger burgers burgerschap
    vrijwilliger vrijwilligers mantelzorger mantelzorgers ouderen oudere bewoner bewoners
    buurtbewoners cliëntenraad medezeggenschap ervaringsdeskundige ervaringsdeskundigen
    ervaringsdeskundigheid huisarts huisartsen wijkteam wijkteams jeugdarts psycholoog
    psychologen orthopedagoog orthopedagogen maatschappelijk sociaal agogen pedagogiek pedagoog
    pedagogen psychiatrie psychiater psychotherapie therapie therapeut therapeuten
    verpleegkundige verpleegkundigen ziekenhuis ziekenhuizen huis thuis dagbesteding
    vrijetijdsbesteding sport spel spelen media smartphone internet beeldscherm sociale
    tijd jaar jaren maand maanden week weken dag dagen moment momenten fase fasen periode
    begin einde doel doelen doelstelling doelstellingen plan plannen planning aanpak
    werkwijze strategie strategieën benadering instrument instrumenten inzet aandacht
    belang belangen behoefte behoeften wens wensen mogelijkheid mogelijkheden kans kansen
    beperking beperkingen handicap hinder obstakel knelpunt knelpunten oplossing oplossingen
    verbetering verbeteringen aanbeveling aanbevelingen conclusie conclusies discussie
    inleiding samenvatting bijdrage bijdragen artikel artikelen tijdschrift hoofdstuk
    casus casussen voorbeeld voorbeelden praktijkvoorbeeld illustratie beschrijving verhaal
    verhalen stem stemmen betekenis betekenissen ideeën idee coördinatie coöperatie
    categorieën categorie financiën reünie enquête enquêtes privacy café knieën
    """
)

#: Forms of a verb on one line each: infinitive, present, past, past participle.
VERBS = _words(
    """
    ondersteunen ondersteunt ondersteunde ondersteund
    begeleiden begeleidt begeleidde begeleid
    onderzoeken onderzoekt onderzocht onderzochten
    behandelen behandelt behandelde behandeld
    verbeteren verbetert verbeterde verbeterd
    ontwikkelen ontwikkelt ontwikkelde ontwikkeld
    beschrijven beschrijft beschreef beschreven
    analyseren analyseert analyseerde geanalyseerd
    evalueren evalueert evalueerde geëvalueerd
    interviewen interviewt interviewde geïnterviewd
    integreren integreert integreerde geïntegreerd
    informeren informeert informeerde geïnformeerd
    beïnvloeden beïnvloedt beïnvloedde beïnvloed
    creëren creëert creëerde gecreëerd
    samenwerken werkt werkte samengewerkt
    versterken versterkt versterkte versterkt
    voorkomen voorkomt voorkwam voorkomen
    signaleren signaleert signaleerde gesignaleerd
    melden meldt meldde gemeld
    bespreken bespreekt besprak besproken
    vergelijken vergelijkt vergeleek vergeleken
    meten meet mat gemeten
    vinden vindt vond gevonden
    laten laat liet gelaten
    zien ziet zag gezien
    geven geeft gaf gegeven
    nemen neemt nam genomen
    krijgen krijgt kreeg gekregen
    maken maakt maakte gemaakt
    gebruiken gebruikt gebruikte gebruikten
    leren leert leerde geleerd
    spreken spreekt sprak gesproken
    luisteren luistert luisterde geluisterd
    handelen handelt handelde gehandeld
    beslissen beslist besliste beslissingen
    kiezen kiest koos gekozen
    blijven blijft bleef gebleven
    lijken lijkt leek geleken
    blijken blijkt bleek gebleken
    tonen toont toonde getoond
    wijzen wijst wees gewezen
    stellen stelt stelde gesteld
    leggen legt legde gelegd
    brengen brengt bracht gebracht
    zoeken zoekt zocht gezocht
    vragen vraagt vroeg gevraagd
    helpen helpt hielp geholpen
    werken werkt werkte gewerkt
    wonen woont woonde gewoond
    opvoeden voedt voedde opgevoed
    opgroeien groeit groeide opgegroeid
    deelnemen neemt deelnam deelgenomen
    toepassen past toepaste toegepast
    uitvoeren voert uitvoerde uitgevoerd
    aanbieden biedt aanbood aangeboden
    inzetten zet inzette ingezet
    verwijzen verwijst verwees verwezen
    afstemmen stemt afstemde afgestemd
    herkennen herkent herkende herkend
    erkennen erkent erkende erkend
    waarderen waardeert waardeerde gewaardeerd
    ervaren ervaart ervoer ervaren
    beleven beleeft beleefde beleefd
    betrekken betrekt betrok betrokken
    bereiken bereikt bereikte bereikt
    benaderen benadert benaderde benaderd
    veranderen verandert veranderde veranderd
    vernieuwen vernieuwt vernieuwde vernieuwd
    borgen borgt borgde geborgd
    verantwoorden verantwoordt verantwoordde verantwoord
    financieren financiert financierde gefinancierd
    organiseren organiseert organiseerde georganiseerd
    reflecteren reflecteert reflecteerde gereflecteerd
    beschermen beschermt beschermde beschermd
    vertrouwen vertrouwt vertrouwde vertrouwd
    verklaren verklaart verklaarde verklaard
    voorspellen voorspelt voorspelde voorspeld
    bevestigen bevestigt bevestigde bevestigd
    benadrukken benadrukt benadrukte benadrukt
    concluderen concludeert concludeerde geconcludeerd
    aanbevelen beveelt aanbeval aanbevolen
    """
)

#: Adjectives, each followed by its inflected form where it has one.
ADJECTIVES = _words(
    """
    sociaal sociale maatschappelijk maatschappelijke professioneel professionele pedagogisch
    pedagogische psychisch psychische lichamelijk lichamelijke emotioneel emotionele cognitief
    cognitieve kwalitatief kwalitatieve kwantitatief kwantitatieve empirisch empirische
    theoretisch theoretische praktisch praktische ethisch ethische moreel morele juridisch
    juridische financieel financiële efficiënt efficiënte effectief effectieve preventief
    preventieve ambulant ambulante residentieel residentiële lokaal lokale regionaal regionale
    landelijk landelijke nationaal nationale internationaal internationale Nederlands
    Nederlandse Vlaams Vlaamse Belgisch Belgische Europees Europese kwetsbaar kwetsbare
    complex complexe ernstig ernstige licht lichte verstandelijk verstandelijke
    jong jonge oud oude nieuw nieuwe groot grote klein kleine hoog hoge laag lage lang
    lange kort korte goed goede slecht slechte belangrijk belangrijke centraal centrale
    duidelijk duidelijke mogelijk mogelijke noodzakelijk noodzakelijke wenselijk wenselijke
    passend passende integraal integrale systemisch systemische structureel structurele
    informeel informele formeel formele zelfstandig zelfstandige gezamenlijk gezamenlijke
    gelijkwaardig gelijkwaardige open veilig veilige onveilig onveilige stabiel stabiele
    positief positieve negatief negatieve actief actieve passief passieve kritisch kritische
    reflectief reflectieve betrokken bewust bewuste onbewust onbewuste eigen specifiek
    specifieke algemeen algemene divers diverse gevarieerd gevarieerde relevant relevante
    significant significante substantieel substantiële beperkt beperkte ruim ruime
    toenemend toenemende afnemend afnemende huidig huidige vroeg vroege laat late tijdelijk
    tijdelijke blijvend blijvende naïef naïeve privé uniek unieke
    """
)

ADVERBS = _words(
    """
    daarnaast tevens overigens eveneens bijvoorbeeld vooral voornamelijk nauwelijks
    uiteindelijk aanvankelijk tegelijkertijd inmiddels voortdurend regelmatig geregeld
    zelden doorgaans gemiddeld relatief absoluut duidelijk sterk zwak nauw direct indirect
    expliciet impliciet concreet feitelijk letterlijk figuurlijk opvallend verrassend
    begrijpelijk logischerwijs kennelijk blijkbaar vermoedelijk waarschijnlijk zeker
    """
)

#: Compounds as they occur in the field.
COMPOUNDS = _words(
    """
    opvoedingsondersteuning jeugdhulpverlening jeugdhulp jeugdzorg jeugdbescherming
    jeugdreclassering jeugdgezondheidszorg jeugdwet jeugdprofessional jeugdprofessionals
    gezinsbegeleiding gezinsbehandeling gezinshuis gezinshuizen gezinscoach gezinsvoogd
    gezinsvoogden gezinsgerichte pleegzorg pleegzorgwerker pleegzorgbegeleiding jeugdzorgwerker
    jeugdzorgwerkers hulpverleningstraject hulpverleningstrajecten hulpvraag hulpvragen
    zorgvraag zorgvragen zorgaanbod zorgaanbieder zorgaanbieders zorgverlener zorgverleners
    zorgverzekeraar zorgverzekeraars zorgkosten zorgplan zorgplannen zorgcoördinatie
    zorgcontinuïteit zorgmijders ouderbetrokkenheid oudergesprek oudergesprekken
    ouderschap ouderschapsplan opvoedingsvragen opvoedingsproblemen opvoedingsstijl
    opvoedingsklimaat opvoedingsvaardigheden kindermishandeling kinderbescherming
    kinderrechten kinderopvang kindcentrum kindertijd kinderarmoede schoolverzuim
    schooluitval schoolmaatschappelijk schoolklimaat leerachterstand leerachterstanden
    leerproblemen leerwerktraject passendonderwijs thuiszitters thuiszitten vechtscheiding
    vechtscheidingen huiselijk echtscheidingskinderen hechtingsproblematiek
    gedragsproblematiek gedragsstoornis gedragsstoornissen autismespectrumstoornis
    aandachtstekortstoornis ontwikkelingsstoornis ontwikkelingsachterstand ontwikkelingstaken
    traumasensitief traumabehandeling traumaverwerking zelfbeschikking zelfredzaamheid
    zelfregulatie zelfsturing zelfmanagement zelfstandigheid eigenkracht
    samenwerkingsverband samenwerkingsverbanden ketensamenwerking ketenpartners
    netwerkbenadering netwerkberaad familiegroepsplan buurtwerk opbouwwerk jongerenwerk
    jongerenwerker jongerenwerkers wijkverpleging wijkverpleegkundige welzijnswerk
    welzijnswerker maatschappelijkwerker sociaalwerker beroepspraktijk praktijkgericht
    praktijkonderzoek praktijkkennis praktijkervaring praktijkprofessional vakliteratuur
    onderzoeksvraag onderzoeksvragen onderzoeksopzet onderzoeksresultaten onderzoeksgroep
    onderzoekspopulatie dataverzameling literatuuronderzoek literatuurstudie casusonderzoek
    effectonderzoek procesevaluatie cliëntervaringen cliëntperspectief cliëntparticipatie
    cliëntgerichte beroepsethiek beroepshouding beroepsidentiteit handelingsverlegenheid
    handelingsruimte professionaliteit werkdruk werkplezier personeelstekort
    arbeidsmarktkrapte vakmanschap teamoverleg casuïstiek casusoverleg multidisciplinair
    interprofessioneel levensloop levensverhaal levenskwaliteit kwaliteitskader
    kwaliteitszorg veiligheidsplan veiligheidsrisico risicotaxatie meldcode
    verwijsindex toegangsteam gebiedsteam buurtteam buurtteams wijkaanpak
    armoedebestrijding schuldhulpverlening schuldhulp inkomensondersteuning bijstand
    participatiewet huisvestingsbeleid woningnood dakloosheid beschermdwonen
    maatschappelijke opvang vrouwenopvang inburgering nieuwkomers statushouders
    vluchtelingenkinderen taalachterstand laaggeletterdheid mediaopvoeding
    beeldschermgebruik gameverslaving sociaalemotioneel welbevinden mentaalwelzijn
    jongvolwassenen adolescentie kleuterleeftijd basisschool basisscholen
    voortgezetonderwijs middelbareschool beroepsonderwijs hogeschool hogescholen
    lerarentekort leerkrachtvaardigheden groepsdynamiek pestgedrag pestpreventie
    """
)

#: First parts of compounds, with their linking letters (``opvoedings``, ``kinder``).
COMPOUND_LEFT = _words(
    """
    opvoedings jeugd gezins ouder kinder school zorg hulp wijk buurt pleeg leer ontwikkelings
    gedrags gezondheids welzijns samenwerkings beleids onderzoeks praktijk beroeps team
    netwerk cliënt familie levens kwaliteits veiligheids risico trauma hechtings taal
    armoede schuld woon werk arbeids inkomens vrijwilligers mantel ervarings jongeren
    ouderen kennis innovatie implementatie evaluatie registratie financierings crisis
    preventie signalerings behandel begeleidings ondersteunings participatie burger
    gemeente regio keten toegangs verwijs melding interventie methodiek media school
    sport spel emotie stress verslavings opvang onderwijs
    """
)

#: Second parts of compounds (the head): ``ondersteuning``, ``verlening``.
COMPOUND_RIGHT = _words(
    """
    ondersteuning verlening hulp zorg begeleiding beleid werker werkers professional
    professionals problematiek problemen traject trajecten aanbod vraag vragen team teams
    onderzoek aanpak methode model kader plan plannen overleg netwerk situatie situaties
    ervaring ervaringen deskundigheid kennis vaardigheden competenties kwaliteit veiligheid
    ontwikkeling stoornis stoornissen achterstand achterstanden klimaat cultuur structuur
    organisatie instelling praktijk context omgeving relatie relaties coördinator
    coördinatie consulent consulenten adviseur adviseurs regie registratie signalering
    monitoring evaluatie financiering budget kosten capaciteit wachtlijst toegang
    participatie betrokkenheid verantwoordelijkheid samenwerking gesprek gesprekken
    interventie interventies programma programma's training doelen taken rol rollen
    """
)

GIVEN_NAMES = _words(
    """
    Anna Bram Carla Daan Eva Femke Gerrit Hanna Iris Joost Karin Lars Marieke Noor Otto Pien
    Quinten Roos Sanne Thijs Ursula Vera Willem Yara Zoë Ahmed Bart Chantal Dirk Els Frank
    Greet Hans Ilse Jan Kees Lieke Maarten Nathalie Olga Peter Renée Sofie Tom Ulla Vincent
    Wendy Youssef Ziggy Annelies Bas Caroline Dennis Esther Floor Geert Hilde Inge Jeroen
    Katrien Luuk Mirjam Niels Omar Pauline Rik Saskia Tim Veerle Wouter Yvonne Fatima
    Mohamed Samira Emre Aylin Mehmet Priya Rajesh Lotte Sem Julia Lucas Emma Finn Tess Levi
    Mila Noah Sara Jesse Fleur Ruben Nina Stijn Anouk Koen Eline Jasper Marloes Joris
    Hester Gijs Machteld Jozef Brecht Liesbeth Hanne Wim Ria Toon Margriet Evert Dorien
    Céline Chloé Hélène Amélie Inès Maël Noël Zoë Jolien Kobe Lore Seppe Fien Wout Jef
    """
)

SURNAMES = [
    *_words(
        """
        Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra
        Kok Jacobs Vermeulen Willems Hoekstra Koster Prins Huisman Peeters Maes Claes Janssens
        Wouters Goossens Mertens Willaert Timmermans Postma Kuipers Veenstra Kramer Schouten
        Verhoeven Evers Boer Groen Wijnands Haan Blom Sedney Yilmaz Öztürk Bouzidi Amrani
        El Khatib Nguyen Tjon Lauwers Coppens Desmet Verstraete Vandenberghe Lemmens Segers
        Aerts Dumont Simons Michiels Hermans Wuyts Declercq Verbeke Pauwels Rutten Geerts
        Sterckx Franssen Gerritsen Bosman Scholten Wolters Hofman Koning Jonker Boersma
        Hermsen Kroon Sanders Martens Bosch Verbeek Kuiper Wijaya Ramdin Baldew Ramsaran
        Nijhuis Zwart Roelofs Dijkman Vink Koopman Lammers Mol Bruins Stam Hoogendoorn
        Oosterhuis Veldman Otten Hartman Boon Zijlstra Brink Molenaar Wiersma Pronk
        """
    ),
    "de Vries",
    "van den Berg",
    "van Dijk",
    "de Jong",
    "de Boer",
    "van der Meer",
    "van Leeuwen",
    "de Groot",
    "van der Linden",
    "van Wijk",
    "de Graaf",
    "van der Heijden",
    "van Beek",
    "de Wit",
    "van Vliet",
    "de Bruijn",
    "van der Veen",
    "van Dam",
    "van den Broek",
    "de Haan",
    "van Loon",
    "de Smet",
    "Van Damme",
    "Van den Bossche",
    "De Backer",
    "De Clercq",
    "Van Hoof",
    "Verhaeghe",
    "El Idrissi",
    "Ben Ali",
    "Çelik",
    "Müller",
    "Sørensen",
    "Gonçalves",
    "Lefèvre",
]

#: Keywords as editors write them (in lower case on the facet).
KEYWORDS = [
    *COMPOUNDS[:90],
    "passend onderwijs",
    "jeugdzorg",
    "sociaal werk",
    "wijkteams",
    "ouderschap",
    "hechting",
    "trauma",
    "armoede",
    "participatie",
    "professionalisering",
    "kwalitatief onderzoek",
    "kwantitatief onderzoek",
    "effectonderzoek",
    "beleidsanalyse",
    "ethiek",
    "morele beraadslaging",
    "ervaringsdeskundigheid",
    "inclusie",
    "diversiteit",
    "mantelzorg",
    "ouderen",
    "jongvolwassenen",
    "migratie",
    "huiselijk geweld",
    "kindermishandeling",
    "pleegzorg",
    "residentiële jeugdzorg",
    "gezinshuizen",
    "schoolverzuim",
    "autisme",
    "adhd",
    "depressie",
    "angst",
    "verslaving",
    "schulden",
    "dakloosheid",
    "samenwerking",
    "integrale zorg",
    "decentralisatie",
    "jeugdwet",
    "wmo",
    "participatiewet",
    "praktijkgericht onderzoek",
    "implementatie",
    "evaluatie",
    "mediaopvoeding",
    "welbevinden",
    "veerkracht",
    "eigen regie",
    "zelfredzaamheid",
]

#: Section headings of the full text.
HEADINGS = [
    "Inleiding",
    "Achtergrond",
    "Theoretisch kader",
    "Methode",
    "Resultaten",
    "Bevindingen uit de praktijk",
    "Discussie",
    "Conclusie",
    "Aanbevelingen",
    "Beperkingen van het onderzoek",
]
