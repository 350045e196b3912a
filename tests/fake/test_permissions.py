"""Admins see and edit everything; normal users go through roles and ownership (facts §2)."""

from __future__ import annotations

from tests.fake.support import ADMIN, DAVE, USER, Api, opportunity_fields


def org_ids(body: dict[str, object]) -> set[int]:
    return {org["id"] for org in body["organisations"]}  # type: ignore[attr-defined]


def opp_names(body: dict[str, object]) -> list[str]:
    return [opp["name"] for opp in body["opportunities"]]  # type: ignore[attr-defined]


def test_admin_lists_every_organisation(api: Api) -> None:
    assert api.ok("/organisations", token=ADMIN)["total"] == 8


def test_normal_users_list_only_role_readable_organisations(api: Api) -> None:
    # Not Hartley Holdings (private to greg), nor Dixon & Daughters: paul owns it, only greg's role reads it.
    assert org_ids(api.ok("/organisations", token=USER)) == {1201, 1234, 9876, 12676, 1302, 1303}
    # Zenith Analytics is shared with the Sales role only.
    assert 1303 not in org_ids(api.ok("/organisations", token=DAVE))


def test_owners_may_view_what_they_cannot_list(api: Api) -> None:
    assert api.organisation(1301, token=USER)["name"] == "Dixon & Daughters"
    assert api.messages("/organisations/view/1301", token=DAVE) == {
        "_0": "You don't have permission to view that Organisation"
    }
    assert api.messages("/organisations/timeline/1300", token=USER) == {
        "_0": "You don't have permission to view that organisation"
    }


def test_opportunity_list_visibility(api: Api) -> None:
    everything = [
        "Boating eCommerce Website",
        "Chase Invoices",
        "Harbour Extension",
        "Loft Conversion",
        "New Site Design",
        "Office Refit",
    ]
    assert opp_names(api.ok("/opportunities", token=ADMIN)) == everything
    # paul: Loft Conversion through assigned_to, not Harbour Extension (greg's private organisation).
    assert opp_names(api.ok("/opportunities", token=USER)) == [
        "Boating eCommerce Website",
        "Chase Invoices",
        "Loft Conversion",
        "New Site Design",
        "Office Refit",
    ]
    # dave: Office Refit has no organisation, so it is public; Loft Conversion is not his.
    assert "Loft Conversion" not in opp_names(api.ok("/opportunities", token=DAVE))


def test_opportunity_view_follows_the_organisation(api: Api) -> None:
    assert api.messages("/opportunities/view/1241", token=USER) == {
        "_0": "You don't have permission to view that Opportunity"
    }
    assert api.opportunity(1244, token=USER)["organisation_id"] is None


def test_private_notes_are_for_their_owner_and_admins(api: Api) -> None:
    def titles(token: str) -> list[str]:
        timeline = api.ok("/organisations/timeline/1234", token=token)["timeline"]
        return [next(iter(item.values()))["title"] for item in timeline]

    assert "Pricing thoughts" in titles(ADMIN)
    assert "Pricing thoughts" not in titles(USER)
    assert titles(USER) == ["Bob Rang", "Re: New Work"]


def test_editing_needs_write_access(api: Api) -> None:
    assert api.messages(
        "/organisations/save", json={"Organisation": {"id": 1300, "name": "Mine now"}}, token=USER
    ) == {"_0": "You don't have permission to edit this Organisation"}
    # A non-admin gets the permission message even for an organisation that does not exist...
    assert api.messages(
        "/organisations/save", json={"Organisation": {"id": 424242, "name": "X"}}, token=USER
    ) == {"_0": "You don't have permission to edit this Organisation"}
    # ...an admin gets "Invalid ID specified".
    assert api.messages("/organisations/save", json={"Organisation": {"id": 424242, "name": "X"}}) == {
        "_0": "Invalid ID specified"
    }
    assert api.messages("/organisations/add_tag", id=1300, tag="x", token=USER) == {
        "_0": "You do not have permission to edit this item"
    }
    assert api.messages("/opportunities/add_tag", id=1241, tag="x", token=USER) == {
        "_0": "You do not have permission to edit this item"
    }


def test_owner_may_edit_what_only_another_role_can_read(api: Api) -> None:
    api.save_organisation({"id": 1301, "description": "Updated by its owner"}, token=USER)
    assert api.organisation(1301, token=USER)["description"] == "Updated by its owner"


def test_opportunity_edit_rules(api: Api) -> None:
    # No organisation: owner or assignee only (or an admin).
    assert api.messages(
        "/opportunities/save", json={"Opportunity": {"id": 1244, "name": "Taken over"}}, token=USER
    ) == {"_0": "You don't have permission to edit this item"}
    api.save_opportunity({"id": 1244, "description": "Admin edit"}, token=ADMIN)
    # Top-level id pre-check has its own wording.
    assert api.messages("/opportunities/save/1244", json={"Opportunity": {}}, token=USER) == {
        "_0": "You do not have permission to edit this opportunity"
    }


def test_sharing_on_save(api: Api) -> None:
    private = api.save_organisation(
        {"name": "Quiet Ltd"}, token=USER, Sharing={"read": "private", "write": "private"}
    )
    assert private not in org_ids(api.ok("/organisations", token=DAVE))
    assert private in org_ids(api.ok("/organisations", token=USER))
    sales_role = int(
        next(
            k
            for k, v in api.ok("/organisations/options")["organisation_options"]["sharing"]["read"][
                "private"
            ].items()
            if v == "Sales"
        )
    )
    shared = api.save_organisation(
        {"name": "Team Ltd"}, token=DAVE, Sharing={"read": [sales_role], "write": []}
    )
    assert shared in org_ids(api.ok("/organisations", token=USER))
    assert shared not in org_ids(
        api.ok("/organisations", token=DAVE)
    )  # dave can view it as owner, not list it
    assert api.organisation(shared, token=DAVE)["name"] == "Team Ltd"
    # As on the real server, an update by the owner without Sharing makes it public again.
    api.save_organisation({"id": private, "description": "now public"}, token=USER)
    assert private in org_ids(api.ok("/organisations", token=DAVE))


def test_invalid_sharing_is_reported(api: Api) -> None:
    assert api.messages(
        "/organisations/save", json={"Organisation": {"name": "X"}, "Sharing": {"read": [9999]}}
    ) == {"Sharing": "Invalid role ID specified for read sharing: 9999"}
    assert api.messages("/organisations/save", json={"Organisation": {"name": "X"}, "Sharing": "nobody"}) == {
        "Sharing": 'Sharing must be a JSON object with "read" and "write"'
    }


def test_contact_methods_have_no_permission_check_like_the_real_server(api: Api) -> None:
    assert api.ok("/organisations/contact_methods", id=1300, token=USER)["contact_methods"] == []


def test_an_opportunity_saved_on_an_unreadable_organisation_is_then_hidden(api: Api) -> None:
    opp = api.save_opportunity(opportunity_fields(organisation_id=1300), token=USER)
    assert api.messages(f"/opportunities/view/{opp}", token=USER) == {
        "_0": "You don't have permission to view that Opportunity"
    }
