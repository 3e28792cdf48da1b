"""README documents every command and every option (as sqlite-utils' docs test does)."""

import re
from pathlib import Path

import click
import pytest

from archive.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
COMMANDS = sorted(name for name, command in main.commands.items() if not command.hidden)


def section(name: str) -> str:
    """The README section of `soyte NAME`: from its heading to the next one."""
    match = re.search(rf"^### `soyte {name}`.*?(?=^##)", README, re.S | re.M)
    return match.group(0) if match else ""


def option_names(command: click.Command) -> list[tuple[str, ...]]:
    return [tuple(param.opts) for param in command.params if isinstance(param, click.Option)]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_a_readme_section_with_an_example(name):
    text = section(name)
    assert text, f"README has no '### `soyte {name}`' section"
    assert re.search(rf"^soyte {name}\b", text, re.M), f"the {name} section has no example command line"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_in_its_command_section(name):
    text = section(name)
    missing = [names[0] for names in option_names(main.commands[name])
               if not any(re.search(rf"(?<![\w-]){re.escape(o)}\b", text) for o in names)]
    assert not missing, f"soyte {name}: README does not mention {', '.join(missing)}"


def test_the_check_can_fail():
    assert section("no-such-command") == ""
    fake = click.Command("x", params=[click.Option(["--never-documented-option"])])
    assert not any(re.search(r"--never-documented-option\b", section(c)) for c in COMMANDS)
    assert option_names(fake) == [("--never-documented-option",)]
