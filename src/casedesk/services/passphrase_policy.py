"""Is a new passphrase strong enough? (zxcvbn's guess-based estimate, plus a length floor.)

zxcvbn estimates how many guesses an attacker needs, knowing common passwords, names,
keyboard patterns and dates; that is far better than counting character classes. A case
file's passphrase is the only thing between a stolen laptop and a family's records, so we
ask for score 3 ("safely unguessable") and at least 10 characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.domain.errors import WeakPassphraseError
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
MIN_SCORE = 3
LABELS = (
    QT_TRANSLATE_NOOP("passphrase_policy", "very weak"),
    QT_TRANSLATE_NOOP("passphrase_policy", "weak"),
    QT_TRANSLATE_NOOP("passphrase_policy", "fair"),
    QT_TRANSLATE_NOOP("passphrase_policy", "strong"),
    QT_TRANSLATE_NOOP("passphrase_policy", "very strong"),
)


def _label(score: int) -> str:
    return translate("passphrase_policy", LABELS[score])


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
        return Strength(0, _label(0), False, translate("passphrase_policy", "Type a passphrase."))
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=[w for w in personal_words if w])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hints = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice = " ".join(h.strip() for h in hints if h and h.strip())
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            min(score, 2),
            _label(min(score, 2)),
            False,
            translate(
                "passphrase_policy",
                "Use at least {count} characters; several unrelated words are easiest to remember.",
            ).format(count=MIN_LENGTH),
        )
    if score < MIN_SCORE:
        return Strength(
            score,
            _label(score),
            False,
            advice
            or translate(
                "passphrase_policy",
                "Add another word or two that are not related to each other or to you.",
            ),
        )
    return Strength(score, _label(score), True, advice)


def require_strong(passphrase: str, personal_words: tuple[str, ...] = ()) -> None:
    """Raise WeakPassphraseError, with the reason, when ``passphrase`` is too weak."""
    strength = assess(passphrase, personal_words)
    if not strength.acceptable:
        raise WeakPassphraseError(
            translate(
                "passphrase_policy",
                "That passphrase is {label} and would be easy to guess. {advice}",
            ).format(label=strength.label, advice=strength.advice)
        )
