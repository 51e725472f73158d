"""What the due-runner runs: escalation (and later check-ins)."""
