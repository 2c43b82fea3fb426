#!/usr/bin/env python3
"""Drive a running emulator through every relay and lobby operation and validate each response.

Relay responses are validated against the response schema that spec/edgegap-v1-openapi.yaml declares for
that path, method and status (OpenAPI 3.0 -> JSON Schema: `nullable` and `$ref` resolved; objects are
closed with additionalProperties: false unless --lenient, so a misspelt field is caught). Lobby responses,
which the spec does not cover, are checked against the reference page's shape: {name, url, status} strings.
Error bodies must be {"message": string}.

Usage: validate-spec.py BASE_URL [--key-env VAR] [--spec PATH] [--lenient]
The API key is read from the environment (default EDGEGAP_API_KEY), never from the command line.
Exit status: 0 when every response validated, 1 otherwise.
"""
import argparse
import copy
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml

RELAY = "/v1/relays/sessions"


class Checker:
    def __init__(self, base, key, spec, strict):
        self.base, self.key, self.spec, self.strict = base.rstrip("/"), key, spec, strict
        self.validated, self.failures, self.notes = 0, [], []

    # HTTP -----------------------------------------------------------------------------------------
    def call(self, method, path, body=None, auth="default"):
        headers = {"Accept": "application/json"}
        if auth == "default":
            headers["Authorization"] = f"token {self.key}"
        elif auth is not None:
            headers["Authorization"] = auth
        data = None
        if body is not None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    # Schemas --------------------------------------------------------------------------------------
    def resolve(self, node):
        """OpenAPI 3.0 schema -> JSON Schema (draft 7): inline $ref, turn nullable into a type union."""
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return self.resolve(copy.deepcopy(target))
        out = {k: self.resolve(v) for k, v in node.items() if k not in ("example", "examples", "nullable")}
        if node.get("nullable") and "type" in out:
            out["type"] = [out["type"], "null"]
        if self.strict and out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out

    def response_schema(self, template, method, status):
        operation = self.spec["paths"][template][method.lower()]
        declared = operation["responses"].get(str(status))
        if declared is None:
            return None
        content = declared.get("content", {}).get("application/json")
        return self.resolve(content["schema"]) if content else "no-content"

    # Checks ---------------------------------------------------------------------------------------
    def fail(self, label, detail):
        self.failures.append(f"{label}: {detail}")

    def relay(self, label, method, path, template, expect, body=None, auth="default"):
        status, headers, raw = self.call(method, path, body, auth)
        if status != expect:
            self.fail(label, f"status {status}, expected {expect}: {raw[:200]!r}")
            return None
        schema = self.response_schema(template, method, status)
        if schema is None:
            # A status the spec does not declare for this operation: still must be the Error shape.
            self.notes.append(f"{label}: {method} {template} -> {status} is not declared in the spec")
            schema = self.resolve(self.spec["components"]["schemas"]["Error"])
        if schema == "no-content":
            if raw:
                self.fail(label, f"{status} must have no body, got {len(raw)} bytes")
            else:
                self.validated += 1
            return None
        return self.validate(label, schema, headers, raw)

    def validate(self, label, schema, headers, raw):
        if "application/json" not in (headers.get("Content-Type") or ""):
            self.fail(label, f"Content-Type {headers.get('Content-Type')!r}")
        try:
            document = json.loads(raw)
        except ValueError as error:
            self.fail(label, f"not JSON ({error})")
            return None
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(e.path))
        for error in errors[:3]:
            self.fail(label, f"{'/'.join(map(str, error.path)) or '<root>'}: {error.message}")
        if not errors:
            self.validated += 1
        return document

    def lobby(self, label, method, path, expect, body=None, shape="lobby", auth="default"):
        status, headers, raw = self.call(method, path, body, auth)
        if status != expect:
            self.fail(label, f"status {status}, expected {expect}: {raw[:200]!r}")
            return None
        return self.validate(label, LOBBY_SHAPES[shape if status < 400 else "error"], headers, raw)


LOBBY = {"type": "object", "required": ["name", "url", "status"], "additionalProperties": False,
         "properties": {"name": {"type": "string"}, "url": {"type": "string"}, "status": {"type": "string"}}}
LOBBY_SHAPES = {
    "lobby": LOBBY,
    # The emulator's documented list choice (docs/EMULATOR.md): {data, total_count, pagination}.
    "list": {"type": "object", "required": ["data", "total_count", "pagination"],
             "properties": {"data": {"type": "array", "items": LOBBY}, "total_count": {"type": "integer"},
                            "pagination": {"type": "object"}}},
    "error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
}


