"""A report's findings as stored: JSON-ready dicts (no SQLAlchemy here, so the rescore
workers, which only score, do not import it)."""

from __future__ import annotations

from typing import Any

from coach.scoring.report import Finding, ScoreReport


def findings_json(report: ScoreReport) -> list[dict[str, Any]]:
    """The report's findings as `ScoreReport.to_dict()` has them, JSON-ready.

    Spelled out rather than `dataclasses.asdict`, which deep-copies field by field and
    costs more than the insert itself (it showed in `coach rescore` profiles).
    """
    return [_finding(f) for f in report.findings]


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "check_id": finding.check_id,
        "dimension": finding.dimension,
        "severity": finding.severity,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "quote": finding.quote,
        "suggestions": [{"text": s.text, "source": s.source} for s in finding.suggestions],
        "key_point": finding.key_point,
        "role": finding.role,
        "confidence": finding.confidence,
        "reason": finding.reason,
    }
