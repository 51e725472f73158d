"""The registry of message ids and the variables each one takes."""
