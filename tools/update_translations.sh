#!/bin/sh
# Update the Russian interface translation, then compile it.
#
#   sh tools/update_translations.sh      (from anywhere; uses .venv/bin when it exists)
#
# 1. pyside6-lupdate extracts every translatable string from coach/gui/**/*.py into
#    coach/gui/translations/coach_ru.ts. Existing translations are kept; new or changed
#    strings arrive as <translation type="unfinished">; strings gone from the code are
#    dropped (-no-obsolete).
# 2. pyside6-lrelease compiles the .ts into coach/gui/translations/coach_ru.qm, which
#    coach/gui/app.py loads for a Russian locale (packaged via pyproject's package-data).
#
# After adding or changing UI strings: run this, translate the "unfinished" entries (Qt
# Linguist or any text editor), drop their type="unfinished", and run it again.
# tests/gui/test_translations.py fails while any entry is unfinished or empty.
#
# Wrapped strings: actions.py, dialogs.py and library_model.py translate through a helper
#     def _tr(text: str) -> str:
#         return QCoreApplication.translate("actions", text)
# and lupdate only recognises literal tr()/translate() calls, so it cannot see `_tr("…")`.
# lupdate therefore runs on a scratch copy of coach/gui in which, in any module with such a
# helper, each `_tr(` call is spelled `QCoreApplication.translate("<context>", ` on the same
# line. The .ts is updated inside the copy and copied back, so its <location> references
# still point at the real files and lines. The same copy also splits `self.tr('…')` calls
# out of f-strings (results_view.py, scenario_view.py, score_panel.py), which lupdate would
# otherwise read as one opaque string. Once the code calls translate("<context>", "…") /
# self.tr("…") outside f-strings, both rewrites find nothing and can be removed.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GUI=coach/gui
TS=$GUI/translations/coach_ru.ts
QM=$GUI/translations/coach_ru.qm

if [ -x "$ROOT/.venv/bin/pyside6-lupdate" ]; then
    LUPDATE="$ROOT/.venv/bin/pyside6-lupdate"
    LRELEASE="$ROOT/.venv/bin/pyside6-lrelease"
else
    LUPDATE=pyside6-lupdate
    LRELEASE=pyside6-lrelease
fi

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT INT TERM
mkdir -p "$SCRATCH/$GUI/translations" "$SCRATCH/$GUI/trainer" "$ROOT/$GUI/translations"

# Spell a module's `_tr(` helper calls as translate() calls with its context (see above).
expand_tr_helper() {
    context=$(sed -n 's/^[[:space:]]*return QCoreApplication\.translate("\([^"]*\)", text)[[:space:]]*$/\1/p' \
        "$1" | head -n 1)
    if [ -z "$context" ]; then
        cat "$1"
        return
    fi
    call="QCoreApplication.translate(\"$context\", "
    sed -e "/^[[:space:]]*def _tr(/!s/\([^A-Za-z0-9_.]\)_tr(/\1$call/g" -e "s/^_tr(/$call/" "$1"
}

# lupdate reads an f-string as one opaque string, so f"…{self.tr('X')}…" becomes
# f"…" + self.tr('X') + f"…" (likewise with the quotes swapped), on the same line.
split_fstring_tr() {
    sed -e "s/{self\.tr('\([^']*\)')}/\" + self.tr('\1') + f\"/g" \
        -e "s/{self\.tr(\"\([^\"]*\)\")}/' + self.tr(\"\1\") + f'/g"
}

for source in "$ROOT/$GUI"/*.py "$ROOT/$GUI"/trainer/*.py; do
    relative=${source#"$ROOT/"}
    expand_tr_helper "$source" | split_fstring_tr >"$SCRATCH/$relative"
done
if [ -f "$ROOT/$TS" ]; then
    cp "$ROOT/$TS" "$SCRATCH/$TS"
fi

(cd "$SCRATCH" && "$LUPDATE" -no-obsolete -target-language ru_RU "$GUI"/*.py "$GUI"/trainer/*.py -ts "$TS")
cp "$SCRATCH/$TS" "$ROOT/$TS"

"$LRELEASE" "$ROOT/$TS" -qm "$ROOT/$QM"
