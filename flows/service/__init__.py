"""Applying a step's results, per kind of person, inside one store transaction."""
