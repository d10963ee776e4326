#!/usr/bin/env bash
# Build the wheel and the one-folder desktop bundle, then smoke-test both.
# Usage: packaging/build.sh [--compare-bare]
#   output in build/: wheel in build/wheel, bundle in build/dist/decision-aid;
#   --compare-bare also freezes a bare PySide6 window and prints both bundle sizes.
set -euo pipefail
compare_bare=0
[ "${1:-}" = "--compare-bare" ] && compare_bare=1
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build
rm -rf "$OUT/wheel" "$OUT/dist" "$OUT/work"
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen

say() { printf '\n== %s\n' "$*"; }

say "desktop entry and AppStream metainfo"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/org.scsdecisionaid.DecisionAid.desktop
else
    echo "desktop-file-validate not installed (Debian: desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net packaging/org.scsdecisionaid.DecisionAid.metainfo.xml
else
    echo "appstreamcli not installed (Debian: appstream): skipped"
fi

say "build venv"
python3 -m venv "$OUT/venv-build"
BUILD_PY=$OUT/venv-build/bin/python
"$BUILD_PY" -m pip install -q --upgrade pip
"$BUILD_PY" -m pip install -q build pyinstaller pypdf

say "wheel"
"$BUILD_PY" -m build --wheel --outdir "$OUT/wheel" . >/dev/null
WHEEL=$(ls "$OUT"/wheel/*.whl)
"$BUILD_PY" packaging/check_wheel.py "$WHEEL"

say "wheel installed into a fresh venv"
rm -rf "$OUT/venv-wheel"
python3 -m venv "$OUT/venv-wheel"
"$OUT/venv-wheel/bin/python" -m pip install -q "$WHEEL"
"$BUILD_PY" -m pip install -q "$WHEEL"   # PyInstaller bundles the installed package, not the tree
(
    cd /tmp
    "$OUT/venv-wheel/bin/decision-aid" --version
    "$OUT/venv-wheel/bin/decision-aid" content check
    "$OUT/venv-wheel/bin/decision-aid" example crps --out "$OUT/crps.json"
    "$OUT/venv-wheel/bin/decision-aid" report "$OUT/crps.json" --kind clinician --lang bilingual \
        --out "$OUT/wheel-report.pdf"
)
"$BUILD_PY" packaging/check_pdf.py "$OUT/wheel-report.pdf"

say "bundle"
"$BUILD_PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" \
    packaging/decision_aid.spec
BUNDLE=$OUT/dist/decision-aid
du -sh "$BUNDLE"

say "bundle smoke test (run from another directory)"
(
    cd /tmp
    "$BUNDLE/decision-aid" --version
    "$BUNDLE/decision-aid" content check
    "$BUNDLE/decision-aid" example sci --out "$OUT/sci.json"
    "$BUNDLE/decision-aid" report "$OUT/sci.json" --kind clinician --lang bilingual --out "$OUT/bundle-report.pdf"
    "$BUNDLE/decision-aid" gui --smoke-test
)
"$BUILD_PY" packaging/check_pdf.py "$OUT/bundle-report.pdf"

if [ "$compare_bare" = 1 ]; then
    say "bare PySide6 window bundle, for comparison"
    for strip in "" "--strip"; do
        "$BUILD_PY" -m PyInstaller --noconfirm --log-level ERROR --windowed --onedir $strip \
            --distpath "$OUT/bare-dist$strip" --workpath "$OUT/bare-work" --specpath "$OUT/bare-work" \
            packaging/bare_window.py
        echo "bare window ${strip:-(default)}: $(du -sh "$OUT/bare-dist$strip/bare_window" | cut -f1)"
    done
    echo "decision aid: $(du -sh "$BUNDLE" | cut -f1)"
fi
say "packaging OK"
