"""Automatic organisation account numbers (Organisation::createAccountNumber, facts §6.2).

"Bob The Builder" -> BTB01: the first letter of each word when there are three words or more,
the first two letters otherwise ("Acme Corp" -> ACCO01), transliterated to ASCII and upper-cased,
then the first free two-digit suffix.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable


def _ascii(text: str) -> str:
    """iconv('UTF-8', 'ASCII//TRANSLIT'): accents dropped, other non-ASCII characters lost."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def account_number_stem(name: str) -> str:
    words = name.split(" ")  # PHP explode(' '): runs of spaces give empty words, which still count
    length = 2 if len(words) < 3 else 1
    return "".join(_ascii(word[:length]) for word in words).upper()


def with_suffix(stem: str, number: int) -> str:
    return f"{stem}{number:02d}"


def first_free(stem: str, is_taken: Callable[[str], bool]) -> str:
    number = 1
    while is_taken(with_suffix(stem, number)):
        number += 1
    return with_suffix(stem, number)


def next_account_number(conn: sqlite3.Connection, name: str) -> str:
    stem = account_number_stem(name)
    if stem:
        # Every text starting with the (ASCII) stem sorts in [stem, stem with its last letter
        # incremented): a walk of the accountnumber index rather than a scan of the table.
        rows = conn.execute(
            "SELECT accountnumber FROM organisations WHERE accountnumber >= ? AND accountnumber < ?",
            (stem, stem[:-1] + chr(ord(stem[-1]) + 1)),
        )
    else:
        rows = conn.execute("SELECT accountnumber FROM organisations WHERE accountnumber IS NOT NULL")
    taken = {str(row[0]) for row in rows}
    return first_free(stem, taken.__contains__)
