"""A synthetic wire-style corpus for benchmarks: seeded, deterministic, any size.

Articles read like agency copy: a dateline, a lede with reported speech and a
trailing attribution, quotes before and after their speakers, pronoun and role-noun
follow-ups, "according to" and background paragraphs, about 600 words each, drawn
from a few hundred recurring actors. It measures speed and scale; it says nothing
about extraction quality (its sentences come from templates).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

KOREAN = (["Lee", "Kim", "Park", "Choi", "Cho", "Jung", "Kang", "Yoon"],
          ["In-young", "Hey-sil", "Min-ho", "Ji-won", "Seung-hee", "Dong-hyun", "Yu-na"])
WESTERN = (["Anna", "Mark", "Helen", "Paulo", "Laura", "Tomas", "Amina", "Jorge", "Yuki",
            "Omar", "Sofia", "Ivan", "Grace", "Daniel", "Mei", "Ravi"],
           ["Weber", "Dolan", "Okafor", "Reyes", "Silva", "Berg", "Haddad", "Novak", "Tanaka",
            "Moreau", "Costa", "Petrov", "Mensah", "Lindqvist", "Rossi", "Nair"])
COUNTRIES = [("South Korea", "Seoul", "South Korean"), ("Japan", "Tokyo", "Japanese"),
             ("United States", "Washington", "U.S."), ("China", "Beijing", "Chinese"),
             ("Germany", "Berlin", "German"), ("France", "Paris", "French"),
             ("Brazil", "Brasilia", "Brazilian"), ("India", "New Delhi", "Indian"),
             ("Kenya", "Nairobi", "Kenyan"), ("Canada", "Ottawa", "Canadian")]
ROLES = ["Foreign Minister", "Health Minister", "Unification Minister", "Trade Minister",
         "Prime Minister", "deputy spokesperson", "Defense Minister", "Finance Minister"]
AGENCIES = ["Yonhap", "Reuters", "AFP", "AP", "Kyodo"]
TOPICS = ["vaccine deliveries", "border reopening", "humanitarian aid", "trade talks",
          "quarantine rules", "economic recovery", "joint research", "food assistance"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = ("Officials have met several times this year to discuss the issue. The two sides "
          "have exchanged proposals on logistics, funding and monitoring, and working-level "
          "talks are expected to continue in the coming weeks. Progress has been uneven, and "
          "domestic politics weigh on both governments.")


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    country: tuple[str, str, str]

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.country[0] not in ("South Korea",) else (
            self.name.split()[0])


def people(rng: random.Random, count: int = 300) -> list[Person]:
    out, seen = [], set()
    while len(out) < count:
        country = rng.choice(COUNTRIES)
        first, last = KOREAN if country[0] == "South Korea" else WESTERN
        name = f"{rng.choice(first)} {rng.choice(last)}"
        if name not in seen:
            seen.add(name)
            out.append(Person(name, rng.choice(ROLES), country))
    return out


def article(rng: random.Random, cast: list[Person], n: int) -> str:
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(900))
    said = published - dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    weekday = WEEKDAYS[said.weekday()]
    a, b = rng.sample(cast, 2)
    agency, topic = rng.choice(AGENCIES), rng.choice(TOPICS)
    place = a.country[1].upper()
    head = f"{a.country[0]} weighs {topic} offer {n}"
    paras = [
        f"{place}, {published:%B} {published.day}, {published.year} ({agency}) -- "
        f"{a.country[0]} is ready to discuss {topic} with its neighbours if conditions are "
        f"met, {a.country[2]} {a.role} {a.name} said on {weekday}.",
        f'"We have made our position clear, and we expect a response soon," {a.surname} told '
        f"reporters. \"The door remains open.\"",
        f"The minister added that any agreement would need to be verified by independent "
        f"monitors. {FILLER}",
        f"{b.name}, the {b.country[2]} {b.role.lower()}, said in a statement that "
        f"{b.country[0]} would study the proposal carefully.",
        f'"There are still many questions about {topic}," she said.',
        f"According to the {b.country[2]} foreign ministry, talks on {topic} stalled in "
        f"{rng.choice(['January', 'March', 'June', 'October'])}. {FILLER}",
        f"{b.country[1]} has repeatedly said it wants a lasting arrangement. {FILLER}",
        f"Observers say the talks could resume later this year. {FILLER} {FILLER}",
        f"{a.name} is expected to travel to {b.country[1]} next month. {FILLER} {FILLER}",
        f"{FILLER} {FILLER}",
    ]
    return f"{head}\n\n" + "\n\n".join(paras) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles to ``folder`` (deterministic for a given seed)."""
    rng = random.Random(seed)
    cast = people(rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"synth-{n:05d}.txt"
        path.write_text(article(rng, cast, n), encoding="utf-8")
        paths.append(path)
    return paths