def scenario(c):
    advance = lambda ms: c.call("POST", f"/_emulator/advance?ms={ms}", auth=None)
    c.call("DELETE", "/_emulator/faults", auth=None)

    # Relay sessions: list pages.
    c.relay("list default", "GET", RELAY, RELAY, 200)
    c.relay("list page 2", "GET", RELAY + "?page=2&limit=5", RELAY, 200)
    c.relay("list past end", "GET", RELAY + "?page=100000&limit=50", RELAY, 200)
    c.relay("list bad page", "GET", RELAY + "?page=0", RELAY, 400)  # 400 undeclared for list: noted

    # Create, get while initializing, then ready.
    created = c.relay("create", "POST", RELAY, RELAY, 200, {
        "users": [{"ip": "1.1.1.1"}, {"ip": "2001:db8::7"}],
        "filters": [{"field": "location", "values": ["CA"], "filter_type": "any"}],
        "webhook_url": "http://127.0.0.1:9/hook"})
    sid = (created or {}).get("session_id", "000000000000-S")
    one = f"{RELAY}/{sid}"
    tpl = RELAY + "/{session_id}"
    c.relay("get initializing", "GET", one, tpl, 200)
    advance(600_000)
    ready = c.relay("get ready", "GET", one, tpl, 200) or {}
    if ready.get("ready") is not True or "relay" not in ready:
        c.fail("get ready", f"session not READY after advancing the clock: {ready.get('status')!r}")
    c.relay("list with sessions", "GET", RELAY + "?limit=100", RELAY, 200)

    # Authorize / revoke.
    auth_tpl, revoke_tpl = RELAY + ":authorize-user", RELAY + ":revoke-user"
    added = c.relay("authorize", "POST", auth_tpl, auth_tpl, 200, {"session_id": sid, "user_ip": "8.8.8.8"}) or {}
    c.relay("authorize again", "POST", auth_tpl, auth_tpl, 409, {"session_id": sid, "user_ip": "8.8.8.8"})
    c.relay("authorize bad ip", "POST", auth_tpl, auth_tpl, 400, {"session_id": sid, "user_ip": "8.8.8"})
    c.relay("authorize unknown", "POST", auth_tpl, auth_tpl, 404, {"session_id": "000000000000-S", "user_ip": "8.8.8.8"})
    token = (added.get("session_user") or {}).get("authorization_token", 1)
    c.relay("revoke", "POST", revoke_tpl, revoke_tpl, 200, {"session_id": sid, "authorization_token": token})
    c.relay("revoke again", "POST", revoke_tpl, revoke_tpl, 404, {"session_id": sid, "authorization_token": token})
    c.relay("revoke bad token", "POST", revoke_tpl, revoke_tpl, 400, {"session_id": sid, "authorization_token": -1})

    # Errors on create.
    for label, body in [("malformed json", "{"), ("users empty", {"users": []}), ("users missing", {}),
                        ("bad ipv4", {"users": [{"ip": "1.2.3.256"}]}), ("bad ipv6", {"users": [{"ip": "1::2::3"}]}),
                        ("bad filter_type", {"users": [{"ip": "1.1.1.1"}],
                                             "filters": [{"field": "city", "values": [], "filter_type": "nope"}]}),
                        ("wrong type", {"users": "1.1.1.1"})]:
        c.relay(f"create {label}", "POST", RELAY, RELAY, 400, body)

    # Auth.
    c.relay("no auth header", "GET", RELAY, RELAY, 401, auth=None)
    c.relay("malformed auth header", "GET", RELAY, RELAY, 401, auth=f"Bearer {c.key}")
    c.relay("unknown key", "GET", RELAY, RELAY, 403, auth="token not-a-valid-key")
    c.relay("unknown key create", "POST", RELAY, RELAY, 403, {"users": [{"ip": "1.1.1.1"}]}, auth="token nope")

    # Delete.
    c.relay("delete", "DELETE", one, tpl, 204)
    c.relay("get deleted", "GET", one, tpl, 404)
    c.relay("delete again", "DELETE", one, tpl, 404)

    # Lobbies (reference shapes).
    name = "validate_spec_lobby"
    c.call("DELETE", f"/v1/lobbies/{name}")
    c.lobby("lobby create", "POST", "/v1/lobbies", 200, {"name": name})
    c.lobby("lobby create again", "POST", "/v1/lobbies", 409, {"name": name})
    c.lobby("lobby create invalid", "POST", "/v1/lobbies", 400, {"name": "a/b"})
    c.lobby("lobby list", "GET", "/v1/lobbies", 200, shape="list")
    c.lobby("lobby get", "GET", f"/v1/lobbies/{name}", 200)
    c.lobby("lobby terminate released", "POST", "/v1/lobbies:terminate", 409, {"name": name})
    c.lobby("lobby deploy", "POST", "/v1/lobbies:deploy", 202, {"name": name})
    c.lobby("lobby deploy again", "POST", "/v1/lobbies:deploy", 409, {"name": name})
    advance(600_000)
    got = c.lobby("lobby get deployed", "GET", f"/v1/lobbies/{name}", 200) or {}
    if not got.get("url"):
        c.fail("lobby get deployed", f"no url after deploy: {got}")
    c.lobby("lobby terminate", "POST", "/v1/lobbies:terminate", 202, {"name": name})
    advance(600_000)
    c.lobby("lobby gone", "GET", f"/v1/lobbies/{name}", 404)
    c.lobby("lobby encoded name", "GET", "/v1/lobbies/" + urllib.parse.quote("a/../b?x#y", safe=""), 404)
    c.lobby("lobby create for delete", "POST", "/v1/lobbies", 200, {"name": name})
    c.lobby("lobby delete", "DELETE", f"/v1/lobbies/{name}", 200)
    c.lobby("lobby delete again", "DELETE", f"/v1/lobbies/{name}", 404)
    c.lobby("lobby no auth", "GET", "/v1/lobbies", 401, auth=None)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url")
    parser.add_argument("--key-env", default="EDGEGAP_API_KEY")
    parser.add_argument("--spec", default=os.path.join(os.path.dirname(__file__), "..", "spec", "edgegap-v1-openapi.yaml"))
    parser.add_argument("--lenient", action="store_true", help="allow fields the spec does not list")
    args = parser.parse_args()
    key = os.environ.get(args.key_env)
    if not key:
        sys.exit(f"set {args.key_env} to a key the emulator accepts")
    with open(args.spec) as handle:
        spec = yaml.safe_load(handle)
    checker = Checker(args.base_url, key, spec, strict=not args.lenient)
    scenario(checker)
    for note in checker.notes:
        print(f"note: {note}")
    for failure in checker.failures:
        print(f"FAIL: {failure}")
    print(f"{checker.validated} responses validated, {len(checker.failures)} mismatches")
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
