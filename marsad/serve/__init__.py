"""Serve stage: the read-only JSON API and the offline web dashboard (``marsad serve``)."""
