from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OpportunitySaveRequest")


@_attrs_define
class OpportunitySaveRequest:
    """
    Attributes:
        opportunity (OpportunityCreate | OpportunityUpdate): The opportunity. Without `id` it is created; with `id` that
            opportunity is updated.
    """

    opportunity: OpportunityCreate | OpportunityUpdate

    def to_dict(self) -> dict[str, Any]:
        opportunity: dict[str, Any]
        if isinstance(self.opportunity, OpportunityUpdate):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Opportunity": opportunity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_opportunity(data: object) -> OpportunityCreate | OpportunityUpdate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = OpportunityUpdate.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            opportunity_type_1 = OpportunityCreate.from_dict(data)

            return opportunity_type_1

        opportunity = _parse_opportunity(src_dict["Opportunity"])

        opportunity_save_request = cls(
            opportunity=opportunity,
        )

        return opportunity_save_request


# Imported after the class so that models referring to each other still import.
from ..models.opportunity_create import OpportunityCreate  # noqa: E402
from ..models.opportunity_update import OpportunityUpdate  # noqa: E402
