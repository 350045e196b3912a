"""What is recorded: every operation through the generated client, its success and its main error paths.

`SCENARIO` maps each operationId (in recording order: later steps use ids found or created by earlier
ones) to its steps. A step is one client call, so one recorded interaction, with the case name the
cassette keeps for it and the typed error the client must raise (None: it must return what its
`sync()` promises). Ids come from the account itself (the first listed organisation and opportunity,
the records the saves create), so the same scenario records the fake and a live account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from tactile_crm_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    TactileError,
    ValidationError,
)
from tactile_crm_client.api.opportunities import (
    add_opportunity_tag,
    get_opportunity_options,
    get_opportunity_timeline,
    list_opportunities,
    save_opportunity,
    view_opportunity,
)
from tactile_crm_client.api.organisations import (
    add_organisation_tag,
    get_organisation_options,
    get_organisation_timeline,
    list_my_organisations,
    list_organisation_contact_methods,
    list_organisations,
    save_organisation,
    save_organisation_contact,
    view_organisation,
)
from tactile_crm_client.models import (
    ContactMethodInput,
    ContactMethodType,
    LabelMap,
    OpportunityCreate,
    OpportunitySaveRequest,
    OpportunityUpdate,
    OrganisationCreate,
    OrganisationSaveRequest,
    OrganisationUpdate,
)

UNKNOWN_ID = 987654321
A_WRONG_TOKEN = "0" * 40  # well-formed, belongs to nobody
NOT_A_DATE = "not a date"
TAG = "Recorded"
DEFAULT_STATUS_ID = 1  # when the account's opportunity options list no status

SUCCESS = "success"
BAD_TOKEN = "bad token"
UNKNOWN = "unknown id"


class ScenarioError(RuntimeError):
    """A step needs something an earlier step did not find (e.g. the account has no organisations)."""


@dataclass
class Session:
    """The clients the steps use (the account's token, a wrong one) and the ids found on the way."""

    client: Client
    wrong: Client
    found: dict[str, int] = field(default_factory=dict)

    def keep(self, name: str, value: int) -> int:
        self.found[name] = value
        return value

    def need(self, name: str) -> int:
        if name not in self.found:
            raise ScenarioError(
                f"the scenario needs a {name.replace('_', ' ')}, and none was found or created"
            )
        return self.found[name]


@dataclass(frozen=True)
class Step:
    case: str
    call: Callable[[Session], Any]
    raises: type[TactileError] | None = None


def bad_token(success: Step) -> Step:
    """The success call again, with a token the server does not know."""
    return Step(BAD_TOKEN, lambda s: success.call(replace(s, client=s.wrong)), AuthenticationError)


def _first_id(name: str, fetch: Callable[[Session], Any]) -> Callable[[Session], Any]:
    def call(session: Session) -> Any:
        page = fetch(session)
        if page.items:
            session.keep(name, page.items[0].id)
        return page

    return call


def _created(name: str, save: Callable[[Session], int]) -> Callable[[Session], int]:
    return lambda session: session.keep(name, save(session))


def _status_id(session: Session) -> Any:
    options = get_opportunity_options.sync(client=session.client)
    statuses = options.status.additional_properties if isinstance(options.status, LabelMap) else {}
    session.keep("status_id", int(next(iter(statuses), DEFAULT_STATUS_ID)))
    return options


def _organisation(**fields: Any) -> OrganisationSaveRequest:
    if "id" in fields:
        return OrganisationSaveRequest(organisation=OrganisationUpdate(**fields))
    return OrganisationSaveRequest(organisation=OrganisationCreate(**fields))


def _opportunity(**fields: Any) -> OpportunitySaveRequest:
    if "id" in fields:
        return OpportunitySaveRequest(opportunity=OpportunityUpdate(**fields))
    return OpportunitySaveRequest(opportunity=OpportunityCreate(**fields))


def _contact(session: Session, contact: str) -> ContactMethodInput:
    return ContactMethodInput(
        organisation_id=session.need("new_organisation"), contact=contact, type_=ContactMethodType.E
    )


def _steps(success: Step, *others: Step) -> tuple[Step, ...]:
    return (success, *others, bad_token(success))


def _organisation_steps() -> dict[str, tuple[Step, ...]]:
    org = "organisation"
    return {
        "listOrganisations": _steps(
            Step(SUCCESS, _first_id(org, lambda s: list_organisations.sync(client=s.client, limit=5))),
            Step("second page", lambda s: list_organisations.sync(client=s.client, limit=2, page=2)),
            Step(
                "invalid date filter",
                lambda s: list_organisations.sync(client=s.client, created_after=NOT_A_DATE),
                ValidationError,
            ),
        ),
        "listMyOrganisations": _steps(
            Step(SUCCESS, lambda s: list_my_organisations.sync(client=s.client, limit=5)),
            Step(
                "invalid date filter",
                lambda s: list_my_organisations.sync(client=s.client, updated_before=NOT_A_DATE),
                ValidationError,
            ),
        ),
        "viewOrganisation": _steps(
            Step(SUCCESS, lambda s: view_organisation.sync(s.need(org), client=s.client)),
            Step(UNKNOWN, lambda s: view_organisation.sync(UNKNOWN_ID, client=s.client), NotFoundError),
        ),
        "getOrganisationTimeline": _steps(
            Step(SUCCESS, lambda s: get_organisation_timeline.sync(client=s.client, id=s.need(org))),
            Step(
                UNKNOWN,
                lambda s: get_organisation_timeline.sync(client=s.client, id=UNKNOWN_ID),
                NotFoundError,
            ),
        ),
        "listOrganisationContactMethods": _steps(
            Step(SUCCESS, lambda s: list_organisation_contact_methods.sync(client=s.client, id=s.need(org))),
            Step(
                UNKNOWN,
                lambda s: list_organisation_contact_methods.sync(client=s.client, id=UNKNOWN_ID),
                NotFoundError,
            ),
        ),
        "getOrganisationOptions": _steps(
            Step(SUCCESS, lambda s: get_organisation_options.sync(client=s.client)),
        ),
        "saveOrganisation": _steps(
            Step(
                "create",
                _created(
                    "new_organisation",
                    lambda s: save_organisation.sync(
                        client=s.client, body=_organisation(name="Recorded Boats Ltd", country_code="GB")
                    ),
                ),
            ),
            Step(
                "update",
                lambda s: save_organisation.sync(
                    client=s.client,
                    body=_organisation(
                        id=s.need("new_organisation"), description="Recorded by scripts.record"
                    ),
                ),
            ),
            Step(
                "empty name",
                lambda s: save_organisation.sync(client=s.client, body=_organisation(name="")),
                ValidationError,
            ),
            Step(
                UNKNOWN,
                lambda s: save_organisation.sync(
                    client=s.client, body=_organisation(id=UNKNOWN_ID, town="Nowhere")
                ),
                NotFoundError,
            ),
        ),
        "saveOrganisationContact": _steps(
            Step(
                "create",
                _created(
                    "contact_method",
                    lambda s: save_organisation_contact.sync(
                        client=s.client, body=_contact(s, "hello@recorded.example")
                    ),
                ),
            ),
            Step(
                "update",
                lambda s: save_organisation_contact.sync(
                    client=s.client, id=s.need("contact_method"), body=_contact(s, "office@recorded.example")
                ),
            ),
            Step(
                "empty contact",
                lambda s: save_organisation_contact.sync(client=s.client, body=_contact(s, "")),
                ValidationError,
            ),
            Step(
                UNKNOWN,
                lambda s: save_organisation_contact.sync(
                    client=s.client, id=UNKNOWN_ID, body=_contact(s, "nobody@recorded.example")
                ),
                NotFoundError,
            ),
        ),
        "addOrganisationTag": _steps(
            Step(
                SUCCESS,
                lambda s: add_organisation_tag.sync(client=s.client, id=s.need("new_organisation"), tag=TAG),
            ),
            Step(
                "tag twice",
                lambda s: add_organisation_tag.sync(client=s.client, id=s.need("new_organisation"), tag=TAG),
                ValidationError,
            ),
            Step(
                UNKNOWN,
                lambda s: add_organisation_tag.sync(client=s.client, id=UNKNOWN_ID, tag=TAG),
                NotFoundError,
            ),
        ),
    }


def _opportunity_steps() -> dict[str, tuple[Step, ...]]:
    opp = "opportunity"
    return {
        "listOpportunities": _steps(
            Step(SUCCESS, _first_id(opp, lambda s: list_opportunities.sync(client=s.client, limit=5))),
            Step(
                "invalid date filter",
                lambda s: list_opportunities.sync(client=s.client, created_before=NOT_A_DATE),
                ValidationError,
            ),
        ),
        "viewOpportunity": _steps(
            Step(SUCCESS, lambda s: view_opportunity.sync(s.need(opp), client=s.client)),
            Step(UNKNOWN, lambda s: view_opportunity.sync(UNKNOWN_ID, client=s.client), NotFoundError),
        ),
        "getOpportunityTimeline": _steps(
            Step(SUCCESS, lambda s: get_opportunity_timeline.sync(client=s.client, id=s.need(opp))),
            Step(
                UNKNOWN,
                lambda s: get_opportunity_timeline.sync(client=s.client, id=UNKNOWN_ID),
                NotFoundError,
            ),
        ),
        "getOpportunityOptions": _steps(Step(SUCCESS, _status_id)),
        "saveOpportunity": _steps(
            Step(
                "create",
                _created(
                    "new_opportunity",
                    lambda s: save_opportunity.sync(
                        client=s.client,
                        body=_opportunity(
                            name="Recorded bathroom refit",
                            status_id=s.need("status_id"),
                            enddate=dt.date(2030, 6, 30),
                            organisation_id=s.need("new_organisation"),
                        ),
                    ),
                ),
            ),
            Step(
                "update",
                lambda s: save_opportunity.sync(
                    client=s.client, body=_opportunity(id=s.need("new_opportunity"), probability=70)
                ),
            ),
            Step(
                "empty name",
                lambda s: save_opportunity.sync(
                    client=s.client,
                    body=_opportunity(name="", status_id=s.need("status_id"), enddate=dt.date(2030, 6, 30)),
                ),
                ValidationError,
            ),
            Step(
                UNKNOWN,
                lambda s: save_opportunity.sync(
                    client=s.client, body=_opportunity(id=UNKNOWN_ID, probability=10)
                ),
                NotFoundError,
            ),
        ),
        "addOpportunityTag": _steps(
            Step(
                SUCCESS,
                lambda s: add_opportunity_tag.sync(client=s.client, id=s.need("new_opportunity"), tag=TAG),
            ),
            Step(
                "tag twice",
                lambda s: add_opportunity_tag.sync(client=s.client, id=s.need("new_opportunity"), tag=TAG),
                ValidationError,
            ),
            Step(
                UNKNOWN,
                lambda s: add_opportunity_tag.sync(client=s.client, id=UNKNOWN_ID, tag=TAG),
                NotFoundError,
            ),
        ),
    }


SCENARIO: dict[str, tuple[Step, ...]] = {**_organisation_steps(), **_opportunity_steps()}


def step(operation_id: str, case: str) -> Step:
    """The step a recorded interaction belongs to (by the case name its cassette keeps)."""
    for candidate in SCENARIO.get(operation_id, ()):
        if candidate.case == case:
            return candidate
    raise LookupError(f"the scenario has no case {case!r} for {operation_id}")
