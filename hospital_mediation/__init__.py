"""Hospital Mediation: confidential workplace-conflict and harassment cases, encrypted locally."""

__version__ = "0.1.0"
