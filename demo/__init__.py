"""`sitrep demo`: bundled synthetic feeds and a local replay server on 127.0.0.1.

The demo needs no network and no configuration: `prepare_demo` starts `DemoServer`, which
releases invented news items every few seconds from `scenario.yaml`, and writes a feeds.yaml
pointing at it, so every dashboard panel fills and moves within half a minute.
"""
