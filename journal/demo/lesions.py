"""The demo's skin lesion: a boil on the lower back that grows, drains and heals (seed 004).

It appears in the feverish weeks before the diagnosis, grows for three observations in a
row, is drained at the clinic once the antibiotics have started, crusts over, and heals
leaving a dark mark. Its photos are drawn with Pillow, the same every time.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFilter

from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.pain import Region, Side

PHOTO_SIZE = (360, 270)
PIXELS_PER_MM = 4.5
_SKIN = (224, 180, 150)


@dataclass(frozen=True)
class DemoObservation:
    """One observation of the demo lesion and its photo (JPEG bytes).

    ``observation.lesion_id`` is 0 until the writer knows the lesion's id.
    """

    observation: LesionObservation
    photo: bytes


@dataclass(frozen=True)
class DemoLesion:
    """A demo lesion and what was seen of it, oldest first."""

    lesion: Lesion
    observations: tuple[DemoObservation, ...]


# day offset from the diagnosis: size mm, bumps, redness, pus, crusting, warm, swollen, pain
_STAGES = (
    (-13, 6, 1, 4, False, Crusting.NONE, False, False, 3, False, "Sore red bump, like a pimple."),
    (-10, 10, 2, 6, False, Crusting.NONE, True, True, 5, False, ""),
    (-7, 16, 3, 7, True, Crusting.NONE, True, True, 6, False, "Bigger, and a second head."),
    (-4, 22, 4, 8, True, Crusting.YELLOW, True, True, 7, False, ""),
    (-1, 26, 4, 9, True, Crusting.GREEN, True, True, 8, False, "Oozing. Hurts to lie on it."),
    (2, 24, 3, 8, True, Crusting.YELLOW, True, True, 6, False, "Drained at the clinic."),
    (7, 18, 2, 6, False, Crusting.YELLOW, False, True, 4, False, ""),
    (14, 12, 1, 4, False, Crusting.YELLOW, False, False, 2, False, "Scab is smaller."),
    (24, 7, 1, 2, False, Crusting.NONE, False, False, 1, True, ""),
    (39, 4, 0, 1, False, Crusting.NONE, False, False, 0, True, "Healed; a dark mark is left."),
)
_CRUST_COLOURS = {Crusting.YELLOW: (214, 176, 70), Crusting.GREEN: (150, 160, 70)}


def draw_lesion(observation: LesionObservation, seed: int) -> bytes:
    """A photo of skin with the lesion as observed, with a millimetre rule for scale."""
    rng = random.Random(seed)
    image = Image.new("RGB", PHOTO_SIZE, _SKIN)
    draw = ImageDraw.Draw(image)
    for _ in range(40):  # pores and freckles, so it reads as skin
        x, y = rng.randrange(PHOTO_SIZE[0]), rng.randrange(PHOTO_SIZE[1] - 40)
        draw.ellipse((x, y, x + 2, y + 2), fill=(205, 160, 130))
    cx, cy = PHOTO_SIZE[0] // 2, (PHOTO_SIZE[1] - 40) // 2 + 5
    radius = (observation.size_mm or 0) * PIXELS_PER_MM / 2
    redness = (observation.redness or 0) / 10
    if radius:
        halo = (
            int(224 - 40 * redness),
            int(180 - 120 * redness),
            int(150 - 90 * redness),
        )
        draw.ellipse((cx - radius * 1.3, cy - radius, cx + radius * 1.3, cy + radius), fill=halo)
        if observation.dark_marks and (observation.redness or 0) <= 2:
            r = max(radius * 0.9, 8)
            draw.ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=(150, 105, 80))
        for bump in range(observation.bump_count or 0):
            angle = bump * 2.4
            bx = cx + radius * 0.5 * (1 if bump % 2 else -1) * (bump > 0)
            by = cy + radius * 0.3 * ((angle % 2) - 1) * (bump > 0)
            br = max(3.0, radius * 0.35)
            draw.ellipse((bx - br, by - br, bx + br, by + br), fill=(170, 40, 60))
            if observation.pus:
                draw.ellipse(
                    (bx - br / 3, by - br / 3, bx + br / 3, by + br / 3), fill=(240, 225, 160)
                )
        crust = _CRUST_COLOURS.get(observation.crusting)
        if crust:
            for _ in range(6):
                dx, dy = rng.uniform(-0.6, 0.6) * radius, rng.uniform(-0.5, 0.5) * radius
                size = rng.uniform(0.1, 0.25) * radius
                draw.ellipse(
                    (cx + dx - size, cy + dy - size, cx + dx + size, cy + dy + size), fill=crust
                )
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    draw = ImageDraw.Draw(image)
    # A paper rule along the bottom, as a patient might hold beside the lesion.
    top = PHOTO_SIZE[1] - 34
    draw.rectangle((20, top, PHOTO_SIZE[0] - 20, PHOTO_SIZE[1] - 8), fill=(250, 250, 245))
    for mm in range(int((PHOTO_SIZE[0] - 50) / PIXELS_PER_MM) + 1):
        x = 25 + mm * PIXELS_PER_MM
        length = 12 if mm % 10 == 0 else (8 if mm % 5 == 0 else 4)
        draw.line((x, top, x, top + length), fill=(40, 40, 40))
        if mm % 10 == 0:
            draw.text((x + 2, top + 12), f"{mm // 10}", fill=(40, 40, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def build_lesions(start: date, diagnosis_day: int) -> tuple[DemoLesion, ...]:
    """The demo's lesions for a story starting on ``start`` with its diagnosis on that day."""
    diagnosis = start + timedelta(days=diagnosis_day)
    observations = []
    for offset, size, bumps, red, pus, crust, warm, swollen, pain, dark, note in _STAGES:
        observation = LesionObservation(
            lesion_id=0,
            observed_on=diagnosis + timedelta(days=offset),
            size_mm=float(size),
            bump_count=bumps,
            redness=red,
            pus=pus,
            crusting=crust,
            warmth=warm,
            swelling=swollen,
            pain=pain,
            dark_marks=dark,
            note=note,
        )
        observations.append(DemoObservation(observation, draw_lesion(observation, offset)))
    lesion = Lesion(
        "Lower back boil",
        Region.LOWER_BACK,
        Side.LEFT,
        first_seen=observations[0].observation.observed_on,
        healed_on=observations[-1].observation.observed_on,
    )
    return (DemoLesion(lesion, tuple(observations)),)


def for_lesion(observation: LesionObservation, lesion_id: int) -> LesionObservation:
    """The observation as it belongs to the saved lesion ``lesion_id``."""
    return replace(observation, lesion_id=lesion_id)
