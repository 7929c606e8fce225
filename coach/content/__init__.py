"""Scenario and rubric YAML: schema, loading and validation with file:line:column errors."""

from coach.content.issues import ContentIssue
from coach.content.library import Library, find_yaml_files, load_library, scenario_checks
from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario

__all__ = [
    "ContentIssue",
    "Library",
    "Rubric",
    "RubricCheck",
    "Scenario",
    "find_yaml_files",
    "load_library",
    "scenario_checks",
]
