"""Scale-out of extraction: articles in, Results out in input order, on local processes or Dask."""

from marsad.scale.runner import ExtractionRun, default_workers, extract_stream

__all__ = ["ExtractionRun", "default_workers", "extract_stream"]
