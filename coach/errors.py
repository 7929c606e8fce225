"""The one base class for expected problems (bad input, environment), as opposed to bugs.

Anything raised as a `CoachError` carries a message a trainer or trainee understands; the
CLI prints it without a traceback and the GUI shows it in its message area. Any other
exception is a bug and is reported as one.
"""


class CoachError(Exception):
    """An expected problem with input or environment, with a human-readable message."""

    def in_language(self, language: str) -> str:
        """The message for an interface in `language` ("en", "ru"); English unless the
        error carries a translation (most core messages are English only)."""
        return str(self)


class ContentError(CoachError):
    """Scenario or rubric content that cannot be used (see `coach.content.issues`)."""


class UsageError(CoachError):
    """The command line or an API was called with arguments that cannot work."""
