"""tqcheck serve, in process: the LanguageTool API contract, the native API, limits and
safety. The app runs with its real worker processes (Starlette's TestClient runs the
lifespan that starts them)."""
import dataclasses
import json
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("starlette")
pytest.importorskip("httpx")
jsonschema = pytest.importorskip("jsonschema")

from starlette.testclient import TestClient  # noqa: E402

from conftest import ROOT  # noqa: E402
from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.server.app import create_app  # noqa: E402
from tqcheck.server.settings import ServerSettings  # noqa: E402

SEED = (ROOT / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
FLAWED = "The economy grew 4,7 percent, the minister assured that the reform works.\n"

# LanguageTool's documented answer (the CheckResults schema of its HTTP API, /v2/check),
# with the fields the issue names required.
_STR = {"type": "string"}
_INT = {"type": "integer", "minimum": 0}
LT_SCHEMA = {
    "type": "object",
    "required": ["software", "language", "matches"],
    "properties": {
        "software": {"type": "object", "required": ["name", "version", "apiVersion", "status"],
                     "properties": {"name": _STR, "version": _STR, "buildDate": {"type": ["string", "null"]},
                                    "apiVersion": {"type": "integer"}, "status": _STR,
                                    "premium": {"type": "boolean"}}},
        "language": {"type": "object", "required": ["name", "code", "detectedLanguage"],
                     "properties": {"name": _STR, "code": _STR,
                                    "detectedLanguage": {"type": "object", "required": ["name", "code"],
                                                         "properties": {"name": _STR, "code": _STR}}}},
        "matches": {"type": "array", "items": {
            "type": "object",
            "required": ["message", "shortMessage", "offset", "length", "replacements", "context",
                         "sentence", "rule", "type"],
            "properties": {
                "message": _STR, "shortMessage": _STR, "offset": _INT, "length": _INT, "sentence": _STR,
                "replacements": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                            "properties": {"value": _STR}}},
                "context": {"type": "object", "required": ["text", "offset", "length"],
                            "properties": {"text": _STR, "offset": _INT, "length": _INT}},
                "type": {"type": "object", "required": ["typeName"], "properties": {"typeName": _STR}},
                "rule": {"type": "object", "required": ["id", "description", "issueType", "category"],
                         "properties": {
                             "id": _STR, "description": _STR, "issueType": _STR,
                             "urls": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                                 "properties": {"value": _STR}}},
                             "category": {"type": "object", "required": ["id", "name"],
                                          "properties": {"id": _STR, "name": _STR}}}},
            }}},
    },
}
LANGUAGES_SCHEMA = {"type": "array", "items": {"type": "object", "required": ["name", "code", "longCode"],
                                               "properties": {"name": _STR, "code": _STR, "longCode": _STR}}}


def _settings(**kw):
    return ServerSettings(workers=1, config_start=str(ROOT / "tests"), **kw)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(_settings())) as c:
        yield c


def _lt(client, **params):
    params.setdefault("language", "en-US")
    return client.post("/v2/check", data=params)


def _expected(text, picky=False):
    return [f for f in check_text(text, Config()).findings if picky or f.severity.value != "info"]


def test_languages_lists_english(client):
    r = client.get("/v2/languages")
    assert r.status_code == 200
    jsonschema.validate(r.json(), LANGUAGES_SCHEMA)
    assert {x["longCode"] for x in r.json()} == {"en", "en-US", "en-GB"}


def test_check_answers_languagetools_shape_with_the_seed_findings(client):
    r = _lt(client, text=SEED)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    jsonschema.validate(body, LT_SCHEMA)
    assert body["software"]["name"] == "tqcheck"
    assert body["language"]["code"] == "en-US"
    assert body["language"]["detectedLanguage"]["sourceLanguage"]["code"] == "es"
    expected = _expected(SEED)
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in body["matches"]] == \
        [(f.rule, f.start, f.end - f.start) for f in expected]   # the seed has no astral characters
    for m in body["matches"]:
        ctx = m["context"]
        assert ctx["text"][ctx["offset"]:ctx["offset"] + ctx["length"]] == SEED[m["offset"]:m["offset"] + m["length"]]
        assert SEED[m["offset"]:m["offset"] + m["length"]] in m["sentence"]
        for rep in m["replacements"]:
            assert rep["value"].strip() and not rep["value"].startswith("(")
        assert m["rule"]["category"]["id"].isupper()


def test_level_picky_adds_info_findings(client):
    body = _lt(client, text=SEED, level="picky").json()
    assert len(body["matches"]) == len(_expected(SEED, picky=True)) > len(_expected(SEED))
    assert {m["type"]["typeName"] for m in body["matches"]} == {"Hint", "Other"}


