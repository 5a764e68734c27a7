#!/usr/bin/env python3
"""dqlite_client.py: a small dqlite client for the cluster test (tests/cluster/run.sh).

It speaks dqlite's wire protocol, version 1 (the protocol of dqlite 1.x, written from its
documentation), over TCP to one node, and needs nothing but Python 3's standard library:

    dqlite_client.py leader  ADDRESS...           the leader's "ID ADDRESS", asked of the first
                                                  node that answers; nothing when none is known
    dqlite_client.py cluster ADDRESS              every member: "ID|ADDRESS|ROLE"
    dqlite_client.py transfer ADDRESS ID          ask the leader at ADDRESS to hand leadership
                                                  to node ID
    dqlite_client.py exec ADDRESS DB [--text T | --blob FILE]... SQL
                                                  SQL in one request (several statements may
                                                  follow each other); the values are bound, in
                                                  order, to the first statement's parameters
    dqlite_client.py script ADDRESS DB FILE       each statement of FILE in turn ("-": stdin):
                                                  SELECT, WITH, VALUES and PRAGMA statements as
                                                  queries, their rows printed as the sqlite3
                                                  shell prints them (list mode: "|" between
                                                  columns, NULL as nothing); others executed

Statements run on the node's leader connection: a node that is not the leader answers "not
leader" (dqlite serves reads and writes on the leader only). A TEXT value is sent as UTF-8 up to
its first NUL byte, as dqlite's protocol carries it. A REAL or a BLOB in a query's result is an
error here: format it in SQL (printf(), hex()) so that both sides of a comparison print it alike.

Exit status: 0; 1 when the node answered with a failure (its code and message on stderr); 2
for a connection or protocol problem.
"""
import signal
import socket
import sqlite3
import struct
import sys

PROTOCOL_VERSION = 1
TIMEOUT_SECONDS = 15

# Request types.
REQUEST_LEADER, REQUEST_OPEN, REQUEST_EXEC_SQL, REQUEST_QUERY_SQL = 0, 3, 8, 9
REQUEST_CLUSTER, REQUEST_TRANSFER = 16, 17
# Response types.
RESPONSE_FAILURE, RESPONSE_SERVER, RESPONSE_SERVERS, RESPONSE_DB = 0, 1, 3, 4
RESPONSE_RESULT, RESPONSE_ROWS, RESPONSE_EMPTY = 6, 7, 8
# Value types: SQLite's, and dqlite's own for columns declared DATETIME, DATE, BOOLEAN.
INTEGER, FLOAT, TEXT, BLOB, NULL, UNIXTIME, ISO8601, BOOLEAN = 1, 2, 3, 4, 5, 9, 10, 11
ROWS_PART, ROWS_DONE = 0xEEEEEEEEEEEEEEEE, 0xFFFFFFFFFFFFFFFF
ROLES = {0: "voter", 1: "stand-by", 2: "spare"}


class Failure(Exception):
    """The node answered a request with a failure response."""


class ProtocolError(Exception):
    """The connection broke, or the node sent what this client does not understand."""


def pad8(data):
    return data + b"\0" * (-len(data) % 8)


def text(value):
    """A text field: UTF-8, NUL-terminated, padded to a word."""
    return pad8(value.encode("utf-8").split(b"\0", 1)[0] + b"\0")


def uint64(value):
    return struct.pack("<Q", value)


def params(values):
    """A tuple of parameters: a count byte, one type byte each, padded; then the values."""
    header = bytes([len(values)] + [kind for kind, _ in values])
    body = b""
    for kind, value in values:
        body += text(value) if kind == TEXT else uint64(len(value)) + pad8(value)
    return pad8(header) + body


class Reader:
    """Fields of one response body, read in order."""

    def __init__(self, body):
        self.body, self.at = body, 0

    def take(self, n):
        if self.at + n > len(self.body):
            raise ProtocolError("response shorter than its fields")
        data = self.body[self.at:self.at + n]
        self.at += n
        return data

    def uint64(self):
        return struct.unpack("<Q", self.take(8))[0]

    def int64(self):
        return struct.unpack("<q", self.take(8))[0]

    def text(self):
        end = self.body.find(b"\0", self.at)
        if end < 0:
            raise ProtocolError("text field without its NUL byte")
        value = self.body[self.at:end].decode("utf-8")
        self.at += len(pad8(self.body[self.at:end + 1]))
        return value

    def value(self, kind):
        if kind in (INTEGER, UNIXTIME, BOOLEAN):
            return self.int64()
        if kind in (TEXT, ISO8601):
            return self.text()
        if kind == NULL:
            self.take(8)
            return None
        if kind == FLOAT:
            raise ProtocolError("a REAL in the result: format it in SQL with printf()")
        if kind == BLOB:
            raise ProtocolError("a BLOB in the result: format it in SQL with hex()")
        raise ProtocolError(f"unknown value type {kind}")


