"""Finds words meant for a person that do not go through ``casedesk.domain.wording``.

A string in the code is taken for words a person reads when it looks like English (a
space between words, or a capital then small letters) and is not a docstring, a key or a
name the code uses (an object name, a setting, a log line, SQL). Those must be inside a
``translate(...)``, ``tr(...)`` or ``QT_TRANSLATE_NOOP(...)`` call, or carry a comment
``# i18n: <why not>`` on their line (a product name, a file format, a test pattern).

Run it as ``python tests/i18n_scan.py [paths...]`` to list what is left, file by file;
``tests/test_translation_ready.py`` fails on anything it finds.
"""

from __future__ import annotations

import ast
import re
import string
import sys
from collections.abc import Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "casedesk"

# Not read by a person: generated demo content (it is case data, like a worker's own
# words), the database's own statements, and the modules that only write files.
NOT_SHOWN = (
    "services/synthetic/",
    "storage/migrations.py",
    "storage/schema_sql.py",
    "storage/tables.py",
    "storage/fts.py",
    "__main__.py",
)

TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are names the code uses, not words for a person.
KEYS = {
    "setObjectName",
    "setProperty",
    "property",
    "findChild",
    "findChildren",
    "objectName",
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "isinstance",
    "resource",
    "QIcon",
    "fromTheme",
    "QSettings",
    "value",
    "setValue",
    "remove",
    "contains",
    "beginGroup",
    "Signal",
    "Slot",
    "Property",
    "TypeVar",
    "NewType",
    "cast",
    "namedtuple",
    "field",
    "QFont",
    "setFamily",
    "setFamilies",
    "QKeySequence",
    "setShortcut",
    "compile",
    "sub",
    "match",
    "search",
    "fullmatch",
    "findall",
    "split",
    "startswith",
    "endswith",
    "strftime",
    "strptime",
    "fromisoformat",
    "execute",
    "exec_driver_sql",
    "text",
    "setStyleSheet",
    "addApplicationFont",
    "environ",
    "get",
    "pop",
    "setdefault",
    "encode",
    "decode",
    "open",
    "Path",
    "with_suffix",
    "joinpath",
    "glob",
    "rglob",
    "mkdtemp",
    "NamedTemporaryFile",
    "TemporaryDirectory",
    "register",
    "warn",
    "add_argument",
    "add_parser",
    "add_subparsers",
    "set_defaults",
    "QColor",
    "fromString",
    "setMimeData",
    "setData",
    "mimeData",
    "hasFormat",
    "format_map",
    "Enum",
    "StrEnum",
    "IntEnum",
    "_missing_",
    "sha256",
    "hexdigest",
    "setenv",
    "dataclass",
}
LOGGERS = {"log", "logger", "_log", "_logger", "logging", "LOG"}
SQL = re.compile(
    r"^\s*(SELECT|INSERT|CREATE|UPDATE|DELETE|PRAGMA|ALTER|DROP|WITH|ATTACH|DETACH|BEGIN|"
    r"COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|REINDEX|ANALYZE|EXPLAIN)\b"
)
WORDS = re.compile(r"[A-Za-z]{2,}[^\n]*\s+[A-Za-z]{2,}|^[A-Z][a-z]+")
MARKER = "# i18n:"
ALWAYS = {"CaseDesk", "CaseDesk — ", "CaseDesk - "}


def _looks_like_words(text: str) -> bool:
    if text in ALWAYS or SQL.match(text) or text.startswith(("%", "--", "Q", "qt")):
        return False
    if "://" in text or text.endswith((".py", ".json", ".csv", ".pdf", ".png", ".svg")):
        return False
    return bool(WORDS.search(text.replace("&", "")))  # a button's mnemonic too


def _fields(call: ast.Call) -> set[str] | None:
    """The named fields of a ``translate`` call's literal sentence; None if not literal."""
    if len(call.args) < 2:
        return None
    text = call.args[1]
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text.value) if field}
    except ValueError:
        return {"<unbalanced braces>"}


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_log_call(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


class _Scan(ast.NodeVisitor):
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.found: list[tuple[int, str]] = []
        self._exempt = 0
        self._formatted: set[int] = set()

    # Where a string is not words for a person.
    def _visit_exempt(self, node: ast.AST) -> None:
        self._exempt += 1
        self.generic_visit(node)
        self._exempt -= 1

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        self._check_fields(node)
        if name in TRANSLATING or name in KEYS or _is_log_call(node):
            self._visit_exempt(node)
            return
        self.generic_visit(node)

    def _check_fields(self, node: ast.Call) -> None:
        """``translate("c", "Due on {day}.").format(day=...)``: the fields written in the
        sentence are the ones given, by name, or a translator's copy cannot be filled."""
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "format":
            inner = func.value
            if isinstance(inner, ast.Call) and _call_name(inner) == "translate":
                self._formatted.add(id(inner))
                written = _fields(inner)
                given = {k.arg for k in node.keywords if k.arg}
                if node.args or any(k.arg is None for k in node.keywords):
                    self.found.append((node.lineno, "format() with unnamed fields"))
                elif written is not None and written != given:
                    self.found.append(
                        (node.lineno, f"fields {sorted(written)} given {sorted(given)}")
                    )
        elif _call_name(node) == "translate" and id(node) not in self._formatted:
            written = _fields(node)
            if written:
                self.found.append((node.lineno, f"fields {sorted(written)} never filled"))

    def visit_Compare(self, node: ast.Compare) -> None:
        self._visit_exempt(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)
        self._exempt += 1
        self.visit(node.slice)
        self._exempt -= 1

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_arg(self, node: ast.arg) -> None:
        return

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._body(node.body)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d]:
            self.visit(default)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # noqa: N815

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._body(node.body)

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node.body)

    def _body(self, body: list[ast.stmt]) -> None:
        for index, statement in enumerate(body):
            if (
                index == 0
                and isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
            ):
                continue  # a docstring
            if isinstance(statement, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in {"__all__", "__slots__"}
                for t in statement.targets
            ):
                continue
            self.visit(statement)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        self._check(node, literal)
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                self.visit(part.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._check(node, node.value)

    def _check(self, node: ast.expr, text: str) -> None:
        if self._exempt or not _looks_like_words(text):
            return
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        if any(MARKER in self.lines[i - 1] for i in range(node.lineno, end + 1)):
            return
        if MARKER in line:
            return
        self.found.append((node.lineno, text))


def untranslated(path: Path) -> list[tuple[int, str]]:
    """The words meant for a person in ``path`` that are not marked for translation."""
    text = path.read_text(encoding="utf-8")
    scan = _Scan(text.splitlines())
    scan.visit(ast.parse(text))
    return scan.found


def shown_modules() -> Iterator[Path]:
    """Every module whose strings may reach a person."""
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if not any(relative.startswith(prefix) for prefix in NOT_SHOWN):
            yield path


def main(arguments: list[str]) -> int:
    """List what is left in the given files or folders (default: all of ``casedesk``)."""
    paths = [Path(a).resolve() for a in arguments]
    total = 0
    for module in shown_modules():
        if paths and not any(module == p or p in module.parents for p in paths):
            continue
        found = untranslated(module)
        total += len(found)
        for line, text in found:
            print(f"{module.relative_to(SOURCE)}:{line}: {text[:90]!r}")
    print(f"{total} left", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
