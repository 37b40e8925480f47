"""A person's relationship to the subject child, as the worker says it in Add person, kept
as the relationship records the genogram already draws from.

"Maternal grandmother" is not a field of its own: it becomes the grandmother's parent link
to the child's mother, so the genogram seats her above the mother and every view derives
the same role from the same records (``roles_to_child``). Where the person it hangs on is
not recorded yet (no mother, no parent for a sibling), the link is to the child as a
significant adult with the role in words, and ``LinkPlan.note`` says so.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from casedesk.domain.case_record import CaseRecord, shown_role
from casedesk.domain.ids import PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate


class ChildRelation(enum.Enum):
    """How a person is related to the subject child (the choice in Add person)."""

    MOTHER = QT_TRANSLATE_NOOP("ChildRelation", "mother")
    FATHER = QT_TRANSLATE_NOOP("ChildRelation", "father")
    STEP_PARENT = QT_TRANSLATE_NOOP("ChildRelation", "step-parent")
    MATERNAL_GRANDPARENT = QT_TRANSLATE_NOOP("ChildRelation", "grandparent (maternal)")
    PATERNAL_GRANDPARENT = QT_TRANSLATE_NOOP("ChildRelation", "grandparent (paternal)")
    SIBLING = QT_TRANSLATE_NOOP("ChildRelation", "sibling")
    AUNT_OR_UNCLE = QT_TRANSLATE_NOOP("ChildRelation", "aunt or uncle")
    MOTHERS_PARTNER = QT_TRANSLATE_NOOP("ChildRelation", "mother's partner")
    FATHERS_PARTNER = QT_TRANSLATE_NOOP("ChildRelation", "father's partner")
    OTHER_RELATIVE = QT_TRANSLATE_NOOP("ChildRelation", "other relative")
    FAMILY_FRIEND = QT_TRANSLATE_NOOP("ChildRelation", "family friend")
    PROFESSIONAL = QT_TRANSLATE_NOOP("ChildRelation", "professional")
    OTHER = QT_TRANSLATE_NOOP("ChildRelation", "other (say what)")
    UNKNOWN = QT_TRANSLATE_NOOP("ChildRelation", "not known yet")


# The sex a choice says (picked while the sex is still unknown, the form follows it).
IMPLIED_SEX = {ChildRelation.MOTHER: Sex.FEMALE, ChildRelation.FATHER: Sex.MALE}


# Roles said in words on a significant-adult link to the child: stored on the link in
# English (code reads them back: a role naming a partner), marked here for translation
# where they are shown, by ``case_record.shown_role`` (so in its context).
_WORDS = {
    ChildRelation.AUNT_OR_UNCLE: (
        QT_TRANSLATE_NOOP("case_record", "aunt"),
        QT_TRANSLATE_NOOP("case_record", "uncle"),
        QT_TRANSLATE_NOOP("case_record", "aunt or uncle"),
    ),
    ChildRelation.MOTHERS_PARTNER: (QT_TRANSLATE_NOOP("case_record", "mother's partner"),) * 3,
    ChildRelation.FATHERS_PARTNER: (QT_TRANSLATE_NOOP("case_record", "father's partner"),) * 3,
    ChildRelation.OTHER_RELATIVE: (QT_TRANSLATE_NOOP("case_record", "other relative"),) * 3,
    ChildRelation.FAMILY_FRIEND: (QT_TRANSLATE_NOOP("case_record", "family friend"),) * 3,
    ChildRelation.PROFESSIONAL: (QT_TRANSLATE_NOOP("case_record", "professional"),) * 3,
    ChildRelation.SIBLING: (
        QT_TRANSLATE_NOOP("case_record", "sister"),
        QT_TRANSLATE_NOOP("case_record", "brother"),
        QT_TRANSLATE_NOOP("case_record", "sibling"),
    ),
    ChildRelation.MATERNAL_GRANDPARENT: (
        QT_TRANSLATE_NOOP("case_record", "maternal grandmother"),
        QT_TRANSLATE_NOOP("case_record", "maternal grandfather"),
        QT_TRANSLATE_NOOP("case_record", "maternal grandparent"),
    ),
    ChildRelation.PATERNAL_GRANDPARENT: (
        QT_TRANSLATE_NOOP("case_record", "paternal grandmother"),
        QT_TRANSLATE_NOOP("case_record", "paternal grandfather"),
        QT_TRANSLATE_NOOP("case_record", "paternal grandparent"),
    ),
}


_HALF_SIBLING = (
    QT_TRANSLATE_NOOP("case_record", "half-sister"),
    QT_TRANSLATE_NOOP("case_record", "half-brother"),
    QT_TRANSLATE_NOOP("case_record", "half-sibling"),
)


# The parent roles ``CaseRecord.key_adults`` words, and the choice each is.
_PARENT_ROLES = {
    "biological mother": ChildRelation.MOTHER,  # i18n: a key: case_record's role words
    "biological father": ChildRelation.FATHER,  # i18n: a key: case_record's role words
    "step-mother": ChildRelation.STEP_PARENT,
    "step-father": ChildRelation.STEP_PARENT,
}


def _by_sex(words: tuple[str, str, str], sex: Sex) -> str:
    female, male, either = words
    return female if sex is Sex.FEMALE else male if sex is Sex.MALE else either


@dataclass(frozen=True)
class LinkPlan:
    """The relationships a choice makes, and a sentence when it could not place them
    where the choice means (shown in the dialog before OK)."""

    relationships: tuple[Relationship, ...]
    note: str = ""


def _parents(record: CaseRecord, child: PersonId) -> list[Person]:
    """The child's biological or adoptive parents recorded, in record order."""
    people = {p.id: p for p in record.people}
    return [
        people[r.from_person]
        for r in record.relationships
        if r.to_person == child
        and r.kind in (RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT)
        and r.from_person in people
    ]


