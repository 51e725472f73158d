"""Funding: calls for proposals, applications, the grants working groups' review,
decisions and ranking. Pure: amounts, dates and ids come in as arguments."""
