"""Text stage: normalisation with an offset map, sentence and clause segmentation."""

from marsad.text.normalize import NormText, normalize, normalize_key
from marsad.text.segment import Segment, clauses, sentences

__all__ = ["NormText", "Segment", "clauses", "normalize", "normalize_key", "sentences"]