def _mother(record: CaseRecord) -> Person | None:
    return next(
        (p for p in _parents(record, record.case.subject_child) if p.sex is Sex.FEMALE), None
    )


def _father(record: CaseRecord) -> Person | None:
    fathers = record.fathers()
    return fathers[0] if fathers else None


def plan_links(
    relation: ChildRelation,
    person: Person,
    record: CaseRecord,
    other: str = "",
) -> LinkPlan:
    """The relationship records that say ``person`` is ``relation`` to the subject child
    (their ids left for the unit of work to give)."""
    child = record.case.subject_child

    def link(
        kind: RelationshipKind, first: PersonId, second: PersonId, role: str = ""
    ) -> Relationship:
        return Relationship(RelationshipId(""), kind, first, second, role=role)

    def significant(role: str) -> Relationship:
        return link(RelationshipKind.SIGNIFICANT_ADULT, person.id, child, role)

    if relation is ChildRelation.UNKNOWN:
        return LinkPlan(())
    if relation in (ChildRelation.MOTHER, ChildRelation.FATHER):
        return LinkPlan((link(RelationshipKind.BIOLOGICAL_PARENT, person.id, child),))
    if relation is ChildRelation.STEP_PARENT:
        return LinkPlan((link(RelationshipKind.STEP_PARENT, person.id, child),))
    if relation is ChildRelation.OTHER:
        return LinkPlan((significant(other.strip() or "other"),))
    words = _by_sex(_WORDS[relation], person.sex)
    if relation in (ChildRelation.MATERNAL_GRANDPARENT, ChildRelation.PATERNAL_GRANDPARENT):
        maternal = relation is ChildRelation.MATERNAL_GRANDPARENT
        parent = _mother(record) if maternal else _father(record)
        if parent is not None:
            return LinkPlan((link(RelationshipKind.BIOLOGICAL_PARENT, person.id, parent.id),))
        role = shown_role(words)
        note = (
            translate(
                "child_relation",
                "No mother of the child is recorded yet, so they are linked to the child as "
                "{role}; add the mother to seat them above her or him on the genogram.",
            ).format(role=role)
            if maternal
            else translate(
                "child_relation",
                "No father of the child is recorded yet, so they are linked to the child as "
                "{role}; add the father to seat them above her or him on the genogram.",
            ).format(role=role)
        )
        return LinkPlan((significant(words),), note)
    if relation is ChildRelation.SIBLING:
        parents = _parents(record, child)
        if parents:
            names = parents[0].display_name
            for parent in parents[1:]:
                names = translate("child_relation", "{first} and {second}").format(
                    first=names, second=parent.display_name
                )
            note = (
                translate(
                    "child_relation",
                    "Linked as a child of {parents}; if they share only one parent, end the "
                    "other link under Relationships.",
                ).format(parents=names)
                if len(parents) > 1
                else translate("child_relation", "Linked as a child of {parents}.").format(
                    parents=names
                )
            )
            return LinkPlan(
                tuple(link(RelationshipKind.BIOLOGICAL_PARENT, p.id, person.id) for p in parents),
                note,
            )
        return LinkPlan(
            (significant(words),),
            translate(
                "child_relation",
                "No parent of the child is recorded yet, so they are linked to the child as "
                "{role}; add the parents to draw them as a sibling.",
            ).format(role=shown_role(words)),
        )
    return LinkPlan((significant(words),))


