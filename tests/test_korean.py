"""The shared Kiwi: never loaded at import, built once, each paragraph analysed once."""

import subprocess
import sys
import threading
from pathlib import Path

from agreements.ingest import korean

ROOT = Path(__file__).resolve().parent.parent


def test_it_does_not_load_kiwi_when_the_package_is_imported():
    """Importing the ingest package (as a web view does) neither imports nor builds Kiwi."""
    code = (
        "import sys, agreements.ingest, agreements.ingest.layout, agreements.ingest.segment;"
        "print('kiwipiepy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_it_builds_one_kiwi_for_all_threads():
    """Threads asking at once all get the same instance."""
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(id(korean.get_kiwi()))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 1


def test_it_analyses_a_paragraph_once():
    """The second request for the same paragraph is served from the cache."""
    paragraph = "솔빛시는 한누리전력과 협약을 체결했다."
    first, second = korean.analyse([paragraph, paragraph])
    assert first is second
    assert first[-1].form == "."


def test_it_gives_no_tokens_for_a_blank_paragraph():
    """Blank text is not sent to Kiwi."""
    assert korean.tokenize("   ") == []
