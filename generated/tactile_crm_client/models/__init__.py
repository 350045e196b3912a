"""Contains all the data models used in inputs/outputs"""

from .add_tag_response import AddTagResponse
from .address_input import AddressInput
from .contact_method import ContactMethod
from .contact_method_input import ContactMethodInput
from .contact_method_type import ContactMethodType
from .contact_methods_response import ContactMethodsResponse
from .custom_field import CustomField
from .custom_field_enabled_for import CustomFieldEnabledFor
from .custom_field_option import CustomFieldOption
from .custom_field_options import CustomFieldOptions
from .custom_value import CustomValue
from .label_map import LabelMap
from .message_map import MessageMap
from .nullable_pg_boolean_type_1 import NullablePgBooleanType1
from .opportunity import Opportunity
from .opportunity_create import OpportunityCreate
from .opportunity_list_response import OpportunityListResponse
from .opportunity_options import OpportunityOptions
from .opportunity_options_response import OpportunityOptionsResponse
from .opportunity_save_request import OpportunitySaveRequest
from .opportunity_update import OpportunityUpdate
from .opportunity_view_response import OpportunityViewResponse
from .organisation import Organisation
from .organisation_create import OrganisationCreate
from .organisation_list_response import OrganisationListResponse
from .organisation_options import OrganisationOptions
from .organisation_options_response import OrganisationOptionsResponse
from .organisation_save_request import OrganisationSaveRequest
from .organisation_update import OrganisationUpdate
from .organisation_view_response import OrganisationViewResponse
from .pg_boolean_type_1 import PgBooleanType1
from .save_response import SaveResponse
from .sharing_choices import SharingChoices
from .sharing_input import SharingInput
from .sharing_keyword import SharingKeyword
from .sharing_options import SharingOptions
from .status import Status
from .timeline_entry import TimelineEntry
from .timeline_item import TimelineItem
from .timeline_response import TimelineResponse

__all__ = (
    "AddressInput",
    "AddTagResponse",
    "ContactMethod",
    "ContactMethodInput",
    "ContactMethodsResponse",
    "ContactMethodType",
    "CustomField",
    "CustomFieldEnabledFor",
    "CustomFieldOption",
    "CustomFieldOptions",
    "CustomValue",
    "LabelMap",
    "MessageMap",
    "NullablePgBooleanType1",
    "Opportunity",
    "OpportunityCreate",
    "OpportunityListResponse",
    "OpportunityOptions",
    "OpportunityOptionsResponse",
    "OpportunitySaveRequest",
    "OpportunityUpdate",
    "OpportunityViewResponse",
    "Organisation",
    "OrganisationCreate",
    "OrganisationListResponse",
    "OrganisationOptions",
    "OrganisationOptionsResponse",
    "OrganisationSaveRequest",
    "OrganisationUpdate",
    "OrganisationViewResponse",
    "PgBooleanType1",
    "SaveResponse",
    "SharingChoices",
    "SharingInput",
    "SharingKeyword",
    "SharingOptions",
    "Status",
    "TimelineEntry",
    "TimelineItem",
    "TimelineResponse",
)
