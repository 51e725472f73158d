"""The vocabulary every flow shares: messages, events, state, policy, ports, rules."""
