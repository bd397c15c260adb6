"""``plandesk rollover``, run as a user runs it."""

from __future__ import annotations

import json


def test_rollover_prints_the_new_plan_and_its_checks(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    old = cli("sample", "--db", db).stdout.strip()
    result = cli("rollover", "--db", db, "--year", "2028")
    assert result.returncode == 0, result.stderr
    new = result.stdout.strip()
    assert len(new) == 36 and new != old and result.stdout.count("\n") == 1
    assert any(
        line.startswith(
            "check: warning\tsubtask T5.2 策略調整與優化\tevery month, week 6: "
            "no occurrence in Feb, Mar, Apr, May, Jun, Aug, Sep, Nov, Dec"
        )
        for line in result.stderr.splitlines()
    )
    listed = cli("list", "--db", db).stdout.splitlines()
    assert listed[1] == f"{new}\t2028\t1\tdraft\t社交媒體運用的年度目標計劃"
    dump = json.loads(cli("dump", "--db", db, "--plan", new).stdout)
    assert dump["plan"]["year"] == 2028 and dump["plan"]["lineage"] == new


def test_rollover_refusals(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    cli("sample", "--db", db)
    for year, reason in (
        ("2027", "already for 2027"),
        ("abc", "is not a year"),
        ("1999", "outside"),
    ):
        result = cli("rollover", "--db", db, "--year", year)
        assert result.returncode == 1, result
        assert reason in result.stderr and result.stderr.count("\n") == 1
    assert cli("rollover", "--db", db).returncode == 2
    assert len(cli("list", "--db", db).stdout.splitlines()) == 1
