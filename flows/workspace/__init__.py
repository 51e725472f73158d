"""The facilitator workspace: the desk, its actions, matching and the agreement."""