def _utf16(s):
    return len(s.encode("utf-16-le")) // 2


def test_offsets_count_utf16_code_units():
    text = "Party time 🎉🎉 in Lima. " + FLAWED
    with TestClient(create_app(_settings())) as c:
        body = _lt(c, text=text).json()
    expected = _expected(text)
    assert expected
    for m, f in zip(body["matches"], expected, strict=True):
        assert m["offset"] == _utf16(text[:f.start]) == f.start + 2
        assert m["length"] == _utf16(text[f.start:f.end])
        assert m["context"]["text"].encode("utf-16-le")[2 * m["context"]["offset"]:][:2 * m["context"]["length"]] \
            .decode("utf-16-le") == f.text


def test_annotated_data_offsets_point_into_the_original_markup(client):
    ann = [{"markup": "<p>"}, {"text": "Turnout was "}, {"markup": "<b>", "interpretAs": ""},
           {"text": "4,7"}, {"markup": "</b>"}, {"text": " percent, the minister assured that "},
           {"markup": "<i>😀</i>", "interpretAs": "x"}, {"text": " it works."}, {"markup": "</p>"}]
    original = "".join(a.get("text", a.get("markup")) for a in ann)
    plain = "".join(a.get("text", a.get("interpretAs", "")) for a in ann)
    body = _lt(client, data=json.dumps({"annotation": ann})).json()
    spans = {m["rule"]["id"]: (m["offset"], m["length"]) for m in body["matches"]}
    for f in _expected(plain):
        start = original.index(f.text)
        assert spans[f.rule] == (_utf16(original[:start]), _utf16(f.text))
    assert "TQ203" in spans


def test_rule_and_category_selection(client):
    all_ids = {m["rule"]["id"] for m in _lt(client, text=FLAWED).json()["matches"]}
    assert {"TQ203", "TQ301"} <= all_ids
    ids = lambda **kw: {m["rule"]["id"] for m in _lt(client, text=FLAWED, **kw).json()["matches"]}  # noqa: E731
    assert ids(disabledRules="TQ203,NOT_A_RULE") == all_ids - {"TQ203"}
    assert ids(disabledCategories="CALQUE") == all_ids - {"TQ301"}
    assert ids(enabledRules="TQ301", enabledOnly="true") == {"TQ301"}
    assert ids(enabledCategories="NUMBER_FORMAT", enabledOnly="true") == {"TQ203"}
    assert ids(enabledRules="NOT_A_RULE", enabledOnly="true") == set()
    assert ids(enabledRules="TQ301") == all_ids          # not enabledOnly: all rules are on anyway


def test_get_with_query_parameters_and_multipart(client):
    assert client.get("/v2/check", params={"text": FLAWED, "language": "en"}).json()["matches"]
    r = client.post("/v2/check", files={"text": (None, FLAWED), "language": (None, "en-GB")})
    assert r.status_code == 200 and r.json()["language"]["code"] == "en-GB" and r.json()["matches"]


@pytest.mark.parametrize("params, fragment", [
    ({}, "exactly one"),
    ({"text": "a", "data": "{}"}, "exactly one"),
    ({"data": "{not json"}, "not valid JSON"),
    ({"data": json.dumps({"annotation": [{"text": 1}]})}, "annotation"),
    ({"text": "Hola.", "language": "es"}, "not supported"),
    ({"text": "a", "level": "extreme"}, "level"),
    ({"text": "a", "enabledOnly": "true"}, "enabledOnly"),
    ({"text": "a", "enabledOnly": "maybe"}, "true or false"),
    ({"data": json.dumps({"annotation": [{"text": "a \ud800 b"}]})}, "surrogate"),
])
def test_malformed_requests_get_400_with_a_json_error(client, params, fragment):
    r = client.post("/v2/check", data=params)
    assert r.status_code == 400
    assert fragment in r.json()["error"]["message"]
    assert r.json()["error"]["status"] == 400


def test_bad_bodies_get_400(client):
    assert client.post("/v2/check", content=b"text=%FF%FE", headers={"content-type": FORM}).status_code == 400
    assert client.post("/v2/check", content=b"<x/>", headers={"content-type": "text/xml"}).status_code == 400
    assert client.post("/v2/check", files={"text": ("a.txt", b"hello")}).status_code == 400   # no uploads


FORM = "application/x-www-form-urlencoded"


