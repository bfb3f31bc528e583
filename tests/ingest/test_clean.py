"""Untrusted feed text becomes plain, single-purpose, bounded text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean import (
    SUMMARY_MAX,
    TITLE_MAX,
    clean_line,
    clean_summary,
    clean_title,
    html_to_text,
    strip_controls,
)
from ingest.safe_text import _BIDI, _CONTROLS, _CSI, _ESC_PAIR, _OSC_LIKE


def test_osc_hyperlink_and_csi_sequences_vanish_whole() -> None:
    raw = "see \x1b]8;;https://evil.example/\x07here\x1b]8;;\x07 \x1b[1;31mnow\x1b[0m"
    assert strip_controls(raw) == "see here now"


def test_osc_terminated_by_string_terminator() -> None:
    assert strip_controls("a\x1b]0;window title\x1b\\b") == "ab"


def test_unterminated_escape_stops_at_the_line_end() -> None:
    assert strip_controls("one\x1b]8;;junk\ntwo") == "one\ntwo"


def test_c0_c1_del_and_bidi_overrides_removed_newlines_kept() -> None:
    raw = "a\x00b\x07c\x7fd\x85e\x9c f\u202eg\nh\ti"
    assert strip_controls(raw) == "abcde fg\nh\ti"


def test_eight_bit_sequences_vanish_whole() -> None:
    # U+009B is CSI and U+009D OSC in their 8-bit form: "\x9bf" is one sequence (CSI f).
    assert strip_controls("a\x9bfb \x9b31mred\x9d52;c;SGk=\x9c end") == "ab red end"


def test_carriage_returns_become_newlines() -> None:
    assert strip_controls("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_html_to_text_blocks_entities_and_scripts() -> None:
    html = (
        "<div><p>Caf&eacute; &amp; bar&nbsp;&#8211; <b>open</b></p>"
        "<script>var x = '<p>no</p>';</script><style>p{}</style>"
        "<ul><li>one</li><li>two</li></ul>tail<br>end<img alt='map of the area' src='m.png'></div>"
    )
    assert clean_summary(html) == "Café & bar – open\n\none\ntwo\ntail\nend map of the area"


def test_plain_text_summary_is_not_parsed_as_html() -> None:
    assert clean_summary("a <b> c &amp; d", is_html=False) == "a <b> c &amp; d"


def test_markup_lookalikes_stay_literal() -> None:
    assert clean_title("[@click=app.quit]x[/]", is_html=True) == "[@click=app.quit]x[/]"
    assert clean_title("[/]") == "[/]"


def test_title_is_one_line_with_single_spaces() -> None:
    assert clean_title("  Two\n lines\tand   gaps  ") == "Two lines and gaps"


def test_summary_collapses_spaces_and_blank_runs() -> None:
    assert clean_summary("a  \t b\n\n\n\n  c  ", is_html=False) == "a b\n\nc"


def test_lengths_are_capped_on_a_word_boundary() -> None:
    title = clean_title("word " * 200)
    assert len(title) <= TITLE_MAX
    assert title.endswith("word…")
    summary = clean_summary("x" * (SUMMARY_MAX * 2), is_html=False)
    assert len(summary) == SUMMARY_MAX
    assert summary.endswith("…")


def test_clean_line_caps_and_flattens() -> None:
    assert clean_line(" guid\x1b[0m\n-1 ", limit=10) == "guid -1"


def test_broken_html_does_not_raise() -> None:
    assert html_to_text("<p>unclosed <b>bold <a href='x") == "\nunclosed bold "


@given(st.text())
def test_cleaned_text_never_holds_control_characters(raw: str) -> None:
    for text in (clean_title(raw, is_html=True), clean_summary(raw)):
        assert not any(
            (ord(ch) < 0x20 and ch not in "\n") or 0x7F <= ord(ch) <= 0x9F for ch in text
        )
        assert "\n" not in clean_title(raw)


def test_a_non_ascii_letter_after_a_bracket_is_text_not_a_tag() -> None:
    assert clean_title("<?<\u00c0", is_html=True) == "<?<\u00c0"
    assert clean_summary("5 <\u00e9l\u00e8ves> 3") == "5 <\u00e9l\u00e8ves> 3"


@given(
    st.text(
        alphabet=st.sampled_from("ab \n\t\r\x1b[]\\P8;\x07\x9b\x9c\x9d\x85\u202e\u2028x"),
        max_size=40,
    )
)
def test_text_with_nothing_to_strip_is_returned_as_it_is(raw: str) -> None:
    # the fast path (no control, C1 or bidi character) gives what the full cleaning gives
    full = raw.replace("\r\n", "\n").replace("\r", "\n")
    for pattern in (_OSC_LIKE, _CSI, _ESC_PAIR, _CONTROLS, _BIDI):
        full = pattern.sub("", full)
    assert strip_controls(raw) == full