class Node:
    """One connection to one dqlite node."""

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        try:
            self.sock = socket.create_connection((host, int(port)), TIMEOUT_SECONDS)
        except OSError as e:
            raise ProtocolError(f"cannot connect to {address}: {e}") from e
        self.sock.sendall(uint64(PROTOCOL_VERSION))
        self.db = None

    def close(self):
        self.sock.close()

    def recv_exactly(self, n):
        data = b""
        while len(data) < n:
            try:
                chunk = self.sock.recv(n - len(data))
            except OSError as e:
                raise ProtocolError(f"connection lost: {e}") from e
            if not chunk:
                raise ProtocolError("the node closed the connection")
            data += chunk
        return data

    def request(self, kind, body, expected):
        """Send one request, read one response of the expected type; its body's Reader."""
        body = pad8(body)
        self.sock.sendall(struct.pack("<IBBH", len(body) // 8, kind, 0, 0) + body)
        return self.response(expected)

    def response(self, expected):
        words, kind, _, _ = struct.unpack("<IBBH", self.recv_exactly(8))
        reader = Reader(self.recv_exactly(words * 8))
        if kind == RESPONSE_FAILURE:
            code = reader.uint64()
            raise Failure(f"error {code}: {reader.text()}")
        if kind != expected:
            raise ProtocolError(f"response type {kind}, expected {expected}")
        return reader

    def leader(self):
        reader = self.request(REQUEST_LEADER, uint64(0), RESPONSE_SERVER)
        return reader.uint64(), reader.text()

    def cluster(self):
        reader = self.request(REQUEST_CLUSTER, uint64(1), RESPONSE_SERVERS)
        return [(reader.uint64(), reader.text(), ROLES.get(reader.uint64(), "?"))
                for _ in range(reader.uint64())]

    def transfer(self, node_id):
        self.request(REQUEST_TRANSFER, uint64(node_id), RESPONSE_EMPTY)

    def open(self, name):
        reader = self.request(REQUEST_OPEN, text(name) + uint64(0) + text("volatile"),
                              RESPONSE_DB)
        self.db = struct.unpack("<I", reader.take(4))[0]

    def execute(self, sql, values=()):
        body = uint64(self.db) + text(sql) + (params(values) if values else b"")
        self.request(REQUEST_EXEC_SQL, body, RESPONSE_RESULT)

    def query(self, sql):
        """The rows of one statement, each a list of values (batches followed to the end)."""
        reader = self.request(REQUEST_QUERY_SQL, uint64(self.db) + text(sql), RESPONSE_ROWS)
        rows = []
        while True:
            columns = reader.uint64()
            for _ in range(columns):
                reader.text()                       # the column names
            header_bytes = len(pad8(b"\0" * ((columns + 1) // 2)))
            while True:
                marker = struct.unpack("<Q", reader.body[reader.at:reader.at + 8].ljust(8, b"\0"))[0]
                if marker in (ROWS_PART, ROWS_DONE):
                    reader.take(8)
                    break
                header = reader.take(header_bytes)
                kinds = [(header[i // 2] >> (4 * (i % 2))) & 0x0F for i in range(columns)]
                rows.append([reader.value(kind) for kind in kinds])
            if marker == ROWS_DONE:
                return rows
            reader = self.response(RESPONSE_ROWS)


def statements(script):
    """The statements of an SQL script, split where sqlite3.complete_statement() says one ends;
    what follows the last one (white space, comments) is dropped."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return found


def is_query(statement):
    """True for a statement that returns rows: its first word, after comments."""
    lines = [line for line in statement.splitlines() if not line.lstrip().startswith("--")]
    words = " ".join(lines).split()
    return bool(words) and words[0].upper() in ("SELECT", "WITH", "VALUES", "PRAGMA")


def shell_line(row):
    """A row as the sqlite3 shell's list mode prints it."""
    return "|".join("" if value is None else str(value) for value in row)


def parse_values(args):
    """[--text T | --blob FILE]... SQL: the values to bind, and the SQL."""
    values = []
    while len(args) > 2 and args[0] in ("--text", "--blob"):
        if args[0] == "--text":
            values.append((TEXT, args[1]))
        else:
            with open(args[1], "rb") as f:
                values.append((BLOB, f.read()))
        args = args[2:]
    if len(args) != 1:
        raise SystemExit(__doc__)
    return values, args[0]


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    command, address, args = argv[1], argv[2], argv[3:]
    if command == "leader":
        for candidate in [address] + args:
            try:
                node = Node(candidate)
                node_id, leader = node.leader()
                node.close()
            except (ProtocolError, Failure):
                continue
            if leader:
                print(node_id, leader)
                return 0
        return 0
    node = Node(address)
    if command == "cluster":
        for node_id, member, role in node.cluster():
            print(f"{node_id}|{member}|{role}")
    elif command == "transfer" and len(args) == 1:
        node.transfer(int(args[0]))
    elif command == "exec" and args:
        values, sql = parse_values(args[1:])
        node.open(args[0])
        node.execute(sql, values)
    elif command == "script" and len(args) == 2:
        node.open(args[0])
        if args[1] == "-":
            script = sys.stdin.read()
        else:
            with open(args[1], encoding="utf-8") as f:
                script = f.read()
        for statement in statements(script):
            if is_query(statement):
                for row in node.query(statement):
                    print(shell_line(row))
            else:
                node.execute(statement)
    else:
        raise SystemExit(__doc__)
    node.close()
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)     # quietly, into `| head`
    try:
        sys.exit(main(sys.argv))
    except Failure as e:
        print(f"dqlite_client: {' '.join(sys.argv[1:3])}: {e}", file=sys.stderr)
        sys.exit(1)
    except ProtocolError as e:
        print(f"dqlite_client: {' '.join(sys.argv[1:3])}: {e}", file=sys.stderr)
        sys.exit(2)
