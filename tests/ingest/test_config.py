"""feeds.yaml validation: every mistake comes back as one sentence with its file and line."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from ingest import config as config_module
from ingest import config_cache, config_schema
from ingest.config import Config, ConfigError, load_config, parse_config
from ingest.paths import bundled_feeds_yaml

PATH = Path("feeds.yaml")


def error_of(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(text, PATH)
    return str(info.value)


def test_minimal_file_with_only_urls_is_valid() -> None:
    config = parse_config(
        "feeds:\n  - url: https://a.example/rss\n  - url: http://b.example/\n", PATH
    )
    assert [f.url for f in config.feeds] == ["https://a.example/rss", "http://b.example/"]
    assert config.settings.interval == 600.0
    assert config.feeds[0].enabled is True
    assert config.feeds[0].display_name == "a.example"


def test_durations_and_tags_are_parsed() -> None:
    config = parse_config(
        "settings:\n  interval: 15m\n  deadline: 20s\nfeeds:\n"
        "  - url: https://a.example/rss\n    interval: 2h\n    tags: world, africa\n",
        PATH,
    )
    assert config.settings.interval == 900.0
    assert config.settings.deadline == 20.0
    assert config.feeds[0].interval == 7200.0
    assert config.feeds[0].tags == ("world", "africa")


def test_unknown_key_names_its_line_and_suggests() -> None:
    text = "feeds:\n  - url: https://a.example/rss\n    intervall: 5m\n"
    assert error_of(text) == "feeds.yaml:3: unknown key 'intervall' (did you mean 'interval'?)"


def test_unknown_settings_key() -> None:
    assert error_of("settings:\n  concurency: 3\n") == (
        "feeds.yaml:2: unknown key 'concurency' (did you mean 'concurrency'?)"
    )


def test_non_http_url_is_refused() -> None:
    text = "feeds:\n  - url: https://ok.example/\n  - url: file:///etc/passwd\n"
    assert error_of(text) == "feeds.yaml:3: 'url': 'file:///etc/passwd' is not an http(s) URL"


def test_duplicate_url_names_the_second_line() -> None:
    text = "feeds:\n  - url: https://a.example/rss\n  - url: https://a.example/rss/\n"
    assert error_of(text) == (
        "feeds.yaml:3: duplicate feed URL https://a.example/rss/ (already listed as feed 1)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("settings:\n  interval: 0\n", "feeds.yaml:2: 'interval': should be greater than 0"),
        (
            "settings:\n  interval: soon\n",
            "feeds.yaml:2: 'interval': 'soon' is not a duration (use seconds, or 90s, 10m, 2h, 7d)",
        ),
        (
            "feeds:\n  - url: https://a.example/\n    interval: -1m\n",
            "feeds.yaml:3: 'interval': '-1m' is not a duration (use seconds, or 90s, 10m, 2h, 7d)",
        ),
    ],
)
def test_impossible_intervals(text: str, expected: str) -> None:
    assert error_of(text) == expected


def test_wrong_types() -> None:
    assert error_of("feeds:\n  - url: https://a.example/\n    enabled: maybe\n").startswith(
        "feeds.yaml:3: 'enabled': should be a valid boolean"
    )
    assert error_of("feeds:\n  - url: https://a.example/\n    tags: 5\n") == (
        "feeds.yaml:3: 'tags': should be a list"
    )
    assert error_of("feeds:\n  - https://a.example/\n") == (
        "feeds.yaml:2: 'feeds': should be a mapping of key: value"
    )


def test_missing_url() -> None:
    assert error_of("feeds:\n  - name: Nameless\n") == "feeds.yaml:2: missing required key 'url'"


def test_malformed_yaml_gives_its_line() -> None:
    message = error_of("feeds:\n  - url: https://a.example/\n   name: [unclosed\n")
    assert message.startswith("feeds.yaml:3: invalid YAML")


def test_top_level_must_be_a_mapping() -> None:
    assert error_of("- just\n- a list\n") == (
        "feeds.yaml:1: expected a mapping with 'feeds:' at the top level"
    )


def test_alert_rules_are_checked() -> None:
    assert error_of("alerts:\n  - name: x\n    when: tally_rise\n") == (
        "feeds.yaml:2: 'alerts': a tally_rise alert needs a place or an actor"
    )


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.yaml")


def test_bundled_feed_list_is_valid_and_real() -> None:
    config = parse_config(bundled_feeds_yaml(), PATH)
    assert 15 <= len(config.feeds) <= 25
    assert all(f.url.startswith("https://") for f in config.feeds)
    assert all(f.name and f.tags for f in config.feeds)
    assert {"world", "middle-east", "africa", "europe"} <= {t for f in config.feeds for t in f.tags}


def test_repository_feeds_yaml_is_the_bundled_default() -> None:
    root = Path(__file__).resolve().parents[2] / "feeds.yaml"
    assert root.read_text(encoding="utf-8") == bundled_feeds_yaml()


def test_interval_bounds() -> None:
    config = parse_config(
        "settings:\n  min_interval: 2m\n  max_interval: 1h\nfeeds:\n"
        "  - url: https://a.example/\n    interval: 10s\n  - url: https://b.example/\n"
        "    interval: 1d\n",
        PATH,
    )
    assert isinstance(config, Config)
    assert config.interval_for(config.feeds[0]) == 120.0
    assert config.interval_for(config.feeds[1]) == 86400.0


def load_error(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value


def test_a_latin1_file_names_the_line_and_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(b"feeds:\n  - url: https://a.example/\n    name: Caf\xe9 desk\n")
    error = load_error(path)
    assert str(error) == "feeds.yaml:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    assert (error.path, error.line) == (path, 3)


def test_a_folder_is_called_a_folder(tmp_path: Path) -> None:
    error = load_error(tmp_path)
    assert str(error) == f"{tmp_path} is a folder, not a file"
    assert error.path == tmp_path


@pytest.mark.parametrize(("char", "code"), [("\x00", "U+0000"), ("\x07", "U+0007")])
def test_a_control_character_is_one_line_with_its_line(char: str, code: str) -> None:
    message = error_of(f"feeds:\n  - url: https://a.example/\n    name: a{char}b\n")
    assert message == f"feeds.yaml:3: invalid YAML: the control character {code} is not allowed"


def test_crlf_file_loads_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(b"feeds:\r\n  - url: https://a.example/\r\n    intervall: 5m\r\n")
    assert str(load_error(path)) == (
        "feeds.yaml:3: unknown key 'intervall' (did you mean 'interval'?)"
    )


def test_duplicate_url_differing_in_scheme_and_host_case() -> None:
    text = "feeds:\n  - url: https://a.example/rss\n  - url: HTTPS://A.Example/rss\n"
    assert error_of(text).startswith("feeds.yaml:3: duplicate feed URL HTTPS://A.Example/rss")
    assert (
        parse_config(
            "feeds:\n  - url: https://a.example/rss\n  - url: https://a.example/RSS\n", PATH
        )
        .feeds[1]
        .url.endswith("/RSS")
    )


def test_a_window_the_dashboard_does_not_offer_is_refused_with_its_line(tmp_path: Path) -> None:
    from ingest.config import ConfigError, load_config

    path = tmp_path / "feeds.yaml"
    path.write_text("settings:\n  window: banana\nfeeds:\n  - url: https://example.org/rss\n")
    try:
        load_config(path)
    except ConfigError as exc:
        assert str(exc).startswith("feeds.yaml:2:") and "'24h'" in str(exc)
    else:
        raise AssertionError("settings.window: banana was accepted")


LIST = (
    "settings:\n  interval: 15m\n  concurrency: 4\n  editor: null\nfeeds:\n"
    "  - url: https://a.example/rss\n    tags: [world, africa]\n    enabled: false\n"
    "  - url: https://b.example/rss\n    name: B\n    interval: 1.5h\n"
)


def test_a_text_read_before_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(LIST)
    first = load_config(path)
    assert first == parse_config(LIST, path)

    def no_parser(text: str, where: Path) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(config_module, "load_yaml", no_parser)
    assert load_config(path) == first


def test_an_edit_is_parsed_again_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(LIST)
    load_config(path)
    path.write_text(LIST.replace("  concurrency: 4", "  concurency: 4"))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == "feeds.yaml:3: unknown key 'concurency' (did you mean 'concurrency'?)"
    path.write_text(LIST + "  - url: https://A.example/rss/\n")
    with pytest.raises(ConfigError, match=r"feeds.yaml:12: duplicate feed URL"):
        load_config(path)


def test_a_broken_cache_is_read_around_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(LIST)
    config_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    config_cache.cache_file().write_text("{not json")
    assert load_config(path) == parse_config(LIST, path)
    assert config_cache.lookup(LIST) is not None


def test_a_text_read_before_is_rebuilt_without_pydantic(tmp_path: Path) -> None:
    """The second command reading an unchanged feeds.yaml neither parses nor checks it again:
    pydantic (0.1 s to import and build the models) is not even imported."""
    path = tmp_path / "feeds.yaml"
    path.write_text(LIST)
    first = load_config(path)
    code = (
        "import sys\nfrom pathlib import Path\nfrom ingest.config import load_config\n"
        f"config = load_config(Path({str(path)!r}))\n"
        "print('pydantic' in sys.modules, 'ruamel.yaml' in sys.modules, repr(config))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(config_cache.cache_file().parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()
    assert out == f"False False {first!r}"


def test_the_checked_models_have_the_fields_and_defaults_of_the_configuration() -> None:
    """The pydantic models that check a text and the dataclasses the program reads are two
    lists of the same fields: a field added to one only would be refused or lost."""
    for model, cls in config_schema.RUNTIME.items():
        names = [f.name for f in dataclasses.fields(cls)]
        assert list(model.model_fields) == names, cls.__name__
        defaults = {
            f.name: f.default_factory() if callable(f.default_factory) else f.default
            for f in dataclasses.fields(cls)
        }
        for name, info in model.model_fields.items():
            if info.is_required():
                assert defaults[name] is dataclasses.MISSING, (cls.__name__, name)
            else:
                expected = info.get_default(call_default_factory=True)
                if isinstance(expected, BaseModel):
                    expected = config_schema.to_runtime(expected)
                assert defaults[name] == expected, (cls.__name__, name)


def test_a_cached_configuration_of_another_shape_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(LIST)
    load_config(path)
    entries = json.loads(config_cache.cache_file().read_text())
    for entry in entries.values():
        entry["settings"]["intervall"] = 60
    config_cache.cache_file().write_text(json.dumps(entries))
    assert load_config(path) == parse_config(LIST, path)