def test_oversized_text_gets_413(client):
    r = _lt(client, text="a" * 20_001)
    assert r.status_code == 413 and "20000" in r.json()["error"]["message"]
    assert _lt(client, text="a " * 10_000).status_code == 200          # exactly the limit
    r = client.post("/api/v1/check", json={"text": "a" * 20_001})
    assert r.status_code == 413


def test_oversized_body_gets_413_before_it_is_read(client):
    limit = client.app.state.settings.max_body_bytes
    r = client.post("/v2/check", content=b"x" * (limit + 1), headers={"content-type": FORM})
    assert r.status_code == 413


def test_max_chars_is_configurable():
    with TestClient(create_app(_settings(max_chars=10))) as c:
        assert _lt(c, text="a" * 11).status_code == 413
        assert _lt(c, text="a" * 10).status_code == 200


def test_too_many_pending_requests_get_429(client):
    pool = client.app.state.pool
    saved = pool.pending
    pool.pending = pool.max_pending
    try:
        r = _lt(client, text=FLAWED)
    finally:
        pool.pending = saved
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    assert "too many" in r.json()["error"]["message"]
    assert _lt(client, text=FLAWED).status_code == 200


def test_a_check_past_the_timeout_gets_503_and_its_worker_is_replaced():
    # A text that takes several times the timeout to check (the body arrives at once).
    app = create_app(_settings(timeout=0.05, max_chars=len(SEED) * 80))
    with TestClient(app) as c:
        pool = app.state.pool
        first = pool.pids()
        r = _lt(c, text=SEED * 80)
        assert r.status_code == 503 and r.json()["error"]["status"] == 503
        assert pool.replaced >= 1
        app.state.settings = dataclasses.replace(app.state.settings, timeout=30.0)
        for _ in range(600):                 # the replacement warms up in the background
            if pool.pids() and pool.pids() != first and c.get("/healthz").json()["workers"] == 1 \
                    and not pool._idle.empty():
                break
            time.sleep(0.05)
        r = _lt(c, text=FLAWED)
        assert r.status_code == 200 and r.json()["matches"]
        assert pool.pids() != first


def test_native_endpoint_returns_the_v1_report_with_score_and_fixes(client):
    r = client.post("/api/v1/check", json={"text": FLAWED})
    assert r.status_code == 200
    body = r.json()
    result = check_text(FLAWED, Config())
    assert body["version"] == 1
    f = body["files"][0]
    assert f["findings"] == [x.to_json() for x in result.findings]
    assert f["quality"] == result.quality.to_json()
    assert f["source_language"]["guess"] == result.source_language.guess
    assert body["summary"]["findings"] == len(result.findings)
    assert body["fixed_text"] == FLAWED.replace("4,7", "4.7") and body["fixes_applied"] == 1
    only = client.post("/api/v1/check", json={"text": FLAWED, "select": ["calque"]}).json()
    assert {x["rule"] for x in only["files"][0]["findings"]} == {"TQ301"}


