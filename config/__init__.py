"""Application settings: environment variables and cre.toml, validated at start."""
