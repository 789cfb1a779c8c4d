"""The model catalog: what models exist, what they are, and where to go when one is gone."""
