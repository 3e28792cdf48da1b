"""`python -m archive.cli`: the same as the `soyte` command."""

from . import main

if __name__ == "__main__":
    main()
