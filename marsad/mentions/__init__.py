"""Mention finding: lexicon matchers over normalised text (triggers, actors, places, dates, numbers)."""
