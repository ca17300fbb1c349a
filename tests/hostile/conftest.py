"""The hostile battery prints its tally at the end of every run that includes it."""

import battery


def pytest_terminal_summary(terminalreporter):
    if sum(battery.TALLY.values()):
        terminalreporter.write_sep("-", battery.summary())
