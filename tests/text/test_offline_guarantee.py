"""Analysis, the sentence encoder and scoring never touch the network, even with an empty
home directory. NLTK is never imported: its downloader was the trap (textstat's English
syllable counter asked it to fetch `cmudict`), and readability no longer goes near it."""

import subprocess
import sys
import textwrap

GUARD = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network access attempted during analysis")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from coach.scoring import default_rubric, score_reply
    en = ("Hi Anna, I understand how frustrating this is. The request fails because "
          "page_size is above the maximum of 100. I will check it again today and write back.")
    ru = ("Здравствуйте, Ольга! Понимаю, как это неприятно. Запрос не проходит, потому что "
          "page_size больше ста. Я проверю его сегодня и напишу вам до 15:00.")
    for text, lang in ((en, "en"), (ru, "ru")):
        report = score_reply(text, default_rubric(lang))
        assert any(c.check_id == "readability" and c.score is not None for c in report.checks)
        # The sentence judgement ran: the encoder's weights came from the installed package.
        assert any(f.role for f in report.findings)
    attempts += [name for name in ("nltk", "textstat") if name in sys.modules]
    print("attempts:", attempts)
    sys.exit(1 if attempts else 0)
    """
)


def test_scoring_makes_no_network_access(tmp_path):
    env = {"HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", GUARD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "attempts: []" in result.stdout
