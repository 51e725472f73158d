"""The collaborator's own small conversation: answering invitations."""
