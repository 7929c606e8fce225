"""The trainer's side: history, review, cohort, calibration, export (after a passphrase)."""
