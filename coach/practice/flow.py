"""The practice flow without widgets: open a scenario, write, submit, next turn, drafts.

`PracticeFlow` holds what the practice window used to keep in its own fields: the open
attempt (`PracticeSession`), the customer's next message once a reply is submitted, and
the state of the draft being read. It decides; the window draws and runs the slow store
calls (`coach.practice.writes.WriteQueue`) off the UI thread.

The rules it keeps, each learned from a lost reply or a misleading message:

- The results show only once the attempt is stored or kept on disk, and only for the
  attempt that is still open (another scenario may have been opened meanwhile).
- While a turn's draft is being read the editor waits: typing would be overwritten by it,
  and an autosave of the empty editor would clear it. A draft whose read failed is not
  cleared by an empty editor either; writing something new replaces it.
- One clock per scenario attempt (the time limit does not restart each turn); the
  per-turn timings stored with each attempt count from the start of that turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.content.library import Library
from coach.content.rubric import Rubric
from coach.content.scenario import Branch, Example, Scenario
from coach.practice.session import PracticeSession, examples_for_turn
from coach.practice.writes import DraftKey, Submitted
from coach.scoring import ScoreReport, next_turn, score_reply
from coach.store.api import NewAttempt
from coach.store.submission import Kept

UNNAMED = "trainee"
"""Who an attempt belongs to before the trainee has given a name."""


@dataclass(frozen=True)
class PendingSubmit:
    """A reply on its way to the store, with what is needed to show its results."""

    session: PracticeSession
    text: str
    report: ScoreReport
    rubric: Rubric
    attempt: NewAttempt
    key: DraftKey


@dataclass(frozen=True)
class Results:
    """What to show once a submitted reply is kept: the trainers' examples for the turn
    (each with its score) and the customer's next message (None: the conversation ends)."""

    examples: list[tuple[Example, ScoreReport]]
    following: Branch | None


@dataclass(frozen=True)
class Clock:
    """The attempt's time limit as the window shows it (`seconds_left` None: no limit)."""

    seconds_left: float | None

    @property
    def limited(self) -> bool:
        return self.seconds_left is not None

    @property
    def time_up(self) -> bool:
        return self.seconds_left is not None and self.seconds_left <= 0

    @property
    def minutes_seconds(self) -> tuple[int, int]:
        """What is left as (minutes, seconds), rounded down; (0, 0) without a limit."""
        return divmod(max(0, int(self.seconds_left or 0)), 60)


class PracticeFlow:
    """One trainee's practice: the open attempt and its turns (see the module notes).

    `trainee()` names who the attempts and drafts belong to (it may change while the
    window is open: the trainee gives a name).
    """

    def __init__(self, trainee: Callable[[], str]) -> None:
        self._trainee = trainee
        self.library: Library | None = None
        self.session: PracticeSession | None = None
        self.pending_next: Branch | None = None
        self.last_reply = ""
        self._reading: int | None = None
        self._reads = 0
        self._unread: set[DraftKey] = set()

    # ------------------------------------------------------------------ attempts

    def rubric(self, scenario: Scenario | None = None) -> Rubric:
        """The rubric of `scenario` (default: the open one). By the scenario's own rubric
        id: after a reload of the library the open attempt goes on with the scenario it
        started with, which the new library may no longer hold."""
        assert self.library is not None
        if scenario is None:
            assert self.session is not None
            scenario = self.session.scenario
        return self.library.rubrics[scenario.rubric]

    def open(self, scenario_id: str) -> PracticeSession | None:
        """Start a new attempt at `scenario_id` (its first turn, a fresh clock); None when
        the library has no such scenario."""
        if self.library is None or scenario_id not in self.library.scenarios:
            return None
        self.session = PracticeSession(self.library.scenarios[scenario_id])
        self.pending_next = None
        return self.session

    def draft_key(self) -> DraftKey | None:
        """What the open turn's draft is saved under."""
        if self.session is None:
            return None
        return (self._trainee(), self.session.scenario.id, self.session.turn)

    def prepare_submit(self, text: str) -> PendingSubmit:
        """Score `text` for the open turn and build the attempt to store."""
        session = self.session
        assert session is not None
        scenario = session.scenario
        rubric = self.rubric()
        report = score_reply(text, rubric, scenario)
        attempt = NewAttempt(
            trainee=self._trainee(),
            scenario_id=scenario.id,
            scenario_hash=scenario.content_hash,
            rubric_id=rubric.id,
            rubric_hash=rubric.content_hash,
            turn=session.turn,
            reply_text=text,
            report=report,
            time_to_first_key_ms=session.ms_to_first_key(),
            time_to_submit_ms=session.ms_elapsed(),
        )
        key = (attempt.trainee, scenario.id, session.turn)
        return PendingSubmit(session, text, report, rubric, attempt, key)

    def after_submit(self, pending: PendingSubmit, submitted: Submitted) -> Results | None:
        """The results to show for a submit, or None: the attempt is not kept (the editor
        holds the only copy) or another attempt was opened meanwhile."""
        kept = submitted.submission.kept
        if kept not in (Kept.STORED, Kept.PARKED) or self.session is not pending.session:
            return None
        scenario = pending.session.scenario
        turn = pending.session.turn
        examples = [
            (example, score_reply(example.text, pending.rubric, scenario))
            for example in examples_for_turn(scenario, turn)
        ]
        report = pending.report
        following = next_turn(scenario, turn, report, report.missing_key_points)
        self.pending_next = following
        self.last_reply = pending.text
        return Results(examples, following)

    def advance(self) -> PracticeSession | None:
        """Go on to the customer's next message (after `after_submit` gave one); the
        attempt's clock keeps running. None when there is no next turn."""
        session, following = self.session, self.pending_next
        if session is None or following is None:
            return None
        session.advance(self.last_reply, following.message, following.id)
        self.pending_next = None
        return session

    def clock(self) -> Clock | None:
        """The open attempt's time limit now; None when no attempt is open."""
        return None if self.session is None else Clock(self.session.seconds_left())

    # ------------------------------------------------------------------ drafts

    @property
    def reading_draft(self) -> bool:
        """The open turn's draft is being read; the editor waits for it."""
        return self._reading is not None

    def start_draft_read(self) -> int:
        """A read of the open turn's draft begins; the number names it for `end_draft_read`
        (a newer read, for another scenario or turn, supersedes it)."""
        self._reads += 1
        self._reading = self._reads
        return self._reading

    def end_draft_read(self, read: int, key: DraftKey, *, ok: bool) -> bool:
        """Read `read` of `key`'s draft ended (`ok`: it was read). True when the editor
        still waits for this read, i.e. what it read should be shown."""
        if ok:
            self._unread.discard(key)
        else:
            self._unread.add(key)
        if self._reading != read:
            return False
        self._reading = None
        return True

    def may_save_draft(self, key: DraftKey, text: str) -> bool:
        """Whether `text` may be saved as `key`'s draft now (see the module notes)."""
        if self._reading is not None:
            return False
        if key in self._unread:
            if not text.strip():
                return False
            self._unread.discard(key)  # the trainee wrote anew over it
        return True
