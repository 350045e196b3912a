from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.opportunity_create import OpportunityCreate
    from ..models.opportunity_update import OpportunityUpdate


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
        from ..models.opportunity_update import OpportunityUpdate  # noqa: PLC0415

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
        from ..models.opportunity_create import OpportunityCreate  # noqa: PLC0415
        from ..models.opportunity_update import OpportunityUpdate  # noqa: PLC0415

        d = dict(src_dict)

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

        opportunity = _parse_opportunity(d.pop("Opportunity"))

        opportunity_save_request = cls(
            opportunity=opportunity,
        )

        return opportunity_save_request
