"""The user-configurable lookup lists, and which save field refers to which list."""

from __future__ import annotations

# `lookups.kind` values.
ORGANISATION_STATUS = "organisation_status"
ORGANISATION_SOURCE = "organisation_source"
ORGANISATION_CLASSIFICATION = "organisation_classification"
ORGANISATION_RATING = "organisation_rating"
ORGANISATION_INDUSTRY = "organisation_industry"
ORGANISATION_TYPE = "organisation_type"
OPPORTUNITY_STATUS = "opportunity_status"
OPPORTUNITY_SOURCE = "opportunity_source"
OPPORTUNITY_TYPE = "opportunity_type"

# options key / JSON field name -> lookup kind, in the order the real server emits them.
ORGANISATION_LOOKUPS = {
    "status": ORGANISATION_STATUS,
    "source": ORGANISATION_SOURCE,
    "classification": ORGANISATION_CLASSIFICATION,
    "rating": ORGANISATION_RATING,
    "industry": ORGANISATION_INDUSTRY,
    "type": ORGANISATION_TYPE,
}
OPPORTUNITY_LOOKUPS = {
    "status": OPPORTUNITY_STATUS,
    "type": OPPORTUNITY_TYPE,
    "source": OPPORTUNITY_SOURCE,
}


def lookup_join(alias: str, kind: str, column: str) -> str:
    """LEFT JOIN bringing a lookup's name in as `alias`."""
    if kind not in (*ORGANISATION_LOOKUPS.values(), *OPPORTUNITY_LOOKUPS.values()):
        raise ValueError(kind)
    return f" LEFT JOIN lookups {alias} ON {alias}.kind = '{kind}' AND {alias}.id = {column}"
