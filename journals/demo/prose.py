"""Compose the demo articles' Dutch prose: each article its own text, from slots rather than stock sentences.

A ``Composer`` writes one article. It draws the article's own facts first (the place and the
organisations it happened in, the people who took part and what they said, numbers, the findings
it reports, its reference list), then writes each section from sentence templates with several
independent slots. A ``Registry`` shared by the whole demo refuses a sentence (of six words or more)
that another article already has, so the composer draws again; only when a dozen draws all
collide is the sentence kept, so a sentence is in one article, rarely in two (``overlap`` measures it).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from journals.demo.blocks import (
    Block,
    Cite,
    Inline,
    Table,
    TableRef,
    bullet_list,
    h2,
    h3,
    inline_text,
    p,
    question,
    quote,
    table_block,
)
from journals.demo.lexicon import FIRST_NAMES, ORG_NAMES, REGIONS, TOWN_HEADS, TOWN_TAILS, Finding, Informant, Lexicon
from journals.demo.overlap import sentences
from journals.demo.references import LiteratureWriter, Work

Runs = list[Inline]
Maker = Callable[[], "str | Runs | None"]

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)  # fmt: skip
NUMBER_WORDS = {
    2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien",
    11: "elf", 12: "twaalf",
}  # fmt: skip
ORDINAL_WORDS = ("eerste", "tweede", "derde", "vierde", "vijfde")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """'Prikkelverwerking' -> 'prikkelverwerking', but 'ADHD en autisme' stays as it is."""
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def join_and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def number_word(number: int) -> str:
    return NUMBER_WORDS.get(number, str(number))


class Registry:
    """Which sentences the demo has used, and in how many articles: a sentence may be in ``limit``."""

    def __init__(self, limit: int = 1) -> None:
        self.limit = limit
        self.counts: Counter[str] = Counter()
        self.current: set[str] = set()

    def start(self) -> None:
        self.current = set()

    def fits(self, text: str) -> bool:
        return all(key not in self.current and self.counts[key] < self.limit for key in sentences(text))

    def add(self, text: str) -> None:
        for key in sentences(text):
            if key not in self.current:
                self.current.add(key)
                self.counts[key] += 1


@dataclass
class Participant:
    name: str
    informant: Informant
    age: int | None

    @property
    def attribution(self) -> str:
        if self.age is not None:
            return f"{self.name}, {self.age} jaar"
        return f"{self.name}, {self.informant.singular}"

    @property
    def mention(self) -> str:
        """'Noor (34)' or 'jobcoach Jelle'."""
        if self.age is not None:
            return f"{self.name} ({self.age})"
        return f"{self.informant.singular} {self.name}"


@dataclass
class Facts:
    """What one article is about and what happened in it: drawn once, used by every section."""

    subject: str
    context: str
    aspects: list[str]
    informants: tuple[Informant, ...]
    town: str
    region: str
    towns: list[str]
    org: str
    orgs: list[str]
    findings: list[Finding]
    factors: list[str]
    barriers: list[str]
    outcomes: list[str]
    intervention: str
    design: str
    year: int
    n: int  # interviews (or diarists, or focus group members)
    n2: int  # a second group of informants
    k: int  # focus groups, cases, sites
    m: int  # questionnaire respondents
    months: int
    start_month: int
    people: list[Participant] = field(default_factory=list)

    @property
    def topic(self) -> str:
        return f"{self.subject} {self.context}".strip()

    @property
    def area(self) -> str:
        """The region without its preposition: 'de Kempen'."""
        return self.region.split(" ", 1)[1]

    @property
    def primary(self) -> Informant:
        return self.informants[0]

    @property
    def secondary(self) -> Informant:
        return self.informants[1] if len(self.informants) > 1 else self.informants[0]


DESIGNS = ("interviews", "interviews", "focus", "survey", "mixed", "cases", "diary")


class Composer:
    """Writes one article. ``kind``: research, review, practice, interview, book, editorial."""

    def __init__(
        self,
        rng: random.Random,
        lexicon: Lexicon,
        registry: Registry,
        *,
        vocabulary: dict[str, str],
        subject: str = "",
        context: str = "",
        keywords: Sequence[str] = (),
        year: int = 2024,
    ) -> None:
        self.rng = rng
        self.lex = lexicon
        self.registry = registry
        self.words = vocabulary  # doelgroep, professionals, professional, veld, duo
        self.year = year
        registry.start()
        self.facts = self.draw_facts(lower_first(subject), context, list(keywords))
        self.pool: list[Work] = []
        self.uncited: list[Work] = []
        self.cited: list[Work] = []
        self.tables = 0

    # -- facts ---------------------------------------------------------------------------

    def town(self, taken: set[str]) -> str:
        while True:
            name = self.rng.choice(TOWN_HEADS) + self.rng.choice(TOWN_TAILS)
            if name not in taken:
                taken.add(name)
                return name

    def org_name(self, taken: set[str], towns: list[str]) -> str:
        pattern = self.rng.choice(self.lex.org_patterns)
        while True:
            name = pattern.format(town=self.rng.choice(towns), name=self.rng.choice(ORG_NAMES))
            if name not in taken:
                taken.add(name)
                return name

    def draw_facts(self, subject: str, context: str, keywords: list[str]) -> Facts:
        rng, lex = self.rng, self.lex
        taken: set[str] = set()
        towns = [self.town(taken) for _ in range(4)]
        org_taken: set[str] = set()
        orgs = [self.org_name(org_taken, towns) for _ in range(3)]
        aspects = [word for word in keywords if word.lower() != subject.lower()] or [subject]
        informants = lex.informants_for(subject, context)
        facts = Facts(
            subject=subject,
            context=context,
            aspects=aspects,
            informants=informants,
            town=towns[0],
            region=rng.choice(REGIONS),
            towns=towns,
            org=orgs[0],
            orgs=orgs,
            findings=rng.sample(lex.findings, rng.choice((3, 3, 4))),
            factors=rng.sample(lex.factors, 5),
            barriers=rng.sample(lex.barriers, 4),
            outcomes=rng.sample(lex.outcomes, 3),
            intervention=rng.choice(lex.interventions),
            design=rng.choice(DESIGNS),
            year=self.year - rng.choice((1, 1, 2)),
            n=rng.randint(11, 34),
            n2=rng.randint(4, 12),
            k=rng.randint(3, 6),
            m=rng.randint(96, 640),
            months=rng.choice((4, 5, 6, 8, 9, 10, 12, 14, 18)),
            start_month=rng.randint(1, 12),
        )
        names = rng.sample(FIRST_NAMES, 8)
        for index, name in enumerate(names):
            informant = informants[0] if index % 3 != 2 else facts.secondary
            age = rng.randint(*informant.ages) if informant.ages else None
            facts.people.append(Participant(name, informant, age))
        return facts

    # -- sentences and paragraphs --------------------------------------------------------

    def say(self, make: Maker, tries: int = 14) -> Runs | None:
        """A sentence from ``make`` that the registry accepts (drawn again when it is used up).

        A sentence drawn again gives back the works it cited, so that only the citations that stay
        in the text count (the reference list is the works the text cites).
        """
        runs: Runs | None = None
        for attempt in range(tries):
            uncited, cited = list(self.uncited), list(self.cited)
            made = make()
            if made is None:
                return None
            runs = _merge([made] if isinstance(made, str) else made)
            if self.registry.fits(inline_text(runs)) or attempt == tries - 1:
                break
            self.uncited, self.cited = uncited, cited
        assert runs is not None
        self.registry.add(inline_text(runs))
        return runs

    def para(self, *makers: Maker) -> Block:
        runs: Runs = []
        for make in makers:
            sentence = self.say(make)
            if not sentence:
                continue
            if runs:
                runs.append(" ")
            runs.extend(sentence)
        return p(*_merge(runs))

    def items(self, makers: Sequence[Maker], *, ordered: bool = False) -> Block:
        """A list whose items are sentences the registry accepts."""
        return bullet_list([said for make in makers if (said := self.say(make))], ordered=ordered)

    def pick[T](self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def person(self) -> Participant:
        """The next participant, in turn."""
        person = self.facts.people.pop(0)
        self.facts.people.append(person)
        return person

    def voice(self) -> Participant | None:
        """The next participant whose words the journal's quotes can be (see ``Informant.speaks``)."""
        for _ in range(len(self.facts.people)):
            person = self.person()
            if person.informant.speaks:
                return person
        return None

    # -- literature ----------------------------------------------------------------------

    def literature(self, count: int, extra: Sequence[Work] = ()) -> None:
        writer = LiteratureWriter(self.rng, self.lex)
        facts = self.facts
        self.pool = writer.reference_list(
            count,
            subject=facts.subject,
            aspects=facts.aspects,
            context=facts.context,
            year=self.year,
            extra=list(extra),
        )
        self.uncited = self.rng.sample(self.pool, len(self.pool))

    def _take(self) -> Work:
        work = self.uncited.pop() if self.uncited else self.rng.choice(self.pool)
        if work not in self.cited:
            self.cited.append(work)
        return work

    def cite(self, most: int = 2) -> Cite:
        count = self.rng.randint(1, most)
        works: list[Work] = []
        while len(works) < min(count, len(self.pool)):
            work = self._take()
            if work not in works:
                works.append(work)
        return Cite(tuple(sorted(works, key=lambda work: (work.year, work.cite_names("&")))))

    def narrative(self) -> Cite:
        return Cite((self._take(),), narrative=True)

    def claim(self, options: Sequence[tuple[str, str]]) -> Runs:
        """'Bakker (2019) vond ...' or 'Bakker en Claes (2019) vonden ...': the verb agrees with the authors."""
        cite = self.narrative()
        singular, plural = self.pick(options)
        return [cite, " " + (singular if len(cite.works[0].authors) == 1 else plural)]

    def references(self) -> list[Work]:
        """The works the text cites, in the pool's (reference list) order."""
        return [work for work in self.pool if work in self.cited]

    # -- shared phrases ------------------------------------------------------------------

    @property
    def topic(self) -> str:
        return self.facts.topic

    def quote_text(self, core: str) -> str:
        opener = self.pick(
            (
                "",
                "",
                "",
                "Eerlijk gezegd: ",
                "Kijk, ",
                "Het klinkt misschien gek, maar ",
                "Voor mij is het simpel: ",
                "Ik zeg het maar zoals het is: ",
                "Achteraf gezien: ",
                "Wat ik heb geleerd: ",
                "Om eerlijk te zijn, ",
            )
        )
        tail = ""
        sentence = cap(opener + core) if opener else cap(core)
        return f"“{sentence}{tail}.”"

    def gist(self, finding: Finding) -> str:
        """The finding's gist in a frame of this article's own."""
        f = self.facts
        person = self.person()
        frame = self.pick(
            (
                f"De kern, zoals {person.mention} die verwoordde: {finding.gist}.",
                f"Voor de deelnemers in {f.town} kwam het hierop neer: {finding.gist}.",
                f"Wat {f.primary.plural} {f.context} beschreven, komt hierop neer: {finding.gist}.",
                f"Het beeld {f.region}: {finding.gist}.",
                f"{cap(finding.gist)}, zo bleek in {f.towns[1]} net zo goed als in {f.town}.",
                f"{cap(finding.gist)}: dat gold voor {f.primary.plural} meer dan voor {f.secondary.plural}.",
            )
        )
        return frame

    def finding_heading(self, finding: Finding, *, quotes: bool = True) -> Block:
        """The heading of a finding: its own, with this article's context, or in a participant's words."""
        f = self.facts
        options = [finding.heading, finding.heading, f"{finding.heading} {f.context}", f"{cap(finding.np)} {f.context}"]
        if quotes:
            options.append(f"‘{cap(finding.quotes[-1])}’")
        made = self.say(lambda: self.pick(options))
        return h3(inline_text(made or [finding.heading]))

    def finding_quote(self, finding: Finding) -> Block:
        """What a participant said about the finding; in a study without such voices, what was reported."""
        person = self.voice()
        if person is None:
            other = self.person()
            return self.para(
                lambda: self.pick(
                    (
                        f"{cap(other.mention)} gaf een voorbeeld van {finding.np} {self.pick(self.lex.settings)}, dat in meer gesprekken terugkwam.",
                        f"{cap(other.mention)} vertelde hoe {finding.np} er in het dagelijks leven uitziet, en hoe weinig daar vaak voor nodig is.",
                        f"Voor {other.mention} was {finding.np} het onderwerp waarover het gesprek het langst ging.",
                    )
                )
            )
        made = self.say(lambda: self.quote_text(self.pick(finding.quotes)))
        assert made is not None
        return quote(inline_text(made), person.attribution)

    # -- abstract ------------------------------------------------------------------------

    def abstract_research(self) -> str:
        f, w = self.facts, self.words
        design = {
            "interviews": f"semigestructureerde interviews met {f.n} {f.primary.plural} en {f.n2} {f.secondary.plural}",
            "focus": f"{number_word(f.k)} focusgroepen met in totaal {f.n + f.n2} deelnemers",
            "survey": f"een online vragenlijst die {f.m} {f.primary.plural} invulden",
            "mixed": f"een vragenlijst ({f.m} respondenten) en verdiepende interviews met {f.n} {f.primary.plural}",
            "cases": f"{number_word(f.k)} casussen {f.region}, met interviews, observaties en documentanalyse",
            "diary": f"dagboeken die {f.n} {f.primary.plural} gedurende {number_word(min(f.k + 3, 12))} weken bijhielden",
        }[f.design]
        first, second = f.findings[0], f.findings[1]
        parts = [
            lambda: self.pick(
                (
                    f"In {w['veld']} groeit de aandacht voor {self.topic}, maar wat {f.primary.plural} zelf nodig hebben, is nog weinig onderzocht.",
                    f"Over {self.topic} bestaan veel ideeën en weinig gegevens uit de dagelijkse praktijk.",
                    f"Wie in {w['veld']} werkt, kent de vragen rond {self.topic}; systematische kennis erover is schaars.",
                    f"Hoe {f.primary.plural} {self.topic} beleven, blijft in beleid en onderzoek vaak onderbelicht.",
                    f"{cap(self.topic)} krijgt in {w['veld']} steeds meer aandacht, vooral sinds {self.pick(self.lex.policies)} de verhoudingen veranderde.",
                )
            ),
            lambda: self.pick(
                (
                    f"Deze studie onderzocht wat {f.primary.plural} en {f.secondary.plural} als helpend en belemmerend ervaren.",
                    f"Het doel was te begrijpen onder welke voorwaarden ondersteuning bij {f.subject} aansluit bij wat {f.primary.plural} belangrijk vinden.",
                    f"We onderzochten hoe {f.primary.plural} {f.context} met {f.subject} omgaan en wat hun omgeving daarin betekent.",
                    f"De vraag was welke rol {lower_first(f.aspects[0])} speelt en wat {w['professionals']} daaraan kunnen bijdragen.",
                )
            ),
            lambda: self.pick(
                (
                    f"De gegevens komen uit {design}, verzameld in {f.year} {f.region}.",
                    f"We gebruikten {design}; het veldwerk vond plaats in {f.year}, in samenwerking met {f.org}.",
                    f"Het onderzoek steunt op {design} en liep {f.months} maanden.",
                )
            ),
            lambda: self.pick(
                (
                    f"Centraal in de bevindingen staan {first.np} en {second.np}.",
                    f"Deelnemers noemden vooral {f.factors[0]} en {f.factors[1]} als voorwaarden om verder te komen.",
                    f"Uit de analyse komt {first.np} naar voren als het belangrijkste thema, gevolgd door {second.np}.",
                    f"Als grootste drempels kwamen {f.barriers[0]} en {f.barriers[1]} naar voren.",
                )
            ),
            lambda: self.gist(self.pick((first, second))),
            lambda: self.pick(
                (
                    f"We bespreken wat dit betekent voor {w['professionals']} en voor wie beleid maakt rond {f.subject}.",
                    f"De resultaten pleiten voor ondersteuning die begint bij {f.factors[2]}.",
                    f"Het artikel eindigt met aanbevelingen voor de praktijk in {w['veld']} en voor vervolgonderzoek.",
                    f"Voor de praktijk betekent dit vooral: minder nieuwe programma's, meer aandacht voor {f.factors[3]}.",
                    f"Verder onderzoek zou moeten volgen hoe {f.outcomes[0]} zich op langere termijn ontwikkelt.",
                )
            ),
        ]
        return " ".join(inline_text(self.say(make) or []) for make in parts)

    # -- research article ----------------------------------------------------------------

    def research(self, earlier: Sequence[Work] = ()) -> tuple[str, list[Block], list[Work]]:
        self.literature(self.rng.randint(12, 22), earlier)
        abstract = self.abstract_research()
        blocks = [*self.introduction(), *self.method(), *self.results(), *self.discussion(), *self.conclusion()]
        return abstract, blocks, self.references()

    def introduction(self) -> list[Block]:
        f, w = self.facts, self.words
        a0 = lower_first(f.aspects[0])
        policy = self.pick(self.lex.policies)
        context_paragraph = self.para(
            lambda: self.pick(
                (
                    f"In {w['veld']} staat {self.topic} al enkele jaren op de agenda.",
                    f"Wie met {f.primary.plural} werkt, krijgt vroeg of laat te maken met vragen rond {self.topic}.",
                    f"Het thema {self.topic} roept in {w['veld']} veel vragen op, en lang niet alle antwoorden liggen voor de hand.",
                    f"Rond {self.topic} is de laatste jaren veel in beweging.",
                    f"Sinds {policy} zijn de verwachtingen rond {self.topic} hoger dan ooit.",
                )
            ),
            lambda: [
                self.pick(
                    (
                        f"Onderzoek laat zien dat {a0} daarbij een grote rol speelt ",
                        f"Verschillende studies wijzen op het belang van {a0} ",
                        f"Eerder werk benadrukt vooral de samenhang met {a0} ",
                        f"In de literatuur wordt {f.subject} vaak in verband gebracht met {a0} ",
                    )
                ),
                self.cite(3),
                ".",
            ],
            lambda: [
                self.pick(
                    (
                        f"Tegelijk is de aandacht ongelijk verdeeld: studies over {f.primary.plural} {f.context} zijn schaars ",
                        f"Toch gaat het meeste onderzoek over andere groepen dan {f.primary.plural} ",
                        f"Wat opvalt, is dat het perspectief van {f.primary.plural} zelf in die studies weinig ruimte krijgt ",
                    )
                ),
                self.cite(2),
                ".",
            ],
            lambda: self.pick(
                (
                    f"In de praktijk lossen {w['professionals']} veel op met ervaring en improvisatie, omdat richtlijnen over {f.subject} weinig houvast bieden.",
                    f"Intussen zoeken {w['professionals']} zelf naar werkwijzen die passen bij wat ze dagelijks tegenkomen.",
                    f"{cap(w['professionals'])} geven aan dat ze vaak pas achteraf horen wat wel en niet hielp.",
                    None,
                )
            ),
        )
        known = self.para(
            lambda: [
                self.pick(
                    (
                        "Wat helpt, is in grote lijnen bekend. ",
                        "",
                        f"Over wat {f.primary.plural} helpt, is al het een en ander bekend. ",
                    )
                ),
                *self.claim(
                    (
                        (
                            f"beschreef het verschil dat {f.factors[0]} kan maken",
                            f"beschreven het verschil dat {f.factors[0]} kan maken",
                        ),
                        (
                            f"vond een samenhang tussen {f.factors[0]} en {f.outcomes[0]}",
                            f"vonden een samenhang tussen {f.factors[0]} en {f.outcomes[0]}",
                        ),
                        (
                            f"wees op {f.factors[0]} als een van de sterkste beschermende factoren",
                            f"wezen op {f.factors[0]} als een van de sterkste beschermende factoren",
                        ),
                        (
                            f"stelde vast dat het waar het misgaat vaak ontbreekt aan {f.factors[1]}",
                            f"stelden vast dat het waar het misgaat vaak ontbreekt aan {f.factors[1]}",
                        ),
                        (
                            f"noemde {f.factors[0]} een voorwaarde voor {f.outcomes[0].removeprefix('de ').removeprefix('het ')}",
                            f"noemden {f.factors[0]} een voorwaarde voor {f.outcomes[0].removeprefix('de ').removeprefix('het ')}",
                        ),
                    )
                ),
                ".",
            ],
            lambda: [
                self.pick(
                    (
                        f"Bekende drempels zijn {f.barriers[0]} en {f.barriers[1]} ",
                        f"Daartegenover staan drempels als {f.barriers[0]} ",
                        f"Als belemmeringen worden onder meer {f.barriers[0]} en {f.barriers[2]} genoemd ",
                    )
                ),
                self.cite(2),
                ".",
            ],
            lambda: self.pick(
                (
                    f"Hoe die factoren elkaar beïnvloeden bij {f.primary.plural} {f.context}, is minder duidelijk.",
                    f"Minder bekend is hoe dit uitpakt {f.context}, waar de omstandigheden anders zijn dan in de meeste studies.",
                    f"Daarbij blijft de vraag open wat {f.primary.plural} zelf als het belangrijkste ervaren.",
                )
            ),
            lambda: (
                [
                    self.pick(
                        (
                            "Ook de organisatie van de zorg speelt mee: wie steeds met andere mensen te maken heeft, bouwt moeilijk vertrouwen op ",
                            f"Daarnaast laten studies zien dat {f.outcomes[1]} sterk afhangt van de context ",
                            f"Bovendien hangt veel af van de ruimte die organisaties hun {w['professionals']} geven ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ]
                if self.chance(0.7)
                else None
            ),
        )
        asks: list[Maker] = [
            lambda: self.pick(
                (
                    f"Wat ervaren {f.primary.plural} als helpend en belemmerend bij {f.subject} {f.context}?",
                    f"Wat helpt {f.primary.plural} in {self.pick(f.towns)} bij {f.subject}, en wat staat in de weg?",
                    f"Hoe beleven {f.primary.plural} {f.subject} {f.context}, en wat vinden zij zelf belangrijk?",
                )
            ),
            lambda: self.pick(
                (
                    f"Welke rol spelen {f.secondary.plural} van {self.pick(f.orgs)} daarin, volgens henzelf en volgens {f.primary.plural}?",
                    f"Hoe hangen {self.pick(f.factors)} en {f.outcomes[0]} met elkaar samen?",
                    f"Wat zeggen de ervaringen {f.region} over de manier waarop ondersteuning rond {f.subject} is ingericht?",
                )
            ),
        ]
        if self.chance(0.4):
            asks.append(
                lambda: self.pick(
                    (
                        f"Welke aanknopingspunten bieden de bevindingen voor {w['professionals']} in {self.pick(f.towns)}?",
                        f"Wat betekent dit voor het beleid van gemeenten en organisaties als {self.pick(f.orgs)}?",
                        f"Welke verschillen zijn er tussen {f.primary.plural} met en zonder eerdere ervaring met {lower_first(f.aspects[-1])}?",
                    )
                )
            )
        questions = [inline_text(self.say(ask) or []) for ask in asks]
        inline = self.chance(0.5)
        aim = self.para(
            lambda: self.pick(
                (
                    f"Dit artikel doet verslag van een onderzoek dat in {f.year} {f.region} werd uitgevoerd, samen met {f.org}.",
                    f"Om meer zicht te krijgen op deze vragen, deden we onderzoek bij {f.org} en {f.orgs[1]}.",
                    f"In samenwerking met {f.org} zetten we in {f.year} een onderzoek op dat {f.primary.plural} zelf aan het woord laat.",
                    f"Het onderzoek waarover we hier rapporteren, vond plaats in {f.town} en omgeving.",
                )
            ),
            lambda: (
                f"De onderzoeksvragen waren: {'; '.join(lower_first(q)[:-1] for q in questions)}?" if inline else None
            ),
        )
        blocks = [h2("Inleiding"), context_paragraph, known, aim]
        if not inline_text(aim.text).count("onderzoeksvragen"):
            blocks.append(
                p(
                    self.pick(
                        (
                            f"Voor het onderzoek in {f.town} stelden we ons de volgende vragen:",
                            "Drie vragen stonden centraal:" if len(questions) == 3 else "Twee vragen stonden centraal:",
                        )
                    )
                )
            )
            blocks.append(bullet_list([[q] for q in questions], ordered=True))
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Na een beschrijving van de werkwijze presenteren we wat {f.primary.plural} en {f.secondary.plural} vertelden, en bespreken we dat in het licht van eerder onderzoek.",
                        f"Hierna beschrijven we eerst de opzet van het onderzoek; daarna volgen de bevindingen en een beschouwing over wat ze betekenen voor {w['veld']}.",
                        f"We beginnen met de opzet van de studie in {f.town}, daarna volgen de thema's uit de analyse en tot slot de discussie.",
                        None,
                    )
                )
            )
        )
        return [block for block in blocks if block.text or block.kind != "p"]

    def method(self) -> list[Block]:
        f, w = self.facts, self.words
        month = MONTHS[f.start_month - 1]
        end_month = MONTHS[(f.start_month - 1 + f.months) % 12]
        recruit = self.para(
            lambda: self.pick(
                (
                    f"Deelnemers werden geworven via {f.org}, {f.orgs[1]} en {f.orgs[2]}.",
                    f"De werving liep via {f.org} en via de nieuwsbrief van {f.orgs[1]}.",
                    f"We benaderden deelnemers via {w['professionals']} van {f.org} en via een oproep op sociale media.",
                    f"Via {f.org} in {f.town} en {f.orgs[1]} kwamen we in contact met de eerste deelnemers; zij brachten ons weer bij anderen.",
                )
            ),
            lambda: self.pick(
                (
                    f"Voorwaarde was dat deelnemers {f.context} ervaring hadden met {f.subject}.",
                    f"We zochten bewust naar spreiding in leeftijd, achtergrond en woonplaats, van {f.towns[1]} tot {f.towns[2]}.",
                    f"Om ook minder zichtbare groepen te bereiken, legden {w['professionals']} de oproep persoonlijk voor aan mensen die zelf niet snel zouden reageren.",
                    f"Wie wilde meedoen, kreeg vooraf schriftelijke informatie en een gesprek met een medewerker van {f.orgs[1]} over wat deelname zou inhouden.",
                )
            ),
        )
        data = {
            "interviews": lambda: self.para(
                lambda: (
                    f"Tussen {month} en {end_month} {f.year} hielden we semigestructureerde interviews met {f.n} {f.primary.plural} en {f.n2} {f.secondary.plural}."
                ),
                lambda: self.pick(
                    (
                        f"De gesprekken duurden tussen de {self.rng.randint(35, 50)} en {self.rng.randint(75, 110)} minuten en vonden plaats op een plek die de deelnemer koos.",
                        f"Een gesprek duurde gemiddeld {self.rng.randint(52, 84)} minuten; wie dat wilde, kon het interview over twee afspraken verdelen.",
                        f"De meeste interviews vonden plaats bij de deelnemers thuis, een klein deel online of in een ruimte van {f.org}.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"De topiclijst volgde de onderzoeksvragen en ging in op {f.factors[0]}, {f.barriers[0]} en {f.outcomes[0]}.",
                        f"Een topiclijst, opgesteld met een klankbordgroep van {f.primary.plural}, gaf richting zonder het gesprek vast te leggen.",
                        f"We vroegen naar concrete situaties uit de afgelopen maanden, {self.pick(self.lex.settings)} of elders, zodat de gesprekken dicht bij de dagelijkse ervaring bleven.",
                    )
                ),
            ),
            "focus": lambda: self.para(
                lambda: (
                    f"In {month} en {end_month} {f.year} organiseerden we {number_word(f.k)} focusgroepen van elk vijf tot acht deelnemers, in totaal {f.n + f.n2} mensen."
                ),
                lambda: self.pick(
                    (
                        f"De groepen kwamen samen in {f.towns[0]}, {f.towns[1]} en {f.towns[2]}, telkens op een vertrouwde plek.",
                        f"Een gespreksleider van {f.orgs[1]} en een van de onderzoekers leidden de bijeenkomsten samen.",
                        f"Elke bijeenkomst duurde ongeveer {self.pick(('anderhalf uur', 'twee uur', 'twee en een half uur'))}; de gesprekken in {f.towns[1]} liepen soms uit.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Als opening bespraken de groepen een herkenbare situatie rond {f.subject}, daarna volgden de vragen uit de gesprekshandleiding.",
                        f"We gebruikten kaartjes met uitspraken over {f.factors[0]} en {f.barriers[0]} om het gesprek op gang te brengen.",
                    )
                ),
            ),
            "survey": lambda: self.para(
                lambda: (
                    f"Tussen {month} en {end_month} {f.year} vulden {f.m} {f.primary.plural} een online vragenlijst in; {self.rng.randint(8, 31)} anderen stopten halverwege en bleven buiten de analyse."
                ),
                lambda: self.pick(
                    (
                        f"De vragenlijst telde {self.rng.randint(24, 61)} vragen over {f.factors[0]}, {f.barriers[0]} en {f.outcomes[0]}, met ruimte voor toelichting in eigen woorden.",
                        f"Naast gesloten vragen bevatte de lijst drie open vragen; die leverden {self.rng.randint(180, 920)} toelichtingen op.",
                        f"De vragen waren vooraf getest met {number_word(self.rng.randint(5, 9))} {f.primary.plural}, wat tot eenvoudiger formuleringen leidde.",
                    )
                ),
                lambda: [
                    f"De kenmerken van de {f.m} respondenten staan in ",
                    TableRef(self.tables + 1),
                    ".",
                ],
            ),
            "mixed": lambda: self.para(
                lambda: (
                    f"Het onderzoek bestond uit twee delen: een online vragenlijst, die {f.m} {f.primary.plural} invulden, en verdiepende interviews met {f.n} van hen."
                ),
                lambda: self.pick(
                    (
                        f"De vragenlijst liep van {month} tot {end_month} {f.year}; de interviews volgden in de maanden daarna.",
                        f"Wie de vragenlijst had ingevuld, kon aangeven of hij of zij wilde meewerken aan een interview; {self.rng.randint(41, 140)} mensen deden dat.",
                    )
                ),
                lambda: [
                    TableRef(self.tables + 1, capital=True),
                    self.pick(
                        (
                            f" geeft een overzicht van de {f.m} respondenten.",
                            f" vat de kenmerken van de {f.m} respondenten samen.",
                        )
                    ),
                ],
            ),
            "cases": lambda: self.para(
                lambda: (
                    f"We kozen voor een meervoudige casestudy bij {number_word(f.k)} organisaties {f.region}, waaronder {f.org} en {f.orgs[1]}."
                ),
                lambda: self.pick(
                    (
                        f"Per casus spraken we met {f.primary.plural}, {f.secondary.plural} en leidinggevenden, in totaal {f.n + f.n2} mensen.",
                        f"In elke organisatie liepen we {number_word(self.rng.randint(2, 5))} dagen mee, spraken we met betrokkenen en bestudeerden we beleidsstukken en werkinstructies.",
                    )
                ),
                lambda: (
                    f"Het veldwerk liep van {month} {f.year} tot {end_month} van het jaar daarop; we legden onze waarnemingen vast in {self.rng.randint(40, 130)} pagina's veldnotities."
                ),
            ),
            "diary": lambda: self.para(
                lambda: (
                    f"{cap(number_word(f.n) if f.n <= 12 else str(f.n))} {f.primary.plural} hielden vanaf {month} {f.year} {number_word(min(f.k + 3, 12))} weken lang een dagboek bij, op papier of met een app."
                ),
                lambda: self.pick(
                    (
                        f"Elke avond beantwoordden ze {number_word(self.rng.randint(3, 7))} korte vragen over hun dag en beschreven ze een moment dat hen was bijgebleven.",
                        f"De dagboeken gingen over {f.factors[0]}, over {f.barriers[0]} en over de vraag hoe de dag was verlopen.",
                    )
                ),
                lambda: (
                    f"Na afloop voerden we met elke deelnemer een gesprek over het dagboek, en daarnaast interviewden we {f.n2} {f.secondary.plural}."
                ),
            ),
        }[f.design]()
        count, noun = {
            "interviews": (f.n + f.n2, "interviews"),
            "focus": (f.k, "groepsgesprekken"),
            "cases": (f.n + f.n2, "gesprekken"),
            "diary": (f.n + f.n2, "nagesprekken en interviews"),
            "mixed": (f.n, "interviews"),
            "survey": (f.m, "vragenlijsten"),
        }[f.design]
        analysis = self.para(
            lambda: (
                self.pick(
                    (
                        f"De {count} {noun} in {f.town} en omgeving werden met toestemming opgenomen en letterlijk uitgeschreven.",
                        f"Alle {count} {noun} werden opgenomen, uitgeschreven en geanonimiseerd; namen in dit artikel zijn gefingeerd.",
                        f"Van elk van de {count} {noun} maakten we een transcript voor {f.org}, dat de deelnemers desgewenst konden inzien.",
                    )
                )
                if f.design not in {"survey"}
                else self.pick(
                    (
                        f"De gesloten vragen van de {f.m} ingevulde lijsten analyseerden we beschrijvend; verschillen tussen groepen toetsten we waar dat zinvol was.",
                        f"We analyseerden de antwoorden beschrijvend en bekeken de verschillen naar leeftijd, en tussen {f.towns[0]} en de andere gemeenten.",
                    )
                )
            ),
            lambda: self.pick(
                (
                    f"Twee onderzoekers codeerden het materiaal onafhankelijk van elkaar en bespraken de verschillen tot er overeenstemming was; het codeboek telde uiteindelijk {self.rng.randint(24, 71)} codes.",
                    f"We analyseerden het materiaal thematisch: eerst open coderen, daarna ordenen in thema's en die toetsen aan alle {count} {noun}.",
                    f"De analyse verliep in {number_word(self.rng.randint(3, 5))} rondes, waarbij we de voorlopige thema's telkens voorlegden aan de klankbordgroep.",
                    f"Bij de analyse werkten we met een codeboek dat we samen met {f.orgs[1]} opstelden en na elke ronde bijwerkten.",
                )
            ),
            lambda: self.pick(
                (
                    f"Een klankbordgroep van {number_word(self.rng.randint(4, 8))} {f.primary.plural} dacht mee over de vragen en over de interpretatie van de resultaten.",
                    f"Het onderzoeksprotocol werd in {f.year} beoordeeld door de commissie ethiek van {self.pick(('Hogeschool', 'Universiteit'))} {f.towns[3]}; alle deelnemers gaven schriftelijk toestemming.",
                    f"Deelnemers kregen een waardebon van {self.pick(('vijftien', 'twintig', 'vijfentwintig'))} euro als dank voor hun tijd.",
                    None,
                )
            ),
        )
        blocks: list[Block] = [h2("Methode")]
        if self.chance(0.6):
            blocks += [h3("Werving"), recruit, h3(self.pick(("Dataverzameling", "Gegevensverzameling", "Opzet"))), data]
            if f.design in {"survey", "mixed"}:
                blocks.append(self.respondent_table())
            blocks += [h3("Analyse"), analysis]
        else:
            blocks += [recruit, data]
            if f.design in {"survey", "mixed"}:
                blocks.append(self.respondent_table())
            blocks.append(analysis)
        return blocks

    def respondent_table(self) -> Block:
        f, rng = self.facts, self.rng
        self.tables += 1
        total = f.m
        women = rng.randint(int(total * 0.35), int(total * 0.72))
        other = rng.randint(0, max(1, total // 40))
        men = total - women - other
        young = rng.randint(int(total * 0.15), int(total * 0.4))
        old = rng.randint(int(total * 0.1), int(total * 0.3))
        middle = total - young - old
        region_a = rng.randint(int(total * 0.3), int(total * 0.6))

        def row(label: str, count: int) -> tuple[str, str, str]:
            return (label, str(count), f"{round(100 * count / total)}%")

        rows = (
            row("Vrouw", women),
            row("Man", men),
            row("Anders, onbekend", other),
            row("Jonger dan 30 jaar", young),
            row("30 tot 50 jaar", middle),
            row("50 jaar of ouder", old),
            row(f"Woont {f.region}", region_a),
            row("Woont elders", total - region_a),
        )
        table = Table(
            self.tables,
            self.pick(("Kenmerken van de respondenten", "De respondenten naar geslacht, leeftijd en woonplaats"))
            + f" (n = {total})",
            ("Kenmerk", "Aantal", "Aandeel"),
            rows,
            note="Percentages zijn afgerond.",
        )
        return table_block(table)

    def factor_table(self) -> Block:
        f, rng = self.facts, self.rng
        self.tables += 1
        shares = sorted((rng.randint(18, 86) for _ in f.factors), reverse=True)
        table = Table(
            self.tables,
            self.pick(("Wat respondenten als helpend noemen", "Helpende factoren volgens de respondenten"))
            + f" (n = {f.m})",
            ("Factor", "Helpend", "Belangrijkst"),
            tuple(
                (cap(factor), f"{share}%", f"{max(2, share // rng.randint(3, 6))}%")
                for factor, share in zip(f.factors, shares, strict=True)
            ),
            note=f"Respondenten konden meer dan één factor kiezen (n = {f.m}).",
        )
        return table_block(table)

    def results(self) -> list[Block]:
        f = self.facts
        headings = [finding.np for finding in f.findings]
        blocks: list[Block] = [h2(self.pick(("Resultaten", "Bevindingen")))]
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Uit de analyse kwamen {number_word(len(headings))} thema's naar voren: {join_and(headings)}.",
                        f"We bespreken de bevindingen aan de hand van {number_word(len(headings))} thema's, die in vrijwel alle gesprekken met {f.primary.plural} in {self.pick(f.towns)} terugkwamen.",
                        f"De verhalen van de deelnemers uit {self.pick(f.towns)} laten zich ordenen in {number_word(len(headings))} thema's, die we hieronder een voor een bespreken.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Het beeld was tussen {f.towns[0]} en {f.towns[1]} opvallend gelijk; de verschillen zaten eerder tussen personen dan tussen plaatsen.",
                        f"Tussen {f.primary.plural} en {f.secondary.plural} waren de accenten soms verschillend, en ook dat komt hieronder aan bod.",
                        f"Waar {f.primary.plural} en {f.secondary.plural} van mening verschilden, geven we dat aan.",
                        None,
                    )
                ),
            )
        )
        if f.design in {"survey", "mixed"}:
            blocks.append(
                self.para(
                    lambda: [
                        self.pick(("In de vragenlijst ", "Bij de gesloten vragen ")),
                        f"noemden de meeste respondenten {f.factors[0]} als helpend (",
                        TableRef(self.tables + 1),
                        ").",
                    ],
                    lambda: (
                        f"Minder vaak genoemd, maar door wie het noemde wel als belangrijkste gekozen, werd {f.factors[-1]} ({self.rng.randint(18, 34)} procent)."
                    ),
                )
            )
            blocks.append(self.factor_table())
        for index, finding in enumerate(f.findings):
            blocks.append(self.finding_heading(finding))
            blocks.extend(self.finding(finding, index))
        return blocks

    def finding(self, finding: Finding, index: int) -> list[Block]:
        f, w = self.facts, self.words
        some = self.rng.randint(3, max(4, f.n - 2))
        ordinal = ORDINAL_WORDS[index]
        first = self.para(
            lambda: self.pick(
                (
                    f"Het {ordinal} thema betreft {finding.np}.",
                    f"{cap(finding.np)} kwam in bijna alle gesprekken ter sprake, vaak zonder dat we ernaar vroegen.",
                    f"Veel deelnemers in {f.town} begonnen zelf over {finding.np}.",
                    f"Een terugkerend onderwerp, in {self.pick(f.towns)} en daarbuiten, was {finding.np}.",
                    f"Bij {number_word(some)} deelnemers stond {finding.np} centraal in hun verhaal.",
                )
            ),
            lambda: self.pick(
                (
                    self.gist(finding),
                    self.gist(finding),
                )
            ),
            lambda: self.pick(
                (
                    f"Vooral {f.primary.plural} die eerder met {f.barriers[index % len(f.barriers)]} te maken hadden, legden daar de nadruk op.",
                    f"Ook {f.secondary.plural} herkenden dit, al legden zij de oorzaak vaker bij {f.barriers[(index + 1) % len(f.barriers)]}.",
                    f"Wie {f.factors[index % len(f.factors)]} had ervaren, kon precies aanwijzen wat er toen anders ging.",
                    f"In {f.towns[index % 3]} kwam dit sterker naar voren dan elders.",
                    f"Voor {f.secondary.plural} was dit minder vanzelfsprekend dan voor {f.primary.plural}.",
                )
            ),
        )
        blocks = [first, self.finding_quote(finding)]
        if self.chance(0.75):
            person = self.person()
            blocks.append(
                self.para(
                    lambda: self.pick(
                        (
                            f"{cap(person.mention)} zag het vooral {self.pick(self.lex.settings)}: daar zat het verschil in {f.factors[(index + 2) % len(f.factors)]}.",
                            f"{cap(person.mention)} vertelde hoe een goed begin toch vastliep door {f.barriers[(index + 2) % len(f.barriers)]}.",
                            f"Voor {person.mention} was het omslagpunt {f.factors[(index + 3) % len(f.factors)]}.",
                            f"{cap(person.mention)} beschreef een periode waarin alles draaide om {f.barriers[index % len(f.barriers)]}, tot er iets veranderde {self.pick(self.lex.settings)}.",
                        )
                    ),
                    lambda: self.pick(
                        (
                            f"Zo'n ervaring staat niet op zichzelf: {number_word(some)} anderen vertelden iets vergelijkbaars.",
                            f"{cap(w['professionals'])} bevestigden dat beeld, al wezen zij er ook op hoe weinig tijd ze daarvoor krijgen.",
                            f"Het laat zien hoe nauw {finding.np} samenhangt met {f.outcomes[index % len(f.outcomes)]}.",
                            f"Het tegenovergestelde kwam ook voor: bij wie het aan {f.factors[(index + 1) % len(f.factors)]} ontbrak, bleef het vaak bij goede bedoelingen.",
                            None,
                        )
                    ),
                    lambda: (
                        f"{cap(speaker.mention)}: “{cap(self.pick(finding.quotes))}.”"
                        if (speaker := self.voice()) is not None and self.chance(0.35)
                        else None
                    ),
                )
            )
        return blocks

    def discussion(self) -> list[Block]:
        f, w = self.facts, self.words
        first, second = f.findings[0], f.findings[1]
        summary = self.para(
            lambda: self.pick(
                (
                    f"Dit onderzoek laat zien dat {first.np} en {second.np} voor {f.primary.plural} {f.context} centraal staan.",
                    f"De belangrijkste uitkomst is misschien dat {first.np} meer gewicht heeft dan vaak wordt aangenomen.",
                    f"Samengevat: voor {f.primary.plural} in dit onderzoek draait veel om {first.np}, en om {second.np}.",
                    f"Wie de thema's naast elkaar legt, ziet één lijn: met {f.factors[0]} wordt veel mogelijk, door {f.barriers[0]} veel moeilijk.",
                )
            ),
            lambda: self.pick(
                (
                    f"Dat geldt {f.region} niet anders dan elders, al zijn de omstandigheden er eigen.",
                    f"Het beeld is consistent over de groepen heen, ook tussen {f.primary.plural} en {f.secondary.plural}.",
                    f"Deze bevindingen zijn niet spectaculair, maar wel hardnekkig: ze kwamen in {f.towns[0]} net zo goed terug als in {f.towns[1]}.",
                    None,
                )
            ),
        )
        literature = self.para(
            lambda: [
                self.pick(
                    (
                        "De bevindingen sluiten aan bij eerder onderzoek naar ",
                        "Ze bevestigen wat eerder werd gevonden over ",
                        "In grote lijnen komt dit overeen met studies naar ",
                    )
                ),
                f"{lower_first(f.aspects[-1])} ",
                self.cite(3),
                ".",
            ],
            lambda: [
                self.pick(
                    (
                        f"Nieuw is vooral het perspectief van {f.primary.plural} {f.context}, dat in ",
                        "Wat dit onderzoek toevoegt, is een beeld van de dagelijkse praktijk, die in ",
                    )
                ),
                "de meeste studies ontbreekt ",
                self.cite(2),
                ".",
            ],
            lambda: [
                *self.claim(
                    (
                        (
                            f"waarschuwde al dat goede ondersteuning weinig oplevert bij {f.barriers[1]}",
                            f"waarschuwden al dat goede ondersteuning weinig oplevert bij {f.barriers[1]}",
                        ),
                        (
                            f"vond eerder een samenhang tussen {f.factors[1]} en {f.outcomes[1]}, wat past bij wat deelnemers hier vertelden",
                            f"vonden eerder een samenhang tussen {f.factors[1]} en {f.outcomes[1]}, wat past bij wat deelnemers hier vertelden",
                        ),
                        (
                            f"pleitte voor meer aandacht voor {second.np}, en onze bevindingen onderstrepen dat",
                            f"pleitten voor meer aandacht voor {second.np}, en onze bevindingen onderstrepen dat",
                        ),
                    )
                ),
                ".",
            ],
            lambda: (
                [
                    self.pick(
                        (
                            f"Anders dan in sommige internationale studies speelde {f.barriers[3]} hier een grotere rol ",
                            f"Een verschil met eerder werk is de nadruk die deelnemers legden op {f.factors[2]} ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ]
                if self.chance(0.6)
                else None
            ),
        )
        limits = self.para(
            lambda: self.pick(
                (
                    "Het onderzoek heeft beperkingen.",
                    f"Bij de bevindingen uit {f.town} horen enkele kanttekeningen.",
                    "Enige voorzichtigheid is op zijn plaats.",
                )
            ),
            lambda: self.pick(
                (
                    f"Deelnemers werden vooral via {f.org} geworven, waardoor mensen zonder contact met hulp buiten beeld bleven.",
                    f"Waarschijnlijk deden vooral {f.primary.plural} mee die al goed konden verwoorden wat ze nodig hebben.",
                    f"De studie is uitgevoerd in één regio ({f.area}), en de resultaten zijn niet zonder meer elders toepasbaar.",
                    f"Met {f.m if f.design in {'survey', 'mixed'} else f.n + f.n2} deelnemers is de groep te klein om verschillen tussen subgroepen goed te onderzoeken.",
                )
            ),
            lambda: self.pick(
                (
                    f"Daar staat tegenover dat de klankbordgroep van {f.primary.plural} bij {f.org} ervoor zorgde dat de vragen aansloten bij hun ervaring.",
                    f"Een sterk punt is dat we de voorlopige resultaten voorlegden aan {number_word(self.rng.randint(4, 9))} deelnemers uit {self.pick(f.towns)}, die ze herkenden en aanvulden.",
                    f"De combinatie van perspectieven van {f.primary.plural} en {f.secondary.plural} uit {self.pick(f.towns)} maakt de bevindingen wel rijker dan een studie met één groep.",
                )
            ),
        )
        factor, barrier = f.factors, f.barriers
        practice: list[Maker] = [
            lambda: (
                f"Investeer in {self.pick(factor[:3])} voordat er in {self.pick(f.towns)} nieuwe programma's worden gestart."
            ),
            lambda: (
                f"Maak {self.pick(barrier[:3])} bespreekbaar, in het team en met de {self.lex.clients} zelf, zoals in {self.pick(f.towns)}."
            ),
            lambda: (
                f"Vraag {f.primary.plural} {self.pick(self.lex.settings)} in {self.pick(f.towns)} wat zij nodig hebben, en leg vast wat is afgesproken."
            ),
            lambda: f"Betrek {f.secondary.plural} vanaf het begin bij het plan, zoals {f.org} dat doet.",
            lambda: f"Geef {w['professionals']} tijd om {self.pick(factor[1:4])} mogelijk te maken.",
        ]
        implications: list[Block] = [
            self.para(
                lambda: self.pick(
                    (
                        f"Voor de praktijk in {w['veld']} volgen hieruit enkele aanknopingspunten.",
                        f"Wat betekent dit voor {w['professionals']}?",
                        f"De bevindingen hebben gevolgen voor de praktijk en voor beleid, in {f.town} en daarbuiten, en voor wie met {f.primary.plural} werkt.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Ze hoeven het wiel niet opnieuw uit te vinden: veel van wat helpt, zit in {f.factors[1]} en in de manier waarop afspraken worden nagekomen.",
                        f"Vaak gaat het niet om nieuwe interventies, maar om {f.factors[2]} en om tijd.",
                        f"Gemeenten en zorgaanbieders die {f.subject} serieus nemen, kunnen beginnen bij {f.factors[0]}.",
                    )
                ),
            )
        ]
        if self.chance(0.5):
            implications.append(self.items(self.rng.sample(practice, 3)))
        implications.append(
            self.para(
                lambda: [
                    self.pick(
                        (
                            f"Vervolgonderzoek zou moeten volgen hoe {f.outcomes[0]} zich over langere tijd ontwikkelt ",
                            f"Een volgende stap is onderzoek dat {f.primary.plural} langer volgt, bij voorkeur samen met hen opgezet ",
                            f"Ook de rol van {f.secondary.plural} verdient meer onderzoek ",
                        )
                    ),
                    self.cite(1) if self.chance(0.5) else "",
                    ".",
                ]
            )
        )
        return [h2("Discussie"), summary, literature, limits, *implications]

    def conclusion(self) -> list[Block]:
        f, w = self.facts, self.words
        return [
            h2(self.pick(("Conclusie", "Tot besluit", "Conclusies"))),
            self.para(
                lambda: self.pick(
                    (
                        f"{cap(self.topic)} vraagt om meer dan losse interventies.",
                        f"Wie {f.primary.plural} {f.context} wil ondersteunen, moet beginnen bij wat zij zelf als helpend ervaren.",
                        f"Dit onderzoek {f.region} laat zien hoeveel er afhangt van gewone dingen die goed geregeld zijn.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"In de verhalen van de deelnemers ging het steeds weer over {f.findings[0].np} en {f.factors[0]}.",
                        f"De stem van {f.primary.plural} verdient daarbij een vaste plaats, in de praktijk en in onderzoek.",
                        f"{cap(f.factors[0])} en aandacht voor {f.findings[-1].np} zijn daarbij goede vertrekpunten.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Met dit artikel hopen we bij te dragen aan dat gesprek in {w['veld']}.",
                        f"Daar ligt een opdracht voor {w['professionals']}, maar ook voor wie hun werk organiseert en financiert.",
                        f"Voor {f.org} is dat geen grote beleidswijziging, maar wel een wezenlijke.",
                        None,
                    )
                ),
            ),
        ]

    # -- review --------------------------------------------------------------------------

    def review(self, earlier: Sequence[Work] = ()) -> tuple[str, list[Block], list[Work]]:
        f, w, rng = self.facts, self.words, self.rng
        self.literature(rng.randint(18, 25), earlier)
        y1, y2 = self.year - rng.randint(11, 16), self.year - 1
        found = rng.randint(640, 2900)
        unique = found - rng.randint(120, 500)
        screened = rng.randint(60, 180)
        included = rng.randint(14, 38)
        abstract = " ".join(
            inline_text(self.say(make) or [])
            for make in (
                lambda: self.pick(
                    (
                        f"Over {self.topic} is de afgelopen jaren veel gepubliceerd, maar verspreid over disciplines en landen.",
                        f"Wie wil weten wat bekend is over {self.topic}, vindt studies in uiteenlopende vakgebieden.",
                        f"De kennis over {self.topic} groeit snel, maar is lastig te overzien.",
                    )
                ),
                lambda: f"Dit overzicht brengt {included} studies uit de periode {y1}–{y2} samen.",
                lambda: self.pick(
                    (
                        f"De studies wijzen op het belang van {f.factors[0]} en {f.findings[0].np}.",
                        f"Het meest consistent is de rol van {f.findings[0].np}; over {f.findings[1].np} lopen de uitkomsten uiteen.",
                        f"Het onderzoek naar {f.subject} is vooral kwalitatief en klein van opzet, en komt grotendeels uit het buitenland.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"We sluiten af met een agenda voor onderzoek en praktijk rond {self.topic}.",
                        f"Voor {w['professionals']} volgen daaruit concrete aanknopingspunten rond {f.subject}.",
                    )
                ),
            )
        )
        blocks: list[Block] = [h2("Inleiding")]
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"{cap(self.topic)} is een onderwerp waarover veel wordt geschreven.",
                        f"In {w['veld']} is {self.topic} een terugkerend thema in beleid en praktijk.",
                        f"De belangstelling voor {self.topic} is de laatste jaren sterk gegroeid.",
                    )
                ),
                lambda: [
                    self.pick(
                        (
                            "Er verschenen overzichtsstudies in aanverwante gebieden ",
                            "Eerdere overzichten richtten zich op andere groepen of een andere periode ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ],
                lambda: self.pick(
                    (
                        f"Een actueel overzicht dat de vragen van {w['professionals']} {f.context} als vertrekpunt neemt, ontbreekt.",
                        f"Voor wie {f.context} werkt, is niet duidelijk welke bevindingen bruikbaar zijn.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Dit artikel zet daarom op een rij wat onderzoek uit de periode {y1}–{y2} zegt over {f.subject} {f.context}.",
                        f"Daarom brachten we de literatuur uit {y1}–{y2} in kaart, met drie vragen: wat helpt, wat belemmert en wat weten we nog niet?",
                    )
                ),
            )
        )
        blocks.append(h2("Werkwijze"))
        blocks.append(
            self.para(
                lambda: (
                    f"In {MONTHS[f.start_month - 1]} {self.year - 1} zochten we in vier internationale databanken en in Nederlandstalige vakliteratuur naar publicaties uit de periode {y1}–{y2}."
                ),
                lambda: self.pick(
                    (
                        f"De zoektermen combineerden {f.subject} en synoniemen met termen voor {f.primary.plural} en {f.context}.",
                        f"We zochten met combinaties van termen rond {f.subject}, {lower_first(f.aspects[0])} en {f.primary.plural}.",
                    )
                ),
                lambda: f"Dat leverde {found} treffers op, na het verwijderen van dubbelingen {unique}.",
                lambda: (
                    f"Twee onderzoekers beoordeelden titels en samenvattingen; {screened} publicaties werden volledig gelezen en {included} voldeden aan de criteria."
                ),
            )
        )
        self.tables += 1
        table_no = self.tables
        blocks.append(
            table_block(
                Table(
                    table_no,
                    "Selectie van de publicaties",
                    ("Stap", "Aantal publicaties"),
                    (
                        ("Gevonden in databanken en vakliteratuur", str(found)),
                        ("Na verwijderen van dubbelingen", str(unique)),
                        ("Volledig gelezen", str(screened)),
                        ("Opgenomen in het overzicht", str(included)),
                    ),
                )
            )
        )
        blocks.append(
            self.para(
                lambda: [
                    f"Het verloop van de selectie, van {found} treffers tot {included} studies, staat in ",
                    TableRef(table_no),
                    ".",
                ],
                lambda: self.pick(
                    (
                        f"Van elk van de {included} studies legden we de opzet, de onderzochte groep, de context en de belangrijkste uitkomsten over {f.subject} vast.",
                        f"We beoordeelden de kwaliteit van de {included} studies met een gestandaardiseerde checklist en lieten die beoordeling meewegen in de synthese.",
                    )
                ),
            )
        )
        blocks.append(h2("Wat de literatuur laat zien"))
        qualitative = rng.randint(included // 3, included // 2 + 2)
        blocks.append(
            self.para(
                lambda: (
                    f"Van de {included} studies waren er {number_word(qualitative)} kwalitatief; de andere gebruikten vragenlijsten of combineerden methoden."
                ),
                lambda: self.pick(
                    (
                        f"Slechts {number_word(rng.randint(2, 6))} studies over {f.subject} kwamen uit Nederland of Vlaanderen.",
                        f"De meeste van de {included} studies kwamen uit Engelstalige landen; uit het Nederlandse taalgebied vonden we er {number_word(rng.randint(2, 7))}.",
                    )
                ),
            )
        )
        for finding in f.findings:
            blocks.append(self.finding_heading(finding, quotes=False))
            blocks.append(self.review_finding(finding))
        blocks.append(h2("Beschouwing"))
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Het beeld dat uit de literatuur oprijst, is herkenbaar voor wie in {w['veld']} werkt.",
                        f"De literatuur over {f.subject} is rijker dan verwacht, maar ook versnipperd.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"De conclusies moeten voorzichtig worden getrokken: van de {included} studies waren er veel klein en van korte duur.",
                        f"Een beperking van dit overzicht is dat rapporten en andere grijze literatuur over {f.subject} maar gedeeltelijk konden worden meegenomen.",
                    )
                ),
                lambda: [
                    self.pick(
                        (
                            f"Onderzoek naar {f.primary.plural} {f.context} in het Nederlandse taalgebied is dringend nodig ",
                            f"Vooral studies die {f.outcomes[0]} over een langere periode volgen, ontbreken ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ],
            )
        )
        blocks.append(h2("Conclusie"))
        blocks.append(
            self.para(
                lambda: (
                    f"Wat werkt bij {self.topic}, hangt volgens de literatuur vooral samen met {f.factors[0]} en met {f.findings[0].np}."
                ),
                lambda: self.pick(
                    (
                        f"Voor {w['professionals']} is dat een bemoedigende boodschap: veel van wat helpt bij {f.subject}, ligt binnen hun bereik.",
                        f"De uitdaging is die kennis te vertalen naar de praktijk {f.context}.",
                    )
                ),
            )
        )
        self.cite_remaining(blocks)
        return abstract, blocks, self.references()

    def review_finding(self, finding: Finding) -> Block:
        """What the literature says about one finding, with its citations."""
        f = self.facts
        return self.para(
            lambda: [
                self.pick(
                    (
                        f"Een groot deel van de studies gaat in op {finding.np} ",
                        f"Over {finding.np} is relatief veel geschreven ",
                        f"Meerdere studies beschrijven {finding.np} ",
                    )
                ),
                self.cite(3),
                ".",
            ],
            lambda: [cap(finding.gist), " ", self.cite(2), "."],
            lambda: [
                *self.claim(
                    (
                        (
                            f"zag daarbij een sleutelrol voor {self.pick(f.factors)}",
                            f"zagen daarbij een sleutelrol voor {self.pick(f.factors)}",
                        ),
                        (
                            f"liet zien dat het effect sterk afneemt bij {self.pick(f.barriers)}",
                            f"lieten zien dat het effect sterk afneemt bij {self.pick(f.barriers)}",
                        ),
                        (
                            f"beschreef hoe {f.secondary.plural} hier het verschil kunnen maken",
                            f"beschreven hoe {f.secondary.plural} hier het verschil kunnen maken",
                        ),
                    )
                ),
                ".",
            ],
            lambda: (
                [
                    self.pick(
                        (
                            "Andere studies vinden kleinere of geen effecten ",
                            "Niet alle studies komen tot dezelfde conclusie ",
                            "De bewijskracht is wisselend ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ]
                if self.chance(0.6)
                else None
            ),
        )

    def cite_remaining(self, blocks: list[Block]) -> None:
        """Cite the works of the pool that the text has not cited yet, in one closing sentence."""
        missing = [work for work in self.uncited if work not in self.cited]
        self.uncited = []
        if not missing:
            return
        self.cited.extend(missing)
        cite = Cite(tuple(sorted(missing, key=lambda work: (work.year, work.cite_names("&")))))
        opening = self.pick(
            (
                f"Verwant werk over {self.facts.subject} verscheen de afgelopen jaren ook in binnen- en buitenland ",
                "Voor wie verder wil lezen, zijn ook andere recente publicaties van belang ",
                f"Daarnaast is er verwant onderzoek dat voor {self.words['professionals']} de moeite waard is ",
            )
        )
        blocks.append(p(opening, cite, "."))

    # -- practice article ----------------------------------------------------------------

    def practice(self, earlier: Sequence[Work] = ()) -> tuple[str, list[Block], list[Work]]:
        f, w, rng = self.facts, self.words, self.rng
        self.literature(rng.randint(7, 11), earlier)
        project = f.intervention
        start = f.year
        reached = rng.randint(24, 160)
        sessions = rng.randint(8, 40)
        volunteers = rng.randint(3, 14)
        abstract = " ".join(
            inline_text(self.say(make) or [])
            for make in (
                lambda: self.pick(
                    (
                        f"In {f.town} startte {f.org} in {start} met {project}.",
                        f"Deze bijdrage beschrijft hoe {f.org} in {f.town} {project} opzette.",
                        f"Hoe begin je {project} rond {self.topic}? {cap(f.org)} probeerde het in {start}.",
                    )
                ),
                lambda: (
                    f"Aanleiding was dat {f.primary.plural} het bestaande aanbod in {f.town} niet vonden, onder meer door {f.barriers[0]}."
                ),
                lambda: (
                    f"In {f.months} maanden bereikte het project {reached} {f.primary.plural}, in {sessions} bijeenkomsten."
                ),
                lambda: self.pick(
                    (
                        f"De belangrijkste les: het gaat meer om {f.factors[0]} dan om het programma zelf.",
                        f"Wat het meest opleverde, was {f.factors[1]}.",
                        f"Het project vroeg meer tijd dan voorzien, maar leverde in {f.town} ook meer op.",
                    )
                ),
            )
        )
        blocks: list[Block] = [h2("Aanleiding")]
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Het begon met een teamoverleg bij {f.org} waarin voor de zoveelste keer een casus vastliep.",
                        f"In {f.town} merkten {w['professionals']} al langer dat het aanbod rond {f.subject} vooral mensen bereikte die de weg al kenden.",
                        f"De vraag kwam van {f.primary.plural} zelf: waarom is er {f.context} zo weinig dat bij ons past?",
                        f"Wie in {f.town} werkt met {f.primary.plural}, kent het probleem: {f.barriers[0]}.",
                    )
                ),
                lambda: [
                    self.pick(
                        (
                            f"Dat beeld past bij wat bekend is over {f.barriers[1]} ",
                            f"Uit onderzoek weten we dat {f.factors[0]} juist dan het verschil maakt ",
                            "Landelijk is dat geen onbekend verschijnsel ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ],
                lambda: self.pick(
                    (
                        f"Met steun van {f.orgs[1]} en een lokaal fonds kregen we {f.months} maanden om iets nieuws te proberen.",
                        f"We besloten klein te beginnen, met {project} en een vaste kern van {number_word(rng.randint(2, 5))} collega's.",
                        f"Een fonds gaf ons de ruimte om {f.months} maanden te experimenteren.",
                    )
                ),
            )
        )
        blocks.append(h2(self.pick(("De aanpak", "Zo pakten we het aan", "Hoe het werkt"))))
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"{cap(project)} kreeg een vaste plek in {self.pick(ORG_NAMES)}, een gebouw dat in de buurt bekend is.",
                        f"De bijeenkomsten vonden plaats op {self.pick(('dinsdagochtend', 'woensdagmiddag', 'donderdagavond', 'zaterdagochtend'))}, een tijdstip dat de deelnemers zelf kozen.",
                        f"De begeleiding lag bij een duo: {w['duo']}.",
                    )
                ),
                lambda: "We werkten in vier stappen:",
            )
        )
        steps: list[Maker] = [
            lambda: self.pick(
                (
                    f"Kennismaken: een eerste gesprek {self.pick(self.lex.settings)}, zonder formulieren, in {self.pick(f.towns)}.",
                    f"Kennismaken: een huisbezoek of een afspraak op een plek die de deelnemer koos, meestal in {self.pick(f.towns)}.",
                )
            ),
            lambda: self.pick(
                (
                    f"Samen vaststellen waar het om gaat, met aandacht voor {self.pick(f.factors)}.",
                    f"Samen een eerste doel kiezen, in de woorden van de deelnemer, binnen {number_word(rng.randint(2, 4))} weken na de kennismaking in {self.pick(f.towns)}.",
                )
            ),
            lambda: self.pick(
                (
                    f"Een reeks van {number_word(rng.randint(5, 10))} bijeenkomsten in een vaste groep, in {self.pick(ORG_NAMES)}.",
                    f"Wekelijkse bijeenkomsten, met tussendoor contact via {self.pick(('de telefoon', 'een appgroep', 'een vaste belronde', 'een spreekuur op maandag'))}, {number_word(rng.randint(2, 9))} maanden lang.",
                )
            ),
            lambda: self.pick(
                (
                    f"Afronden met een gesprek over wat het opleverde en wat er nog nodig is, samen met {self.pick(f.orgs[1:])}.",
                    f"Een warme overdracht naar wat er in de buurt al is, zoals {self.pick(ORG_NAMES)} in {self.pick(f.towns[1:])}.",
                )
            ),
        ]
        blocks.append(self.items(steps, ordered=True))
        blocks.append(h2(self.pick(("Wat we tegenkwamen", "Ervaringen", "Onderweg"))))
        finding = f.findings[0]
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Niet alles liep zoals gepland: de eerste {number_word(rng.randint(3, 6))} weken bleef de opkomst achter.",
                        f"De start was moeizaam, vooral door {f.barriers[1]}.",
                        f"Al snel bleek hoe groot de rol was van {f.barriers[2]}, groter dan we in {f.town} hadden gedacht.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Dat veranderde toen deelnemers elkaar zelf gingen uitnodigen, eerst in {f.towns[1]}, later ook daarbuiten.",
                        f"Het keerpunt kwam met {f.factors[1]}.",
                        f"Pas toen we {f.factors[2]} regelden, kwamen er meer mensen.",
                    )
                ),
                lambda: self.gist(finding),
            )
        )
        blocks.append(self.finding_quote(finding))
        blocks.append(
            self.para(
                lambda: self.pick(
                    (
                        f"Voor de begeleiders van {f.org} betekende het werk een andere rol: minder sturen, meer ruimte laten.",
                        f"De {w['professionals']} moesten wennen aan het idee dat de groep zelf het werk deed.",
                        f"{cap(w['professionals'])} merkten dat ze vaker een stap terug moesten doen dan ze gewend waren.",
                    )
                ),
                lambda: [
                    self.pick(
                        (
                            "Dat past bij wat bekend is over groepsgericht werken ",
                            "Dat spanningsveld wordt ook in de literatuur beschreven ",
                        )
                    ),
                    self.cite(2),
                    ".",
                ],
            )
        )
        blocks.append(h2("Wat het opleverde"))
        blocks.append(
            self.para(
                lambda: (
                    f"In {f.months} maanden namen {reached} {f.primary.plural} deel aan {sessions} bijeenkomsten; {number_word(volunteers)} van hen helpen inmiddels zelf mee."
                ),
                lambda: self.pick(
                    (
                        f"Bij de evaluatie gaf {rng.randint(61, 94)} procent van de deelnemers aan dat {f.outcomes[0]} was verbeterd.",
                        f"Een korte evaluatie liet zien dat de meeste deelnemers vooral {f.factors[3]} waardeerden.",
                        f"Een effectmeting was er niet, maar de gesprekken na afloop waren eenduidig positief over {f.factors[0]}.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Inmiddels werken ook {f.orgs[1]} en {f.orgs[2]} met de aanpak.",
                        f"De gemeente {f.town} heeft besloten het project voort te zetten.",
                        f"{cap(f.orgs[1])} wil de werkwijze in {f.towns[1]} overnemen.",
                        None,
                    )
                ),
            )
        )
        blocks.append(h2("Lessen voor de praktijk"))
        lessons: list[Maker] = [
            lambda: f"Begin bij {self.pick(f.factors)}, niet bij het programma.",
            lambda: f"Kies een plek en een tijdstip die {f.primary.plural} in {self.pick(f.towns)} zelf kiezen.",
            lambda: f"Maak {self.pick(f.barriers)} bespreekbaar, ook met de financier.",
            lambda: f"Werk met een duo, zoals in {self.pick(f.towns)}: {w['duo']}.",
            lambda: [f"Geef het tijd: vertrouwen laat zich {f.context} niet plannen ", self.cite(1), "."],
            lambda: f"Leg vast wat werkt, zodat {self.pick(f.orgs[1:])} en anderen ervan kunnen leren.",
        ]
        blocks.append(self.items(rng.sample(lessons, 4)))
        blocks.append(
            self.para(
                lambda: [
                    self.pick(
                        (
                            f"Wie iets vergelijkbaars wil opzetten, vindt bruikbare handvatten in de literatuur over {f.subject} ",
                            f"Voor de onderbouwing van de aanpak gebruikten we eerder onderzoek naar {lower_first(f.aspects[0])} ",
                        )
                    ),
                    self.cite(3),
                    ".",
                ],
            )
        )
        self.cite_remaining(blocks)
        return abstract, blocks, self.references()

    # -- interview -----------------------------------------------------------------------

    def interview(self, name: str, role: str, interviewer: str) -> tuple[str, list[Block]]:
        f, w, rng = self.facts, self.words, self.rng
        first = name.split()[0]
        years = rng.randint(8, 31)
        org = f.org
        intro = self.para(
            lambda: self.pick(
                (
                    f"{name} werkt al {number_word(years)} jaar als {role}, de laatste jaren bij {org} in {f.town}.",
                    f"Als {role} bij {org} ziet {name} dagelijks wat {self.topic} in de praktijk betekent.",
                    f"{name} is {role} en houdt zich al {number_word(years)} jaar bezig met {self.topic}.",
                )
            ),
            lambda: self.pick(
                (
                    f"Daarvoor werkte {first} onder meer in {f.towns[1]}, bij {f.orgs[1]}.",
                    f"{first} begon ooit in {f.towns[1]}, waar de vragen rond {f.subject} nog nauwelijks werden gesteld.",
                    f"{cap(f.region)} is {first} een bekend gezicht, ook buiten het eigen vakgebied.",
                )
            ),
            lambda: (
                f"{interviewer} sprak met {first} over {f.findings[0].np}, over {f.barriers[0]} en over wat er morgen anders kan."
            ),
        )
        parts: list[tuple[str, list[tuple[str, Maker, Maker, Maker | None]]]] = [
            (
                self.pick(("Het begin", "Hoe het begon", "De aanloop")),
                [
                    (
                        self.pick(
                            (
                                f"Hoe bent u bij {f.subject} terechtgekomen?",
                                f"Wat trok u in het werk met {f.primary.plural}?",
                                f"Waarom {f.subject}, en waarom juist {f.context}?",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Eigenlijk via mijn eerste baan in {f.towns[1]}.",
                                f"Door een ontmoeting met een gezin in {f.towns[2]}, om eerlijk te zijn.",
                                f"Bij toeval: ik viel in voor een collega van {f.orgs[1]} en ben nooit meer weggegaan.",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Ik zag steeds dezelfde vragen terugkomen rond {f.subject}, en niemand leek er een antwoord op te hebben.",
                                f"Wat me raakte, was hoe weinig er werd gevraagd naar wat {f.primary.plural} zelf wilden.",
                                f"Dat verhaal liet me niet meer los, en sindsdien probeer ik te begrijpen wat {f.barriers[0]} met mensen doet.",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Na {number_word(years)} jaar ben ik nog steeds nieuwsgierig, en dat vind ik eerlijk gezegd het belangrijkste.",
                                f"Ik ben daarna gaan lezen, gaan vragen, en uiteindelijk bij {org} terechtgekomen.",
                                None,
                            )
                        ),
                    ),
                ],
            ),
            (
                self.pick(("De praktijk van nu", "Wat er gebeurt", "Het werk van elke dag")),
                [
                    (
                        self.pick(
                            (
                                f"Wat valt u op als u naar de praktijk in {f.town} kijkt?",
                                f"Hoe ziet uw werk rond {f.subject} er op een gewone dag uit?",
                                f"Waar lopen {f.primary.plural} in de praktijk tegenaan?",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Dat er veel goede wil is, maar dat alles ingewikkelder wordt door {f.barriers[1]}.",
                                f"Vooral {f.barriers[0]}, en dat verandert maar langzaam.",
                                f"Hoe vaak het nog over {f.primary.plural} gaat in plaats van met hen.",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Mensen willen het goed doen, maar het systeem is ingericht op een gemiddelde {self.lex.client} die niet bestaat.",
                                f"Ik zie {w['professionals']} die overuren maken om {f.factors[0]} toch mogelijk te maken.",
                                f"Tegelijk zie ik in {f.towns[2]} een team dat het anders doet, en dat geeft me moed.",
                            )
                        ),
                        None,
                    ),
                    (
                        self.pick(
                            (
                                f"Waar gaat het volgens u mis {f.context}?",
                                f"Wat zou u bij {org} als eerste veranderen?",
                                f"Wat is het grootste misverstand over {f.subject}?",
                            )
                        ),
                        lambda: self.pick(
                            (
                                "We maken het onszelf onnodig ingewikkeld.",
                                f"Bij de overgangen, van de ene {w['professional']} naar de andere.",
                                f"Dat het om een programma zou gaan, terwijl het om {f.factors[1]} gaat.",
                            )
                        ),
                        lambda: (
                            f"{cap(f.factors[0])} en een afspraak die wordt nagekomen, doen al wonderen; daar is geen nieuw project voor nodig."
                        ),
                        lambda: self.pick(
                            (
                                f"Ik heb het vaak genoeg gezien bij {org}: wie dat goed regelt, heeft de helft gewonnen.",
                                f"Een {self.lex.client} zei eens tegen me: {self.quote_text(self.pick(f.findings[0].quotes))}",
                                None,
                            )
                        ),
                    ),
                ],
            ),
            (
                self.pick(("Vooruitkijken", "Wat er nodig is", "De toekomst")),
                [
                    (
                        self.pick(
                            (
                                f"Wat zou er morgen {f.context} anders kunnen?",
                                f"Wat vraagt dit van {w['professionals']}?",
                                f"Wat verwacht u van {self.pick(self.lex.policies)}?",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Minder nieuwe projecten starten en meer investeren in wat in {f.town} al werkt.",
                                f"Eerst luisteren naar {f.primary.plural}, en pas daarna een plan maken.",
                                f"Tijd, vooral tijd, en ruimte om {f.factors[2]} te organiseren.",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Dat klinkt saai, maar het is precies wat {f.primary.plural} {f.context} nodig hebben.",
                                f"In de haast van alledag schiet dat er bij {org} ook weleens bij in, dat geef ik toe.",
                                f"Wie dat durft, ziet {f.outcomes[0]} vanzelf verbeteren.",
                            )
                        ),
                        None,
                    ),
                    (
                        self.pick(
                            (
                                "Wat geeft u hoop?",
                                "Waar bent u trots op?",
                                f"Wat neemt u mee uit {number_word(years)} jaar als {role}?",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Jonge collega's bij {org}, die vragen stellen die wij niet meer stellen.",
                                f"Dat {f.primary.plural} steeds vaker zelf aan tafel zitten.",
                                f"Een groep in {f.towns[3]} die het zonder ons is blijven doen.",
                            )
                        ),
                        lambda: self.pick(
                            (
                                f"Dat verandert het gesprek over {f.subject}, merk ik elke keer weer.",
                                f"Daar heb ik meer van geleerd dan van alle cursussen over {f.subject} samen.",
                                f"Het bewijst dat verandering kan, ook {f.context}.",
                            )
                        ),
                        None,
                    ),
                ],
            ),
        ]
        blocks: list[Block] = [intro]
        for heading, exchanges in parts:
            blocks.append(h2(heading))
            for text, *answer in exchanges:
                asked = self.say(_const(text))
                blocks.append(question(inline_text(asked or [text])))
                blocks.append(self.para(*(make for make in answer if make is not None)))
        abstract = inline_text(
            self.say(
                lambda: self.pick(
                    (
                        f"Een gesprek met {name}, {role} bij {org}, over {self.topic}: over wat er goed gaat, waar het vastloopt en wat er anders kan.",
                        f"{interviewer} sprak met {name}, {role}, over {f.findings[0].np} en over {f.barriers[0]}.",
                        f"{name} werkt al {number_word(years)} jaar als {role}. Een gesprek over {self.topic} en over wat er morgen anders kan.",
                    )
                )
            )
            or []
        )
        return abstract, blocks

    # -- book review ---------------------------------------------------------------------

    def book_review(self, book: Work, pages: int, chapters: int) -> tuple[str, list[Block]]:
        f, w, rng = self.facts, self.words, self.rng
        author = book.authors[0]
        author_name = f"{author.initials} {author.surname}"
        self.pool = [book]
        cite = Cite((book,), narrative=True)
        self.cited = [book]
        chapter_titles = [lower_first(finding.heading) for finding in f.findings]
        blocks: list[Block] = [
            self.para(
                lambda: [
                    f"In ‘{book.title}’ ",
                    self.pick(
                        (
                            f"neemt {author.surname} de lezer mee in de wereld van {f.subject}",
                            f"zet {author.surname} uiteen wat {f.subject} betekent voor {w['professionals']}",
                            f"beschrijft {author.surname} hoe {f.primary.plural} en hun omgeving met {f.subject} omgaan",
                        )
                    ),
                    ".",
                ],
                lambda: self.pick(
                    (
                        f"De auteur werkte jarenlang bij {f.org} en put ruim uit die ervaring.",
                        f"{author.surname} schrijft vanuit de praktijk: jarenlang als {w['professional']} {f.region}.",
                        f"Het boek groeide uit een reeks lezingen die {author.surname} gaf voor {f.orgs[1]}.",
                    )
                ),
            ),
            h2(self.pick(("Opbouw", "Over het boek", "Wat er in staat"))),
            self.para(
                lambda: f"Het boek telt {pages} pagina's, verdeeld over {number_word(chapters)} hoofdstukken.",
                lambda: (
                    f"De eerste hoofdstukken gaan over {join_and(chapter_titles[:2])}; later volgen {chapter_titles[-1]} en een hoofdstuk over {f.barriers[0]}."
                ),
                lambda: self.pick(
                    (
                        f"Elk van de {number_word(chapters)} hoofdstukken sluit af met vragen om in een team of opleiding verder over door te praten.",
                        f"Tussen de hoofdstukken door staan korte portretten van {f.primary.plural}, die de theorie tastbaar maken.",
                        f"Achterin staat een register van {rng.randint(6, 19)} pagina's, wat het boek ook als naslagwerk bruikbaar maakt.",
                    )
                ),
            ),
            h2(self.pick(("Sterke punten en kanttekeningen", "Waardering", "Oordeel"))),
            self.para(
                lambda: self.pick(
                    (
                        f"Sterk is vooral het hoofdstuk over {chapter_titles[0]}, waarin {author.surname} laat zien hoeveel verschil er uitgaat van {f.factors[0]}.",
                        f"Het boek is op zijn best waar het concreet wordt, zoals in de passages over {f.factors[1]}.",
                        f"Overtuigend is de manier waarop {author.surname} {chapter_titles[1]} verbindt met {f.outcomes[0]}.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"Een kanttekening is dat het perspectief van {f.primary.plural} zelf soms op de achtergrond raakt.",
                        f"Hier en daar, vooral in het hoofdstuk over {chapter_titles[-1]}, had de tekst strakker geredigeerd mogen worden.",
                        f"Minder uitgewerkt is de rol van {f.secondary.plural}, die in de praktijk toch groot is.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"De literatuurlijst van {rng.randint(4, 19)} pagina's is actueel en biedt goede aanknopingspunten om verder te lezen.",
                        f"Een hoofdstuk over {f.barriers[1]} had het boek nog sterker gemaakt.",
                        None,
                    )
                ),
            ),
            h2("Voor wie?"),
            self.para(
                lambda: self.pick(
                    (
                        f"Het boek is een aanrader voor {w['professionals']} en voor studenten die zich in {f.subject} willen verdiepen.",
                        f"Wie al langer in {w['veld']} werkt, vindt er een heldere ordening van wat hij of zij al weet.",
                        f"Vooral beginnende {w['professionals']} zullen er veel aan hebben.",
                    )
                ),
                lambda: [
                    "Kortom: ",
                    cite,
                    self.pick(
                        (
                            " is een boek dat blijft liggen op het bureau, niet in de kast.",
                            " verdient een brede lezersgroep.",
                            " is een bruikbaar en eerlijk boek.",
                        )
                    ),
                ],
            ),
        ]
        abstract = inline_text(
            self.say(
                lambda: (
                    f"Bespreking van ‘{book.title}’ van {author_name}, verschenen bij {book.source} in {book.year}. Het boek behandelt {self.topic} en richt zich op {w['professionals']}."
                )
            )
            or []
        )
        return abstract, blocks

    # -- back matter and editorials ------------------------------------------------------

    def acknowledgement(self) -> str:
        f = self.facts
        made = self.say(
            lambda: self.pick(
                (
                    f"We danken de {f.primary.plural} en {f.secondary.plural} die hun ervaringen met ons deelden, en {f.org} voor de hulp bij de werving.",
                    f"Onze dank gaat uit naar alle deelnemers, naar de klankbordgroep en naar de collega's van {f.org} en {f.orgs[1]}.",
                    f"Dit artikel had niet geschreven kunnen worden zonder de openheid van de deelnemers in {f.town} en omgeving.",
                    f"We zijn {f.orgs[1]} erkentelijk voor de ruimte die we kregen, en de deelnemers voor hun tijd en vertrouwen.",
                )
            )
        )
        return inline_text(made or [])

    def editorial(
        self,
        *,
        journal: str,
        theme_title: str,
        ordinal: str,
        volume: int,
        year: int,
        overview: Sequence[str],
        topics: Sequence[tuple[str, str]],
        next_subject: str,
        chief: str,
    ) -> tuple[str, list[Block]]:
        w = self.words
        subjects = list(dict.fromkeys(subject for subject, _ in topics)) or [w["veld"]]
        if len(subjects) == 1:
            subjects.append(topics[1][0] + " " + topics[1][1] if len(topics) > 1 else w["veld"])
        first, second = subjects[0], subjects[1]
        if theme_title:
            opening = self.para(
                lambda: f"Dit themanummer van {journal} draagt de titel ‘{theme_title}’.",
                lambda: self.pick(
                    (
                        f"De redactie koos voor dit thema omdat {first} en {second} in de praktijk steeds vaker ter sprake komen.",
                        f"Het thema ‘{lower_first(theme_title)}’ leeft in {w['veld']}, terwijl de kennis erover nog verspreid ligt.",
                        f"Met dit nummer willen we de kennis over {first} en {second} bij elkaar brengen.",
                    )
                ),
            )
        else:
            opening = self.para(
                lambda: self.pick(
                    (
                        f"Voor u ligt het {ordinal} nummer van jaargang {volume} van {journal}.",
                        f"Met dit {ordinal} nummer van {year} brengt {journal} weer bijdragen uit onderzoek en praktijk samen.",
                        f"Het {ordinal} nummer van {year} is er een met veel variatie.",
                    )
                ),
                lambda: self.pick(
                    (
                        f"De bijdragen lopen uiteen van {first} tot {second}.",
                        f"Wat de bijdragen verbindt, is de vraag hoe {first} en {second} in de praktijk uitpakken.",
                        f"Het gaat in dit nummer onder meer over {first}, en over {second}.",
                    )
                ),
            )
        closing = self.para(
            lambda: self.pick(
                (
                    f"We wensen u veel leesplezier met het {ordinal} nummer van {journal} in {year}.",
                    f"Reacties op de artikelen over {first} en {second} zijn welkom bij de redactie.",
                    f"Veel leesplezier met {journal}, en laat ons weten wat u ervan vindt.",
                )
            ),
            lambda: self.pick(
                (
                    f"Voor een van de volgende nummers zoeken we bijdragen over {next_subject}; de richtlijnen voor auteurs staan op onze website.",
                    f"Heeft u onderzoek gedaan naar {next_subject}, of een praktijk die het delen waard is? De redactie hoort het graag.",
                    f"Een volgend nummer besteedt aandacht aan {next_subject}: wie wil bijdragen, kan contact opnemen met de redactie.",
                )
            ),
        )
        blocks = [opening, p(" ".join(overview)), closing, p(f"Namens de redactie, {chief}")]
        for sentence in overview:
            self.registry.add(sentence)
        abstract = inline_text(
            self.say(
                lambda: self.pick(
                    (
                        f"De redactie van {journal} stelt de bijdragen in het {ordinal} nummer van {year} voor.",
                        f"Een inleiding op de bijdragen in {journal}, jaargang {volume}, nummer {ordinal or '1'}.",
                    )
                    if not theme_title
                    else (f"De redactie van {journal} leidt het themanummer ‘{theme_title}’ ({year}) in.",)
                )
            )
            or []
        )
        return abstract, blocks


def _const(text: str) -> Maker:
    return lambda: text


def _merge(runs: Runs) -> list[Inline]:
    """Adjacent strings joined, empty ones dropped, no space before a full stop (a citation left out)."""
    merged: list[Inline] = []
    for run in runs:
        if isinstance(run, str):
            if not run:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] = merged[-1] + run
                continue
        merged.append(run)
    return [run.replace(" .", ".").replace("  ", " ") if isinstance(run, str) else run for run in merged]
