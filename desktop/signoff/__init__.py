"""Sign-off: personal keys, the workspace trust root, the review workflow, verification.

Qt-free; the command line (``desktop.commands.signoff``/``keys``/``review``) and the views use it.

- ``keystore``: this user's keys (ECDSA P-256, sealed with Argon2id + AES-GCM) and pinned trust
  roots, in the user's data folder — never in a workspace.
- ``certs``: identities, the root CA certificate, people's certificates, chain checks.
- ``people``: enrolment from identity files, certified by an admin's key; roles, key changes.
- ``workflow``: submit / review / approve / reject; each sign-off an ECDSA signature over the
  canonical record (plan, revision, role, signer's certificate, meaning, time, comment,
  signed-content hash, previous record's hash), appended with an audit event.
- ``review``: packages for reviewers on other machines and their signed replies.
- ``verify``: every signature against a root pinned outside the workspace (see docs/TRUST.md).
- ``records``: what the dump, the covers and the printout show.
"""

from .people import SignoffRefused, WrongPassword, enrol
from .workflow import new_revision, sign

__all__ = ["SignoffRefused", "WrongPassword", "enrol", "new_revision", "sign"]
