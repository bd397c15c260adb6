"""Sign-off: people and keys, the review workflow, signatures bound to content, verification.

Qt-free; the command line (``desktop.commands.signoff``) and the views use it.

Decisions:
- ``people``: Argon2id password hashes; an Ed25519 key per person, its private half sealed
  with AES-256-GCM under an Argon2id key derived from the password (public key as associated
  data). Three wrong passwords in a row start a growing wait (5 s, 10 s, … 15 min), stored on
  the person so it holds across processes. People events go to the workspace audit chain
  (plan uuid ``""``).
- ``workflow``: a signature row signs (Ed25519) the canonical JSON of plan uuid, revision,
  role, signer and public key, meaning, UTC time, comment, the content SHA-256 and the
  previous signature's record hash. The canonical dump at signing is kept in
  ``Signature.snapshot`` so that a void signature can say which sections changed.
  A rejection is itself a signed record; it releases the signatures before it (``released``
  is also set on them, but verification derives it from the chain). Signatures are
  append-only (migration 0003: triggers; only ``released`` may go from false to true).
- ``verify``: valid / void (content changed, by section) / invalid / released / external,
  plus: the status must be backed by the signatures in force, every sign-off must appear in
  the audit trail and vice versa, and both audit chains must be intact.
- ``records``: what the dump, the Excel cover and the printout show; imported sign-offs are
  stored as ``external`` rows, shown as "recorded elsewhere, not verified".
"""

from .people import SignoffRefused, WrongPassword, add_person, authenticate
from .workflow import new_revision, sign

__all__ = ["SignoffRefused", "WrongPassword", "add_person", "authenticate", "new_revision",
           "sign"]
