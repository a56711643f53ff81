"""The command line, end to end, on real vault files."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hospital_mediation import cli
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


class Runner:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.vault = tmp_path / "v.hmv"
        self.secret = tmp_path / "pass.txt"
        self.secret.write_text(PASSPHRASE + "\n")
        self.tmp = tmp_path
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str = "", secret: bool = True) -> tuple[int, str, str]:
        self._capsys.readouterr()
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        out = io.StringIO()
        extra = ["--vault", str(self.vault)] + (["--passphrase-file", str(self.secret)] if secret else [])
        code = cli.main([*args, *extra], out=out)
        return code, out.getvalue(), self._capsys.readouterr().err


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        fast_kdf: object) -> Runner:
    return Runner(tmp_path, capsys, monkeypatch)


@pytest.fixture
def initialised(run: Runner) -> tuple[Runner, str]:
    code, out, _ = run("vault", "init", "--name", "Alice")
    assert code == 0
    match = re.search(r"^\s+((?:[0-9A-Z]{5}-){12}[0-9A-Z]{5})$", out, re.MULTILINE)
    assert match, out
    return run, match.group(1)


CASE = {
    "report": {"category": "moral_harassment", "onvs_level": 1, "unit": "Réanimation",
               "facts": {"occurred_on": "2026-10-01", "description": "Remarques humiliantes répétées."},
               "parties": [{"relation": "presumed_author", "name": "Dr X."}]},
    "received_on": "2026-11-02",
    "journal": [{"text": "Premier fait noté.", "event_on": "2026-10-01"}],
}


def test_full_cycle(initialised: tuple[Runner, str]) -> None:
    run, _recovery = initialised
    cases = run.tmp / "cases.json"
    cases.write_text(json.dumps([CASE, CASE | {"report": {"unit": "Pharmacie"}}]))
    code, out, _ = run("case", "add", "--json", str(cases))
    assert code == 0
    references = [line.split()[0] for line in out.splitlines()]
    assert len(references) == 2

    code, out, _ = run("case", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == references
    assert "moral_harassment" in lines[0] and "Réanimation" in lines[0] and "next: acknowledgement" in lines[0]

    code, out, _ = run("journal", "add", references[0], "--event-date", "2026-11-20", stdin="Nouvel incident.\n")
    assert code == 0 and "sealed in audit entry 4" in out

    evidence = run.tmp / "capture.png"
    evidence.write_bytes(b"\x89PNG" + bytes(range(256)) * 400)
    code, out, _ = run("attach", references[0], str(evidence))
    assert code == 0 and "SHA-256" in out

    code, out, _ = run("case", "show", references[0], "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["reference"] == references[0]
    assert shown["report"]["facts"]["description"] == "Remarques humiliantes répétées."
    assert [e["text"] for e in shown["journal"]] == ["Premier fait noté.", "Nouvel incident."]
    assert shown["attachments"][0]["filename"] == "capture.png"

    code, out, _ = run("case", "show", references[0])
    assert code == 0 and "Deadline acknowledgement: 2026-11-12" in out

    target = run.tmp / "exported.png"
    code, out, err = run("attachment", "export", references[0], "1", "--output", str(target))
    assert code == 0 and target.read_bytes() == evidence.read_bytes()
    assert "readable outside the vault" in err

    code, out, _ = run("audit", "verify")
    assert code == 0 and "intact: 6 entries" in out
    code, out, _ = run("vault", "verify")
    assert code == 0 and "The vault is intact." in out and "Attachments: 1" in out

    code, out, _ = run("vault", "info", secret=False)
    assert code == 0 and "Cases:          2" in out and "Réanimation" not in out


def test_passwd_and_recover(initialised: tuple[Runner, str]) -> None:
    run, recovery = initialised
    new = run.tmp / "new.txt"
    new.write_text("another long passphrase\n")
    code, out, _ = run("vault", "passwd", "--new-passphrase-file", str(new))
    assert code == 0, out
    code, _, err = run("case", "list")
    assert code == 1 and err.strip() == "hospital-mediation: Wrong passphrase."
    key = run.tmp / "recovery.txt"
    key.write_text(recovery.lower() + "\n")
    newer = run.tmp / "newer.txt"
    newer.write_text("the newest passphrase here\n")
    code, out, _ = run("vault", "recover", "--recovery-key-file", str(key), "--new-passphrase-file", str(newer),
                       secret=False)
    assert code == 0, out
    run.secret.write_text("the newest passphrase here\n")
    assert run("case", "list")[0] == 0


def test_mistyped_recovery_key_names_the_group(initialised: tuple[Runner, str]) -> None:
    run, recovery = initialised
    groups = recovery.split("-")
    groups[6] = groups[6][:2] + ("0" if groups[6][2] != "0" else "1") + groups[6][3:]
    key = run.tmp / "recovery.txt"
    key.write_text("-".join(groups))
    code, _, err = run("vault", "recover", "--recovery-key-file", str(key), "--new-passphrase-file",
                       str(run.secret), secret=False)
    assert code == 1 and "Group 7 of the recovery key looks mistyped" in err


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "not valid JSON (line 1, column 2)"),
    (b'{"report": {"category": "theft"}}', "report.category: unknown value 'theft'"),
    (b'{"report": {"unit": 5}}', "report.unit: expected text, got int"),
    (b'[{"received_on": "2026-02-30"}]', "[0].received_on: expected a date"),
    (b'{"surprise": 1}', "surprise: unknown field"),
    (b"\xff\xfe\x00garbage", "not UTF-8 text"),
    (b"[" * 5000 + b"]" * 5000, "nested more than"),
    (b'{"a": 1, "a": 2}', "appears twice"),
    (b'{"report": {"impact": {"sick_leave_days": -3}}}', "report.impact.sick_leave_days: must be between"),
    (b'{"report": {"anonymous": true, "reporter": {"name": "X"}}}', "anonymous report cannot name"),
    (b'[{}, {"journal": [{"text": "x", "supersedes": "6f1c2a52-7f3e-4a4e-9f55-0d1b4d4f2b9a"}]}]',
     "[1].journal[0]: a new case's journal cannot refer"),
])
def test_bad_import_is_refused_whole(initialised: tuple[Runner, str], content: bytes, message: str) -> None:
    run, _ = initialised
    bad = run.tmp / "bad.json"
    bad.write_bytes(content)
    code, _, err = run("case", "add", "--json", str(bad))
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1
    assert run("case", "list")[1] == ""  # nothing was imported


def test_integrity_failure_exits_2(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    cases = run.tmp / "case.json"
    cases.write_text(json.dumps(CASE))
    assert run("case", "add", "--json", str(cases))[0] == 0
    with sqlite3.connect(run.vault) as connection:
        (blob,) = connection.execute("SELECT report FROM cases").fetchone()
        connection.execute("UPDATE cases SET report = ?", (blob[:-1] + bytes([blob[-1] ^ 1]),))
    code, out, _ = run("vault", "verify")
    assert code == 2 and "PROBLEM:" in out and "cases.report" in out
    code, _, err = run("audit", "verify")
    assert code == 2 and err.startswith("hospital-mediation: integrity failure:")


def test_usage_errors_exit_1_not_2(run: Runner) -> None:
    with pytest.raises(SystemExit) as caught:
        run("case", "list", "--no-such-option")
    assert caught.value.code == 1
    with pytest.raises(SystemExit) as caught:
        run("vault")
    assert caught.value.code == 1


def test_new_recovery_key_replaces_the_old_one(initialised: tuple[Runner, str]) -> None:
    run, old = initialised
    code, out, _ = run("vault", "new-recovery-key")
    assert code == 0
    new = re.search(r"^\s+((?:[0-9A-Z]{5}-){12}[0-9A-Z]{5})$", out, re.MULTILINE)
    assert new and new.group(1) != old
    key = run.tmp / "recovery.txt"
    key.write_text(old)
    code, _, err = run("vault", "recover", "--recovery-key-file", str(key), "--new-passphrase-file",
                       str(run.secret), secret=False)
    assert code == 1 and "does not open the vault" in err
    key.write_text(new.group(1))
    assert run("vault", "recover", "--recovery-key-file", str(key), "--new-passphrase-file", str(run.secret),
               secret=False)[0] == 0


def test_demo_replace_refuses_a_real_vault(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    before = run.vault.read_bytes()
    code, _, err = run("demo", "--cases", "2", "--replace", secret=False)
    assert code == 1 and "not a demo vault" in err
    assert run.vault.read_bytes() == before


def test_vault_files_are_private(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    for path in run.tmp.iterdir():
        if path.name.startswith("v.hmv"):
            assert path.stat().st_mode & 0o077 == 0, path.name


def test_unreachable_database_is_one_line(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli.main(["vault", "info", "--vault", "postgresql+psycopg://nobody@127.0.0.1:1/none"], out=out)
    assert code == 1


def test_user_errors_are_one_line(run: Runner) -> None:
    code, _, err = run("case", "list")
    assert code == 1 and err.strip() == f"hospital-mediation: There is no vault at {run.vault}."
    run.secret.write_text("")
    code, _, err = run("vault", "init", "--name", "A")
    assert code == 1 and "passphrase file" in err and "is empty" in err


def test_no_terminal_no_passphrase(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    code, _, err = run("case", "list", secret=False)
    assert code == 1 and "No terminal to ask for the passphrase" in err


def test_demo_is_deterministic(run: Runner) -> None:
    code, out, _ = run("demo", "--cases", "12", "--seed", "5", "--anchor", "2026-11-29", secret=False)
    assert code == 0 and "Passphrase: demo-passphrase-not-secret" in out
    run.secret.write_text(cli.DEMO_PASSPHRASE)
    first = run("case", "show", "2026-0003", "--json")[1] if "2026-0003" in run("case", "list")[1] else None
    listing = run("case", "list")[1]
    code, _, err = run("demo", "--cases", "12", "--seed", "5", "--anchor", "2026-11-29", secret=False)
    assert code == 1 and "--replace" in err
    assert run("demo", "--cases", "12", "--seed", "5", "--anchor", "2026-11-29", "--replace", secret=False)[0] == 0
    assert run("case", "list")[1] == listing
    if first is not None:
        again = json.loads(run("case", "show", "2026-0003", "--json")[1])
        before = json.loads(first)
        assert again["report"] == before["report"]
    assert len(listing.splitlines()) == 12


def test_expected_errors_print_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "hospital_mediation", "case", "list", "--vault",
                             str(tmp_path / "missing.hmv"), "--passphrase-file", "/nonexistent"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_case_list_names_a_damaged_case_and_exits_2(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    cases = run.tmp / "cases.json"
    cases.write_text(json.dumps([CASE, CASE]))
    assert run("case", "add", "--json", str(cases))[0] == 0
    with sqlite3.connect(run.vault) as connection:
        case_id, blob = connection.execute("SELECT id, summary FROM cases LIMIT 1").fetchone()
        connection.execute("UPDATE cases SET summary = ? WHERE id = ?", (blob[:-1] + bytes([blob[-1] ^ 1]), case_id))
    code, out, err = run("case", "list")
    assert code == 2
    assert len(out.splitlines()) == 1  # the intact case is still listed
    assert "cannot be read" in err and "cases.summary" in err
    code, out, err = run("stats", "--by", "category")  # the intact case counted, the other named
    assert code == 2 and "moral_harassment  1" in out and "total  1" in out and "not counted" in err


def test_workflow_feedback_retention_and_deletion(initialised: tuple[Runner, str]) -> None:
    run, _ = initialised
    cases = run.tmp / "case.json"
    cases.write_text(json.dumps(CASE | {"received_on": "2025-01-06"}))
    assert run("case", "add", "--json", str(cases))[0] == 0
    reference = run("case", "list")[1].split()[0]
    code, _, err = run("case", "move", reference, "under_review")
    assert code == 1 and "Acknowledge the report first" in err
    assert run("case", "move", reference, "acknowledged", "--on", "2025-01-08")[0] == 0
    assert run("case", "move", reference, "under_review", "--on", "2025-01-20")[0] == 0
    assert run("case", "feedback", reference, "--on", "2025-03-01", "--details", "mesures expliquées")[0] == 0
    code, _, err = run("case", "move", reference, "closed", "--on", "2025-03-02")
    assert code == 1 and "needs an outcome" in err
    code, out, _ = run("case", "move", reference, "closed", "--on", "2025-03-02", "--outcome", "inadmissible")
    assert code == 0 and "under_review -> closed" in out
    code, out, _ = run("retention", "due")
    assert code == 0 and out.startswith(reference) and "deletion due 2025-05-02" in out
    code, _, err = run("case", "delete", reference)
    assert code == 1 and "--yes" in err
    code, counted_before, _ = run("stats", "--by", "unit,outcome")
    assert code == 0 and "Réanimation  inadmissible  1" in counted_before
    code, out, _ = run("case", "delete", reference, "--yes", "--reason", "retention")
    assert code == 0 and "deleted" in out and "Réanimation" in out
    assert run("case", "list")[1] == ""
    assert run("stats", "--by", "unit,outcome")[1] == counted_before  # the tombstone still counts
    code, _, err = run("stats", "--by", "reporter")
    assert code == 1 and "choose among" in err
    assert run("audit", "verify")[0] == 0
