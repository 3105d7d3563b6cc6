"""A fixed test corpus and a judged query set for the Dutch full-text search.

``DOCS`` is a small, invented corpus of articles spread over the four demo journals
("ouderschapskennis", "waardenwerk", "wta" and "participatie-en-herstel"). All prose is
original Dutch written for these tests; names of authors, interviewees and books are invented.
The corpus is built so that queries exercise real search behaviour: compounds
(opvoedingsondersteuning, autismespectrumstoornis), inflections (gezin/gezinnen),
diacritics (ideeën, financiële), near-duplicate topics where ranking matters, and two
articles that share the title "Boekbespreking" in the same journal and year.

``JUDGED`` lists queries with the keys of the documents that must rank in the top ten,
the best answer first. ``kind`` says what the query tests: "topic", "author", "title"
(half-remembered), "compound", "misspelling" (one edit away from a corpus word; the
expected documents are those the corrected word finds), "inflection", "phrase",
"exclusion", "or" and "accent" (typed without diacritics).

The document with key "gated-unique" is not open access and is the only place where the
invented word "zwerfkeiengesprek" occurs: twice, in its body only. Leak tests use it to
check that subscriber-only full text never reaches anonymous visitors through search.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Doc:
    key: str  # short unique id, e.g. "opvoeding-kwetsbaar"
    journal: str  # journal slug
    year: int  # 2019..2026
    title: str
    subtitle: str = ""
    authors: tuple[tuple[str, str], ...] = ()  # (given_names, surname); surname may hold a tussenvoegsel
    keywords: tuple[str, ...] = ()
    abstract: str = ""  # plain text
    body: str = ""  # HTML paragraphs
    article_type: str = "research-article"  # JATS value, see journals.models.Article.Type
    open_access: bool = False


@dataclass(frozen=True)
class Judged:
    query: str
    expected: tuple[str, ...]  # keys that must rank in the top 10, best answer first
    kind: str  # what the query tests, see the module docstring


OUDERSCHAP = "ouderschapskennis"
WAARDEN = "waardenwerk"
WTA = "wta"
HERSTEL = "participatie-en-herstel"

DOCS: tuple[Doc, ...] = (
    # --- Ouderschapskennis -------------------------------------------------------------
    Doc(
        key="opvoeding-kwetsbaar",
        journal=OUDERSCHAP,
        year=2024,
        title="Opvoedingsondersteuning voor kwetsbare gezinnen",
        subtitle="Wat ouders zelf als helpend ervaren",
        authors=(("Marieke", "van der Berg"), ("Sander", "Bakker")),
        keywords=("opvoedingsondersteuning", "kwetsbare gezinnen", "ouderperspectief", "kwalitatief onderzoek"),
        abstract=(
            "Gezinnen die met meerdere problemen tegelijk kampen, haken vaak af bij reguliere "
            "opvoedingsondersteuning. In dit kwalitatieve onderzoek spraken wij met 31 ouders uit kwetsbare "
            "gezinnen over hun ervaringen met hulp bij het opvoeden. Ouders waarderen vooral een vaste "
            "contactpersoon, praktische hulp in huis en een houding zonder oordeel. Programma's met vaste "
            "modules sluiten minder goed aan. We bespreken wat dit betekent voor gemeenten en wijkteams."
        ),
        body=(
            "<p>Opvoedingsondersteuning is in Nederland breed beschikbaar, maar bereikt niet iedereen even goed. "
            "Juist ouders met schulden, een licht verstandelijke beperking of een onzekere verblijfsstatus maken "
            "er weinig gebruik van. Dat is zorgelijk, omdat kinderen in deze gezinnen een groter risico lopen op "
            "achterstanden.</p>"
            "<p>Wij interviewden 31 ouders die in de afgelopen twee jaar hulp kregen van een wijkteam of "
            "jeugdverpleegkundige. De interviews werden thematisch geanalyseerd door twee onderzoekers, "
            "onafhankelijk van elkaar.</p>"
            "<p>Drie thema's kwamen steeds terug. Ouders wilden één vast gezicht, iemand die hun verhaal al "
            "kende. Ze hadden behoefte aan hulp die direct merkbaar was, zoals het ordenen van post of het "
            "regelen van kinderopvang. En ze waren gevoelig voor signalen van afkeuring: één kritische opmerking "
            "kon het vertrouwen voor maanden beschadigen.</p>"
            "<p>Voor kwetsbare gezinnen lijkt de vorm van de hulp minstens zo belangrijk als de inhoud. Gemeenten "
            "doen er goed aan ruimte te bieden voor flexibele, outreachende opvoedingsondersteuning in plaats van "
            "uitsluitend vaste trajecten in te kopen.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="wijkteam-armoede",
        journal=OUDERSCHAP,
        year=2023,
        title="Het wijkteam als vindplaats",
        subtitle="Laagdrempelige hulp aan gezinnen die rond moeten komen van een minimuminkomen",
        authors=(("Fatima", "El Amrani"), ("Marieke", "van der Berg")),
        keywords=("wijkteam", "armoede", "gezinnen", "preventie"),
        abstract=(
            "Wijkteams zien veel gezinnen met geldzorgen, maar verwijzen lang niet altijd door naar "
            "opvoedingsondersteuning. Op basis van dossieronderzoek in drie gemeenten en groepsinterviews met "
            "professionals laten we zien dat armoede en opvoedingsstress sterk verweven zijn bij kwetsbare "
            "gezinnen. Een integrale aanpak, waarin schuldhulp en opvoedadvies door hetzelfde team worden "
            "geboden, verlaagt de drempel. We formuleren aanbevelingen voor de inrichting van wijkteams."
        ),
        body=(
            "<p>Armoede drukt zwaar op het gezinsleven. Ouders die elke maand moeten rekenen of er genoeg geld is "
            "voor boodschappen, hebben minder geduld en minder ruimte om met hun kinderen te spelen. Wijkteams "
            "zijn vaak de eerste plek waar die spanning zichtbaar wordt.</p>"
            "<p>We analyseerden 120 dossiers van gezinnen met een inkomen rond het sociaal minimum en hielden "
            "groepsinterviews met 18 medewerkers van wijkteams. Daarbij keken we naar de vraag waarmee gezinnen "
            "zich meldden en naar de hulp die uiteindelijk werd ingezet.</p>"
            "<p>In de meeste dossiers ging de eerste hulpvraag over geld of huisvesting. Vragen over opvoeden "
            "kwamen pas later ter sprake, en dan vaak terloops. Medewerkers gaven aan dat zij die vragen soms "
            "lieten liggen omdat de geldnood voorging.</p>"
            "<p>Wanneer schuldhulp en opvoedadvies door dezelfde persoon werden aangeboden, bleven gezinnen "
            "langer in beeld. Dat pleit voor teams waarin beide expertises standaard aanwezig zijn.</p>"
        ),
    ),
    Doc(
        key="keukentafel-huisbezoek",
        journal=OUDERSCHAP,
        year=2022,
        title="Thuis aan de keukentafel",
        subtitle="Huisbezoeken door jeugdverpleegkundigen in een krimpregio",
        authors=(("Hanneke", "Mulder"),),
        keywords=("huisbezoek", "jeugdgezondheidszorg", "praktijk", "platteland"),
        abstract=(
            "In deze praktijkbeschrijving volgen we een team jeugdverpleegkundigen in een dunbevolkte regio in "
            "het noorden van het land. Zij leggen extra huisbezoeken af bij jonge gezinnen waar zorgen zijn over "
            "de ontwikkeling van een baby of peuter. We beschrijven hoe het team werkt, welke dilemma's de "
            "verpleegkundigen tegenkomen en wat ouders van de bezoeken vinden."
        ),
        body=(
            "<p>Het team bestaat uit vijf jeugdverpleegkundigen die samen ruim tweehonderd gezinnen met jonge "
            "kinderen volgen. Afstanden zijn groot en het openbaar vervoer is beperkt, waardoor een bezoek aan het "
            "consultatiebureau voor sommige ouders een hele onderneming is.</p>"
            "<p>Het team koos er daarom voor de opvoedingsondersteuning naar de mensen toe te brengen. Bij "
            "kwetsbare gezinnen komt een verpleegkundige eens per maand thuis, meestal aan de keukentafel, met "
            "koffie en zonder vaste agenda. Onderwerpen als slapen, voeding en huilen komen vanzelf aan bod.</p>"
            "<p>Een terugkerend dilemma is de grens tussen vertrouwen en toezicht. Verpleegkundigen zien in huis "
            "meer dan op het bureau, en soms ook dingen die zorgen baren. Het team bespreekt zulke situaties "
            "wekelijks in een casuïstiekoverleg.</p>"
            "<p>Moeders en vaders zeggen dat zij zich minder beoordeeld voelen dan bij een afspraak op locatie. "
            "Enkelen vertelden dat ze pas na een paar bezoeken durfden te vertellen over hun eigen jeugd.</p>"
        ),
        article_type="case-report",
    ),
    Doc(
        key="vechtscheiding-kinderen",
        journal=OUDERSCHAP,
        year=2021,
        title="Klem tussen ruziënde ouders",
        subtitle="Een groepsinterventie voor kinderen bij vechtscheidingen",
        authors=(("Johan", "de Vries"), ("Lotte", "Verbeek")),
        keywords=("vechtscheiding", "kinderen", "groepsinterventie", "loyaliteit"),
        abstract=(
            "Kinderen van ouders die langdurig en heftig ruzie maken na een scheiding lopen risico op angst, "
            "somberheid en loyaliteitsproblemen. Wij evalueerden een groepsprogramma van acht bijeenkomsten voor "
            "kinderen van acht tot twaalf jaar. Na afloop rapporteerden kinderen minder schuldgevoel en meer "
            "woorden voor hun emoties. Ouders gaven aan dat hun kind rustiger was na de wisseling tussen beide "
            "huizen."
        ),
        body=(
            "<p>Bij ongeveer één op de vijf scheidingen met kinderen blijft het conflict tussen de ouders "
            "jarenlang doorgaan. Zo'n vechtscheiding heeft ingrijpende gevolgen: kinderen voelen zich "
            "verantwoordelijk voor de ruzie en kiezen soms openlijk partij om de rust te bewaren.</p>"
            "<p>Het programma dat wij onderzochten, brengt kinderen in kleine groepen samen. Met spel, tekenen en "
            "rollenspel leren zij dat zij niet de enigen zijn en dat het conflict niet hun schuld is. Ouders "
            "volgen parallel twee avonden over de invloed van hun strijd op het kind.</p>"
            "<p>In totaal deden 64 kinderen mee. Vragenlijsten voor en na het programma lieten een afname zien "
            "van schuldgevoel en een toename van emotionele woordenschat. Het effect op angstklachten was "
            "klein.</p>"
            "<p>Professionals benadrukken dat een groepsaanbod geen vervanging is voor juridische en "
            "gezinsgerichte hulp. In de zwaarste situaties, waarin de veiligheid van het kind in het geding is, "
            "volgt soms een tijdelijke plaatsing in de pleegzorg.</p>"
        ),
    ),
    Doc(
        key="ouderschapsplan",
        journal=OUDERSCHAP,
        year=2020,
        title="Het ouderschapsplan op papier en in het echt",
        authors=(("Lotte", "Verbeek"),),
        keywords=("ouderschapsplan", "scheiding", "co-ouderschap", "afspraken"),
        abstract=(
            "Sinds 2009 zijn scheidende ouders verplicht een ouderschapsplan op te stellen. Hoe houdbaar zijn de "
            "afspraken in zo'n plan? Wij volgden 85 gescheiden ouders gedurende drie jaar. Ruim de helft paste de "
            "afspraken binnen een jaar aan, meestal in onderling overleg. Vooral verhuizingen en nieuwe partners "
            "leidden tot spanningen. Een periodieke evaluatie van het plan onder begeleiding van een mediator "
            "lijkt zinvol."
        ),
        body=(
            "<p>Het ouderschapsplan werd ingevoerd om kinderen na een scheiding meer stabiliteit te geven. Ouders "
            "leggen vast hoe zij de zorg verdelen, hoe zij informatie uitwisselen en hoe de kosten worden "
            "gedeeld.</p>"
            "<p>In ons cohort hadden bijna alle ouders een plan, maar slechts een kwart hield zich na drie jaar "
            "nog aan de oorspronkelijke verdeling. Dat hoeft geen probleem te zijn: veel aanpassingen waren "
            "logisch, omdat kinderen ouder worden en andere behoeften krijgen.</p>"
            "<p>Problemen ontstonden vooral wanneer één ouder verhuisde of een nieuwe relatie begon. In die "
            "gevallen escaleerden meningsverschillen sneller, soms tot aan de rechter toe.</p>"
            "<p>Wij pleiten voor een vast evaluatiemoment, bijvoorbeeld elke twee jaar, waarbij een neutrale "
            "derde helpt om het plan bij te stellen voordat de verhoudingen verharden.</p>"
        ),
    ),
    Doc(
        key="alleenstaande-ouder",
        journal=OUDERSCHAP,
        year=2025,
        title="Er alleen voor staan",
        subtitle="De dagelijkse puzzel van de alleenstaande ouder",
        authors=(("Yvonne", "Dekker"), ("Bram", "de Wit")),
        keywords=("eenoudergezin", "alleenstaande ouder", "tijdsbesteding", "netwerk"),
        abstract=(
            "Het aantal eenoudergezinnen groeit, maar onderzoek naar het dagelijks leven van de alleenstaande "
            "ouder is schaars. Met dagboekstudies bij 42 deelnemers brachten we in kaart hoe een ouder zonder "
            "partner werk, huishouden en opvoeding combineert. Een klein maar betrouwbaar netwerk bleek "
            "belangrijker dan het aantal uren opvang. Wie niemand had om in te vallen bij ziekte, ervoer de meeste "
            "stress."
        ),
        body=(
            "<p>Ruim een op de tien huishoudens met kinderen is een eenoudergezin. Meestal is het de moeder die "
            "de dagelijkse zorg draagt, maar het aandeel vaders groeit. Beleid richt zich vaak op werk en "
            "inkomen; de vraag hoe het leven van dag tot dag verloopt, krijgt minder aandacht.</p>"
            "<p>Deelnemers hielden twee weken lang een digitaal dagboek bij. Elke avond noteerden zij wat goed "
            "ging, wat misliep en wie hen had geholpen. Daarnaast vulden zij een korte vragenlijst in over stress "
            "en vermoeidheid.</p>"
            "<p>Opvallend was hoe vaak kleine tegenvallers de hele planning omgooiden. Een zieke peuter of een "
            "uitgevallen bus betekende voor een alleenstaande ouder vaak een gemiste werkdag. Deelnemers met een "
            "buurvrouw, zus of vriend die kon inspringen, rapporteerden duidelijk minder spanning.</p>"
            "<p>Voor professionals betekent dit dat het loont om samen met de ouder het eigen netwerk te "
            "versterken, naast het regelen van formele opvang.</p>"
        ),
    ),
    Doc(
        key="hoogbegaafde-kinderen",
        journal=OUDERSCHAP,
        year=2019,
        title="Slim en toch vastlopen",
        subtitle="Opvoedvragen van gezinnen met hoogbegaafde kinderen",
        authors=(("Karin", "Veldhuis"),),
        keywords=("hoogbegaafdheid", "opvoedvragen", "onderpresteren", "school"),
        abstract=(
            "Ouders van hoogbegaafde kinderen zoeken regelmatig hulp bij opvoedvragen, maar vinden die niet "
            "altijd. Deze studie analyseert 210 vragen die ouders stelden via een landelijke telefonische "
            "opvoedlijn. De meeste vragen gingen over onderpresteren, perfectionisme en conflicten over huiswerk. "
            "Ouders voelden zich door school en omgeving vaak niet serieus genomen. We doen voorstellen voor "
            "betere doorverwijzing en scholing van opvoedadviseurs."
        ),
        body=(
            "<p>Hoogbegaafdheid wordt vaak gezien als een voordeel dat geen extra aandacht nodig heeft. Ouders "
            "vertellen een ander verhaal: hun zoon of dochter verveelt zich op school, raakt gefrustreerd en laat "
            "thuis zijn emoties de vrije loop.</p>"
            "<p>We codeerden alle vragen die in een periode van twee jaar binnenkwamen bij de opvoedlijn en "
            "waarin hoogbegaafdheid werd genoemd. Per vraag noteerden we het onderwerp, de leeftijd van de "
            "jongere en het gegeven advies.</p>"
            "<p>Onderpresteren was het meest genoemde thema, gevolgd door perfectionisme en faalangst. Veel "
            "ouders beschreven heftige conflicten over huiswerk dat hun kinderen te makkelijk of juist zinloos "
            "vonden. Een terugkerende klacht was dat leerkrachten de zorgen van ouders wegwuifden.</p>"
            "<p>Opvoedadviseurs gaven meestal algemene tips. Specifieke kennis over hoogbegaafde kinderen "
            "ontbrak vaak. Scholing op dit terrein en een overzicht van gespecialiseerde hulp zouden de kwaliteit "
            "van het advies verbeteren.</p>"
        ),
    ),
    Doc(
        key="jonge-mantelzorgers",
        journal=OUDERSCHAP,
        year=2023,
        title="Zorgen voor een zieke ouder",
        subtitle="Jonge mantelzorgers op de middelbare school",
        authors=(("Noor", "Kuipers"), ("Esther", "van Leeuwen")),
        keywords=("jonge mantelzorgers", "school", "welzijn", "chronische ziekte"),
        abstract=(
            "Naar schatting heeft een op de vijf scholieren thuis een zorgtaak voor een ouder, broer of zus met "
            "een ziekte of beperking. Deze jonge mantelzorgers vallen op school zelden op. In een "
            "vragenlijstonderzoek onder 1.400 leerlingen vonden we dat zij vaker moe zijn, minder sporten en "
            "vaker zorgen hebben over de toekomst. Mentoren kunnen met eenvoudige signalen veel betekenen."
        ),
        body=(
            "<p>Jonge mantelzorgers doen thuis vaak meer dan leeftijdsgenoten: boodschappen, koken, medicijnen "
            "aangeven of een jonger broertje naar bed brengen. Velen zien dat zelf niet als zorg, maar als iets "
            "wat nu eenmaal moet.</p>"
            "<p>Wij vroegen leerlingen van acht scholen naar hun thuissituatie, hun slaap, hun vrije tijd en hun "
            "zorgen. Ongeveer achttien procent gaf aan regelmatig voor een ziek familielid te zorgen.</p>"
            "<p>Deze groep sliep gemiddeld korter en sportte minder. Opvallend was dat slechts weinigen ooit met "
            "een docent over hun situatie hadden gesproken. Schaamte en loyaliteit aan de zieke ouder speelden "
            "daarbij een grote rol.</p>"
            "<p>Scholen kunnen ondersteuning bieden door mentoren alert te maken op signalen zoals vermoeidheid "
            "en gemiste lessen. Flexibiliteit bij deadlines en een vaste vertrouwenspersoon maken voor deze "
            "leerlingen al een groot verschil.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="pleegzorg-matching",
        journal=OUDERSCHAP,
        year=2022,
        title="Pleegzorg begint bij een goede match",
        subtitle="Factoren die bijdragen aan stabiele plaatsingen",
        authors=(("Anouk", "Brouwer"), ("Johan", "de Vries")),
        keywords=("pleegzorg", "matching", "plaatsingsstabiliteit", "pleeggezin"),
        abstract=(
            "Een voortijdig beëindigde plaatsing is voor pleegkinderen een ingrijpende gebeurtenis. Wij "
            "onderzochten 312 plaatsingen bij vier pleegzorgaanbieders en keken welke kenmerken van de match "
            "samenhingen met stabiliteit na twee jaar. Een zorgvuldige kennismaking, een gedeelde culturele "
            "achtergrond en realistische verwachtingen bij het pleeggezin voorspelden een stabielere plaatsing. "
            "Tijdsdruk bij de matching bleek een belangrijke risicofactor."
        ),
        body=(
            "<p>In de pleegzorg wordt een kind tijdelijk of langdurig opgevoed in een ander gezin. Wanneer zo'n "
            "plaatsing voortijdig eindigt, moet het kind opnieuw wennen aan nieuwe verzorgers, vaak ook aan een "
            "nieuwe school.</p>"
            "<p>We verzamelden gegevens uit dossiers en hielden interviews met pleegzorgwerkers over de manier "
            "waarop de match tot stand was gekomen. Vervolgens keken we welke plaatsingen na twee jaar nog "
            "liepen.</p>"
            "<p>Plaatsingen die binnen een week geregeld moesten worden, eindigden twee keer zo vaak voortijdig "
            "als plaatsingen met een uitgebreide kennismaking. Ook een gedeelde taal of religie hing samen met "
            "meer stabiliteit.</p>"
            "<p>Pleegzorgwerkers gaven aan dat zij onder druk van wachtlijsten soms kiezen voor het eerste "
            "beschikbare pleeggezin. Meer werving van pleeggezinnen is daarom niet alleen een kwestie van "
            "capaciteit, maar ook van kwaliteit.</p>"
        ),
    ),
    Doc(
        key="pleegouders-uitval",
        journal=OUDERSCHAP,
        year=2024,
        title="Waarom pleegouders stoppen",
        authors=(("Anouk", "Brouwer"),),
        keywords=("pleegouders", "uitval", "pleegzorg", "begeleiding"),
        abstract=(
            "Elk jaar stopt een aanzienlijk deel van de pleegouders, terwijl de vraag naar pleeggezinnen groeit. "
            "Op basis van exitinterviews met 57 gestopte pleegouders beschrijven we hun redenen. Naast "
            "persoonlijke omstandigheden, zoals een eigen scheiding of ziekte, noemden zij vooral gebrekkige "
            "begeleiding en moeizame contacten met de biologische ouders. Betere nazorg na een breuk in de "
            "plaatsing kan uitval beperken."
        ),
        body=(
            "<p>Pleegzorg drijft op de inzet van gewone mensen die hun huis openstellen. Het verlies van ervaren "
            "pleegouders is daarom voor de hele sector een probleem.</p>"
            "<p>De exitinterviews lieten zien dat de beslissing om te stoppen zelden op één moment viel. Meestal "
            "ging er een periode van oplopende spanning aan vooraf, waarin pleegouders zich alleen voelden "
            "staan.</p>"
            "<p>Een deel stopte door veranderingen in het eigen leven. Een scheiding, de geboorte van een eigen "
            "kind of de zorg voor een ouder lieten geen ruimte meer voor een pleegkind. Anderen stopten na een "
            "plaatsing die abrupt eindigde, zonder dat iemand daarna nog contact opnam.</p>"
            "<p>Pleegouders vroegen om een vaste begeleider die bereikbaar is, ook buiten kantoortijden, en om "
            "erkenning voor het verdriet na een afgebroken plaatsing.</p>"
        ),
    ),
    Doc(
        key="schoolverzuim-thuiszitters",
        journal=OUDERSCHAP,
        year=2021,
        title="Van thuiszitter naar leerling",
        subtitle="Een wijkgerichte aanpak van langdurig schoolverzuim",
        authors=(("Jeroen", "Hendriks"), ("Wouter", "van Dijk")),
        keywords=("schoolverzuim", "thuiszitters", "leerplicht", "samenwerking"),
        abstract=(
            "Langdurig schoolverzuim heeft grote gevolgen voor de ontwikkelingskansen van jongeren. In een "
            "middelgrote gemeente werkten leerplichtambtenaren, jeugdprofessionals en scholen samen in een "
            "wijkgerichte aanpak. Wij evalueerden de aanpak met dossieronderzoek en interviews. Na een jaar ging "
            "twee derde van de thuiszitters weer gedeeltelijk naar school. Snel handelen bij de eerste signalen "
            "bleek cruciaal."
        ),
        body=(
            "<p>Jongeren die maanden of zelfs jaren niet naar school gaan, raken achter in hun ontwikkeling en "
            "verliezen contact met leeftijdsgenoten. De oorzaken zijn divers: angst, pesten, problemen thuis of "
            "een onderwijsaanbod dat niet past.</p>"
            "<p>In de onderzochte gemeente kwam een vast team van leerplicht, jeugdprofessional en "
            "zorgcoördinator van school wekelijks bijeen. Elke melding van schoolverzuim werd binnen vijf "
            "werkdagen opgepakt, met een huisbezoek als eerste stap.</p>"
            "<p>Van de 48 jongeren die aan het begin van het schooljaar thuiszaten, volgden er na twaalf maanden "
            "31 weer lessen, al was dat vaak in een aangepast rooster. Bij jongeren die al langer dan een jaar "
            "thuis waren, lukte terugkeer minder vaak.</p>"
            "<p>De belangrijkste les is dat tijd telt. Hoe eerder het team betrokken raakte, hoe groter de kans "
            "op een geslaagde terugkeer.</p>"
        ),
    ),
    Doc(
        key="eerste-duizend-dagen",
        journal=OUDERSCHAP,
        year=2020,
        title="Ouderschapsondersteuning in de eerste duizend dagen",
        authors=(("Hanneke", "Mulder"), ("Sofie", "Wouters")),
        keywords=("eerste duizend dagen", "zwangerschap", "kraamtijd", "preventie"),
        abstract=(
            "De periode van zwangerschap tot de tweede verjaardag wordt gezien als cruciaal voor de ontwikkeling "
            "van een kind. Dit overzichtsartikel bespreekt interventies die aanstaande en kersverse ouders helpen "
            "in deze fase. Er is redelijk bewijs voor huisbezoekprogramma's tijdens de zwangerschap en voor "
            "videofeedback in het eerste levensjaar. Over groepsaanbod en digitale vormen van "
            "ouderschapsondersteuning is minder bekend."
        ),
        body=(
            "<p>In de eerste duizend dagen worden de fundamenten gelegd voor gezondheid en gehechtheid. Stress "
            "tijdens de zwangerschap, een moeizame kraamtijd of een postnatale depressie kunnen die ontwikkeling "
            "verstoren.</p>"
            "<p>We zochten in vier databanken naar gecontroleerde studies naar interventies voor ouders in deze "
            "periode. In totaal voldeden 38 studies aan de inclusiecriteria.</p>"
            "<p>Huisbezoekprogramma's door verpleegkundigen tijdens de zwangerschap lieten de meest consistente "
            "effecten zien, vooral bij jonge moeders. Videofeedback, waarbij ouders beelden van zichzelf met hun "
            "baby terugzien, versterkte de sensitiviteit van ouders. Voor groepsbijeenkomsten en apps waren de "
            "resultaten wisselend.</p>"
            "<p>Voor de praktijk betekent dit dat investeren in ouderschapsondersteuning vroeg in de "
            "zwangerschap het meest belooft. Tegelijk is meer onderzoek nodig naar digitale vormen, die in snel "
            "tempo worden ingevoerd.</p>"
        ),
        article_type="review-article",
    ),
    Doc(
        key="vaders-in-beeld",
        journal=OUDERSCHAP,
        year=2019,
        title="Vaders in beeld",
        subtitle="Betrokkenheid bij de opvoeding van jonge kinderen",
        authors=(("Bram", "de Wit"),),
        keywords=("vaderschap", "betrokkenheid", "rolpatronen"),
        abstract=(
            "Vaders besteden meer tijd aan de opvoeding dan een generatie geleden, maar in de hulpverlening "
            "blijven zij vaak buiten beeld. In focusgroepen met 36 vaders verkenden we hun ideeën over goed "
            "vaderschap en hun ervaringen met consultatiebureau en school. Vaders voelden zich regelmatig "
            "behandeld als bijzaak. Professionals kunnen vaders actiever uitnodigen en hun inbreng serieus "
            "nemen."
        ),
        body=(
            "<p>Het beeld van de vader als kostwinner die op zondag even met de kinderen voetbalt, is achterhaald. "
            "Toch richten veel voorzieningen voor jonge gezinnen zich nog steeds vooral op moeders.</p>"
            "<p>In zes focusgroepen spraken vaders met verschillende achtergronden over hun rol. Zij deelden "
            "ideeën over wat een goede vader is: aanwezig zijn, grenzen stellen, maar ook troosten en "
            "spelen.</p>"
            "<p>Veel deelnemers vertelden over momenten waarop zij werden genegeerd. Op het consultatiebureau "
            "richtte de verpleegkundige zich tot de moeder, ook als de vader de baby vasthield. Uitnodigingen van "
            "school kwamen standaard bij de moeder terecht.</p>"
            "<p>Kleine aanpassingen kunnen veel verschil maken: beide ouders aanspreken, afspraken buiten "
            "werktijd mogelijk maken en in folders ook vaders afbeelden. Zo voelen vaders zich gezien als "
            "volwaardige opvoeders.</p>"
        ),
    ),
    Doc(
        key="boekbespreking-onzeker",
        journal=OUDERSCHAP,
        year=2023,
        title="Boekbespreking",
        subtitle="Over 'Opgroeien in onzekere tijden' van Henk Dijkstra",
        authors=(("Marieke", "van der Berg"),),
        keywords=("boekbespreking", "opgroeien", "onzekerheid"),
        abstract=(
            "Dijkstra beschrijft in zijn nieuwe boek hoe economische en maatschappelijke onzekerheid doorwerkt in "
            "het gezinsleven. Het boek is toegankelijk geschreven en rijk aan voorbeelden uit de praktijk, maar "
            "de onderbouwing met onderzoek blijft soms mager. Voor professionals die met gezinnen werken, is het "
            "een nuttige aanzet tot reflectie."
        ),
        body=(
            "<p>Wie de afgelopen jaren met gezinnen werkte, weet hoe sterk onzekerheid over werk, woning en "
            "inkomen het dagelijks leven kleurt. Dijkstra maakt dat in twaalf hoofdstukken invoelbaar met "
            "verhalen van ouders en jongeren die hij sprak.</p>"
            "<p>De sterkste hoofdstukken gaan over flexwerk en over de woningnood. De auteur laat zien hoe een "
            "tijdelijk contract of een verhuizing naar een noodwoning doorwerkt in slaap, humeur en geduld aan "
            "tafel.</p>"
            "<p>Minder overtuigend is het slothoofdstuk, waarin hij pleit voor een basisinkomen zonder de "
            "bestaande literatuur daarover serieus te bespreken. Ook had een register het boek beter bruikbaar "
            "gemaakt.</p>"
            "<p>Al met al is dit een leesbaar boek dat vooral waarde heeft als spiegel voor de eigen praktijk, "
            "en dat zich goed leent voor bespreking in een team.</p>"
        ),
        article_type="book-review",
    ),
    Doc(
        key="boekbespreking-samen-opvoeden",
        journal=OUDERSCHAP,
        year=2023,
        title="Boekbespreking",
        subtitle="Over 'Samen opvoeden na de breuk' van Ria Kramer",
        authors=(("Sofie", "Wouters"),),
        keywords=("boekbespreking", "co-ouderschap", "communicatie"),
        abstract=(
            "Kramer schreef een praktisch handboek voor ouders die na het einde van hun relatie samen "
            "verantwoordelijk blijven voor de kinderen. Het boek bevat herkenbare situaties, oefeningen en "
            "voorbeeldzinnen. Het richt zich op ouders zelf, maar ook mediators en gezinscoaches vinden er "
            "bruikbaar materiaal in. Een kritische noot betreft de beperkte aandacht voor huiselijk geweld."
        ),
        body=(
            "<p>Het einde van een relatie betekent niet het einde van het ouderschap. Die gedachte loopt als een "
            "rode draad door dit handboek, dat is opgebouwd rond veelvoorkomende knelpunten: de overdracht, "
            "verjaardagen, nieuwe partners en verschillen in huisregels.</p>"
            "<p>Elk hoofdstuk opent met een herkenbare scène en eindigt met oefeningen. De voorbeeldzinnen voor "
            "lastige momenten zijn misschien het meest waardevol. Ze helpen ouders om met minder verwijt en meer "
            "aandacht voor het kind te communiceren.</p>"
            "<p>De auteur gaat ervan uit dat beide ouders bereid zijn samen te werken. Voor situaties met "
            "huiselijk geweld of ernstige psychische problemen is dat uitgangspunt niet houdbaar, en daar besteedt "
            "het boek te weinig aandacht aan.</p>"
            "<p>Wie met gezinnen in een overgangsfase werkt, kan het boek met een gerust hart aanraden, mits met "
            "die kanttekening.</p>"
        ),
        article_type="book-review",
    ),
    Doc(
        key="redactioneel-hokjes",
        journal=OUDERSCHAP,
        year=2025,
        title="Voorbij de hokjes",
        subtitle="Redactioneel",
        authors=(("Sander", "Bakker"),),
        keywords=("redactioneel", "classificatie", "gezinsdiversiteit"),
        abstract=(
            "In dit redactioneel staan we stil bij de neiging om gezinnen in vaste categorieën in te delen. "
            "Zulke indelingen zijn handig voor beleid en onderzoek, maar doen zelden recht aan de werkelijkheid. "
            "We introduceren de artikelen in dit nummer, die elk op hun eigen manier laten zien hoe divers het "
            "gezinsleven in Nederland en Vlaanderen is."
        ),
        body=(
            "<p>Onderzoekers en beleidsmakers werken graag met categorieën: eenoudergezin, samengesteld gezin, "
            "gezin met een migratieachtergrond. Die termen helpen om groepen te vergelijken en geld te verdelen. "
            "Het risico is dat we de indeling verwarren met het leven zelf.</p>"
            "<p>De bijdragen in dit nummer laten zien dat gezinnen zich weinig aantrekken van onze hokjes. "
            "Grootouders die de dagelijkse opvoeding overnemen, vrienden die als vaste oppas fungeren, tieners "
            "die voor een zieke moeder zorgen: het past allemaal slecht in een formulier.</p>"
            "<p>Dat betekent niet dat we moeten stoppen met tellen en indelen. Wel vraagt het om bescheidenheid. "
            "Elke indeling is een keuze, en die keuze bepaalt mede wie we zien en wie niet.</p>"
            "<p>We wensen u veel leesplezier en nodigen u uit om te reageren op de bijdragen in dit nummer.</p>"
        ),
        article_type="editorial",
        open_access=True,
    ),
    Doc(
        key="digitale-opvoeding",
        journal=OUDERSCHAP,
        year=2026,
        title="Opvoeden in een digitale wereld",
        subtitle="Hoe ouders omgaan met sociale media en schermtijd van tieners",
        authors=(("Nadia", "Bouzid"),),
        keywords=("digitale media", "schermtijd", "sociale media", "tieners"),
        abstract=(
            "Vrijwel alle tieners hebben een smartphone, en ouders worstelen met de vraag hoeveel controle "
            "passend is. In een online vragenlijst onder 900 ouders en verdiepende interviews met 24 gezinnen "
            "onderzochten we hun regels en zorgen rond de digitale opvoeding. Ouders maakten zich meer zorgen over "
            "contact met onbekenden dan over de hoeveelheid schermtijd. Afspraken die samen met de tiener waren "
            "gemaakt, werden beter nageleefd."
        ),
        body=(
            "<p>Voor veel ouders is de smartphone van hun kind een bron van zorg. Tegelijk is de telefoon voor "
            "tieners onmisbaar om vriendschappen te onderhouden. Ouders zoeken een balans tussen bescherming en "
            "vertrouwen.</p>"
            "<p>De meeste ouders hanteerden regels over telefoongebruik tijdens het eten en na bedtijd. Minder "
            "vaak waren er afspraken over welke apps een tiener mocht gebruiken of met wie hij of zij contact "
            "had.</p>"
            "<p>In de interviews kwam een spanning naar voren tussen toezicht en vertrouwen. Veel tieners "
            "beschouwen hun berichten als strikt privé. Ouders die berichten meelazen zonder overleg, merkten dat "
            "hun kind zich terugtrok. Ouders die met hun tiener spraken over wat hij online meemaakte, hoorden "
            "juist meer.</p>"
            "<p>Professionals kunnen ouders helpen door niet alleen technische tips te geven, maar vooral door de "
            "dialoog tussen ouder en tiener te stimuleren.</p>"
        ),
    ),
    Doc(
        key="gated-unique",
        journal=OUDERSCHAP,
        year=2022,
        title="Wandelen met grootouders",
        subtitle="Een buitenmethode voor het bespreken van familiegeschiedenis",
        authors=(("Kees", "Hoogendoorn"),),
        keywords=("grootouders", "familiegeschiedenis", "methodiek", "buiten"),
        abstract=(
            "Grootouders vervullen in veel gezinnen een belangrijke rol, maar hun verhalen blijven vaak "
            "onverteld. In deze praktijkbijdrage beschrijven we een werkvorm waarbij een gezinswerker samen met "
            "een grootouder en een kleinkind een vaste route loopt. Onderweg komen herinneringen, "
            "familiegewoonten en spanningen tussen generaties aan bod. We delen ervaringen van twaalf families "
            "en geven handvatten voor gezinswerkers."
        ),
        body=(
            "<p>De werkvorm ontstond toen een gezinswerker merkte dat een grootvader binnen nauwelijks iets zei, "
            "maar tijdens een wandeling langs de dijk ineens vertelde over zijn eigen vader. Sindsdien loopt zij "
            "met families een vaste route van ongeveer een uur.</p>"
            "<p>Halverwege de route ligt een grote steen uit de ijstijd. Daar houdt het gezelschap stil voor wat "
            "de families inmiddels het zwerfkeiengesprek noemen: iedere deelnemer vertelt over iets uit de "
            "familie dat al heel lang meegaat, net als die steen.</p>"
            "<p>Kleinkinderen stellen vragen die volwassenen niet meer durven te stellen. Grootouders vertellen "
            "over verhuizingen, armoede en oorlog, maar ook over feesten en liefdes. De gezinswerker bewaakt de "
            "veiligheid en vat aan het eind samen.</p>"
            "<p>Twaalf families deden mee. Zij waardeerden vooral het informele karakter. Een moeder zei achteraf "
            "dat het zwerfkeiengesprek meer had opgeleverd dan maanden overleg aan tafel. Wel vraagt de methode "
            "een gezinswerker die rustig kan luisteren en stiltes durft te laten vallen.</p>"
        ),
        article_type="case-report",
    ),
    # --- Waardenwerk -------------------------------------------------------------------
    Doc(
        key="morele-beraadslaging-jeugd",
        journal=WAARDEN,
        year=2021,
        title="Morele beraadslaging in de jeugdhulpverlening",
        subtitle="Een evaluatie in vijf teams",
        authors=(("Johan", "de Vries"), ("Mirjam", "Koster")),
        keywords=("morele beraadslaging", "jeugdhulpverlening", "reflectie", "teamleren"),
        abstract=(
            "Professionals in de jeugdhulpverlening nemen dagelijks beslissingen met grote gevolgen voor kinderen "
            "en ouders. Morele beraadslaging biedt een gestructureerde vorm om zulke dilemma's samen te "
            "doordenken. Wij evalueerden de invoering ervan in vijf teams gedurende een jaar. Deelnemers ervoeren "
            "meer begrip voor elkaars standpunten en meer durf om twijfel uit te spreken. Het effect op concrete "
            "besluiten was minder duidelijk."
        ),
        body=(
            "<p>Moet een kind uit huis worden geplaatst? Mag een hulpverlener informatie delen met school zonder "
            "toestemming van de ouders? Zulke vragen hebben geen eenduidig antwoord en raken aan waarden als "
            "veiligheid, autonomie en vertrouwen.</p>"
            "<p>Bij morele beraadslaging bespreekt een team een concrete casus aan de hand van een vaste "
            "stappenvolgorde, onder leiding van een getrainde begeleider. Het doel is niet om tot een oordeel te "
            "komen over goed of fout, maar om de afwegingen zichtbaar te maken.</p>"
            "<p>We observeerden 42 bijeenkomsten en interviewden deelnemers na afloop. De meesten vonden de "
            "bijeenkomsten zinvol. Vooral jongere medewerkers zeiden dat zij hun twijfel eerder durfden te "
            "uiten.</p>"
            "<p>Of de kwaliteit van besluiten verbeterde, is moeilijk vast te stellen. Teams die de bijeenkomsten "
            "inbedden in hun reguliere overleg, hielden de methode het langst vol.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="beroepsethiek-sociaal-werk",
        journal=WAARDEN,
        year=2020,
        title="Beroepsethiek in het sociaal werk",
        subtitle="Van beroepscode naar dagelijkse praktijk",
        authors=(("Pieter-Jan", "Van den Broeck"),),
        keywords=("beroepsethiek", "sociaal werk", "beroepscode", "professionaliteit"),
        abstract=(
            "De beroepscode voor sociaal werkers formuleert algemene waarden, maar hoe vertalen professionals die "
            "naar hun dagelijkse werk? Via interviews met 28 sociaal werkers in Vlaanderen en Nederland "
            "onderzochten we hoe beroepsethiek vorm krijgt in de praktijk. Professionals baseerden zich zelden "
            "expliciet op de code, maar wel op impliciete normen uit hun team. We bepleiten meer aandacht voor "
            "beroepsethiek in intervisie."
        ),
        body=(
            "<p>Beroepscodes hebben een belangrijke functie: ze maken zichtbaar waar een beroepsgroep voor staat "
            "en bieden houvast bij klachten. In de drukte van alledag spelen ze echter een bescheiden rol.</p>"
            "<p>De sociaal werkers die wij spraken, kenden de code meestal wel, maar konden zelden een artikel "
            "noemen. Bij lastige keuzes vroegen zij een collega om raad of volgden zij wat in hun team gebruikelijk "
            "was.</p>"
            "<p>Dat is niet per se slecht. Teamnormen zijn vaak goed afgestemd op de context. Het risico is wel "
            "dat ongeschreven regels niet meer ter discussie staan, ook als ze botsen met rechten van "
            "cliënten.</p>"
            "<p>Wij stellen voor om in intervisie regelmatig een concrete casus te verbinden aan de waarden uit de "
            "beroepscode. Zo wordt beroepsethiek geen papieren werkelijkheid, maar een gedeelde taal.</p>"
        ),
    ),
    Doc(
        key="morele-stress",
        journal=WAARDEN,
        year=2023,
        title="Morele stress bij jeugdprofessionals",
        subtitle="Prevalentie en beschermende factoren",
        authors=(("Mirjam", "Koster"), ("Thijs", "Verhoeven")),
        keywords=("morele stress", "jeugdprofessionals", "jeugdhulp", "werkdruk"),
        abstract=(
            "Morele stress ontstaat wanneer professionals weten wat goed zou zijn, maar daar door omstandigheden "
            "niet naar kunnen handelen. In een vragenlijstonderzoek onder 640 jeugdprofessionals rapporteerde "
            "bijna de helft regelmatig morele stress, vooral door wachtlijsten en regeldruk. Steun van de "
            "leidinggevende en deelname aan morele beraadslaging hingen samen met minder klachten. Organisaties "
            "kunnen morele stress dus deels beïnvloeden."
        ),
        body=(
            "<p>In de jeugdhulp is de werkdruk hoog en zijn de wachtlijsten lang. Professionals zien kinderen die "
            "hulp nodig hebben, maar kunnen die niet op tijd bieden. Die kloof tussen willen en kunnen is een "
            "bekende bron van morele stress.</p>"
            "<p>Ons onderzoek combineerde een gevalideerde vragenlijst met open vragen. Deelnemers werkten in "
            "wijkteams, bij gecertificeerde instellingen en in de residentiële zorg.</p>"
            "<p>Veel genoemde oorzaken waren het moeten afwijzen van gezinnen, het gedwongen afsluiten van "
            "trajecten en administratieve eisen die tijd wegnemen van het contact met jongeren. Medewerkers met "
            "morele stress dachten vaker na over vertrek.</p>"
            "<p>Professionals die regelmatig deelnamen aan morele beraadslaging of intervisie, rapporteerden "
            "minder klachten. Ook een leidinggevende die ruimte gaf om twijfels te bespreken, werkte "
            "beschermend. Wie morele stress wil verminderen, moet dus niet alleen naar individuele veerkracht kijken, maar ook naar de organisatie.</p>"
        ),
    ),
    Doc(
        key="partijdig-vechtscheiding",
        journal=WAARDEN,
        year=2022,
        title="Partijdig zonder het te willen",
        subtitle="Professionele dilemma's bij een vechtscheiding",
        authors=(("Els", "Claes"),),
        keywords=("vechtscheiding", "neutraliteit", "professionele dilemma's", "gezinsrecht"),
        abstract=(
            "Professionals die betrokken raken bij een vechtscheiding, worden al snel door een van beide ouders "
            "als partijdig gezien. In dit artikel analyseren we casussen uit de praktijk van gezinsvoogden en "
            "hulpverleners. We laten zien hoe het streven naar neutraliteit kan botsen met de plicht om op te "
            "komen voor het kind. We beschrijven strategieën om transparant te blijven over die spanning."
        ),
        body=(
            "<p>Bij een vechtscheiding staan de ouders lijnrecht tegenover elkaar. Elke professional die een rol "
            "speelt, wordt onderdeel van het conflict, of hij dat wil of niet. Een rapport, een advies of zelfs "
            "een vriendelijk woord tegen de ene ouder kan door de andere worden uitgelegd als bewijs van "
            "partijdigheid.</p>"
            "<p>We analyseerden twintig casussen die door gezinsvoogden en hulpverleners werden ingebracht in een "
            "leernetwerk. In bijna alle gevallen werd de professional op enig moment beschuldigd van het kiezen "
            "van een kant, soms via een formele klacht.</p>"
            "<p>Volledige neutraliteit bleek een illusie. Wie opkomt voor de belangen van het kind, kiest soms "
            "onvermijdelijk voor een standpunt dat een van de ouders afwijst.</p>"
            "<p>Professionals die vanaf het begin open waren over hun rol en over de waarden die hun handelen "
            "sturen, hielden het vertrouwen van beide ouders langer vast.</p>"
        ),
    ),
    Doc(
        key="moreel-beraad-wijk",
        journal=WAARDEN,
        year=2024,
        title="Moreel beraad in de wijk",
        subtitle="Een tussenbalans na drie jaar",
        authors=(("Geert", "Maes"), ("Leen", "Janssens")),
        keywords=("moreel beraad", "wijkteams", "reflectie", "implementatie"),
        abstract=(
            "Drie jaar geleden startten twaalf Vlaamse en Nederlandse wijkteams met maandelijks moreel beraad. In "
            "deze tussenbalans beschrijven we wat de teams ervan leerden. Het beraad hielp om morele vragen "
            "expliciet te maken, maar de opkomst liep terug zodra de externe begeleiding stopte. We bespreken "
            "voorwaarden voor duurzame inbedding, zoals getrainde begeleiders binnen het eigen team."
        ),
        body=(
            "<p>Moreel beraad is een vorm van gezamenlijke reflectie op een concrete situatie waarin "
            "professionals twijfelen over wat juist is. In wijkteams gaat het bijvoorbeeld om de vraag hoe ver je "
            "mag gaan in het aandringen op hulp bij een bewoner die dat niet wil.</p>"
            "<p>De deelnemende teams kregen het eerste jaar begeleiding van een externe trainer. Na elke "
            "beraadslaging noteerden zij welke morele vragen nog open bleven en wat zij anders zouden doen.</p>"
            "<p>In het tweede en derde jaar namen teamleden de begeleiding zelf over. In vijf teams bleef het "
            "beraad een vast onderdeel van de maand; in de overige teams verwaterde het.</p>"
            "<p>Bepalend voor duurzaamheid waren een leidinggevende die het belang uitdroeg, vaste tijd in de "
            "agenda en minstens twee getrainde collega's per team.</p>"
        ),
    ),
    Doc(
        key="ruimte-eigen-oordeel",
        journal=WAARDEN,
        year=2019,
        title="Ruimte voor het eigen oordeel",
        subtitle="Professionele discretie onder druk van protocollen",
        authors=(("Martijn", "Schouten"),),
        keywords=("professionele ruimte", "protocollen", "discretie", "ethiek"),
        abstract=(
            "Protocollen en registratie-eisen beperken in toenemende mate de ruimte van professionals om naar "
            "eigen inzicht te handelen. In dit essay betogen we dat professionele discretie geen luxe is, maar een "
            "voorwaarde voor passende hulp. We verbinden inzichten uit de ethiek met voorbeelden uit jeugdzorg en "
            "maatschappelijk werk en doen voorstellen voor een nieuw evenwicht tussen verantwoording en "
            "vertrouwen."
        ),
        body=(
            "<p>Wie in de zorg of het sociaal domein werkt, kent het gevoel: het protocol schrijft iets voor wat "
            "in deze situatie niet past. Toch is afwijken riskant, want bij een incident wordt als eerste gevraagd "
            "of de regels zijn gevolgd.</p>"
            "<p>Professionele deskundigheid bestaat juist uit het vermogen om algemene kennis toe te passen op een "
            "unieke situatie. Een protocol kan daarbij helpen, maar kan dat vermogen nooit vervangen.</p>"
            "<p>In de ethiek wordt dit vermogen praktische wijsheid genoemd: weten wat hier en nu het goede is om "
            "te doen. Die wijsheid groeit door ervaring en door reflectie met collega's.</p>"
            "<p>Wij pleiten voor protocollen die ruimte laten voor gemotiveerde afwijking. Belangrijk is dat "
            "professionals hun keuze kunnen uitleggen, niet dat zij altijd hetzelfde doen.</p>"
        ),
    ),
    Doc(
        key="melden-of-niet",
        journal=WAARDEN,
        year=2025,
        title="Melden of niet melden",
        subtitle="Afwegingen rond de meldcode huiselijk geweld en kindermishandeling",
        authors=(("Ilse", "de Boer"), ("Pieter-Jan", "Van den Broeck")),
        keywords=("meldcode", "huiselijk geweld", "kindermishandeling", "afwegingskader"),
        abstract=(
            "De meldcode huiselijk geweld en kindermishandeling verplicht professionals om bij vermoedens een "
            "vast stappenplan te doorlopen. Uit interviews met 30 professionals in onderwijs, jeugdhulp en "
            "huisartsenzorg blijkt dat vooral de laatste stap, de afweging om wel of niet te melden, als zwaar "
            "wordt ervaren. Angst om de relatie met het gezin te beschadigen speelt daarbij een grote rol."
        ),
        body=(
            "<p>Sinds de invoering van het afwegingskader moeten professionals bij elk vermoeden van huiselijk "
            "geweld of kindermishandeling beoordelen of een melding bij Veilig Thuis nodig is. Dat lijkt helder, "
            "maar in de praktijk is die afweging zelden eenvoudig.</p>"
            "<p>De professionals die wij interviewden, beschreven hoe zij soms weken twijfelden. Een leerkracht "
            "vertelde over een leerling met blauwe plekken die steeds een andere verklaring gaf. Een huisarts "
            "worstelde met een moeder die hulp accepteerde, maar wier partner elke bemoeienis weigerde.</p>"
            "<p>De angst om het contact met het gezin te verliezen, was de meest genoemde reden om een melding uit "
            "te stellen. Tegelijk voelden professionals zich verantwoordelijk als er later iets misging.</p>"
            "<p>Consultatie bij een aandachtsfunctionaris of bij Veilig Thuis werd als zeer waardevol ervaren. "
            "Het delen van de twijfel maakte de last lichter en de afweging zorgvuldiger.</p>"
        ),
    ),
    Doc(
        key="zorgen-morele-praktijk",
        journal=WAARDEN,
        year=2021,
        title="Zorgen als morele praktijk",
        subtitle="Een zorgethisch perspectief op mantelzorg",
        authors=(("Inge", "Smits"),),
        keywords=("zorgethiek", "mantelzorg", "afhankelijkheid", "verantwoordelijkheid"),
        abstract=(
            "Mantelzorg wordt in beleid vaak benaderd als een kwestie van belasting en draagkracht. Vanuit de "
            "zorgethiek kijken we anders: zorgen is een relationele praktijk waarin afhankelijkheid normaal is. In "
            "dit theoretische artikel verkennen we wat dat perspectief betekent voor professionals die met "
            "mantelzorgers samenwerken. We pleiten voor aandacht voor de betekenis van zorgen, naast aandacht "
            "voor overbelasting."
        ),
        body=(
            "<p>Het beleidsjargon rond mantelzorg is doordrenkt van termen als belastbaarheid, respijt en "
            "draagkracht. Die termen zijn nuttig, maar ze suggereren dat zorgen vooral een last is die zo eerlijk "
            "mogelijk verdeeld moet worden.</p>"
            "<p>De zorgethiek, zoals ontwikkeld door onder anderen Joan Tronto, benadrukt dat iedereen op enig "
            "moment afhankelijk is van anderen. Zorgen is dan geen uitzondering, maar een basis van het "
            "samenleven.</p>"
            "<p>Mantelzorgers vertellen vaak over zwaarte, maar ook over betekenis, nabijheid en trots. Wie alleen "
            "naar belasting kijkt, mist die kant en loopt het risico mantelzorgers vooral als probleemgeval te "
            "benaderen.</p>"
            "<p>Voor professionals betekent dit dat zij niet alleen vragen hoe zwaar de zorg is, maar ook wat die "
            "zorg betekent. Dat opent ruimte voor erkenning, en soms ook voor een eerlijk verhaal over "
            "grenzen.</p>"
        ),
    ),
    Doc(
        key="waarden-werkwoorden",
        journal=WAARDEN,
        year=2022,
        title="Waarden zijn werkwoorden",
        subtitle="Redactioneel",
        authors=(("Martijn", "Schouten"),),
        keywords=("redactioneel", "waarden", "professionaliteit"),
        abstract=(
            "Waarden worden vaak opgevat als abstracte idealen die in missieverklaringen thuishoren. In dit "
            "redactioneel stellen we dat waarden pas betekenis krijgen in concreet handelen. De bijdragen in dit "
            "nummer laten zien hoe professionals in jeugdzorg, sociaal werk en ggz dagelijks waarden afwegen, "
            "vaak zonder dat zo te noemen."
        ),
        body=(
            "<p>Vrijwel elke organisatie in zorg en welzijn heeft een lijst met kernwaarden: respect, "
            "betrokkenheid, transparantie. Zulke lijsten zeggen weinig zolang niet duidelijk is wat ze betekenen "
            "op een drukke dinsdagmiddag.</p>"
            "<p>Waarden zijn daarom eerder werkwoorden dan zelfstandige naamwoorden. Respecteren, betrokken zijn, "
            "openheid geven: het zijn handelingen die je kunt zien en bespreken. Een waarde die nooit botst met "
            "een andere waarde, wordt zelden werkelijk op de proef gesteld.</p>"
            "<p>De auteurs in dit nummer kijken precies naar dat handelen. Ze beschrijven hoe professionals kiezen "
            "tussen veiligheid en autonomie, tussen loyaliteit aan collega's en aan cliënten, tussen regels en "
            "maatwerk.</p>"
            "<p>Wij hopen dat deze bijdragen lezers uitnodigen om in hun eigen team het vanzelfsprekende opnieuw "
            "te bevragen. Een lijst met kernwaarden aan de muur is daarvoor een begin, meer niet.</p>"
        ),
        article_type="editorial",
    ),
    Doc(
        key="veertig-jaar-maatschappelijk-werk",
        journal=WAARDEN,
        year=2023,
        title="Veertig jaar maatschappelijk werk",
        subtitle="Een interview met Riet Vandamme",
        authors=(("Saskia", "Vermeulen"),),
        keywords=("interview", "maatschappelijk werk", "beroepsgeschiedenis"),
        abstract=(
            "Riet Vandamme werkte veertig jaar als maatschappelijk werker in Gent en Rotterdam. Aan de vooravond "
            "van een reünie van haar oude opleiding blikt zij terug op de veranderingen in het vak. Ze vertelt "
            "over de opkomst van protocollen, over de waarde van huisbezoeken en over wat jonge collega's volgens "
            "haar niet mogen vergeten."
        ),
        body=(
            "<p>Vandamme begon in 1983, in een tijd waarin een maatschappelijk werker nog met de fiets langs de "
            "adressen ging. 'Je zag hoe mensen woonden, wat er op tafel stond, wie er binnenliep. Dat vertelde "
            "vaak meer dan een intake.'</p>"
            "<p>Ze zag het vak veranderen door marktwerking en registratie. 'Ik begrijp dat er verantwoording "
            "moet zijn. Maar op een gegeven moment schreef ik meer over mensen dan dat ik met ze praatte.'</p>"
            "<p>Volgende maand is er een reünie van haar lichting van de sociale academie. 'Van onze groep van "
            "twintig zijn er nog vijftien in leven. Ik ben benieuwd wie er nog iets met het vak doet.'</p>"
            "<p>Haar advies aan jonge collega's is eenvoudig: 'Blijf nieuwsgierig naar het verhaal achter de "
            "vraag. Het probleem waarmee iemand binnenkomt, is zelden het hele probleem.'</p>"
        ),
        article_type="interview",
    ),
    Doc(
        key="recensie-goede-doen",
        journal=WAARDEN,
        year=2020,
        title="Recensie: Het goede doen onder tijdsdruk",
        authors=(("Geert", "Maes"),),
        keywords=("recensie", "ethiek", "jeugdzorg"),
        abstract=(
            "In deze bundel reflecteren twaalf auteurs op de vraag hoe professionals in de jeugdzorg het goede "
            "kunnen doen wanneer tijd en middelen schaars zijn. De bijdragen wisselen sterk in niveau, maar het "
            "boek biedt een waardevol overzicht van de actuele discussie. Vooral de hoofdstukken over "
            "wachtlijsten en over samenwerking met ouders zijn aan te raden."
        ),
        body=(
            "<p>De redacteuren hebben een breed palet aan auteurs verzameld: onderzoekers, beleidsmakers en "
            "professionals uit de praktijk. Dat maakt de bundel levendig, maar ook ongelijk van toon. Niet elke bijdrage is even zorgvuldig geredigeerd.</p>"
            "<p>Het openingshoofdstuk plaatst de jeugdzorg in een bredere discussie over ethiek en schaarste. De "
            "auteur laat overtuigend zien dat schaarste geen tijdelijk probleem is, maar een structureel gegeven "
            "waar professionals mee moeten leren leven.</p>"
            "<p>Sterk is ook het hoofdstuk over wachtlijsten, waarin een gedragswetenschapper beschrijft hoe haar "
            "team prioriteiten stelt. Minder geslaagd zijn enkele bijdragen die vooral beleidsteksten "
            "samenvatten. Een register en een overzicht van de auteurs ontbreken, wat het naslaan lastig maakt.</p>"
            "<p>Wie een eerste kennismaking zoekt met normatieve vragen in de jeugdzorg, vindt hier een goed "
            "startpunt. Wie diepgang zoekt, zal verder moeten lezen.</p>"
        ),
        article_type="book-review",
    ),
    Doc(
        key="zorgcooperatie-dorp",
        journal=WAARDEN,
        year=2024,
        title="Samen sterker in de buurt",
        subtitle="Een zorgcoöperatie als alternatief voor marktwerking",
        authors=(("Wim", "Zwart"), ("Femke", "Postma")),
        keywords=("coöperatie", "burgerinitiatief", "wijkzorg", "eigenaarschap"),
        abstract=(
            "In een dorp in Gelderland richtten bewoners een coöperatie op om zorg en welzijn in eigen hand te "
            "nemen. Wij volgden het initiatief drie jaar met participerende observatie en interviews. De "
            "coöperatie versterkte onderlinge hulp en gaf ouderen meer zeggenschap. Tegelijk ontstonden "
            "spanningen over verantwoordelijkheid en over de verhouding met professionele aanbieders. We bespreken "
            "wat dit betekent voor waarden als solidariteit en gelijkwaardigheid."
        ),
        body=(
            "<p>Toen de laatste huisartsenpost en het buurthuis dreigden te verdwijnen, besloten bewoners het heft "
            "in eigen hand te nemen. Zij richtten een zorgcoöperatie op, met inmiddels ruim vierhonderd "
            "leden.</p>"
            "<p>De coöperatie regelt vervoer naar het ziekenhuis, maaltijden aan huis en een wekelijkse "
            "ontmoetingsochtend. Leden betalen een kleine bijdrage en zetten zich naar vermogen in als "
            "vrijwilliger. Een klein bestuur van vrijwilligers beslist over nieuwe activiteiten en legt jaarlijks verantwoording af aan de leden.</p>"
            "<p>Bewoners waardeerden vooral de korte lijnen. Tegelijk merkten vrijwilligers dat zij soms taken "
            "overnamen waarvoor eigenlijk een professional nodig was. Over de vraag wie verantwoordelijk is als "
            "het misgaat, bestond veel onduidelijkheid.</p>"
            "<p>Het initiatief laat zien dat solidariteit in een buurt veel kan dragen. Het vraagt wel om heldere "
            "afspraken met gemeente en zorgaanbieders over grenzen en taken.</p>"
        ),
    ),
    Doc(
        key="risicoprofielen-algoritmen",
        journal=WAARDEN,
        year=2026,
        title="Risicoprofielen en rechtvaardigheid",
        subtitle="Waarden bij het gebruik van algoritmen in de jeugdzorg",
        authors=(("Tom", "Goossens"),),
        keywords=("algoritmen", "risicotaxatie", "rechtvaardigheid", "jeugdzorg"),
        abstract=(
            "Steeds meer gemeenten experimenteren met algoritmen die voorspellen welke gezinnen risico lopen. In "
            "dit artikel analyseren we drie van zulke toepassingen aan de hand van waarden als rechtvaardigheid, "
            "transparantie en menselijke maat. We laten zien dat data uit het verleden bestaande ongelijkheid "
            "kunnen versterken. Professionals moeten volgens ons altijd het laatste woord houden en uitkomsten "
            "kunnen uitleggen aan betrokkenen."
        ),
        body=(
            "<p>Een algoritme dat op basis van schulden, schoolresultaten en eerdere meldingen een risicoscore "
            "berekent, klinkt efficiënt. Het belooft dat schaarse hulp terechtkomt waar die het hardst nodig "
            "is.</p>"
            "<p>De drie toepassingen die wij bestudeerden, gebruikten alle gegevens die vooral beschikbaar zijn "
            "over mensen met een laag inkomen. Kwetsbare jongeren uit arme wijken kregen daardoor sneller een hoge "
            "score dan leeftijdsgenoten met vergelijkbare problemen uit welgestelde buurten.</p>"
            "<p>Daarnaast konden professionals vaak niet uitleggen hoe een score tot stand was gekomen. Ouders die "
            "vroegen waarom zij een brief kregen, bleven met lege handen staan.</p>"
            "<p>Wij bepleiten dat algoritmen hooguit een signaal geven, nooit een besluit. Gemeenten moeten "
            "openbaar maken welke gegevens zij gebruiken en ouders het recht geven om bezwaar te maken.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="cultuursensitief-werken",
        journal=WAARDEN,
        year=2020,
        title="Cultuursensitief werken als morele opdracht",
        authors=(("Nadia", "Bouzid"), ("Fatima", "El Amrani")),
        keywords=("cultuursensitiviteit", "diversiteit", "migratie", "professionele houding"),
        abstract=(
            "Professionals in het sociaal domein werken met gezinnen uit steeds meer verschillende culturele "
            "achtergronden. In dit artikel betogen we dat cultuursensitief werken niet alleen een kwestie van "
            "kennis en vaardigheden is, maar ook van morele houding. Op basis van focusgroepen met 40 "
            "professionals beschrijven we hoe zij omgaan met botsende opvattingen over opvoeding, gezag en "
            "privacy."
        ),
        body=(
            "<p>Een moeder die haar dochter niet laat meegaan op schoolkamp, een vader die weigert met een "
            "vrouwelijke hulpverlener te spreken: professionals kennen zulke situaties. Vaak worden ze besproken "
            "als culturele kwestie, terwijl er ook andere factoren spelen.</p>"
            "<p>De deelnemers aan onze focusgroepen beschreven twee valkuilen. De eerste is alles verklaren vanuit "
            "cultuur, waardoor het individuele verhaal verdwijnt. De tweede is culturele verschillen negeren uit "
            "angst om te stereotyperen.</p>"
            "<p>Professionals die zich staande hielden in zulke situaties, deelden een houding van "
            "nieuwsgierigheid. Zij vroegen door naar wat iets voor dit gezin betekende, zonder hun eigen waarden "
            "op te geven.</p>"
            "<p>Wij stellen dat cultuursensitiviteit daarmee vooral een morele opdracht is: de ander serieus nemen "
            "als persoon, ook wanneer diens keuzes schuren met de eigen overtuiging.</p>"
        ),
    ),
    Doc(
        key="klokkenluiden",
        journal=WAARDEN,
        year=2025,
        title="Wie spreekt er op?",
        subtitle="Klokkenluiden in de jeugdhulpverlening",
        authors=(("Joris", "ter Horst"),),
        keywords=("klokkenluiden", "jeugdhulpverlening", "beroepsethiek", "organisatiecultuur"),
        abstract=(
            "Wanneer professionals misstanden signaleren, kiezen zij lang niet altijd voor openheid. In interviews "
            "met 22 medewerkers uit de jeugdhulpverlening die ooit een misstand aankaartten, onderzochten we wat "
            "hen dreef en wat het hen kostte. Beroepsethiek en loyaliteit aan jongeren waren de belangrijkste "
            "drijfveren. Veel deelnemers ervoeren daarna uitsluiting door collega's. Een veilige meldcultuur "
            "vraagt meer dan een regeling op papier."
        ),
        body=(
            "<p>Berichten over misstanden in gesloten instellingen hebben de jeugdhulpverlening de afgelopen jaren "
            "hard geraakt. Vaak bleek achteraf dat medewerkers al lang wisten dat er iets mis was. Waarom sprak niemand eerder, en wat gebeurde er met wie dat wel deed?</p>"
            "<p>De deelnemers aan ons onderzoek hadden wel aan de bel getrokken. Sommigen deden dat intern, "
            "anderen stapten naar de inspectie of de pers. Bijna allemaal noemden zij hun beroepsethiek als reden: "
            "zwijgen voelde als medeplichtigheid.</p>"
            "<p>De gevolgen waren vaak ingrijpend. Deelnemers vertelden over collega's die niet meer groetten, "
            "over verslechterde beoordelingen en over vertrek. Slechts enkelen voelden zich achteraf gesteund door "
            "hun organisatie.</p>"
            "<p>Een klokkenluidersregeling alleen is onvoldoende. Organisaties moeten actief laten zien dat "
            "kritische signalen welkom zijn, en leidinggevenden moeten weten hoe zij daarop reageren.</p>"
        ),
    ),
    Doc(
        key="netwerkpleegzorg-loyaliteit",
        journal=WAARDEN,
        year=2025,
        title="Loyaal aan wie?",
        subtitle="Waardenconflicten in netwerkpleegzorg",
        authors=(("Els", "Claes"), ("Anouk", "Brouwer")),
        keywords=("netwerkpleegzorg", "pleegzorg", "loyaliteit", "familie"),
        abstract=(
            "Bij netwerkpleegzorg groeit een kind op bij familie of bekenden. Dat biedt continuïteit, maar brengt "
            "ook eigen spanningen met zich mee. Op basis van interviews met 19 grootouders en tantes die een kind "
            "opvoeden, beschrijven we de loyaliteitsconflicten die zij ervaren tussen het kind, de eigen "
            "volwassen zoon of dochter en de pleegzorgwerker. Professionals kunnen helpen door deze spanningen "
            "bespreekbaar te maken."
        ),
        body=(
            "<p>In de pleegzorg wordt een groot deel van de kinderen geplaatst binnen het eigen netwerk. Voor het "
            "kind is dat vaak een zachtere overgang: het kent de mensen, de gewoonten en soms ook het huis "
            "al.</p>"
            "<p>Voor de netwerkpleegouders ligt het ingewikkelder. Een oma die haar kleinzoon opvoedt, blijft ook "
            "de moeder van zijn moeder. Zij moet regels handhaven over bezoek terwijl haar eigen kind om meer "
            "contact vraagt.</p>"
            "<p>Deelnemers vertelden dat zij zich soms verscheurd voelden. Ze waren dankbaar voor de hulp van de "
            "pleegzorgwerker, maar voelden zich ook gecontroleerd in hun eigen familie. Sommigen verzwegen "
            "problemen om te voorkomen dat de plaatsing ter discussie kwam.</p>"
            "<p>Wij pleiten voor begeleiding die ruimte biedt voor deze dubbele loyaliteit, in plaats van "
            "netwerkpleegouders te behandelen als gewone pleegouders.</p>"
        ),
    ),
    # --- Wetenschappelijk Tijdschrift Autisme ------------------------------------------
    Doc(
        key="autisme-aan-het-werk",
        journal=WTA,
        year=2022,
        title="Aan het werk met autisme",
        subtitle="Ervaringen van volwassenen op de arbeidsmarkt",
        authors=(("Annelies", "Peeters"), ("Tom", "Goossens")),
        keywords=("autisme", "volwassenen", "arbeidsparticipatie", "werkgevers"),
        abstract=(
            "Veel volwassenen met autisme willen graag werken, maar hebben moeite om een baan te vinden of te "
            "behouden. In een mixed-methods onderzoek onder 210 werkende en werkzoekende volwassenen brachten we "
            "belemmerende en helpende factoren in kaart. Sollicitatieprocedures, onduidelijke verwachtingen en "
            "prikkels op de werkvloer werden het vaakst genoemd als drempels. Een vaste begeleider en aanpassingen "
            "op de werkplek hielpen het meest."
        ),
        body=(
            "<p>Het opleidingsniveau van volwassenen met autisme loopt sterk uiteen, maar over de hele linie is "
            "hun arbeidsdeelname laag. Dat is niet alleen een verlies voor henzelf, maar ook voor werkgevers die "
            "talent laten liggen.</p>"
            "<p>Deelnemers vulden een uitgebreide vragenlijst in en een deel van hen werd geïnterviewd. We vroegen "
            "naar hun loopbaan, hun ervaringen met solliciteren en de omstandigheden op hun werk.</p>"
            "<p>Sollicitatieprocedures bleken een grote drempel. Open vragen over zwakke punten en groepsopdrachten "
            "werkten voor veel deelnemers ontmoedigend. Eenmaal aan het werk waren onduidelijke taken, rumoerige "
            "kantoortuinen en onverwachte wijzigingen in het rooster de grootste bronnen van stress.</p>"
            "<p>Deelnemers die een jobcoach hadden of een werkgever die openstond voor aanpassingen, hielden hun "
            "baan aanzienlijk langer. Duidelijke afspraken en een rustige werkplek kosten weinig, maar leveren "
            "veel op.</p>"
        ),
    ),
    Doc(
        key="laat-gediagnosticeerd",
        journal=WTA,
        year=2021,
        title="Laat gediagnosticeerd",
        subtitle="Meisjes en vrouwen met een autismespectrumstoornis",
        authors=(("Annelies", "Peeters"),),
        keywords=("autismespectrumstoornis", "gender", "diagnostiek", "late diagnose"),
        abstract=(
            "Bij meisjes en vrouwen wordt een autismespectrumstoornis gemiddeld jaren later vastgesteld dan bij "
            "jongens en mannen. In interviews met 26 vrouwen die na hun twintigste de diagnose kregen, "
            "onderzochten we hoe zij de periode voor en na de diagnose beleefden. Veel deelnemers hadden eerder "
            "andere diagnoses gekregen, zoals angst of depressie. De diagnose bracht vooral erkenning en "
            "zelfbegrip."
        ),
        body=(
            "<p>Diagnostische criteria voor een autismespectrumstoornis zijn lange tijd vooral gebaseerd op "
            "onderzoek bij jongens. Meisjes die zich aanpassen en weinig opvallen in de klas, worden daardoor "
            "minder snel herkend.</p>"
            "<p>De vrouwen in ons onderzoek beschreven een jeugd waarin zij zich vaak anders voelden zonder te "
            "weten waarom. Zij keken het gedrag van klasgenoten af en speelden een rol die veel energie kostte. Op "
            "volwassen leeftijd leidde dat bij velen tot uitputting.</p>"
            "<p>Voordat de juiste diagnose werd gesteld, hadden de meeste deelnemers al verschillende behandelingen "
            "gehad voor angst, depressie of een eetstoornis. Sommigen voelden zich daardoor lange tijd niet "
            "begrepen door hulpverleners.</p>"
            "<p>De diagnose zelf werd meestal als opluchting ervaren. Ze gaf woorden aan een levenslange ervaring "
            "en opende de weg naar passende hulp. Tegelijk was er rouw om de jaren waarin die hulp ontbrak.</p>"
        ),
    ),
    Doc(
        key="schoolverzuim-autisme",
        journal=WTA,
        year=2023,
        title="Schoolverzuim bij leerlingen met autisme",
        authors=(("Jeroen", "Hendriks"), ("Karin", "Veldhuis")),
        keywords=("schoolverzuim", "autisme", "passend onderwijs", "angst"),
        abstract=(
            "Leerlingen met autisme verzuimen vaker langdurig van school dan hun klasgenoten. In dit onderzoek "
            "analyseerden we de trajecten van 74 leerlingen met autisme die minstens een maand niet naar school "
            "gingen. Prikkelbelasting, sociale onzekerheid en overgangen tussen schooltypen waren belangrijke "
            "aanleidingen. Een geleidelijke terugkeer met een vaste contactpersoon op school bleek het meest "
            "succesvol."
        ),
        body=(
            "<p>Verzuim bij leerlingen met autisme begint vaak sluipend. Een leerling meldt zich een dag ziek, "
            "daarna twee, en na enkele weken lukt het niet meer om de drempel van de school over te gaan.</p>"
            "<p>Wij bestudeerden dossiers van samenwerkingsverbanden passend onderwijs en interviewden leerlingen, "
            "ouders en intern begeleiders. Bij bijna alle leerlingen ging het verzuim samen met angst en "
            "uitputting.</p>"
            "<p>De overgang van basisschool naar middelbare school was een risicovol moment. Grote gebouwen, "
            "wisselende lokalen en veel verschillende docenten vroegen veel van leerlingen die behoefte hebben aan "
            "voorspelbaarheid.</p>"
            "<p>Terugkeer slaagde het best wanneer die stap voor stap verliep, met eerst korte dagdelen in een "
            "rustige ruimte. Een vaste mentor die de leerling elke dag begroette, maakte voor veel jongeren het "
            "verschil.</p>"
        ),
    ),
    Doc(
        key="te-veel-tegelijk",
        journal=WTA,
        year=2020,
        title="Te veel tegelijk",
        subtitle="Prikkelverwerking bij neurodivergente studenten in het hoger onderwijs",
        authors=(("Leen", "Janssens"),),
        keywords=("prikkelverwerking", "neurodiversiteit", "hoger onderwijs", "studiesucces"),
        abstract=(
            "Studenten die prikkels intens verwerken, ervaren collegezalen, kantines en groepsopdrachten vaak als "
            "uitputtend. In een vragenlijstonderzoek onder 520 studenten aan drie hogescholen vonden we dat hoge "
            "prikkelgevoeligheid samenhangt met studievertraging. Eenvoudige maatregelen, zoals stille "
            "studieplekken en opgenomen colleges, werden door neurodivergente studenten als zeer helpend "
            "ervaren."
        ),
        body=(
            "<p>Het hoger onderwijs is ingericht op studenten die moeiteloos schakelen tussen drukke collegezalen, "
            "groepswerk en sociale activiteiten. Voor een deel van de studenten kost die omgeving zoveel energie "
            "dat er weinig overblijft voor de studie zelf.</p>"
            "<p>In ons onderzoek vulden studenten een vragenlijst in over prikkelgevoeligheid, vermoeidheid en "
            "studievoortgang. Studenten met een diagnose als ADHD of ASS scoorden gemiddeld hoger op "
            "prikkelgevoeligheid, maar ook veel studenten zonder diagnose herkenden zich in de klachten.</p>"
            "<p>Hoge prikkelgevoeligheid hing samen met meer studievertraging, ook na correctie voor andere "
            "factoren. Studenten noemden vooral volle collegezalen en onverwachte roosterwijzigingen als "
            "belastend.</p>"
            "<p>Stille studieplekken, opgenomen colleges en vroegtijdige informatie over wijzigingen maakten "
            "volgens studenten een groot verschil. Zulke maatregelen helpen bovendien ook andere studenten. Ze vragen weinig geld en veel goede wil.</p>"
        ),
    ),
    Doc(
        key="en-nu-verder",
        journal=WTA,
        year=2019,
        title="En nu verder",
        subtitle="Ouders in het eerste jaar na de diagnose autisme van hun kind",
        authors=(("Sofie", "Wouters"), ("Annelies", "Peeters")),
        keywords=("autisme", "ouders", "diagnose", "verwerking"),
        abstract=(
            "Het eerste jaar na de diagnose autisme bij een kind is voor veel ouders een periode van zoeken. Wij "
            "volgden 35 gezinnen met interviews op drie momenten. Ouders beschreven opluchting en verdriet "
            "tegelijk. Ze zochten informatie, maar raakten soms overspoeld door tegenstrijdige adviezen. "
            "Lotgenotencontact en een vaste hulpverlener hielpen om weer grip te krijgen op het gezinsleven."
        ),
        body=(
            "<p>Wanneer een kind de diagnose autisme krijgt, verandert er op papier weinig: het kind is nog "
            "precies hetzelfde. Toch beschrijven veel ouders het moment als een kantelpunt.</p>"
            "<p>In de eerste maanden overheerste bij de meeste ouders een mengeling van opluchting en verdriet. "
            "Opluchting omdat er eindelijk een verklaring was, verdriet om verwachtingen die moesten worden "
            "bijgesteld.</p>"
            "<p>Vrijwel alle ouders zochten informatie op internet en in boeken. Dat leverde ook verwarring op: de "
            "ene bron raadde een strenge structuur aan, de andere juist veel vrijheid. Een hulpverlener die hielp "
            "om keuzes te maken, werd zeer gewaardeerd.</p>"
            "<p>Na een jaar gaven de meeste ouders aan dat zij hun weg beter konden vinden. Contact met andere "
            "ouders in dezelfde situatie noemden zij als belangrijkste bron van steun.</p>"
        ),
    ),
    Doc(
        key="oud-worden-met-autisme",
        journal=WTA,
        year=2024,
        title="Oud worden met autisme",
        authors=(("Marloes", "Timmerman"),),
        keywords=("autisme", "ouderen", "levensloop", "ouderenzorg"),
        abstract=(
            "Over ouderen met autisme is weinig bekend, terwijl hun aantal groeit. Wij interviewden 18 mensen van "
            "60 jaar en ouder met een autismediagnose en elf professionals uit de ouderenzorg. Deelnemers vreesden "
            "vooral het verlies van vaste routines bij een verhuizing naar een verpleeghuis. Professionals gaven "
            "aan dat zij weinig kennis hebben van autisme op latere leeftijd."
        ),
        body=(
            "<p>De eerste generatie kinderen die een autismediagnose kreeg, bereikt inmiddels de "
            "pensioenleeftijd. Daarnaast krijgen steeds meer mensen pas op hoge leeftijd een diagnose, soms na een "
            "leven vol onbegrip.</p>"
            "<p>De ouderen in ons onderzoek hadden in de loop der jaren hun eigen manieren gevonden om met "
            "prikkels en sociale verwachtingen om te gaan. Vaste routines en een vertrouwde omgeving speelden "
            "daarin een grote rol. Sommigen hadden een vaste dagindeling die zij al tientallen jaren volgden.</p>"
            "<p>Het vooruitzicht van lichamelijke achteruitgang riep veel zorgen op. Een opname in een "
            "verpleeghuis, met wisselend personeel en weinig privacy, zagen velen als een schrikbeeld.</p>"
            "<p>De professionals herkenden die zorgen, maar voelden zich onvoldoende toegerust. Scholing over "
            "autisme op latere leeftijd en aandacht voor routines in het zorgplan zijn eenvoudige eerste "
            "stappen.</p>"
        ),
    ),
    Doc(
        key="zorgpad-volwassenen",
        journal=WTA,
        year=2025,
        title="Een zorgpad voor volwassenen met autisme",
        subtitle="Van aanmelding tot nazorg",
        authors=(("Ruud", "Jansen"),),
        keywords=("autisme", "zorgpad", "ggz", "volwassenen"),
        abstract=(
            "Volwassenen die vermoeden dat zij een autismespectrumstoornis hebben, wachten vaak lang op "
            "diagnostiek en vinden daarna moeilijk passende behandeling. In een regionaal project ontwikkelden "
            "ggz-instellingen, huisartsen en cliëntvertegenwoordigers samen een zorgpad. We beschrijven de "
            "ontwikkeling en de eerste evaluatie. De wachttijd voor diagnostiek daalde met een derde en cliënten "
            "waren positiever over de nazorg."
        ),
        body=(
            "<p>Veel volwassenen melden zich bij de ggz na jaren van vastlopen in werk of relaties. Vaak hebben zij "
            "eerder hulp gehad voor andere klachten. Een diagnose autisme verklaart veel, maar wat daarna volgt, "
            "was in de regio lange tijd onduidelijk.</p>"
            "<p>Het zorgpad beschrijft vier fasen: aanmelding, diagnostiek, behandeling en nazorg. Voor elke fase "
            "is afgesproken wie verantwoordelijk is, welke termijnen gelden en hoe informatie wordt gedeeld met de "
            "huisarts.</p>"
            "<p>Cliëntvertegenwoordigers drongen aan op aandacht voor de periode direct na de diagnose. Daarom "
            "bevat het zorgpad standaard een aantal psycho-educatieve bijeenkomsten en de mogelijkheid om contact "
            "te leggen met lotgenoten.</p>"
            "<p>Na het eerste jaar was de gemiddelde wachttijd voor diagnostiek gedaald van negen naar zes "
            "maanden. Cliënten waardeerden vooral de duidelijkheid over wat zij konden verwachten.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="niets-over-ons",
        journal=WTA,
        year=2020,
        title="Niets over ons zonder ons",
        subtitle="Redactioneel",
        authors=(("Ruud", "Jansen"),),
        keywords=("redactioneel", "neurodiversiteit", "participatief onderzoek"),
        abstract=(
            "Met dit nummer kiest de redactie nadrukkelijk voor onderzoek waarin de mensen over wie het gaat zelf "
            "een stem hebben. We introduceren een nieuwe rubriek waarin onderzoekers met en zonder eigen ervaring "
            "met neurodivergentie samen een thema verkennen. Daarnaast vragen we auteurs voortaan te beschrijven "
            "hoe zij betrokkenen bij hun onderzoek hebben laten meedenken."
        ),
        body=(
            "<p>De leus 'niets over ons zonder ons' is afkomstig uit de gehandicaptenbeweging en klinkt inmiddels "
            "ook in het onderzoek naar neurodiversiteit. Terecht, vindt de redactie.</p>"
            "<p>Te lang werd onderzoek gedaan naar mensen op het spectrum, in plaats van met hen. Vragen werden "
            "bedacht door onderzoekers zonder eigen ervaring, en uitkomsten werden zelden teruggekoppeld aan de "
            "deelnemers.</p>"
            "<p>Vanaf dit nummer vragen we auteurs om in een korte paragraaf te beschrijven hoe betrokkenen hebben "
            "meegedacht over vraagstelling, uitvoering of interpretatie. Dat is geen voorwaarde voor publicatie, "
            "maar wel een uitnodiging.</p>"
            "<p>Ook starten we een rubriek waarin duo's van onderzoekers met en zonder eigen ervaring een thema "
            "verkennen. De eerste bijdrage gaat over prikkelverwerking in het hoger onderwijs. We nodigen lezers uit om voorstellen voor nieuwe duo's in te sturen.</p>"
        ),
        article_type="editorial",
    ),
    Doc(
        key="recensie-anders-bedraad",
        journal=WTA,
        year=2022,
        title="Recensie: Anders bedraad",
        authors=(("Marloes", "Timmerman"),),
        keywords=("recensie", "neurodiversiteit", "ervaringsverhalen"),
        abstract=(
            "In deze bundel vertellen vijftien neurodivergente schrijvers over hun jeugd, hun werk en hun "
            "relaties. De verhalen zijn eerlijk, soms grappig en vaak confronterend. Voor professionals biedt het "
            "boek een waardevolle aanvulling op de vakliteratuur, juist omdat het niet probeert te verklaren maar "
            "laat zien hoe het leven van binnenuit voelt."
        ),
        body=(
            "<p>Bundels met ervaringsverhalen zijn er inmiddels veel, maar deze springt eruit door de kwaliteit "
            "van het schrijven. De redactie heeft gekozen voor auteurs die niet alleen iets te vertellen hebben, "
            "maar dat ook goed kunnen.</p>"
            "<p>Hoogtepunt is het verhaal van een verpleegkundige die beschrijft hoe zij jarenlang haar "
            "nachtdiensten koos omdat het dan stiller was op de afdeling. Pas later begreep zij waarom die "
            "diensten haar zo goed bevielen.</p>"
            "<p>Sommige bijdragen blijven wat aan de oppervlakte. Ook had de bundel baat gehad bij meer "
            "diversiteit in leeftijd en achtergrond van de schrijvers. Bijna alle schrijvers zijn hoogopgeleid en wonen in de Randstad.</p>"
            "<p>Toch is dit een boek dat elke hulpverlener zou moeten lezen. Het herinnert eraan dat achter elke "
            "diagnose een mens staat met een eigen verhaal.</p>"
        ),
        article_type="book-review",
    ),
    Doc(
        key="het-masker-af",
        journal=WTA,
        year=2023,
        title="Het masker af",
        subtitle="Camoufleren bij autistische jongvolwassenen",
        authors=(("Emre", "Yilmaz"),),
        keywords=("camoufleren", "autisme", "mentale gezondheid", "jongvolwassenen"),
        abstract=(
            "Veel autistische jongvolwassenen verbergen kenmerken van hun autisme om erbij te horen. Dit "
            "camoufleren kost veel energie. In een vragenlijstonderzoek onder 310 jongvolwassenen vonden we dat "
            "intensief camoufleren samenhangt met meer somberheid en vermoeidheid. Een omgeving waarin deelnemers "
            "zichzelf konden zijn, bleek beschermend. We bespreken de gevolgen voor hulpverleners en onderwijs."
        ),
        body=(
            "<p>Camoufleren is het bewust of onbewust verbergen van gedrag dat anderen vreemd zouden kunnen vinden. "
            "Denk aan het afdwingen van oogcontact, het instuderen van grapjes of het onderdrukken van repetitieve "
            "bewegingen.</p>"
            "<p>Deelnemers vulden een vragenlijst in over camoufleren, stemming en vermoeidheid. Ook vroegen we in "
            "welke situaties zij zich het meest ontspannen voelden.</p>"
            "<p>Hoe meer deelnemers camoufleerden, hoe vaker zij somber en uitgeput waren. Dat verband was sterker "
            "bij vrouwen dan bij mannen. Veel deelnemers vertelden dat zij na een dag op school of werk volledig "
            "leeg waren.</p>"
            "<p>Thuis, bij vrienden met vergelijkbare ervaringen of in online gemeenschappen konden zij het masker "
            "afzetten. Hulpverleners kunnen helpen door samen te onderzoeken waar die veilige plekken te vinden "
            "zijn en hoe ze vaker bezocht kunnen worden.</p>"
        ),
    ),
    Doc(
        key="een-eigen-plek",
        journal=WTA,
        year=2021,
        title="Een eigen plek",
        subtitle="Begeleid zelfstandig wonen voor jongvolwassenen met ASS",
        authors=(("Griet", "Vandenberghe"),),
        keywords=("begeleid wonen", "zelfstandigheid", "ASS", "jongvolwassenen"),
        abstract=(
            "De stap naar zelfstandig wonen is voor jongvolwassenen met ASS vaak groot. In deze studie volgden we "
            "40 jongeren die vanuit het ouderlijk huis naar een begeleide woonvorm verhuisden. Na een jaar woonde "
            "driekwart nog zelfstandig. Succesfactoren waren een geleidelijke overgang, een vaste woonbegeleider "
            "en duidelijke afspraken over huishoudelijke taken."
        ),
        body=(
            "<p>Voor veel jongvolwassenen is uit huis gaan een vanzelfsprekende stap. Voor jongeren met ASS vraagt "
            "die stap om zorgvuldige voorbereiding: een nieuwe omgeving, nieuwe geluiden en nieuwe "
            "verantwoordelijkheden tegelijk.</p>"
            "<p>De woonvorm in ons onderzoek bestaat uit studio's in een gewone straat, met een gezamenlijke ruimte "
            "en een begeleider die overdag aanwezig is. Bewoners nemen wekelijks hun planning door met hun "
            "begeleider.</p>"
            "<p>De eerste maanden waren voor bijna iedereen zwaar. Koken, de was en het beheren van geld bleken "
            "lastiger dan verwacht. Jongeren die al voor de verhuizing hadden geoefend, bijvoorbeeld door een paar "
            "nachten per week te logeren, pasten zich sneller aan.</p>"
            "<p>Ouders bleven een belangrijke rol spelen. Begeleiders die hen als partner betrokken, zonder de "
            "regie van de jongere over te nemen, zagen de beste resultaten.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="sterker-in-de-klas",
        journal=WTA,
        year=2026,
        title="Sterker in de klas",
        subtitle="Effect van een weerbaarheidstraining voor leerlingen met ASS",
        authors=(("Emre", "Yilmaz"), ("Ruud", "Jansen")),
        keywords=("weerbaarheid", "pesten", "training", "voortgezet onderwijs"),
        abstract=(
            "Leerlingen met ASS worden vaker gepest dan leeftijdsgenoten. Wij onderzochten in een gerandomiseerde "
            "studie met 96 leerlingen het effect van een weerbaarheidstraining van tien weken. Na afloop "
            "rapporteerden deelnemers meer zelfvertrouwen in sociale situaties. Het aantal gerapporteerde "
            "pestincidenten daalde niet significant. Een training gericht op de leerling alleen lijkt "
            "onvoldoende; ook de klas en de school moeten veranderen."
        ),
        body=(
            "<p>Pesten heeft ernstige gevolgen voor het welzijn van jongeren. Leerlingen met ASS lopen een "
            "verhoogd risico, onder meer omdat sociale codes voor hen minder vanzelfsprekend zijn.</p>"
            "<p>De training bestond uit tien wekelijkse groepsbijeenkomsten waarin leerlingen oefenden met het "
            "herkennen van pestgedrag, het aangeven van grenzen en het zoeken van hulp. Ouders ontvingen na elke "
            "bijeenkomst een korte samenvatting. De trainers hadden ervaring in zowel het speciaal als het reguliere onderwijs.</p>"
            "<p>Deelnemers in de trainingsgroep rapporteerden na afloop meer zelfvertrouwen dan leerlingen in de "
            "controlegroep. Ook mentoren zagen verbetering. Het aantal pestincidenten bleef echter "
            "vergelijkbaar.</p>"
            "<p>Dat resultaat is niet verrassend. Wie pesten wil aanpakken, moet niet alleen het slachtoffer "
            "trainen. Een schoolbrede aanpak waarin ook omstanders en leerkrachten een rol hebben, is "
            "noodzakelijk. Een vervolgstudie naar zo'n bredere aanpak is in voorbereiding.</p>"
        ),
    ),
    Doc(
        key="slapen-zonder-strijd",
        journal=WTA,
        year=2024,
        title="Slapen zonder strijd",
        subtitle="Casusbeschrijving van een slaapinterventie bij een jongen met autisme",
        authors=(("Pieter-Jan", "Van den Broeck"),),
        keywords=("slaapproblemen", "autisme", "gedragsinterventie", "casus"),
        abstract=(
            "Slaapproblemen komen veel voor bij kinderen met autisme en hebben grote invloed op het hele gezin. In "
            "deze casusbeschrijving volgen we Milan, een jongen van zeven, en zijn ouders tijdens een "
            "gedragsmatige slaapinterventie van acht weken. Met een vast avondritueel, een visueel schema en "
            "geleidelijke afbouw van ouderlijke aanwezigheid sliep Milan na afloop vrijwel elke nacht door."
        ),
        body=(
            "<p>Toen Milan werd aangemeld, sliep hij gemiddeld pas na elf uur 's avonds in en werd hij meerdere "
            "keren per nacht wakker. Zijn ouders waren uitgeput en lagen om beurten bij hem op de kamer.</p>"
            "<p>Na een uitgebreide intake stelden we samen met de ouders een plan op. Het avondritueel werd elke "
            "dag in dezelfde volgorde uitgevoerd en weergegeven met pictogrammen naast het bed. Schermen gingen een "
            "uur voor het slapen uit.</p>"
            "<p>De grootste uitdaging was de afbouw van de aanwezigheid van de ouders. Eerst zat een ouder naast "
            "het bed, daarna bij de deur en uiteindelijk in de gang. Elke stap duurde ongeveer een week.</p>"
            "<p>Na acht weken viel Milan binnen een half uur in slaap en werd hij nog zelden wakker. Zijn ouders "
            "merkten dat ook de sfeer overdag ontspannener was. De casus laat zien dat een consequente "
            "gedragsaanpak ook bij complexe slaapproblemen effectief kan zijn.</p>"
        ),
        article_type="case-report",
    ),
    Doc(
        key="mijn-ervaring-mijn-vak",
        journal=WTA,
        year=2025,
        title="Mijn ervaring is mijn vak",
        subtitle="Interview met een ervaringsdeskundige in de autismezorg",
        authors=(("Saskia", "Vermeulen"),),
        keywords=("ervaringsdeskundigheid", "autisme", "interview", "hulpverlening"),
        abstract=(
            "Joost Meijer kreeg op zijn dertigste de diagnose autisme en werkt nu als ervaringsdeskundige in een "
            "team voor volwassenen. In dit interview vertelt hij over zijn weg naar dit werk, over wat "
            "ervaringsdeskundigheid toevoegt aan een behandelteam en over de spanning tussen openheid en "
            "bescherming van zijn eigen grenzen."
        ),
        body=(
            "<p>Meijer werkte jarenlang als systeembeheerder, tot hij na een burn-out in behandeling kwam. 'Pas "
            "toen hoorde ik het woord autisme in verband met mezelf. Dat was schrikken, maar ook een enorme "
            "opluchting.'</p>"
            "<p>Na een opleiding tot ervaringsdeskundige begon hij vier jaar geleden in zijn huidige team. "
            "'Cliënten vertellen mij soms dingen die ze tegen een behandelaar niet durven te zeggen. Ze weten dat ik "
            "het herken.'</p>"
            "<p>Zijn collega's moesten wennen aan zijn rol. 'In het begin vroegen ze vooral of ik mee wilde praten "
            "over de groepsregels. Nu schuif ik standaard aan bij het teamoverleg over nieuwe aanmeldingen.'</p>"
            "<p>Het werk kost ook energie. 'Elke dag deel ik iets van mezelf. Ik heb geleerd om vooraf te bepalen "
            "wat ik wel en niet vertel. Ervaringsdeskundigheid betekent niet dat je alles van jezelf moet "
            "geven.'</p>"
        ),
        article_type="interview",
    ),
    Doc(
        key="brussen",
        journal=WTA,
        year=2019,
        title="Ook brussen verdienen aandacht",
        subtitle="Broers en zussen van kinderen met ASS",
        authors=(("Griet", "Vandenberghe"),),
        keywords=("brussen", "broers en zussen", "gezinsdynamiek", "ASS"),
        abstract=(
            "Broers en zussen van kinderen met ASS, ook wel brussen genoemd, groeien op in een gezin waarin veel "
            "aandacht naar één kind gaat. In focusgroepen met 28 brussen tussen tien en achttien jaar verkenden we "
            "hun ervaringen. Zij beschreven verantwoordelijkheidsgevoel, soms jaloezie en vaak een sterke band. "
            "Veel brussen wilden graag meer uitleg en een eigen plek om hun verhaal te doen."
        ),
        body=(
            "<p>In gezinnen met een kind met ASS draait het dagelijks leven vaak om voorspelbaarheid en het "
            "voorkomen van escalaties. Broers en zussen passen zich daaraan aan, soms zonder dat ouders het "
            "merken.</p>"
            "<p>De brussen in onze focusgroepen vertelden over uitjes die niet doorgingen, vrienden die ze liever "
            "niet thuis uitnodigden en momenten waarop zij zelf hun behoeften wegcijferden. Tegelijk waren velen "
            "trots op hun broer of zus en beschermden ze hem of haar fel.</p>"
            "<p>Oudere brussen namen vaak taken op zich, zoals toezicht houden of bemiddelen bij conflicten. "
            "Sommigen vonden dat vanzelfsprekend, anderen voelden zich overvraagd.</p>"
            "<p>Bijna alle deelnemers wilden meer weten over de diagnose van hun broer of zus. Een brussengroep, "
            "waar zij leeftijdsgenoten in dezelfde situatie ontmoetten, werd door de deelnemers als zeer waardevol "
            "ervaren.</p>"
        ),
    ),
    # --- Participatie en Herstel -------------------------------------------------------
    Doc(
        key="ervaringsdeskundigheid-ggz",
        journal=HERSTEL,
        year=2021,
        title="Ervaringsdeskundigheid in de ggz",
        subtitle="Van randverschijnsel naar volwaardig vak",
        authors=(("Esther", "van Leeuwen"), ("Kees", "Hoogendoorn")),
        keywords=("ervaringsdeskundigheid", "ggz", "professionalisering", "herstel"),
        abstract=(
            "In tien jaar tijd is ervaringsdeskundigheid in de geestelijke gezondheidszorg uitgegroeid van een "
            "vrijwillige aanvulling tot een erkend beroep. Dit overzichtsartikel beschrijft die ontwikkeling en "
            "bespreekt onderzoek naar de inzet van ervaringsdeskundigen in ggz-teams. Er zijn aanwijzingen voor "
            "positieve effecten op hoop, empowerment en herstel van cliënten, maar ook knelpunten rond "
            "rolverwarring, salariëring en loopbaanperspectief."
        ),
        body=(
            "<p>Ervaringsdeskundigen zetten hun eigen ervaringen met psychische problemen en herstel bewust in om "
            "anderen verder te helpen. Wat begon als lotgenotencontact in cliëntenbewegingen, is inmiddels een "
            "beroep met een eigen opleiding en beroepsvereniging.</p>"
            "<p>Onderzoek laat zien dat cliënten die contact hebben met een ervaringsdeskundige meer hoop en "
            "zelfvertrouwen rapporteren. Ook kan de aanwezigheid van ervaringsdeskundigen de cultuur van een team "
            "veranderen, omdat vanzelfsprekende routines kritischer worden bekeken.</p>"
            "<p>Tegelijk zijn er knelpunten. Ervaringsdeskundigen worden soms ingezet als goedkope arbeidskracht "
            "of als vervanger van ontbrekende professionals. Hun rol is niet altijd duidelijk afgebakend, waardoor "
            "zij klem komen te zitten tussen cliënt en team.</p>"
            "<p>Voor een volwaardige positie in de ggz zijn heldere functieprofielen, passende beloning en ruimte "
            "voor intervisie nodig. Daarnaast verdient de eigen kennis van ervaringsdeskundigen een plek in de "
            "opleidingen van andere beroepen.</p>"
        ),
        article_type="review-article",
        open_access=True,
    ),
    Doc(
        key="ervaringsdeskundige-fact",
        journal=HERSTEL,
        year=2023,
        title="Een ervaringsdeskundige in het FACT-team",
        subtitle="Herstel na een psychose van dichtbij",
        authors=(("Wouter", "van Dijk"),),
        keywords=("ervaringsdeskundigheid", "psychose", "FACT", "ggz"),
        abstract=(
            "Steeds meer FACT-teams in de ggz hebben een ervaringsdeskundige in dienst. In deze kwalitatieve studie "
            "interviewden we 15 cliënten die herstellen van een psychose over hun contact met de "
            "ervaringsdeskundige in hun team. Cliënten waardeerden de gelijkwaardigheid en het gevoel van "
            "herkenning. Ervaringsdeskundigheid hielp hen om weer een toekomst voor zichzelf te zien."
        ),
        body=(
            "<p>Een psychose kan het leven ingrijpend ontwrichten. Werk, relaties en vertrouwen in het eigen denken "
            "raken beschadigd. Herstel gaat over meer dan het verdwijnen van symptomen: het gaat om het opnieuw "
            "vormgeven van een leven.</p>"
            "<p>De cliënten in ons onderzoek hadden allemaal minstens een half jaar contact met een "
            "ervaringsdeskundige. Zij beschreven dat contact als wezenlijk anders dan met andere hulpverleners. "
            "'Zij weet hoe het is als je eigen hoofd niet meer te vertrouwen is.'</p>"
            "<p>Vooral in de periode na een opname was de ervaringsdeskundige belangrijk. Cliënten vertelden dat "
            "zij door haar verhaal geloofden dat terugkeer naar werk of studie mogelijk was.</p>"
            "<p>Sommige cliënten vonden het lastig dat de ervaringsdeskundige ook deel uitmaakte van het team dat "
            "over hun medicatie besliste. Duidelijkheid over rollen en verantwoordelijkheden is daarom van "
            "belang.</p>"
        ),
    ),
    Doc(
        key="herstelondersteunende-zorg",
        journal=HERSTEL,
        year=2020,
        title="Herstelondersteunende zorg in de praktijk",
        subtitle="Een meting in twaalf teams",
        authors=(("Marieke", "van der Berg"), ("Jeroen", "Hendriks")),
        keywords=("herstelondersteunende zorg", "herstel", "ggz", "kwaliteit"),
        abstract=(
            "Veel ggz-instellingen zeggen herstelondersteunende zorg te bieden, maar hoe herstelgericht is de "
            "dagelijkse praktijk werkelijk? Met een gevalideerd meetinstrument en interviews met cliënten en "
            "medewerkers onderzochten we twaalf teams. De scores liepen sterk uiteen. Teams met een actieve "
            "cliëntenraad en ruimte voor eigen keuzes van cliënten scoorden het hoogst."
        ),
        body=(
            "<p>Herstelondersteunende zorg gaat uit van de persoon achter de stoornis. Niet het verminderen van "
            "klachten staat centraal, maar de vraag wat iemand nodig heeft om een betekenisvol leven te "
            "leiden.</p>"
            "<p>We gebruikten een vragenlijst die medewerkers en cliënten afzonderlijk invulden, aangevuld met "
            "interviews. Zo konden we zien of beide groepen de zorg op dezelfde manier beoordeelden. Per team deden gemiddeld twaalf medewerkers en vijftien cliënten mee.</p>"
            "<p>Opvallend was dat medewerkers hun team vaak positiever beoordeelden dan cliënten. Cliënten misten "
            "vooral invloed op hun eigen behandelplan en aandacht voor wonen, werk en relaties. Ook over de bejegening waren cliënten kritischer.</p>"
            "<p>Teams waarin herstelondersteunende zorg echt was ingebed, hadden gemeenschappelijke kenmerken: een "
            "leidinggevende die het belang uitdroeg, vaste momenten om met cliënten te evalueren en ruimte om af "
            "te wijken van standaardprogramma's.</p>"
        ),
    ),
    Doc(
        key="zelfregie-beschermd-wonen",
        journal=HERSTEL,
        year=2022,
        title="Zelfregie als uitgangspunt",
        subtitle="Hoe cliënten in beschermd wonen hun eigen koers bepalen",
        authors=(("Inge", "Smits"), ("Hanneke", "Mulder")),
        keywords=("zelfregie", "beschermd wonen", "eigen regie", "cliëntperspectief"),
        abstract=(
            "Zelfregie is een kernbegrip in het beleid voor mensen met psychische problemen, maar wat betekent het "
            "voor cliënten zelf? In interviews met 24 bewoners van beschermde woonvormen verkenden we hoe zij "
            "zelfregie ervaren. Bewoners hechtten vooral aan kleine, dagelijkse keuzes en aan begeleiders die hen "
            "serieus namen. Regels van de instelling werden soms als betuttelend ervaren."
        ),
        body=(
            "<p>In het beleid wordt zelfregie vaak geformuleerd als doel: cliënten moeten zo veel mogelijk zelf "
            "bepalen hoe hun leven eruitziet. In beschermd wonen staat dat doel op gespannen voet met regels over "
            "veiligheid, medicatie en huisregels.</p>"
            "<p>De bewoners die wij spraken, dachten bij zelfregie niet in de eerste plaats aan grote "
            "levenskeuzes. Ze noemden eerder zaken als zelf boodschappen doen, zelf bepalen wanneer ze douchen en "
            "een eigen sleutel.</p>"
            "<p>Begeleiders die hun keuzes respecteerden, ook als ze het er niet mee eens waren, werden zeer "
            "gewaardeerd. Bewoners wilden vooral dat begeleiders met hen meedachten in plaats van voor hen.</p>"
            "<p>Wie herstelondersteunende zorg serieus neemt, begint bij die kleine keuzes. Zelfregie ontstaat "
            "niet door een beleidsnota, maar door dagelijkse ervaringen van invloed.</p>"
        ),
    ),
    Doc(
        key="eerst-plaatsen",
        journal=HERSTEL,
        year=2019,
        title="Eerst plaatsen, dan trainen",
        subtitle="Individuele plaatsing en steun voor mensen met een psychische kwetsbaarheid",
        authors=(("Thijs", "Verhoeven"),),
        keywords=("arbeidsparticipatie", "IPS", "psychische kwetsbaarheid", "re-integratie"),
        abstract=(
            "Individuele plaatsing en steun (IPS) helpt mensen met ernstige psychische problemen aan betaald werk "
            "op de reguliere arbeidsmarkt. Wij volgden 180 deelnemers in vier regio's gedurende achttien maanden. "
            "Van de IPS-deelnemers vond 44 procent betaald werk, tegenover 18 procent in de vergelijkingsgroep. "
            "Een nauwe samenwerking tussen trajectbegeleider en behandelaar was bepalend voor succes."
        ),
        body=(
            "<p>Traditionele re-integratie begint met training en werkervaring in een beschermde omgeving. Pas als "
            "iemand er klaar voor lijkt, volgt een stap naar regulier werk. Die stap wordt echter vaak nooit "
            "gezet.</p>"
            "<p>IPS draait die volgorde om. Deelnemers zoeken direct naar een betaalde baan die past bij hun "
            "wensen, en krijgen daarna begeleiding op de werkplek zolang dat nodig is. De trajectbegeleider maakt "
            "deel uit van het behandelteam.</p>"
            "<p>In ons onderzoek vonden IPS-deelnemers vaker en sneller werk. Ook bleven zij langer aan het werk. "
            "Het ziekteverzuim van werkende deelnemers was vergelijkbaar met dat van collega's zonder psychische "
            "problemen.</p>"
            "<p>Regio's waar trajectbegeleiders wekelijks overlegden met behandelaars, haalden de beste "
            "resultaten. Arbeidsparticipatie blijkt zo niet alleen een doel van herstel, maar ook een motor "
            "ervan.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="herstelcafe",
        journal=HERSTEL,
        year=2024,
        title="Herstel op de kaart",
        subtitle="Een herstelcafé in een middelgrote stad",
        authors=(("Femke", "Postma"),),
        keywords=("herstelcafé", "lotgenotencontact", "inloop", "zelfhulp"),
        abstract=(
            "In een oud café in het centrum van de stad organiseren vrijwilligers met eigen ervaring elke week een "
            "herstelcafé. Bezoekers kunnen zonder verwijzing binnenlopen voor koffie, een praatje of een "
            "thema-avond. In deze praktijkbeschrijving vertellen we hoe het initiatief ontstond, wie er komen en "
            "wat bezoekers eraan hebben. We bespreken ook de onzekere financiering."
        ),
        body=(
            "<p>Het herstelcafé begon vijf jaar geleden met drie vrijwilligers en een thermoskan koffie. Inmiddels "
            "komen er elke woensdag tussen de twintig en veertig bezoekers.</p>"
            "<p>Het café is bewust geen behandelplek. Er zijn geen intakes, dossiers of wachtlijsten. Bezoekers "
            "hoeven niets te vertellen over hun diagnose en kunnen komen en gaan wanneer zij willen.</p>"
            "<p>Veel bezoekers vertellen dat zij in het café weer durven te praten met onbekenden. Voor sommigen is "
            "het de eerste stap naar vrijwilligerswerk of een opleiding. Een bezoeker zei: 'Hier ben ik niet mijn "
            "stoornis, hier ben ik gewoon iemand die koffie drinkt.'</p>"
            "<p>De financiering blijft een zorg. Het café draait op een jaarlijkse subsidie van de gemeente en op "
            "giften. Een structurele plek in het lokale aanbod zou het voortbestaan veel zekerder maken.</p>"
        ),
        article_type="case-report",
    ),
    Doc(
        key="herstelacademie",
        journal=HERSTEL,
        year=2025,
        title="Leren over herstel in een herstelacademie",
        authors=(("Kees", "Hoogendoorn"),),
        keywords=("herstelacademie", "recovery college", "ervaringsdeskundigheid", "educatie"),
        abstract=(
            "Herstelacademies bieden cursussen over herstel die samen worden ontwikkeld en gegeven door "
            "ervaringsdeskundigen en professionals. Wij onderzochten de ervaringen van 130 cursisten van vier "
            "herstelacademies die verbonden zijn aan de ggz. Cursisten waren positief over de gelijkwaardige sfeer "
            "en leerden veel van elkaar. Ervaringsdeskundigheid werd gezien als de kern van het aanbod."
        ),
        body=(
            "<p>Een herstelacademie lijkt meer op een volksuniversiteit dan op een behandelcentrum. Iedereen kan "
            "zich inschrijven voor cursussen over onderwerpen als omgaan met stemmingen, opnieuw gaan werken of "
            "het vinden van zingeving.</p>"
            "<p>Elke cursus wordt gegeven door een duo van een ervaringsdeskundige en een professional. Deelnemers "
            "worden aangesproken als cursist en niet als patiënt. Er worden geen diagnoses gevraagd.</p>"
            "<p>Cursisten vertelden dat zij zich in de academie minder als probleemgeval voelden dan in de "
            "reguliere ggz. Zij leerden niet alleen van de docenten, maar vooral van medecursisten met "
            "vergelijkbare ervaringen.</p>"
            "<p>De academies hebben wel moeite om mensen te bereiken die nog niet in beeld zijn bij de ggz. Meer "
            "samenwerking met buurthuizen en bibliotheken zou dat kunnen veranderen. Ook de financiering is nog lang niet overal geregeld.</p>"
        ),
    ),
    Doc(
        key="naasten-eerste-psychose",
        journal=HERSTEL,
        year=2021,
        title="Ondersteuning van naasten bij een eerste psychose",
        authors=(("Noor", "Kuipers"),),
        keywords=("naasten", "mantelzorgers", "psychose", "familiebetrokkenheid"),
        abstract=(
            "Wanneer iemand voor het eerst een psychose doormaakt, worden ouders, partners en broers of zussen vaak "
            "plotseling mantelzorger. In deze studie vroegen we 62 naasten naar hun behoeften in het eerste jaar. "
            "Zij wilden vooral eerlijke informatie, betrokkenheid bij het behandelplan en ondersteuning voor "
            "zichzelf. Behandelaars die de naasten vanaf het begin betrokken, kregen meer vertrouwen terug."
        ),
        body=(
            "<p>Een eerste psychose treedt meestal op tussen het achttiende en dertigste levensjaar. Voor ouders en "
            "partners is het een schok: iemand die zij goed kennen, lijkt ineens onbereikbaar.</p>"
            "<p>De naasten in ons onderzoek voelden zich in de eerste weken vaak buitengesloten. Zorgverleners "
            "beriepen zich op het beroepsgeheim, terwijl de naasten thuis de zorg droegen. Velen wisten niet wat "
            "zij konden verwachten of hoe zij moesten reageren op wanen.</p>"
            "<p>Wat zij nodig hadden, was eerlijke informatie over het ziektebeeld en de behandeling, en een vast "
            "aanspreekpunt. Daarnaast wilden veel mantelzorgers ondersteuning voor zichzelf, bijvoorbeeld via een "
            "familiegroep.</p>"
            "<p>Behandelaars die vanaf het begin met de cliënt bespraken hoe de naasten betrokken konden worden, "
            "troffen minder weerstand dan verwacht. Familiebetrokkenheid bleek bovendien samen te hangen met minder "
            "heropnames.</p>"
        ),
    ),
    Doc(
        key="participatie-geen-prestatie",
        journal=HERSTEL,
        year=2026,
        title="Participatie is geen prestatie",
        subtitle="Redactioneel",
        authors=(("Joris", "ter Horst"),),
        keywords=("redactioneel", "participatie", "participatiesamenleving"),
        abstract=(
            "Participatie is in het sociaal beleid een centraal begrip geworden. In dit redactioneel waarschuwen we "
            "voor een smalle opvatting waarin alleen betaald werk telt. Herstel kan ook betekenen dat iemand weer "
            "een vriend bezoekt, een hobby oppakt of zich inzet voor de buurt. De artikelen in dit nummer laten "
            "die breedte zien."
        ),
        body=(
            "<p>Sinds de introductie van de participatiesamenleving wordt van burgers verwacht dat zij meedoen. "
            "Voor mensen met psychische problemen wordt meedoen al snel vertaald als werken. Wie dat niet kan of wil, moet zich verantwoorden.</p>"
            "<p>Werk kan veel betekenen: structuur, inkomen, sociale contacten en zelfrespect. Maar wie "
            "participatie alleen afmeet aan betaalde uren, doet velen tekort. Een vrijwilliger in de voedselbank of "
            "een man die na jaren weer met zijn zoon gaat vissen, participeert evengoed.</p>"
            "<p>De bijdragen in dit nummer laten zien hoe divers participatie kan zijn. Ze gaan over werk, maar ook "
            "over wonen, lotgenotencontact en buurtinitiatieven. Samen vormen ze een pleidooi voor een bredere blik.</p>"
            "<p>Wij pleiten voor beleid dat meedoen niet ziet als een prestatie die geleverd moet worden, maar als "
            "een mogelijkheid die ruimte en tijd nodig heeft.</p>"
        ),
        article_type="editorial",
    ),
    Doc(
        key="herbouwen-uit-de-ruine",
        journal=HERSTEL,
        year=2023,
        title="Herbouwen uit de ruïne",
        subtitle="Housing First en herstel na langdurige dakloosheid",
        authors=(("Wim", "Zwart"),),
        keywords=("Housing First", "dakloosheid", "herstel", "wonen"),
        abstract=(
            "Housing First biedt mensen die langdurig dakloos zijn direct een eigen woning, zonder voorwaarden "
            "vooraf. In deze studie volgden we 45 huurders in twee steden gedurende twee jaar. Na twee jaar woonde "
            "84 procent nog in de eigen woning. Deelnemers beschreven hun leven voor de woning vaak als een ruïne, "
            "en het wonen als een basis om opnieuw te beginnen."
        ),
        body=(
            "<p>Traditionele opvang werkt met een trapmodel: wie stopt met drinken en zich aan afspraken houdt, mag "
            "doorstromen naar een eigen kamer. Voor een deel van de dakloze mensen blijkt die trap "
            "onbegaanbaar.</p>"
            "<p>Housing First keert de volgorde om. Een woning is geen beloning, maar het vertrekpunt. Begeleiders "
            "komen aan huis en werken aan de doelen die de huurder zelf kiest.</p>"
            "<p>De meeste deelnemers hielden hun woning vast. Veel van hen vertelden dat zij zich in de eerste "
            "weken vreemd voelden in de stilte van een eigen huis. Eén man zei dat zijn leven een ruïne was "
            "geweest, maar dat hij nu stenen had om mee te bouwen.</p>"
            "<p>Verslaving en psychische klachten verdwenen niet vanzelf. Wel gaf een eigen adres rust om daaraan "
            "te werken, en om het contact met familie te herstellen.</p>"
        ),
        open_access=True,
    ),
    Doc(
        key="wat-werkgevers-denken",
        journal=HERSTEL,
        year=2020,
        title="Wat werkgevers denken",
        subtitle="Stigma en openheid over psychische kwetsbaarheid op het werk",
        authors=(("Yvonne", "Dekker"),),
        keywords=("stigma", "werkgevers", "arbeidsparticipatie", "openheid"),
        abstract=(
            "Veel werknemers met psychische problemen twijfelen of zij hun werkgever moeten inlichten. Wij "
            "ondervroegen 410 leidinggevenden over hun houding ten opzichte van werknemers met een psychische "
            "kwetsbaarheid. Hoewel de meesten zich positief uitten, gaf een derde aan te aarzelen bij het aannemen "
            "van een kandidaat met een psychiatrische voorgeschiedenis. Eerdere ervaring met zo'n collega hing "
            "samen met een positievere houding."
        ),
        body=(
            "<p>De arbeidsparticipatie van mensen met psychische problemen blijft achter bij die van de rest van de "
            "bevolking. Naast de klachten zelf speelt stigma daarbij een rol: de angst om anders behandeld te "
            "worden na openheid.</p>"
            "<p>In ons onderzoek legden we leidinggevenden korte situatieschetsen voor. Daarin solliciteerde een "
            "kandidaat met dezelfde kwalificaties, maar met of zonder vermelding van een eerdere depressie of "
            "angststoornis. Elke deelnemer beoordeelde vier van zulke schetsen.</p>"
            "<p>Leidinggevenden beoordeelden de kandidaat met een psychiatrische voorgeschiedenis gemiddeld iets "
            "lager, vooral op betrouwbaarheid. Het verschil was kleiner bij leidinggevenden die zelf een collega "
            "met psychische problemen hadden begeleid. Over motivatie en inzet waren de oordelen vrijwel gelijk.</p>"
            "<p>Contact en ervaring lijken dus de sterkste middelen tegen stigma. Werkgevers die openheid willen "
            "bevorderen, kunnen beginnen met het delen van verhalen binnen de eigen organisatie.</p>"
        ),
    ),
    Doc(
        key="herkenning-op-afstand",
        journal=HERSTEL,
        year=2025,
        title="Herkenning op afstand",
        subtitle="Online lotgenotencontact bij depressie",
        authors=(("Tom", "Goossens"),),
        keywords=("lotgenotencontact", "online", "depressie", "zelfhulp"),
        abstract=(
            "Online fora en chatgroepen bieden mensen met een depressie de mogelijkheid om op elk moment ervaringen "
            "te delen. Wij analyseerden ruim 3.000 berichten op een Nederlandstalig forum en interviewden 20 "
            "actieve gebruikers. Deelnemers vonden vooral herkenning en praktische tips. Risico's waren het delen "
            "van schadelijke adviezen en het gevoel meegesleept te worden door de somberheid van anderen."
        ),
        body=(
            "<p>Lotgenotencontact heeft een lange traditie in de geestelijke gezondheidszorg. Online platforms "
            "maken dat contact laagdrempeliger: je hoeft de deur niet uit en kunt anoniem blijven. Voor wie zich schaamt, is dat een belangrijke drempel minder.</p>"
            "<p>In de berichten die wij analyseerden, ging het vaak over slapeloosheid, medicatie en relaties. "
            "Gebruikers reageerden op elkaar met begrip en deelden wat voor hen had gewerkt. Ook zingeving en werk kwamen regelmatig ter sprake.</p>"
            "<p>In de interviews vertelden gebruikers dat zij zich op het forum minder alleen voelden, vooral 's "
            "nachts. Tegelijk beschreven sommigen dat zij na het lezen van sombere berichten zelf somberder "
            "werden.</p>"
            "<p>Moderatoren speelden een belangrijke rol bij het bewaken van de sfeer. Samenwerking tussen "
            "forumbeheerders en ggz-instellingen kan helpen om risico's tijdig te signaleren, zonder het informele "
            "karakter te verliezen.</p>"
        ),
    ),
    Doc(
        key="recensie-lange-weg-terug",
        journal=HERSTEL,
        year=2022,
        title="Recensie: De lange weg terug",
        authors=(("Leen", "Janssens"),),
        keywords=("recensie", "herstel", "autobiografie"),
        abstract=(
            "In dit autobiografische boek beschrijft een voormalig docent zijn jarenlange strijd met een bipolaire "
            "stoornis en zijn langzame herstel. Het boek is openhartig en goed geschreven. Het laat zien dat "
            "herstel geen rechte lijn is, maar een proces met terugvallen. Voor hulpverleners biedt het "
            "waardevolle inkijkjes in het perspectief van de cliënt."
        ),
        body=(
            "<p>De auteur was twintig jaar leraar geschiedenis toen hij voor het eerst werd opgenomen. In heldere, "
            "soms pijnlijk eerlijke hoofdstukken beschrijft hij de jaren die volgden: opnames, ontslag, een "
            "verbroken huwelijk en een lange zoektocht naar de juiste behandeling.</p>"
            "<p>Het boek ontleent zijn kracht aan de details. De auteur beschrijft hoe hij in een manische periode "
            "een halve boekwinkel leegkocht en hoe hij maanden later niet meer uit bed kwam. Hij doet dat zonder "
            "zelfmedelijden.</p>"
            "<p>Interessant voor hulpverleners zijn de passages over contacten met behandelaars. Wat hem hielp, was "
            "zelden een interventie, maar eerder een behandelaar die bleef, ook als het slecht ging.</p>"
            "<p>Een aanrader voor iedereen die met mensen in herstel werkt, en voor wie wil begrijpen hoe traag en "
            "grillig dat herstel kan verlopen.</p>"
        ),
        article_type="book-review",
    ),
    Doc(
        key="schulden-en-herstel",
        journal=HERSTEL,
        year=2024,
        title="Schulden en herstel",
        subtitle="Financiële zelfredzaamheid van mensen met psychische problemen",
        authors=(("Sander", "Bakker"),),
        keywords=("schulden", "financiële zelfredzaamheid", "psychische problemen", "schuldhulpverlening"),
        abstract=(
            "Schulden en psychische problemen versterken elkaar. In dit onderzoek volgden we 90 cliënten van een "
            "ggz-instelling die tegelijk schuldhulpverlening kregen. Een geïntegreerde aanpak, waarin behandelaar "
            "en schuldhulpverlener samenwerkten, leidde vaker tot een stabiele financiële situatie dan afzonderlijke "
            "trajecten. Deelnemers noemden de rust die daardoor ontstond een belangrijke voorwaarde voor verder "
            "herstel."
        ),
        body=(
            "<p>Wie schulden heeft, leeft in voortdurende spanning. Brieven blijven ongeopend, de telefoon wordt "
            "niet opgenomen en slapen lukt slecht. Voor mensen met psychische problemen kan die stress klachten "
            "verergeren, terwijl de klachten het overzicht over geldzaken juist bemoeilijken.</p>"
            "<p>In het onderzochte project werkten behandelaars van de ggz en schuldhulpverleners van de gemeente "
            "in één team. Zij stemden hun ondersteuning op elkaar af en hielden gezamenlijke afspraken met "
            "cliënten.</p>"
            "<p>Na een jaar had ruim zestig procent van de deelnemers een stabiele financiële situatie, tegenover "
            "ruim een derde in een vergelijkbare groep met afzonderlijke trajecten. Ook de uitval uit behandeling "
            "was lager.</p>"
            "<p>Deelnemers vertelden dat zij pas ruimte kregen voor herstel toen de dreiging van deurwaarders "
            "verdween. Financiële rust is daarmee geen bijzaak, maar een voorwaarde voor behandeling.</p>"
        ),
    ),
    Doc(
        key="herstel-geen-eindpunt",
        journal=HERSTEL,
        year=2021,
        title="Herstel is geen eindpunt",
        subtitle="Interview met Anja Roelofs, voorzitter van een cliëntenraad",
        authors=(("Saskia", "Vermeulen"),),
        keywords=("interview", "cliëntenraad", "medezeggenschap", "herstel"),
        abstract=(
            "Anja Roelofs is al acht jaar voorzitter van de cliëntenraad van een grote ggz-instelling. Ze heeft "
            "zelf jarenlang behandeling gehad voor een angststoornis. In dit interview vertelt ze over "
            "medezeggenschap, over de moeizame weg naar echte invloed en over de reden waarom herstel volgens haar "
            "nooit af is."
        ),
        body=(
            "<p>Roelofs kwam in de cliëntenraad terecht omdat ze zich ergerde aan een folder. 'Er stond in dat "
            "cliënten centraal staan, maar niemand had ons gevraagd wat erin moest.'</p>"
            "<p>In de jaren daarna zag ze de raad groeien in invloed. 'In het begin werden we geïnformeerd als "
            "besluiten al genomen waren. Nu schuiven we aan voordat er iets op papier staat. Dat heeft tijd "
            "gekost.'</p>"
            "<p>Over haar eigen herstel is ze nuchter. 'Ik heb nog steeds slechte weken. Herstel betekent voor mij "
            "niet dat de angst weg is, maar dat ik er een leven omheen heb gebouwd.'</p>"
            "<p>Haar wens voor de toekomst: 'Dat medezeggenschap niet afhangt van de goede wil van een bestuurder. "
            "Het moet vanzelfsprekend zijn dat mensen meepraten over de zorg die zij krijgen.'</p>"
        ),
        article_type="interview",
    ),
    Doc(
        key="van-instelling-naar-wijk",
        journal=HERSTEL,
        year=2026,
        title="Van instelling naar wijk",
        subtitle="De ambulantisering van beschermd wonen",
        authors=(("Griet", "Vandenberghe"),),
        keywords=("beschermd wonen", "ambulantisering", "wijk", "buurtbewoners"),
        abstract=(
            "Steeds meer mensen met ernstige psychische problemen wonen niet meer in een instelling, maar "
            "zelfstandig in de wijk met begeleiding aan huis. Wij onderzochten hoe 30 bewoners en 25 "
            "buurtbewoners deze overgang ervoeren. Bewoners genoten van hun vrijheid, maar voelden zich soms "
            "eenzaam. Buurtbewoners waren overwegend welwillend, al leidde overlast soms tot spanningen."
        ),
        body=(
            "<p>De ambulantisering van de ggz heeft als doel dat mensen zo veel mogelijk midden in de samenleving "
            "wonen. Beschermd wonen in een grote instelling maakt plaats voor kleinere woonvormen en zelfstandige "
            "woningen met begeleiding.</p>"
            "<p>De bewoners die wij interviewden, waardeerden hun eigen voordeur en de vrijheid om zelf hun dag in "
            "te delen. Tegelijk misten velen de vanzelfsprekende aanwezigheid van medebewoners en begeleiders.</p>"
            "<p>Buurtbewoners wisten vaak niet dat er iemand met psychische problemen in hun straat woonde. Wanneer "
            "dat wel bekend was, reageerden de meesten neutraal of positief. Enkele keren leidde geluidsoverlast "
            "tot conflicten, die met bemiddeling werden opgelost.</p>"
            "<p>Om eenzaamheid te voorkomen is meer nodig dan een woning en een begeleider. Ontmoetingsplekken in "
            "de wijk en contact met buren kunnen een belangrijke rol spelen.</p>"
        ),
    ),
)

JUDGED: tuple[Judged, ...] = (
    # topic
    Judged(
        "opvoedingsondersteuning kwetsbare gezinnen",
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "keukentafel-huisbezoek"),
        "topic",
    ),
    Judged(
        "ervaringsdeskundigheid ggz",
        ("ervaringsdeskundigheid-ggz", "ervaringsdeskundige-fact", "herstelacademie"),
        "topic",
    ),
    Judged("morele stress jeugdprofessionals", ("morele-stress",), "topic"),
    Judged(
        "arbeidsparticipatie psychische kwetsbaarheid",
        ("eerst-plaatsen", "wat-werkgevers-denken"),
        "topic",
    ),
    Judged("autisme volwassenen werk", ("autisme-aan-het-werk", "zorgpad-volwassenen"), "topic"),
    Judged("zelfregie cliënten", ("zelfregie-beschermd-wonen",), "topic"),
    Judged("digitale media opvoeding", ("digitale-opvoeding",), "topic"),
    Judged("armoede gezinnen wijkteam", ("wijkteam-armoede",), "topic"),
    Judged("slaapproblemen autisme", ("slapen-zonder-strijd",), "topic"),
    Judged("housing first dakloosheid", ("herbouwen-uit-de-ruine",), "topic"),
    # author
    Judged(
        "van der Berg",
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "boekbespreking-onzeker", "herstelondersteunende-zorg"),
        "author",
    ),
    Judged(
        "Marieke van der Berg",
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "boekbespreking-onzeker", "herstelondersteunende-zorg"),
        "author",
    ),
    Judged("De Vries", ("vechtscheiding-kinderen", "pleegzorg-matching", "morele-beraadslaging-jeugd"), "author"),
    Judged("Peeters", ("autisme-aan-het-werk", "laat-gediagnosticeerd", "en-nu-verder"), "author"),
    Judged("El Amrani", ("wijkteam-armoede", "cultuursensitief-werken"), "author"),
    Judged(
        "Van den Broeck",
        ("beroepsethiek-sociaal-werk", "melden-of-niet", "slapen-zonder-strijd"),
        "author",
    ),
    Judged(
        "Saskia Vermeulen",
        ("veertig-jaar-maatschappelijk-werk", "mijn-ervaring-mijn-vak", "herstel-geen-eindpunt"),
        "author",
    ),
    Judged("Jansen", ("zorgpad-volwassenen", "niets-over-ons", "sterker-in-de-klas"), "author"),
    # title (half-remembered)
    Judged("keukentafel huisbezoek", ("keukentafel-huisbezoek",), "title"),
    Judged("betrokkenheid vaders beeld", ("vaders-in-beeld",), "title"),
    Judged("laat gediagnosticeerde vrouwen", ("laat-gediagnosticeerd",), "title"),
    Judged("thuiszitters leerling", ("schoolverzuim-thuiszitters",), "title"),
    Judged("waarom stoppen pleegouders", ("pleegouders-uitval",), "title"),
    Judged("willen partijdig", ("partijdig-vechtscheiding",), "title"),
    Judged("werkwoorden waarden", ("waarden-werkwoorden",), "title"),
    # compound: the query is part of a compound; the listed docs contain only the compound
    Judged(
        "ondersteuning",
        ("opvoeding-kwetsbaar", "eerste-duizend-dagen", "wijkteam-armoede", "keukentafel-huisbezoek"),
        "compound",
    ),
    Judged("autisme", ("laat-gediagnosticeerd",), "compound"),
    Judged("ethiek", ("beroepsethiek-sociaal-werk", "klokkenluiden"), "compound"),
    Judged(
        "deskundigheid",
        ("ervaringsdeskundigheid-ggz", "ervaringsdeskundige-fact", "herstelacademie", "mijn-ervaring-mijn-vak"),
        "compound",
    ),
    Judged("verzuim", ("schoolverzuim-thuiszitters", "eerst-plaatsen"), "compound"),
    Judged("scheiding", ("partijdig-vechtscheiding",), "compound"),
    Judged("jeugdhulp", ("klokkenluiden", "morele-beraadslaging-jeugd"), "compound"),
    # misspelling: one edit away from a corpus word
    Judged(
        "opvoedingsondersteunnig",
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "keukentafel-huisbezoek"),
        "misspelling",
    ),
    Judged(
        "ervaringsdeskundigheit",
        ("ervaringsdeskundigheid-ggz", "ervaringsdeskundige-fact", "herstelacademie", "mijn-ervaring-mijn-vak"),
        "misspelling",
    ),
    Judged(
        "pleegzrog",
        ("pleegzorg-matching", "netwerkpleegzorg-loyaliteit", "pleegouders-uitval", "vechtscheiding-kinderen"),
        "misspelling",
    ),
    Judged("vechtscheidng", ("partijdig-vechtscheiding", "vechtscheiding-kinderen"), "misspelling"),
    Judged("beroepsetiek", ("beroepsethiek-sociaal-werk", "klokkenluiden"), "misspelling"),
    Judged("schoolverzium", ("schoolverzuim-autisme", "schoolverzuim-thuiszitters"), "misspelling"),
    Judged("autismespectrumstornis", ("laat-gediagnosticeerd", "zorgpad-volwassenen"), "misspelling"),
    # inflection: the listed docs use another form of the query word
    Judged("alleenstaande ouders", ("alleenstaande-ouder",), "inflection"),
    Judged(
        "ondersteunen",
        ("naasten-eerste-psychose", "schulden-en-herstel", "jonge-mantelzorgers"),
        "inflection",
    ),
    Judged("hoogbegaafd kind", ("hoogbegaafde-kinderen",), "inflection"),
    Judged(
        "kwetsbaar gezin",
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "keukentafel-huisbezoek"),
        "inflection",
    ),
    Judged("jonge mantelzorger", ("jonge-mantelzorgers",), "inflection"),
    Judged("vechtscheidingen", ("vechtscheiding-kinderen", "partijdig-vechtscheiding"), "inflection"),
    # phrase
    Judged('"morele beraadslaging"', ("morele-beraadslaging-jeugd", "morele-stress"), "phrase"),
    Judged(
        '"herstelondersteunende zorg"',
        ("herstelondersteunende-zorg", "zelfregie-beschermd-wonen"),
        "phrase",
    ),
    Judged('"jonge mantelzorgers"', ("jonge-mantelzorgers",), "phrase"),
    Judged(
        '"kwetsbare gezinnen"',
        ("opvoeding-kwetsbaar", "wijkteam-armoede", "keukentafel-huisbezoek"),
        "phrase",
    ),
    # exclusion: only the docs that must appear; docs with the excluded word must not
    Judged("pleegzorg -scheiding", ("pleegzorg-matching", "netwerkpleegzorg-loyaliteit"), "exclusion"),
    Judged("schoolverzuim -autisme", ("schoolverzuim-thuiszitters",), "exclusion"),
    Judged(
        "ervaringsdeskundigheid -psychose",
        ("ervaringsdeskundigheid-ggz", "herstelacademie", "mijn-ervaring-mijn-vak"),
        "exclusion",
    ),
    # or
    Judged(
        "vechtscheiding OR schoolverzuim",
        ("vechtscheiding-kinderen", "schoolverzuim-thuiszitters", "partijdig-vechtscheiding", "schoolverzuim-autisme"),
        "or",
    ),
    Judged("hoogbegaafde OR alleenstaande", ("hoogbegaafde-kinderen", "alleenstaande-ouder"), "or"),
    Judged("klokkenluiden OR meldcode", ("klokkenluiden", "melden-of-niet"), "or"),
    # accent: typed without diacritics
    Judged("ideeen", ("vaders-in-beeld",), "accent"),
    Judged("financiele", ("schulden-en-herstel",), "accent"),
    Judged("cooperatie", ("zorgcooperatie-dorp",), "accent"),
    Judged("categorieen", ("redactioneel-hokjes",), "accent"),
    Judged("reunie", ("veertig-jaar-maatschappelijk-werk",), "accent"),
    Judged("prive", ("digitale-opvoeding",), "accent"),
    Judged("ruine", ("herbouwen-uit-de-ruine",), "accent"),
)
