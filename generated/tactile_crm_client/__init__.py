"""A client library for accessing Tactile CRM API"""

from ._provenance import GENERATOR, SPEC_SHA256, SPEC_VERSION
from .client import AuthenticatedClient, Client

__version__ = SPEC_VERSION

__all__ = (
    "GENERATOR",
    "SPEC_SHA256",
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
)
