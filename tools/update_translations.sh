#!/bin/sh
# Update the Russian interface translation, then compile it.
#
#   sh tools/update_translations.sh      (from anywhere; uses .venv/bin when it exists)
#
# 1. pyside6-lupdate extracts every translatable string (self.tr("…") and
#    QCoreApplication.translate("context", "…") with literal strings, outside f-strings)
#    from coach/gui/**/*.py into coach/gui/translations/coach_ru.ts. Existing translations
#    are kept; new or changed strings arrive as <translation type="unfinished">; strings
#    gone from the code are dropped (-no-obsolete).
# 2. pyside6-lrelease compiles the .ts into coach/gui/translations/coach_ru.qm, which
#    coach/gui/app.py loads for a Russian locale (packaged via pyproject's package-data).
#
# After adding or changing UI strings: run this, translate the "unfinished" entries (Qt
# Linguist or any text editor), drop their type="unfinished", and run it again.
# tests/gui/test_translations.py fails while any entry is unfinished or empty.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [ -x .venv/bin/pyside6-lupdate ]; then
    LUPDATE=.venv/bin/pyside6-lupdate
    LRELEASE=.venv/bin/pyside6-lrelease
else
    LUPDATE=pyside6-lupdate
    LRELEASE=pyside6-lrelease
fi
TS=coach/gui/translations/coach_ru.ts
"$LUPDATE" -no-obsolete -target-language ru_RU coach/gui/*.py coach/gui/trainer/*.py -ts "$TS"
"$LRELEASE" "$TS" -qm coach/gui/translations/coach_ru.qm
