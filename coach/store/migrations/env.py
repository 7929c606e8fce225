"""Alembic environment: migrate the connection the app hands over (see `__init__.py`).

The app opens the transaction (`BEGIN IMMEDIATE` on SQLite), so every revision of one
upgrade commits together or not at all.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from coach.store.engine import normalise_url, resolve_url
from coach.store.schema import metadata


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        transactional_ddl=True,  # true on SQLite too: the app issues BEGIN itself
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_handed_over = context.config.attributes.get("connection")
if _handed_over is not None:
    _migrate(_handed_over)
else:  # the `alembic` command line (writing a revision): use the configured database
    url = context.config.get_main_option("sqlalchemy.url")
    _engine = create_engine(normalise_url(url) if url else resolve_url())
    try:
        with _engine.begin() as _connection:
            _migrate(_connection)
    finally:
        _engine.dispose()
