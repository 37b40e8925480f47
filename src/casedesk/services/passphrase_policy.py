"""Is a new passphrase strong enough? (zxcvbn's guess-based estimate, plus a length floor.)

zxcvbn estimates how many guesses an attacker needs, knowing common passwords, names,
keyboard patterns and dates; that is far better than counting character classes. A case
file's passphrase is the only thing between a stolen laptop and a family's records, so we
ask for score 3 ("safely unguessable") and at least 10 characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.domain.errors import WeakPassphraseError

MIN_LENGTH = 10
MIN_SCORE = 3
LABELS = ("very weak", "weak", "fair", "strong", "very strong")


@dataclass(frozen=True)
class Strength:
    """A passphrase's score (0-4), its label, and what to do about it."""

    score: int
    label: str
    acceptable: bool
    advice: str


def assess(passphrase: str, personal_words: tuple[str, ...] = ()) -> Strength:
    """Rate ``passphrase``; ``personal_words`` (names, the file name) count against it."""
    if not passphrase:
        return Strength(0, LABELS[0], False, "Type a passphrase.")
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=[w for w in personal_words if w])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hints = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice = " ".join(h.strip() for h in hints if h and h.strip())
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            min(score, 2),
            LABELS[min(score, 2)],
            False,
            f"Use at least {MIN_LENGTH} characters; several unrelated words are easiest "
            "to remember.",
        )
    if score < MIN_SCORE:
        return Strength(
            score,
            LABELS[score],
            False,
            advice or "Add another word or two that are not related to each other or to you.",
        )
    return Strength(score, LABELS[score], True, advice)


def require_strong(passphrase: str, personal_words: tuple[str, ...] = ()) -> None:
    """Raise WeakPassphraseError, with the reason, when ``passphrase`` is too weak."""
    strength = assess(passphrase, personal_words)
    if not strength.acceptable:
        raise WeakPassphraseError(
            f"That passphrase is {strength.label} and would be easy to guess. {strength.advice}"
        )
