"""The intake flow: its questions and the rules that shape them."""
