"""The generic turn: one pure step per inbound message (commands, interrupts, answers, files)."""
