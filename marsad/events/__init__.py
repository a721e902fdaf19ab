"""Event stage: assemble mentions into coded events by the codebook's rules."""
