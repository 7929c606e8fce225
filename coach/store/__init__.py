"""History database: attempts, reviews and drafts (no Qt)."""
