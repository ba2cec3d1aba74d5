"""Follow the Reproducible run protocol (version 1) from a Python trainer.

The build starts the trainer with this file's folder first on PYTHONPATH::

    import reproducible

    run = reproducible.current()
    depth = run.param_int("max_depth", 8)
    path = run.data["transactions"]
    run.log_metric("f1", 0.87)
    save(model, run.output_path("model.pkl"))

Standard library only; Python 3.9 or later.
"""

import json
import math
import operator
import os
import re

__all__ = ["PROTOCOL", "MissingParameterError", "Run", "current", "log", "log_metric"]

PROTOCOL = 1
_PREFIX = "##repro "
_MESSAGE_LINE = re.compile(r"(^|\r\n|\r|\n)" + re.escape(_PREFIX))


class MissingParameterError(KeyError):
    """A hyperparameter the trainer needs is not set in the project."""

    def __str__(self):  # KeyError would show the message quoted
        return str(self.args[0]) if self.args else ""


class Run:
    """One training run: its seed, hyperparameters, data and output folder."""

    def __init__(self, seed, params, data, output_dir):
        self.seed = int(seed)
        self.params = dict(params)
        self.data = dict(data)
        self.output_dir = output_dir

    def __repr__(self):
        return f"Run(seed={self.seed}, params={self.params!r}, data={self.data!r}, output_dir={self.output_dir!r})"

    # Hyperparameters -----------------------------------------------------------------------------

    def param(self, name, default=None):
        """The hyperparameter's value as written in the project (a string), or default when unset."""
        value = self.params.get(name)
        if value is not None:
            return value
        if default is not None:
            return default
        raise MissingParameterError(
            f"The hyperparameter '{name}' is not set. Add it to the project: "
            f'<Hyperparameter Include="{name}" Value="..." />'
        )

    def param_float(self, name, default=None):
        """The hyperparameter as a float."""
        return self._parse(name, default, float, "a number")

    def param_int(self, name, default=None):
        """The hyperparameter as an int."""
        return self._parse(name, default, _parse_int, "a whole number")

    def param_bool(self, name, default=None):
        """The hyperparameter as a bool: 'true' or 'false', in any case."""
        return self._parse(name, default, _parse_bool, "'true' or 'false'")

    def _parse(self, name, default, parse, expected):
        if name not in self.params and default is not None:
            return default
        text = self.param(name)
        try:
            return parse(text.strip())
        except ValueError:
            raise ValueError(
                f"The hyperparameter '{name}' is '{text}', which is not {expected}."
            ) from None

    # Output --------------------------------------------------------------------------------------

    def output_path(self, relative):
        """The absolute path of a file inside the output folder; its parent folders are created."""
        if os.path.isabs(relative):
            raise ValueError(f"'{relative}' must be a path relative to the output folder.")
        root = os.path.realpath(self.output_dir)
        path = os.path.realpath(os.path.join(root, relative))
        if path == root or os.path.commonpath([root, path]) != root:
            raise ValueError(f"'{relative}' is not a file inside the output folder {self.output_dir}.")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    # Reporting -----------------------------------------------------------------------------------

    def log_metric(self, name, value, step=None):
        """Report a metric; a step keeps the value in the metric's history."""
        log_metric(name, value, step)

    def log(self, message):
        """Write a line to the build log."""
        log(message)


def current():
    """The current run, read from the context file the build names in REPRO_CONTEXT."""
    path = os.environ.get("REPRO_CONTEXT")
    if not path:
        raise RuntimeError(
            "REPRO_CONTEXT is not set: this trainer runs inside 'dotnet build', which starts it "
            "with the run's context. Build the project instead of running the script directly."
        )
    try:
        with open(path, encoding="utf-8") as file:
            context = json.load(file)
    except (OSError, ValueError) as error:
        raise RuntimeError(f"Cannot read the run context {path}: {error}") from None
    protocol = context.get("protocol") if isinstance(context, dict) else None
    if protocol != PROTOCOL:
        raise RuntimeError(
            f"The run context {path} uses protocol {protocol!r}; this reproducible.py speaks "
            f"protocol {PROTOCOL}. Use the reproducible.py that comes with the build."
        )
    output_dir = context.get("outputDirectory") or os.environ.get("REPRO_OUTPUT_DIR")
    if not output_dir:
        raise RuntimeError(f"The run context {path} names no outputDirectory.")
    return Run(
        seed=context.get("seed", 0),
        params=context.get("parameters") or {},
        data=context.get("data") or {},
        output_dir=output_dir,
    )


def log_metric(name, value, step=None):
    """Print a metric line: ##repro {"type":"metric","name":...,"value":...}."""
    if not isinstance(name, str) or not 1 <= len(name) <= 250 or not name.isprintable():
        raise ValueError(f"A metric name must be 1 to 250 printable characters, not {name!r}.")
    if isinstance(value, (bool, str, bytes)):
        raise TypeError(f"The metric '{name}' must be a number, not {value!r}.")
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise TypeError(f"The metric '{name}' must be a number, not {value!r}.") from None
    message = {"type": "metric", "name": name, "value": _json_number(value)}
    if step is not None:
        message["step"] = _step(name, step)
    print(_PREFIX + json.dumps(message, separators=(",", ":")), flush=True)


def log(message):
    """Print a line to the build log; it is never read as a protocol message."""
    print(_MESSAGE_LINE.sub(r"\1 " + _PREFIX, str(message)), flush=True)


def _json_number(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def _step(name, step):
    whole = None
    if isinstance(step, float):
        whole = int(step) if step.is_integer() else None
    elif not isinstance(step, bool):
        try:
            whole = operator.index(step)  # int, numpy integers
        except TypeError:
            pass
    if whole is None or whole < 0:
        raise ValueError(f"The step of the metric '{name}' must be a whole number >= 0, not {step!r}.")
    return whole


def _parse_int(text):
    try:
        return int(text)
    except ValueError:
        number = float(text)  # also accept "12.0" and "1e3", as long as it is whole
        if not number.is_integer():
            raise
        return int(number)


def _parse_bool(text):
    lowered = text.lower()
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    raise ValueError(text)
