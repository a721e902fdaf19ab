"""marsad (مرصد): Arabic conflict news in, ACLED-style event data with evidence out."""

__version__ = "0.1.0"
