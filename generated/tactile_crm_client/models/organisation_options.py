from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationOptions")

# The keys this model reads; any other key of a response goes to `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "assigned_to",
        "status",
        "source",
        "classification",
        "rating",
        "industry",
        "type",
        "country_code",
        "default_country_code",
        "sharing",
    }
)


@_attrs_define
class OrganisationOptions:
    """
    Attributes:
        assigned_to (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        status (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        source (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        classification (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        rating (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        industry (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        type_ (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        country_code (LabelMap | list[str] | Unset): A map of id → label. An empty map may arrive as `[]`.
        default_country_code (str | Unset): The account's country, used when an address has no country code.
        sharing (SharingOptions | Unset): Who may read and write a new organisation.
    """

    assigned_to: LabelMap | list[str] | Unset = UNSET
    status: LabelMap | list[str] | Unset = UNSET
    source: LabelMap | list[str] | Unset = UNSET
    classification: LabelMap | list[str] | Unset = UNSET
    rating: LabelMap | list[str] | Unset = UNSET
    industry: LabelMap | list[str] | Unset = UNSET
    type_: LabelMap | list[str] | Unset = UNSET
    country_code: LabelMap | list[str] | Unset = UNSET
    default_country_code: str | Unset = UNSET
    sharing: SharingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_to: dict[str, Any] | list[str] | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, LabelMap):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        status: dict[str, Any] | list[str] | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LabelMap):
            status = self.status.to_dict()
        else:
            status = self.status

        source: dict[str, Any] | list[str] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, LabelMap):
            source = self.source.to_dict()
        else:
            source = self.source

        classification: dict[str, Any] | list[str] | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        elif isinstance(self.classification, LabelMap):
            classification = self.classification.to_dict()
        else:
            classification = self.classification

        rating: dict[str, Any] | list[str] | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, LabelMap):
            rating = self.rating.to_dict()
        else:
            rating = self.rating

        industry: dict[str, Any] | list[str] | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        elif isinstance(self.industry, LabelMap):
            industry = self.industry.to_dict()
        else:
            industry = self.industry

        type_: dict[str, Any] | list[str] | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LabelMap):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        country_code: dict[str, Any] | list[str] | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, LabelMap):
            country_code = self.country_code.to_dict()
        else:
            country_code = self.country_code

        default_country_code = self.default_country_code

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if classification is not UNSET:
            field_dict["classification"] = classification
        if rating is not UNSET:
            field_dict["rating"] = rating
        if industry is not UNSET:
            field_dict["industry"] = industry
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if default_country_code is not UNSET:
            field_dict["default_country_code"] = default_country_code
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_assigned_to(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        assigned_to = _parse_assigned_to(src_dict.get("assigned_to", UNSET))

        def _parse_status(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        status = _parse_status(src_dict.get("status", UNSET))

        def _parse_source(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        source = _parse_source(src_dict.get("source", UNSET))

        def _parse_classification(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        classification = _parse_classification(src_dict.get("classification", UNSET))

        def _parse_rating(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        rating = _parse_rating(src_dict.get("rating", UNSET))

        def _parse_industry(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        industry = _parse_industry(src_dict.get("industry", UNSET))

        def _parse_type_(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        type_ = _parse_type_(src_dict.get("type", UNSET))

        def _parse_country_code(data: object) -> LabelMap | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_options_type_0 = LabelMap.from_dict(data)

                return componentsschemas_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_options_type_1 = cast(list[str], data)

            return componentsschemas_options_type_1

        country_code = _parse_country_code(src_dict.get("country_code", UNSET))

        default_country_code = src_dict.get("default_country_code", UNSET)

        _sharing = src_dict.get("sharing", UNSET)
        sharing: SharingOptions | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = SharingOptions.from_dict(_sharing)

        organisation_options = cls(
            assigned_to=assigned_to,
            status=status,
            source=source,
            classification=classification,
            rating=rating,
            industry=industry,
            type_=type_,
            country_code=country_code,
            default_country_code=default_country_code,
            sharing=sharing,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            organisation_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return organisation_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other still import.
from ..models.label_map import LabelMap  # noqa: E402
from ..models.sharing_options import SharingOptions  # noqa: E402
