"""OPML: export then import gives the same list; real-world quirks; hostile documents refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.config import Config, FeedConfig
from ingest.opml import OpmlError, export_opml, parse_opml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "opml"

CONFIG = Config(
    feeds=(
        FeedConfig(url="https://a.example/rss", name="Alpha & Sons <Wire>", tags=("world",)),
        FeedConfig(url="https://b.example/feed", name="Bravo", tags=("africa", "humanitarian")),
        FeedConfig(url="https://c.example/atom", name="Charlie", enabled=False),
    )
)


def test_export_is_opml_2() -> None:
    text = export_opml(CONFIG, now=datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert text == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<opml version="2.0">\n'
        "  <head>\n"
        "    <title>sitrep feeds</title>\n"
        "    <dateCreated>Wed, 01 May 2024 12:00:00 +0000</dateCreated>\n"
        "  </head>\n"
        "  <body>\n"
        '    <outline type="rss" text="Alpha &amp; Sons &lt;Wire&gt;" '
        'title="Alpha &amp; Sons &lt;Wire&gt;" xmlUrl="https://a.example/rss" '
        'category="/world" />\n'
        '    <outline type="rss" text="Bravo" title="Bravo" xmlUrl="https://b.example/feed" '
        'category="/africa,/humanitarian" />\n'
        '    <outline type="rss" text="Charlie" title="Charlie" xmlUrl="https://c.example/atom" '
        'isComment="true" />\n'
        "  </body>\n"
        "</opml>\n"
    )


def test_export_then_import_gives_the_same_feeds() -> None:
    feeds, warnings = parse_opml(export_opml(CONFIG).encode("utf-8"))
    assert warnings == []
    assert feeds == list(CONFIG.feeds)


def test_real_world_quirks() -> None:
    feeds, warnings = parse_opml((FIXTURES / "quirks.opml").read_bytes())
    assert [(f.url, f.name, f.tags, f.enabled) for f in feeds] == [
        ("https://levant.example/rss", "Levant Monitor", ("middle-east",), True),
        ("https://gulf.example/feed.xml", "Gulf Wire", ("middle-east",), True),
        ("https://nested.example/atom", "Nested Desk", ("middle-east", "deeper-still"), True),
        ("https://sahel.example/rss", None, ("africa", "humanitarian", "sahel-region"), True),
        ("http://browser.example/rss", "Browser link", (), True),
        ("https://paused.example/rss", "Paused", (), False),
    ]
    assert warnings == [
        "'Levant Monitor again' (https://levant.example/rss/): a duplicate of 'Levant Monitor'",
        "'Local file' (file:///etc/passwd): not an http(s) address",
        "'Mail' (mailto:desk@example.org): not an http(s) address",
    ]


@pytest.mark.parametrize("name", ["xxe.opml", "laughs.opml"])
def test_dtd_and_entities_are_refused(name: str) -> None:
    with pytest.raises(OpmlError) as info:
        parse_opml((FIXTURES / name).read_bytes())
    assert str(info.value) == (
        "the OPML file declares a DTD or entities, which feed lists never need; "
        "it was refused for safety"
    )


def test_dtd_hidden_in_utf16_is_refused() -> None:
    data = (FIXTURES / "xxe.opml").read_text(encoding="utf-8")
    encoded = data.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(OpmlError, match="DTD or entities"):
        parse_opml(encoded)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<opml><body><outline", "the file is not valid OPML (XML error: "),
        (
            b"<rss version='2.0'><channel/></rss>",
            "the file is not OPML (its root element is <rss>)",
        ),
        (b"<opml version='2.0'><head/></opml>", "the OPML file has no <body>"),
    ],
)
def test_broken_documents_are_refused_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(OpmlError) as info:
        parse_opml(data)
    assert str(info.value).startswith(message)


def test_control_characters_in_titles_are_removed() -> None:
    # XML 1.0 forbids C0 controls but allows C1 ones such as CSI (U+009B), which terminals obey.
    data = (
        '<opml version="2.0"><body><outline text="Evil\u009b31m Feed\u202e" '
        'xmlUrl="https://evil.example/rss"/></body></opml>'
    ).encode()
    feeds, _ = parse_opml(data)
    assert feeds[0].name == "Evil Feed"  # the 8-bit CSI sequence goes whole


def test_nameless_feeds_stay_nameless_through_a_round_trip() -> None:
    # Export writes the host as the outline text of a feed without a name.
    config = Config(
        feeds=(
            FeedConfig(url="http://127.0.0.1:8080/rss"),
            FeedConfig(url="https://Desk.Example/feed", tags=("world",)),
        )
    )
    feeds, warnings = parse_opml(export_opml(config).encode("utf-8"))
    assert warnings == []
    assert feeds == list(config.feeds)
    assert [f.name for f in feeds] == [None, None]


def test_outline_text_equal_to_the_url_is_not_a_name() -> None:
    data = (
        b'<opml version="2.0"><body>'
        b'<outline text="HTTPS://A.example/rss/" xmlUrl="https://a.example/rss"/>'
        b'<outline text="a.example" xmlUrl="https://a.example/other"/>'
        b'<outline text="A Example" xmlUrl="https://a.example/third"/>'
        b"</body></opml>"
    )
    feeds, _ = parse_opml(data)
    assert [f.name for f in feeds] == [None, None, "A Example"]


def test_duplicates_differing_in_scheme_or_host_case_are_skipped() -> None:
    data = (
        b'<opml version="2.0"><body>'
        b'<outline text="One" xmlUrl="https://a.example/Rss"/>'
        b'<outline text="Two" xmlUrl="HTTPS://A.EXAMPLE/Rss/"/>'
        b'<outline text="Three" xmlUrl="https://a.example/rss"/>'
        b"</body></opml>"
    )
    feeds, warnings = parse_opml(data)
    assert [f.name for f in feeds] == ["One", "Three"]
    assert warnings == ["'Two' (HTTPS://A.EXAMPLE/Rss/): a duplicate of 'One'"]
