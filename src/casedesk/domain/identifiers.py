"""Identifiers people carry, and the checks that catch a mistyped one."""

from __future__ import annotations

import re

from casedesk.domain.wording import translate

_SEPARATORS = re.compile(r"[\s-]")


def normalise_nhs_number(text: str) -> str:
    """The ten digits of an NHS number typed with spaces or dashes (``485 777 3456``)."""
    return _SEPARATORS.sub("", text)


def nhs_number_problem(text: str) -> str | None:
    """None for a valid NHS number, else a sentence saying what is wrong with it.

    The tenth digit is a Modulus 11 check digit over the first nine (weights 10 down to 2);
    a remainder giving 10 means the number was never issued.
    """
    digits = normalise_nhs_number(text)
    if not digits.isdigit() or len(digits) != 10:
        return translate("identifiers", "An NHS number has exactly 10 digits.")
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10 or check != int(digits[9]):
        return translate(
            "identifiers",
            "That NHS number's check digit does not match; one of its digits is probably mistyped.",
        )
    return None


def format_nhs_number(text: str) -> str:
    """An NHS number in the usual 3-3-4 grouping."""
    digits = normalise_nhs_number(text)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else text
