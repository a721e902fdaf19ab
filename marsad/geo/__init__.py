"""Geocoding stage: a gazetteer of places with Arabic names, place finding and context-aware resolution."""

from marsad.geo.gazetteer import Gazetteer
from marsad.geo.places import Location, Place, PlaceMention

__all__ = ["Gazetteer", "Location", "Place", "PlaceMention"]
