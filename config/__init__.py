"""Application settings (environment variables and cre.toml, validated at start) and
why a command cannot start (:mod:`config.failures`)."""