@pytest.mark.parametrize("payload, status", [
    ({"text": "x", "path": "/etc/passwd"}, 400),
    ({"text": "x", "phrasebooks": ["/etc/passwd"]}, 400),
    ({"text": "x", "config": "pyproject.toml"}, 400),
    ({"text": 3}, 400),
    ({"text": "x", "select": ["TQ999"]}, 400),
    ({"text": "x", "source_lang": "xx"}, 400),
    ([], 400),
])
def test_native_endpoint_refuses_paths_and_bad_fields(client, payload, status):
    r = client.post("/api/v1/check", json=payload)
    assert r.status_code == status and "message" in r.json()["error"]
    assert client.post("/api/v1/check", content=b"{", headers={"content-type": "application/json"}).status_code == 400
    r = client.post("/api/v1/check", content=b'{"text": "lone \\ud800 surrogate"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 400 and "surrogate" in r.json()["error"]["message"]


def test_unknown_paths_and_methods_get_json_errors(client):
    r = client.get("/v2/nothing")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404
    r = client.delete("/v2/check")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_rules_endpoint_gives_explanations(client):
    rules = client.get("/api/v1/rules").json()
    assert any(r["code"] == "TQ301" and r["explanation"] for r in rules)
    assert client.get("/api/v1/rules/tq203").json()["code"] == "TQ203"
    assert client.get("/api/v1/rules/TQ999").status_code == 404


def test_cors_is_off_by_default_and_configurable(client):
    r = client.get("/v2/languages", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers
    app = create_app(_settings(cors_origins=("https://editor.example",)))
    c = TestClient(app)                      # no lifespan: these requests never reach a worker
    r = c.get("/v2/languages", headers={"Origin": "https://editor.example"})
    assert r.headers["access-control-allow-origin"] == "https://editor.example"
    r = c.options("/v2/check", headers={"Origin": "https://editor.example", "Access-Control-Request-Method": "POST",
                                        "Access-Control-Request-Headers": "authorization"})
    assert r.status_code == 200 and "authorization" in r.headers["access-control-allow-headers"].lower()
    r = c.get("/v2/languages", headers={"Origin": "https://other.example"})
    assert "access-control-allow-origin" not in r.headers


def test_bearer_token_guards_the_api_but_not_the_page():
    c = TestClient(create_app(_settings(token="s3cret")))
    r = c.get("/v2/languages")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert c.get("/v2/languages", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/v2/languages", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/v2/languages", params={"apiKey": "s3cret"}).status_code == 200
    assert c.post("/api/v1/check", json={"text": "x"}).status_code == 401
    assert c.get("/").status_code == 200 and c.get("/healthz").status_code == 200


def test_page_uses_no_external_asset(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    for path in ("/", "/static/page.js", "/static/page.css"):
        body = client.get(path).text
        assert "http://" not in body and "https://" not in body and "//cdn" not in body


def test_check_command_does_not_import_the_server_stack(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Fine English.\n")
    code = ("import sys\nfrom tqcheck.cli import main\nsys.argv=['tqcheck','check',%r]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('starlette','uvicorn','multipart','httpx')"
            " or m.startswith('tqcheck.server')]\nprint('IMPORTED', bad)\n") % str(f)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "IMPORTED []" in out


def test_project_configuration_is_loaded_at_start(tmp_path):
    (tmp_path / ".tqcheck.toml").write_text('ignore = ["TQ203"]\n[severity]\nTQ301 = "error"\n')
    for settings in (ServerSettings(workers=1, config_start=str(tmp_path)),
                     ServerSettings(workers=1, config_path=str(tmp_path / ".tqcheck.toml"))):
        app = create_app(settings)
        with TestClient(app) as c:
            matches = _lt(c, text=FLAWED).json()["matches"]
            assert {m["rule"]["id"] for m in matches} == {"TQ301"}
            assert matches[0]["tqcheck"]["severity"] == "error"
            native = c.post("/api/v1/check", json={"text": FLAWED}).json()
            assert {f["rule"] for f in native["files"][0]["findings"]} == {"TQ301"}
            assert c.get("/healthz").json()["config"].endswith(".tqcheck.toml")


def test_a_bad_configuration_file_fails_at_start(tmp_path):
    from tqcheck.config_file import ConfigError

    (tmp_path / ".tqcheck.toml").write_text('ignore = ["TQ999"]\n')
    with pytest.raises(ConfigError):
        create_app(ServerSettings(workers=1, config_start=str(tmp_path)))


@pytest.mark.parametrize("args, fragment", [
    (["--config", "/nonexistent/.tqcheck.toml"], "no such file"),
    (["--max-chars", "0"], "must be positive"),
    (["--token-file", "/nonexistent/token"], "--token-file"),
])
def test_serve_command_usage_errors(args, fragment):
    r = subprocess.run([sys.executable, "-m", "tqcheck", "serve", *args], capture_output=True, text=True)
    assert r.returncode == 2 and fragment in r.stderr


def test_empty_and_odd_texts_are_answered(client):
    for text in ("", "\n", "\x00\x00", "🎉" * 50, "a\r\nb “c” 4,7 percent\r\n"):
        assert _lt(client, text=text).status_code == 200
        assert client.post("/api/v1/check", json={"text": text}).status_code == 200
    assert _lt(client, data=json.dumps({"annotation": []})).json()["matches"] == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.text(alphabet="ab 🎉\n<>", max_size=6),
                          st.text(alphabet="x\n", max_size=2)), max_size=8),
       st.integers(0, 60), st.integers(0, 60))
def test_annotation_offsets_map_text_back_into_the_original(items, a, b):
    from tqcheck.server.languagetool import OriginalMap
    from tqcheck.server.params import parse_annotation

    ann = [{"text": t} if is_text else {"markup": "<" + t + ">", "interpretAs": i} for is_text, t, i in items]
    plain, original, segments = parse_annotation(json.dumps({"annotation": ann}))
    m = OriginalMap(segments)
    start, end = sorted((min(a, len(plain)), min(b, len(plain))))
    o0, o1 = m.start(start), m.end(end)
    assert 0 <= o0 <= len(original) and 0 <= o1 <= len(original)
    # A span inside one text item maps onto the same characters of the original.
    for ps, pe, os_, oe, is_text in segments:
        if is_text and ps <= start < end <= pe:
            assert original[o0:o1] == plain[start:end]
