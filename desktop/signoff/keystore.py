"""This user's signing keys and pinned trust roots, outside every workspace.

The key store is a folder in the user's data directory (``…/PlanDesk/keys``, mode 0700 where
the platform has modes). Each key is one JSON file: the name, the identity certificate, the
certificates workspaces issued to it, and the PKCS#8 private key encrypted with AES-256-GCM under
a key derived from the password with Argon2id (64 MiB, 3 passes: each guess costs ~0.5 s). The
pinned roots are ``trusted-roots.json`` beside the keys: fingerprints this user created or
accepted. Nothing here ever goes into a workspace.
"""

from __future__ import annotations

import json
import os
import tempfile
from base64 import b64decode, b64encode
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.models.refusal import Invalid, WordedError

from . import certs

FORMAT = "plandesk.key/1"
SUFFIX = ".pdkey"
MIN_PASSWORD = 8
# Argon2id cost of a key file. Tests lower both through their fixture; nothing else does.
KDF_PARAMS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
KDF_FLOOR = dict(KDF_PARAMS)


class KeyStoreError(WordedError):
    """A refused key-store action; the message is for the user (nothing changed), worded in
    the UI language by ``message(lang)``."""


class WrongKeyPassword(KeyStoreError):
    """The password does not open the key."""


def check_new_password(password: str) -> None:
    """Refuse a password too short or made of white space only."""
    if not password.strip():
        raise KeyStoreError(Invalid("", "password_blank"))
    if len(password) < MIN_PASSWORD:
        raise KeyStoreError(Invalid("", "password_short", count=MIN_PASSWORD))


def default_root() -> Path:
    from platformdirs import user_data_path

    return user_data_path("PlanDesk", appauthor=False) / "keys"


@dataclass
class StoredKey:
    """One key file: who, which key, and what it holds (the private key stays encrypted)."""

    path: Path
    name: str
    fingerprint: str
    created: str
    identity: x509.Certificate
    issued: dict[str, list[x509.Certificate]]  # root fingerprint -> [person cert, issuers…]

    @property
    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self.identity.public_key()  # type: ignore[return-value]


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params)


