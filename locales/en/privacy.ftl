# CRE Bot — English source catalog, part 3: privacy (a withdrawn case, what is removed from files).

status-withdrawn = withdrawn (the requester left)
ws-case-withdrawn = The requester of { $ref } erased their data and left the exchange. The case is now closed as withdrawn; nothing about them is kept.
privacy-file-cleaned = Location data and camera details are removed from photos and PDF documents before anyone else sees them.
privacy-file-may-hold-metadata = This kind of file (office document, audio or video) may still hold hidden details such as an author name or the device used. Handle it with care.