def roles_to_child(record: CaseRecord) -> dict[PersonId, str]:
    """Each person's role to the subject child as the relationships say it: the child,
    parents and significant adults (``key_adults``), then grandparents through a parent
    and siblings through a shared parent. The child first, fathers next (the People table
    keeps this order)."""
    child = record.case.subject_child
    people = {p.id: p for p in record.people}
    roles = {child: QT_TRANSLATE_NOOP("case_record", "subject child")}
    roles.update({k.person.id: k.role for k in record.key_adults()})
    parents = _parents(record, child)
    mother, father = _mother(record), _father(record)
    for parent in parents:
        side = "maternal" if parent is mother else "paternal" if parent is father else ""
        if not side:
            continue
        words = _WORDS[
            ChildRelation.MATERNAL_GRANDPARENT
            if side == "maternal"
            else ChildRelation.PATERNAL_GRANDPARENT
        ]
        for grandparent in _parents(record, parent.id):
            roles.setdefault(grandparent.id, _by_sex(words, grandparent.sex))
    parent_ids = {p.id for p in parents}
    for rel in record.relationships:
        sibling = people.get(rel.to_person)
        if (
            rel.kind in (RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT)
            and rel.from_person in parent_ids
            and sibling is not None
            and sibling.id != child
            and sibling.id not in roles
        ):
            shared = {p.id for p in _parents(record, sibling.id)} & parent_ids
            half = len(parent_ids) > 1 and len(shared) < len(parent_ids)
            words = _HALF_SIBLING if half else _WORDS[ChildRelation.SIBLING]
            roles[sibling.id] = _by_sex(words, sibling.sex)
    return roles


def relation_of(person: PersonId, record: CaseRecord) -> ChildRelation:
    """The choice that describes ``person`` now (for Change person): UNKNOWN when the
    relationships say nothing that one choice names."""
    role = roles_to_child(record).get(person, "")
    if not role or role == "subject child":
        return ChildRelation.UNKNOWN
    if role in _PARENT_ROLES:
        return _PARENT_ROLES[role]
    for relation, words in _WORDS.items():
        if any(role.removeprefix("half-") == w for w in words):
            return relation
    return ChildRelation.OTHER


def other_words(person: PersonId, record: CaseRecord) -> str:
    """The role in words when ``relation_of`` is OTHER (shown in the 'say what' field)."""
    if relation_of(person, record) is not ChildRelation.OTHER:
        return ""
    return roles_to_child(record).get(person, "")