def _aad(fingerprint: str) -> bytes:
    return f"{FORMAT}:{fingerprint}".encode("ascii")


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by this user only, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class KeyStore:
    """The folder of this user's keys (``root`` defaults to the user data folder)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_root()

    # --- keys ---------------------------------------------------------------------------
    def create(self, name: str, password: str) -> StoredKey:
        """A new P-256 key for ``name``, sealed with ``password``; returns the stored key."""
        check_new_password(password)
        name = name.strip()
        if not name:
            raise KeyStoreError(Invalid("", "key_name_missing"))
        key = certs.new_key()
        identity = certs.make_identity(key, name)
        fp = certs.key_fingerprint(key.public_key())
        data = {
            "format": FORMAT,
            "name": name,
            "fingerprint": fp,
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "identity": certs.to_pem([identity]),
            "issued": {},
            **self._seal(key, password, fp),
        }
        path = self.root / f"{fp[:16]}{SUFFIX}"
        _write_private(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        return self._parse(path)

    def _seal(self, key: ec.EllipticCurvePrivateKey, password: str, fp: str) -> dict[str, Any]:
        salt, nonce = os.urandom(16), os.urandom(12)
        params = dict(KDF_PARAMS)
        raw = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        sealed = AESGCM(_derive(password, salt, params)).encrypt(nonce, raw, _aad(fp))
        return {
            "kdf": {"name": "argon2id", **params, "salt": b64encode(salt).decode()},
            "nonce": b64encode(nonce).decode(),
            "data": b64encode(sealed).decode(),
        }

    def list_keys(self) -> list[StoredKey]:
        if not self.root.is_dir():
            return []
        found = []
        for path in sorted(self.root.glob(f"*{SUFFIX}")):
            if path.name.startswith("."):
                continue
            try:
                found.append(self._parse(path))
            except KeyStoreError:
                continue
        return sorted(found, key=lambda k: (k.name, k.created))

    def _parse(self, path: Path) -> StoredKey:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            identity = certs.from_pem(data["identity"])[0]
            issued = {fp: certs.from_pem(pem) for fp, pem in (data.get("issued") or {}).items()}
            return StoredKey(
                path,
                str(data["name"]),
                str(data["fingerprint"]),
                str(data.get("created", "")),
                identity,
                issued,
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise KeyStoreError(Invalid("", "not_key_file", path=path, detail=str(exc))) from None

    def find(
        self, *, name: str | None = None, public: ec.EllipticCurvePublicKey | None = None
    ) -> StoredKey:
        """The key for a public key (exact) or else a name; KeyStoreError names what is missing."""
        keys = self.list_keys()
        if public is not None:
            fp = certs.key_fingerprint(public)
            for k in keys:
                if k.fingerprint == fp:
                    return k
            key = "named_key_not_in_store" if name else "key_not_in_store"
            raise KeyStoreError(
                Invalid("", key, name=name, fingerprint=certs.grouped(fp)[:19], root=self.root)
            )
        matches = [k for k in keys if k.name == (name or "").strip()]
        if not matches:
            raise KeyStoreError(Invalid("", "no_key_for", name=name, root=self.root))
        return matches[-1]

    def open(self, key: StoredKey, password: str) -> ec.EllipticCurvePrivateKey:
        """The private key; WrongKeyPassword when the password does not open it."""
        data = json.loads(key.path.read_text(encoding="utf-8"))
        kdf = data["kdf"]
        params = {k: int(kdf[k]) for k in ("time_cost", "memory_cost", "parallelism")}
        if kdf.get("name") != "argon2id" or any(params[k] < KDF_FLOOR[k] for k in params):
            raise KeyStoreError(Invalid("", "weak_key_file", path=key.path))
        try:
            raw = AESGCM(_derive(password, b64decode(kdf["salt"]), params)).decrypt(
                b64decode(data["nonce"]), b64decode(data["data"]), _aad(key.fingerprint)
            )
        except InvalidTag:
            raise WrongKeyPassword(Invalid("", "wrong_key_password", name=key.name)) from None
        private = serialization.load_der_private_key(raw, password=None)
        if (
            not isinstance(private, ec.EllipticCurvePrivateKey)
            or certs.key_fingerprint(private.public_key()) != key.fingerprint
        ):
            raise KeyStoreError(Invalid("", "damaged_key", path=key.path))
        return private

    def remember_certificate(
        self, key: StoredKey, chain: list[x509.Certificate], root_fp: str
    ) -> None:
        """Keep the certificate a workspace issued to this key (for PDF signing, .p12)."""
        data = json.loads(key.path.read_text(encoding="utf-8"))
        pem = certs.to_pem(chain)
        if (data.get("issued") or {}).get(root_fp) == pem:
            return  # already kept: no write (several sign-offs may run at once)
        data.setdefault("issued", {})[root_fp] = pem
        _write_private(key.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    def import_file(self, source: Path) -> StoredKey:
        """Add a key file exported from another machine (it stays encrypted)."""
        parsed = self._parse(Path(source))
        if any(k.fingerprint == parsed.fingerprint for k in self.list_keys()):
            raise KeyStoreError(Invalid("", "key_exists", name=parsed.name))
        target = self.root / f"{parsed.fingerprint[:16]}{SUFFIX}"
        _write_private(target, Path(source).read_bytes())
        return self._parse(target)

    def export_file(self, key: StoredKey, target: Path) -> None:
        """Copy the (still encrypted) key file, e.g. to move it to another computer."""
        _write_private(Path(target), key.path.read_bytes())

    def delete(self, key: StoredKey) -> None:
        key.path.unlink()

    # --- pinned roots ---------------------------------------------------------------------
    @property
    def _pins_path(self) -> Path:
        return self.root / "trusted-roots.json"

    def pinned(self) -> dict[str, str]:
        """Fingerprint -> label of every trust root this user created or accepted; none
        before the first. A file that is not such a list is refused in one line (KeyStoreError)
        rather than read as no pins or overwritten by the next ``pin``."""
        from .messages import said

        path = self._pins_path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise KeyStoreError(said("pins_damaged", path=path, detail=str(exc))) from None
        try:
            data = json.loads(text)
            roots = data["roots"] if isinstance(data, dict) else None
            if not isinstance(roots, dict):
                raise ValueError('no "roots" object')
            return {certs.normalise_fingerprint(str(k)): str(v) for k, v in roots.items()}
        except (ValueError, KeyError, TypeError) as exc:
            detail = " ".join(str(exc).split())[:120]
            raise KeyStoreError(said("pins_damaged", path=path, detail=detail)) from None

    def pin(self, fingerprint: str, label: str) -> None:
        pins = self.pinned()
        fp = certs.normalise_fingerprint(fingerprint)
        if pins.get(fp) == label:
            return
        pins[fp] = label
        _write_private(
            self._pins_path,
            json.dumps({"roots": pins}, ensure_ascii=False, indent=1).encode("utf-8"),
        )
