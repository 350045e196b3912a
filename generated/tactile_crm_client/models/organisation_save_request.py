from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationSaveRequest")


@_attrs_define
class OrganisationSaveRequest:
    """
    Attributes:
        organisation (OrganisationCreate | OrganisationUpdate): The organisation. Without `id` it is created; with `id`
            that organisation is updated.
        sharing (SharingInput | Unset): Who may read and write the organisation. Default everyone. On update by the
            owner or an admin, omitted sharing resets to everyone.
    """

    organisation: OrganisationCreate | OrganisationUpdate
    sharing: SharingInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation: dict[str, Any]
        if isinstance(self.organisation, OrganisationUpdate):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation.to_dict()

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Organisation": organisation,
            }
        )
        if sharing is not UNSET:
            field_dict["Sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_organisation(
            data: object,
        ) -> OrganisationCreate | OrganisationUpdate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = OrganisationUpdate.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            organisation_type_1 = OrganisationCreate.from_dict(data)

            return organisation_type_1

        organisation = _parse_organisation(src_dict["Organisation"])

        _sharing = src_dict.get("Sharing", UNSET)
        sharing: SharingInput | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = SharingInput.from_dict(_sharing)

        organisation_save_request = cls(
            organisation=organisation,
            sharing=sharing,
        )

        return organisation_save_request


# Imported after the class so that models referring to each other still import.
from ..models.organisation_create import OrganisationCreate  # noqa: E402
from ..models.organisation_update import OrganisationUpdate  # noqa: E402
from ..models.sharing_input import SharingInput  # noqa: E402
