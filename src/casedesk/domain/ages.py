"""Ages, worked out one way everywhere: the chronology, the people table, the genogram.

A child's age at an event says something about the risk (a bruise on a baby who cannot
yet roll is not a bruise on a toddler), so it is shown beside every entry: in weeks under a
month, in months under two years, then in years; before the birth, the week of pregnancy
(from the expected date of delivery, 40 weeks) or "family history".
"""

from __future__ import annotations

from datetime import date

from casedesk.domain.people import Person
from casedesk.domain.wording import translate

# From this age a person counts as an adult for the patterns of the chronology (a new
# adult in the household) and for the genogram's significant adults.
ADULT_YEARS = 16


def months_between(born: date, when: date) -> int:
    """Whole months from ``born`` to ``when`` (negative before ``born``)."""
    return (when.year - born.year) * 12 + when.month - born.month - (when.day < born.day)


def years_between(born: date, when: date) -> int:
    """Whole years from ``born`` to ``when`` (the age on that day)."""
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def age_text(born: date, when: date) -> str:
    """'3 weeks', '14 months' or '6 years'; '' before ``born``."""
    days = (when - born).days
    if days < 0:
        return ""
    months = months_between(born, when)
    if months < 1 and days < 7:
        return translate("ages", "under a week")
    if months < 1:
        weeks = days // 7
        return (
            translate("ages", "%n week", None, weeks)
            if weeks == 1
            else translate("ages", "%n weeks", None, weeks)
        )
    if months < 24:
        return (
            translate("ages", "%n month", None, months)
            if months == 1
            else translate("ages", "%n months", None, months)
        )
    return translate("ages", "%n years", None, months // 12)


def child_age_at(child: Person, when: date) -> tuple[str, bool]:
    """The child's age on ``when``, and whether the date is before the birth (then the
    week of pregnancy, or family history before it)."""
    born = child.birth.value if child.birth else child.expected_on
    if born is None:
        return "", False
    days = (when - born).days
    if days < 0:
        weeks_before = -days // 7
        if weeks_before < 40:
            return translate("ages", "pregnancy week {week}").format(week=40 - weeks_before), True
        return translate("ages", "before birth (family history)"), True
    return age_text(born, when), False


def is_adult(person: Person, on: date) -> bool:
    """True when the person is an adult on ``on`` (or their age is not known)."""
    return person.birth is None or years_between(person.birth.value, on) >= ADULT_YEARS
