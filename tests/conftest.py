import sqlite_utils
import pytest

from archive.schema import ensure_db_shape


@pytest.fixture
def db() -> sqlite_utils.Database:
    database = sqlite_utils.Database(memory=True)
    ensure_db_shape(database)
    return database
